import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { analyze, type AnalyzeResult } from '../../src/analyze/analyze.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import type { Diagnostic, Loc } from '../../src/model/types.js';
import { MemoryVfs } from '../../src/util/vfs.js';

/**
 * Shared checks of the hardening suite: whatever the input, `analyze()`
 * resolves, and what it returns is well-formed data (known codes, sorted,
 * root-relative locations inside the files they name).
 */

export const REPO = path.resolve(import.meta.dirname, '../..');

/** Cases per property: `n` by default, times HARDENING_SCALE (e.g. 20 for a long fuzzing session). */
export function runs(n: number): number {
  const scale = Number(process.env.HARDENING_SCALE ?? 1);
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** One summary line per property, so the test log records how much was tried. */
export function logRuns(property: string, numRuns: number, extra = ''): void {
  console.log(`[hardening] ${property}: ${numRuns} cases${extra ? ` (${extra})` : ''}`);
}

/** A root-relative POSIX path: no leading '/', no '.'/'..' segments, no backslash. (`C:` is a folder name on POSIX.) */
export function isRootRelative(p: string): boolean {
  if (p === '' || p.startsWith('/') || p.includes('\\')) return false;
  return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/**
 * Problems with one diagnostic, as strings (empty when fine). `files`
 * (root-relative → text) lets locations be checked against the file's
 * length; `prefix` is the mini-program root inside that map.
 */
export function diagnosticProblems(d: Diagnostic, files?: Record<string, string | Buffer>, prefix = ''): string[] {
  const out: string[] = [];
  const spec = (CODES as Record<string, { severity: string }>)[d.code];
  if (!spec) out.push(`unknown code ${d.code}`);
  else if (spec.severity !== d.severity) out.push(`${d.code}: severity ${d.severity}`);
  if (typeof d.message !== 'string' || !d.message) out.push(`${d.code}: empty message`);
  if (/\n\s+at .+:\d+:\d+/.test(d.message)) out.push(`${d.code}: stack trace in message`);
  for (const loc of [d.loc, ...(d.related ?? [])]) if (loc) out.push(...locProblems(d.code, loc, files, prefix));
  return out;
}

/** Line count with every line break a parser may count (\n, \r\n, \r, U+2028/9); cached, since a file may carry 100,000 diagnostics. */
const stringCounts = new Map<string, number>();
function lineCount(text: string | Buffer): number {
  const s = String(text);
  let n = stringCounts.get(s);
  if (n === undefined) {
    n = 1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && s.charCodeAt(i + 1) !== 10)) n++;
    }
    if (stringCounts.size > 64) stringCounts.clear();
    stringCounts.set(s, n);
  }
  return n;
}

function locProblems(code: string, loc: Loc, files?: Record<string, string | Buffer>, prefix = ''): string[] {
  const out: string[] = [];
  if (!isRootRelative(loc.file)) out.push(`${code}: loc file "${loc.file}" is not root-relative`);
  if (!Number.isInteger(loc.line) || loc.line < 1 || !Number.isInteger(loc.column) || loc.column < 1) {
    out.push(`${code}: bad position ${loc.line}:${loc.column}`);
  }
  const text = files?.[prefix + loc.file] ?? files?.[loc.file];
  if (text !== undefined) {
    const lines = lineCount(text);
    if (loc.line > lines + 1) out.push(`${code}: line ${loc.line} past the end of ${loc.file} (${lines} lines)`);
  }
  return out;
}

/** Every invariant of a result; fails the test with all problems listed. */
export function expectWellFormed(res: AnalyzeResult, files?: Record<string, string | Buffer>, prefix = ''): void {
  const problems = res.diagnostics.flatMap((d) => diagnosticProblems(d, files, prefix));
  expect(problems).toEqual([]);
  expect(res.diagnostics).toEqual(sortDiagnostics(res.diagnostics));
  if (res.model) {
    expect(() => JSON.stringify(res.model)).not.toThrow();
    for (const p of res.model.pages) expect(isRootRelative(p.route), p.route).toBe(true);
    for (const c of res.model.components) expect(isRootRelative(c.path), c.path).toBe(true);
  }
}

/** `analyze()` on an in-memory tree; a rejection fails the test with the input named. */
export async function analyzeMemory(files: Record<string, string>): Promise<AnalyzeResult> {
  return analyze({ vfs: new MemoryVfs(files) });
}

/** The codes of a result, sorted and unique, for compact assertions. */
export function codesOf(res: AnalyzeResult): string[] {
  return [...new Set(res.diagnostics.map((d) => d.code))].sort();
}

/** Every file under a fixture app as root-relative path → text (labels excluded: not part of an app). */
export function fixtureFiles(name: string): Record<string, string> {
  const root = path.join(REPO, 'fixtures', name);
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (r !== 'labels.json') out[r] = fs.readFileSync(path.join(root, r), 'utf8');
    }
  };
  walk('');
  return out;
}

/** Fixture folders that are mini-program projects (app.json or project.config.json at the top). */
export const FIXTURES = fs
  .readdirSync(path.join(REPO, 'fixtures'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && ['app.json', 'project.config.json'].some((f) => fs.existsSync(path.join(REPO, 'fixtures', e.name, f))))
  .map((e) => e.name)
  .sort();

/** The mini-program root of a fixture inside its folder, as a prefix (`miniprogram/` or ''). */
export function fixturePrefix(name: string): string {
  try {
    const cfg = JSON.parse(fs.readFileSync(path.join(REPO, 'fixtures', name, 'project.config.json'), 'utf8')) as { miniprogramRoot?: string };
    const root = (cfg.miniprogramRoot ?? '').replace(/^\.?\/+|\/+$/g, '');
    return root ? `${root}/` : '';
  } catch {
    return '';
  }
}

/** A fresh directory under the OS temp folder; remove it with `removeDir`. */
export function makeTempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `autoskill-${prefix}-`)));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Write a tree of files (root-relative path → text or bytes) under `dir`. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, body] of Object.entries(files)) {
    const abs = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, body);
  }
}

/** True when `abs` is `dir` or inside it. */
export function isInside(dir: string, abs: string): boolean {
  const rel = path.relative(dir, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
