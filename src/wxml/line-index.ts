import type { Loc } from '../model/types.js';

/**
 * Offset → (line, column) for one source text, via a table of line starts and
 * a binary search, so every node can carry an exact location cheaply.
 *
 * Lines and columns are 1-based. Columns count UTF-16 code units (what
 * JavaScript string indices count and what most editors' "column" means for
 * BMP text; an astral character such as an emoji counts as 2). A line break is
 * `\n`, `\r\n` or a lone `\r`.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(
    text: string,
    readonly file: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) this.starts.push(i + 1);
      else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  loc(offset: number): Loc {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file, line: lo + 1, column: offset - s[lo]! + 1 };
  }
}
