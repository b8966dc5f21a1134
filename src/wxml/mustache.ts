/**
 * `{{ … }}` data bindings ("mustaches").
 *
 * WeChat ends a mustache at the first `}}` (https://developers.weixin.qq.com/miniprogram/dev/reference/wxml/data.html);
 * we add two recovery rules so that one broken binding cannot swallow the rest
 * of a file: a `{{` met before the closing `}}` means the first one is
 * unclosed, and a run of `}}}` ends after its last brace (an object literal
 * such as `{{ {a: 1}}}`).
 */

/** Finds mustache ends in one string; calls must come with increasing `i`, which keeps scanning linear. */
export class MustacheMatcher {
  private close = -2;
  private open = -2;

  constructor(private readonly s: string) {}

  /**
   * `s` has `{{` at `i`: returns the end offset (exclusive) of the mustache,
   * or -1 when it is never closed.
   */
  match(i: number): number {
    const from = i + 2;
    if (this.close !== -1 && this.close < from) this.close = this.s.indexOf('}}', from);
    if (this.close === -1) return -1;
    if (this.open !== -1 && this.open < from) this.open = this.s.indexOf('{{', from);
    if (this.open !== -1 && this.open < this.close) return -1;
    let end = this.close + 2;
    while (this.s.charCodeAt(end) === 125 /* } */) end++;
    return end;
  }
}

export interface MustachePart {
  /** `expr` for the inside of a `{{ }}`, `static` for the text around. */
  kind: 'static' | 'expr';
  /** The text; for `expr` the expression between the braces, untrimmed. */
  text: string;
  /** Offset of `text` in the scanned string. */
  start: number;
}

/** Split an attribute value or text into static parts and expressions. An unclosed `{{` stays static. */
export function splitMustaches(s: string): MustachePart[] {
  const parts: MustachePart[] = [];
  const m = new MustacheMatcher(s);
  let last = 0;
  let i = s.indexOf('{{');
  while (i !== -1) {
    const end = m.match(i);
    if (end === -1) {
      i = s.indexOf('{{', i + 2);
      continue;
    }
    if (i > last) parts.push({ kind: 'static', text: s.slice(last, i), start: last });
    parts.push({ kind: 'expr', text: s.slice(i + 2, end - 2), start: i + 2 });
    last = end;
    i = s.indexOf('{{', end);
  }
  if (last < s.length) parts.push({ kind: 'static', text: s.slice(last), start: last });
  return parts;
}

// The readers below answer text without `{{` (most attribute values and text) without splitting it.

/** The expressions in `s`. */
export function mustacheExprs(s: string): string[] {
  if (!s.includes('{{')) return [];
  return splitMustaches(s)
    .filter((p) => p.kind === 'expr')
    .map((p) => p.text);
}

export function hasMustache(s: string): boolean {
  if (!s.includes('{{')) return false;
  return splitMustaches(s).some((p) => p.kind === 'expr');
}

/** `s` is exactly one `{{expr}}` (surrounding whitespace allowed): the expression, trimmed; else null. */
export function pureMustache(s: string): string | null {
  if (!s.includes('{{')) return null;
  const parts = splitMustaches(s).filter((p) => !(p.kind === 'static' && p.text.trim() === ''));
  return parts.length === 1 && parts[0]!.kind === 'expr' ? parts[0]!.text.trim() : null;
}

/** `s` with every `{{ }}` removed (the static text only). */
export function stripMustaches(s: string): string {
  if (!s.includes('{{')) return s;
  return splitMustaches(s)
    .filter((p) => p.kind === 'static')
    .map((p) => p.text)
    .join(' ');
}
