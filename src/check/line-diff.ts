/**
 * Line diff (Myers' O(ND) algorithm, "An O(ND) Difference Algorithm and Its
 * Variations", 1986) and unified-diff text in the form `diff -u` and
 * `git apply` read, including `\ No newline at end of file`.
 */

export interface Edit {
  op: ' ' | '-' | '+';
  /** The line with its '\n' (the last line of a text may have none). */
  line: string;
}

/** Past this many differing lines the diff is coarse (one block replaced): exact diffs cost O(D²) memory. */
export const MAX_EDIT_DISTANCE = 4000;

/** Lines of a text, each keeping its '\n' so that a missing final newline is a difference too. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    out.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

export function diffLines(a: readonly string[], b: readonly string[], maxD = MAX_EDIT_DISTANCE): Edit[] {
  // Common prefix and suffix cost nothing to find and shrink the search a lot.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const mid = myers(midA, midB, maxD) ?? [...midA.map((line) => ({ op: '-' as const, line })), ...midB.map((line) => ({ op: '+' as const, line }))];
  return [
    ...a.slice(0, pre).map((line) => ({ op: ' ' as const, line })),
    ...mid,
    ...a.slice(a.length - suf).map((line) => ({ op: ' ' as const, line })),
  ];
}

/** Shortest edit script, or null when it needs more than maxD insertions and deletions. */
function myers(a: readonly string[], b: readonly string[], maxD: number): Edit[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] = the furthest x on diagonals -(d+1)..d+1 before round d (all that round d reads).
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxD); d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace);
    }
  }
  return null;
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[]): Edit[] {
  const out: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const t = trace[d]!;
    const at = (k: number): number => t[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ op: ' ', line: a[--x]! });
      y--;
    }
    if (d > 0) {
      if (x === prevX) out.push({ op: '+', line: b[--y]! });
      else out.push({ op: '-', line: a[--x]! });
    }
  }
  return out.reverse();
}

const NO_EOL = '\\ No newline at end of file\n';

function range(start: number, len: number): string {
  // `diff -u` convention: an empty range names the line before it; a length of 1 is implied.
  const s = len === 0 ? start : start + 1;
  return len === 1 ? `${s}` : `${s},${len}`;
}

/**
 * Unified diff from `oldText` to `newText` (null = the file does not exist,
 * shown as /dev/null), '' when equal.
 */
export function unifiedDiff(oldText: string | null, newText: string | null, labels: { old: string; new: string }, context = 3): string {
  if (oldText === newText) return '';
  const edits = diffLines(splitLines(oldText ?? ''), splitLines(newText ?? ''));
  // Old and new line index before each edit, to number the hunks.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 0;
  let n = 0;
  for (const e of edits) {
    oldAt.push(o);
    newAt.push(n);
    if (e.op !== '+') o++;
    if (e.op !== '-') n++;
  }
  oldAt.push(o);
  newAt.push(n);
  // Hunks: each change with `context` lines around it, overlapping ones merged.
  const hunks: [number, number][] = [];
  edits.forEach((e, i) => {
    if (e.op === ' ') return;
    const from = Math.max(0, i - context);
    const to = Math.min(edits.length, i + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else hunks.push([from, to]);
  });
  let out = `--- ${oldText === null ? '/dev/null' : labels.old}\n+++ ${newText === null ? '/dev/null' : labels.new}\n`;
  for (const [from, to] of hunks) {
    out += `@@ -${range(oldAt[from]!, oldAt[to]! - oldAt[from]!)} +${range(newAt[from]!, newAt[to]! - newAt[from]!)} @@\n`;
    for (let i = from; i < to; i++) {
      const e = edits[i]!;
      out += e.op + e.line + (e.line.endsWith('\n') ? '' : '\n' + NO_EOL);
    }
  }
  return out;
}
