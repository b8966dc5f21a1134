import { MustacheMatcher } from './mustache.js';

/**
 * The pre-pass that makes WXML safe for an HTML/XML tokenizer.
 *
 * The insides of `{{ }}` may hold `<`, `>`, `&&` or the attribute's own quote
 * (`class="{{a ? "x" : 'y'}}"`), and inline `<wxs>` bodies are JavaScript. We
 * replace those characters with same-length placeholders, so every offset in
 * the masked text is the offset in the original; the tree builder then takes
 * real text back from the original by offset. Comments are skipped so a `{{`
 * inside one is not an error.
 */
export interface MaskResult {
  masked: string;
  /** Offsets of `{{` that are never closed. */
  unclosedMustaches: number[];
  /** Inline `<wxs>` bodies: body start offset (just after `>`) → end offset (the `<` of `</wxs>`). */
  wxsBodies: Map<number, number>;
}

/** Placeholder for mustache insides: a letter, so an unquoted value stays one token and no markup appears. */
const MUSTACHE_FILL = 'x';
/** Placeholder for `<wxs>` bodies: whitespace, which the tree builder drops. */
const BODY_FILL = ' ';

const isTagNameEnd = (c: string | undefined): boolean => c === undefined || c === '>' || c === '/' || /\s/.test(c);

/** Offset of the `>` ending the open tag whose name ends at `i`, honouring quotes; -1 when none. */
function openTagEnd(s: string, i: number): number {
  let quote = '';
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/** Offset of `</wxs>` (with optional spaces before `>`) at or after `from`; -1 when none. */
function wxsClose(s: string, from: number): number {
  const re = /<\/wxs\s*>/g;
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? m.index : -1;
}

export function maskWxml(s: string): MaskResult {
  const out: string[] = [];
  const unclosedMustaches: number[] = [];
  const wxsBodies = new Map<number, number>();
  const mustaches = new MustacheMatcher(s);
  let copied = 0;
  const fill = (from: number, to: number, ch: string): void => {
    out.push(s.slice(copied, from), ch.repeat(to - from));
    copied = to;
  };

  let i = 0;
  let pendingBody = -1;
  while (i < s.length) {
    if (pendingBody >= 0 && i >= pendingBody) {
      const end = wxsBodies.get(pendingBody)!;
      if (i < end) fill(i, end, BODY_FILL);
      i = Math.max(i, end);
      pendingBody = -1;
      continue;
    }
    const c = s.charCodeAt(i);
    if (c === 60 /* < */) {
      if (s.startsWith('<!--', i)) {
        const j = s.indexOf('-->', i + 4);
        i = j < 0 ? s.length : j + 3;
        continue;
      }
      if (s.startsWith('<![CDATA[', i)) {
        const j = s.indexOf(']]>', i + 9);
        i = j < 0 ? s.length : j + 3;
        continue;
      }
      if (pendingBody < 0 && s.startsWith('<wxs', i) && isTagNameEnd(s[i + 4])) {
        const gt = openTagEnd(s, i + 4);
        if (gt > 0 && s[gt - 1] !== '/') {
          const close = wxsClose(s, gt + 1);
          if (close >= 0) {
            wxsBodies.set(gt + 1, close);
            pendingBody = gt + 1;
          }
        }
      }
    } else if (c === 123 /* { */ && s.charCodeAt(i + 1) === 123) {
      const end = mustaches.match(i);
      if (end < 0) {
        unclosedMustaches.push(i);
        i += 2;
        continue;
      }
      fill(i + 2, end - 2, MUSTACHE_FILL);
      i = end;
      continue;
    }
    i++;
  }
  out.push(s.slice(copied));
  return { masked: out.join(''), unclosedMustaches, wxsBodies };
}
