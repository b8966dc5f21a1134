import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, splitLines, unifiedDiff } from '../../src/check/line-diff.js';

const L = { old: 'a/f.txt', new: 'b/f.txt' };

/** Apply a unified diff produced by unifiedDiff (our own reader, to check the round trip on random texts). */
function applyDiff(oldText: string, diff: string): string {
  if (!diff) return oldText;
  const old = splitLines(oldText);
  const lines = diff.split('\n');
  lines.pop();
  const out: string[] = [];
  let at = 0;
  let i = 2;
  while (i < lines.length) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i]!)!;
    const len = m[2] === undefined ? 1 : Number(m[2]);
    const start = len === 0 ? Number(m[1]) : Number(m[1]) - 1;
    out.push(...old.slice(at, start));
    at = start;
    i++;
    while (i < lines.length && !lines[i]!.startsWith('@@')) {
      const l = lines[i]!;
      const noEol = lines[i + 1] === '\\ No newline at end of file';
      const text = l.slice(1) + (noEol ? '' : '\n');
      if (l[0] === ' ' || l[0] === '-') at++;
      if (l[0] === ' ' || l[0] === '+') out.push(text);
      i += noEol ? 2 : 1;
    }
  }
  out.push(...old.slice(at));
  return out.join('');
}

describe('line diff', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a\n', ['a\n']],
    ['a\nb', ['a\n', 'b']],
    ['\n\n', ['\n', '\n']],
  ])('splits %j into lines that keep their newline', (text, want) => {
    expect(splitLines(text)).toEqual(want);
  });

  it.each<[string, string, string, string]>([
    ['equal texts', 'a\nb\n', 'a\nb\n', ''],
    ['one line changed', 'a\nb\nc\n', 'a\nB\nc\n', '--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n'],
    ['a line added at the end', 'a\n', 'a\nb\n', '--- a/f.txt\n+++ b/f.txt\n@@ -1 +1,2 @@\n a\n+b\n'],
    ['final newline removed', 'a\nb\n', 'a\nb', '--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n'],
    ['everything removed', 'a\nb\n', '', '--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +0,0 @@\n-a\n-b\n'],
    ['from empty', '', 'x\n', '--- a/f.txt\n+++ b/f.txt\n@@ -0,0 +1 @@\n+x\n'],
  ])('%s', (_name, a, b, want) => {
    expect(unifiedDiff(a, b, L)).toBe(want);
  });

  it('shows a missing file as created from /dev/null and an extra one as deleted', () => {
    expect(unifiedDiff(null, 'x\ny\n', L)).toBe('--- /dev/null\n+++ b/f.txt\n@@ -0,0 +1,2 @@\n+x\n+y\n');
    expect(unifiedDiff('x\n', null, L)).toBe('--- a/f.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n');
  });

  it('keeps 3 lines of context and splits far-apart changes into hunks', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i + 1}\n`).join('');
    const b = a.replace('l2\n', 'L2\n').replace('l18\n', 'L18\n');
    expect(unifiedDiff(a, b, L)).toBe(
      '--- a/f.txt\n+++ b/f.txt\n' +
        '@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n' +
        '@@ -15,6 +15,6 @@\n l15\n l16\n l17\n-l18\n+L18\n l19\n l20\n',
    );
    // Changes 6 lines apart share their context: one hunk.
    const c = a.replace('l2\n', 'L2\n').replace('l9\n', 'L9\n');
    expect(unifiedDiff(a, c, L).match(/^@@/gm)).toHaveLength(1);
  });

  it('finds a shortest edit script', () => {
    const edits = diffLines(['a', 'b', 'c', 'a', 'b', 'b', 'a'], ['c', 'b', 'a', 'b', 'a', 'c']);
    expect(edits.filter((e) => e.op !== ' ')).toHaveLength(5); // Myers' paper example: D = 5
  });

  it('falls back to replacing the middle block when the texts differ too much', () => {
    const edits = diffLines(['x', 'a', 'b', 'y'], ['x', 'c', 'd', 'y'], 1);
    expect(edits.map((e) => e.op + e.line)).toEqual([' x', '-a', '-b', '+c', '+d', ' y']);
  });

  it('round-trips: applying the diff to the old text gives the new one', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', '', '{', '}'), { maxLength: 30 }).chain((ls) =>
      fc.boolean().map((eol) => (ls.length ? ls.join('\n') + (eol ? '\n' : '') : '')),
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(applyDiff(a, unifiedDiff(a, b, L))).toBe(b);
      }),
      { numRuns: 400 },
    );
  });

  it('is read by patch(1) like a diff -u output', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-diff-'));
    const a = '{\n  "a": 1,\n  "b": [\n    "x"\n  ]\n}\n';
    const b = '{\n  "a": 2,\n  "b": [\n    "x",\n    "y"\n  ]\n}';
    fs.writeFileSync(path.join(dir, 'f.txt'), a);
    fs.writeFileSync(path.join(dir, 'p.diff'), unifiedDiff(a, b, L));
    execFileSync('patch', ['-s', '-p1', '-i', 'p.diff'], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'f.txt'), 'utf8')).toBe(b);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
