import type { Loc } from '../model/types.js';
import type { Vfs } from '../util/vfs.js';
import { esc } from './html.js';

/**
 * Source excerpts for the review page: the lines around a location, read
 * through the project Vfs, escaped, with the located line highlighted and
 * the token at the column in bold. Minified lines are cut to a window
 * around the column.
 */
export const MAX_LINE = 160;

export class SourceSnippets {
  private readonly cache = new Map<string, string[] | null>();

  constructor(private readonly vfs: Vfs | null) {}

  lines(file: string): string[] | null {
    let ls = this.cache.get(file);
    if (ls === undefined) {
      const text = this.vfs?.readText(file) ?? null;
      ls = text === null ? null : text.split(/\r?\n/);
      this.cache.set(file, ls);
    }
    return ls;
  }

  /** `<pre>` excerpt, or '' when the file cannot be read or the line does not exist. */
  html(loc: Loc, radius = 2): string {
    const ls = this.lines(loc.file);
    if (!ls || loc.line < 1 || loc.line > ls.length) return '';
    const from = Math.max(1, loc.line - radius);
    const to = Math.min(ls.length, loc.line + radius);
    const width = String(to).length;
    const rows: string[] = [];
    for (let n = from; n <= to; n++) {
      const num = `<span class="ln">${String(n).padStart(width, ' ')}</span>`;
      const text = n === loc.line ? located(ls[n - 1]!, loc.column) : esc(clip(ls[n - 1]!, 0).text);
      rows.push(`<span class="row${n === loc.line ? ' hl' : ''}">${num}${text}</span>`);
    }
    // Rows are blocks; a newline between them would add blank lines inside <pre>.
    return `<pre class="src" data-file="${esc(loc.file)}">${rows.join('')}</pre>`;
  }
}

/** A window of at most MAX_LINE characters of `line` that shows `col` (0-based). */
function clip(line: string, col: number): { text: string; start: number } {
  if (line.length <= MAX_LINE) return { text: line, start: 0 };
  const start = Math.max(0, Math.min(col - 40, line.length - MAX_LINE));
  const body = line.slice(start, start + MAX_LINE);
  return { text: (start > 0 ? '…' : '') + body + (start + MAX_LINE < line.length ? '…' : ''), start: start > 0 ? start - 1 : 0 };
}

function located(line: string, column: number): string {
  const col = Math.max(0, column - 1);
  const { text, start } = clip(line, col);
  const at = Math.min(text.length, col - start);
  const token = /^[\w$.]+|^\S/u.exec(text.slice(at))?.[0] ?? '';
  return esc(text.slice(0, at)) + `<b>${esc(token)}</b>` + esc(text.slice(at + token.length));
}
