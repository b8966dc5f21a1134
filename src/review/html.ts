/**
 * The little HTML the review page needs: escaping and stable anchor ids.
 * Everything from the analysed app (source lines, texts, URLs) goes through
 * `esc`, so the page shows the app's code and never runs it.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * An id for `prefix` + key, valid in HTML and usable in a `#fragment` as is:
 * letters, digits, `-`, `.` and `/` are kept (routes stay readable), any
 * other character becomes `_<hex>_`, so distinct keys give distinct ids.
 */
export function anchorId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9\-./]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

export function link(prefix: string, key: string, text: string): string {
  return `<a href="#${anchorId(prefix, key)}">${esc(text)}</a>`;
}

/** The mark drafts use for statically inferred facts a person must confirm. */
export const TO_CONFIRM = '【待确认】';

/** Escape, then highlight every 【待确认】 mark. */
export function escMarked(s: string): string {
  return esc(s).split(TO_CONFIRM).join(`<mark class="tbc">${TO_CONFIRM}</mark>`);
}
