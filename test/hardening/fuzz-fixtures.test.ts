import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { renderAnalysisJson } from '../../src/emit/analysis-json.js';
import { hasStackTrace, runCli } from './cli-run.js';
import { watchFs } from './fs-watch.js';
import { analyzeMemory, expectWellFormed, FIXTURES, fixtureFiles, fixturePrefix, isInside, logRuns, makeTempDir, removeDir, runs, writeTree } from './helpers.js';

/**
 * Mutation fuzzing of whole apps: each fixture mini-program with a few of
 * its files damaged the way real trees get damaged — truncated mid-token,
 * random bytes spliced in, tags and mustaches left unbalanced, a file
 * emptied or deleted, a deep nest pasted in. analyze() always resolves with
 * well-formed diagnostics, is deterministic (same input, same bytes out),
 * and a fixture without damage reports nothing new.
 */

const HOSTILE = [
  '<view>', '</view>', '<view', '{{', '}}', '{{a', '<wxs module="m">', '</wxs>', '<!--', '<template is="{{x}}"/>', '<import src="../../../../x"/>',
  '<include src="/app.json"/>', '(', ')', '{', '}', '[', '`', '${', '"', "'", '/*', '//', 'function', '=>', 'require("../../../../etc/passwd")',
  'require("./missing")', 'wx.request({url: u})', 'this.setData({', 'Page({', 'Component({', '});', ',', ':', '\\', '\u0000', '\ufffd', '\ufeff',
  '\r\n', '\r', '\u2028', '😀', '\ud800', '中文', '"pages":', '"usingComponents":{"x":"../../../x"}', '"../.."', ']', 'null', 'NaN',
];

const mutation: fc.Arbitrary<{ name: string; apply: (text: string, pick: number, pick2: number) => string }> = fc.constantFrom(
  { name: 'truncate', apply: (t: string, i: number) => t.slice(0, i % (t.length + 1)) },
  { name: 'delete range', apply: (t: string, i: number, j: number) => t.slice(0, i % (t.length + 1)) + t.slice((i + (j % 50)) % (t.length + 1)) },
  { name: 'duplicate range', apply: (t: string, i: number, j: number) => { const a = i % (t.length + 1); const b = Math.min(t.length, a + (j % 200)); return t.slice(0, b) + t.slice(a, b) + t.slice(b); } },
  { name: 'insert hostile token', apply: (t: string, i: number, j: number) => { const a = i % (t.length + 1); return t.slice(0, a) + HOSTILE[j % HOSTILE.length] + t.slice(a); } },
  { name: 'random bytes', apply: (t: string, i: number, j: number) => { const a = i % (t.length + 1); let s = ''; for (let k = 0; k < 1 + (j % 16); k++) s += String.fromCharCode((j * 7919 + k * 104729) % 0xffff); return t.slice(0, a) + s + t.slice(a); } },
  { name: 'empty', apply: () => '' },
  { name: 'deep nest', apply: (t: string, i: number, j: number) => { const a = i % (t.length + 1); const open = ['<view>', '(', '[', '{', '{{'][j % 5]!; return t.slice(0, a) + open.repeat(2000 + (j % 3000)) + t.slice(a); } },
  { name: 'CRLF + BOM', apply: (t: string) => '\ufeff' + t.replace(/\r?\n/g, '\r\n') },
);

const edits = fc.array(fc.tuple(fc.nat(), mutation, fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 });

function mutate(files: Record<string, string>, list: [number, { name: string; apply: (t: string, a: number, b: number) => string }, number, number][]): { files: Record<string, string>; log: string[] } {
  const out = { ...files };
  const names = Object.keys(files).sort();
  const log: string[] = [];
  for (const [fi, m, a, b] of list) {
    const f = names[fi % names.length]!;
    if (out[f] === undefined) continue;
    if (m.name === 'empty' && a % 5 === 0) {
      delete out[f];
      log.push(`delete ${f}`);
      continue;
    }
    out[f] = m.apply(out[f]!, a, b);
    log.push(`${m.name} ${f}`);
  }
  return { files: out, log };
}

describe('fixture apps, mutated', () => {
  it.each(FIXTURES)('%s: resolves, well-formed, deterministic', async (name) => {
    const original = fixtureFiles(name);
    const prefix = fixturePrefix(name);
    const numRuns = runs(60);
    await fc.assert(
      fc.asyncProperty(edits, async (list) => {
        const { files } = mutate(original, list);
        const first = await analyzeMemory(files);
        expectWellFormed(first, files, prefix);
        const second = await analyzeMemory(files);
        if (first.model && second.model) expect(renderAnalysisJson(second.model)).toBe(renderAnalysisJson(first.model));
        else expect(second.model).toBe(first.model);
        expect(second.diagnostics).toEqual(first.diagnostics);
      }),
      { numRuns },
    );
    logRuns(`mutated fixture ${name}`, numRuns, `${Object.keys(original).length} files`);
  });

  it.each(FIXTURES)('%s: unmutated, it loads and its diagnostics are well-formed', async (name) => {
    const files = fixtureFiles(name);
    const res = await analyzeMemory(files);
    expect(res.model).not.toBeNull();
    expectWellFormed(res, files, fixturePrefix(name));
  });
});

describe('the CLI on mutated apps on disk', () => {
  const tmp = makeTempDir('cli-fuzz');
  afterAll(() => removeDir(tmp));
  it('exits 0 or 1 (2 when nothing loads), prints JSON and no stack trace, writes only inside --out', async () => {
    const numRuns = runs(14);
    let i = 0;
    const exits: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), edits, async (name, list) => {
        const dir = path.join(tmp, String(i++));
        const { files } = mutate(fixtureFiles(name), list);
        writeTree(path.join(dir, 'app'), files);
        const out = path.join(dir, 'out');
        const { result: run, log } = await watchFs(() => runCli(['analyze', path.join(dir, 'app'), '--out', out, '--format', 'json']));
        const loaded = (await analyze({ dir: path.join(dir, 'app') })).model !== null;
        expect(run.error).toBeUndefined();
        // 2 only when the damage left no project to load (app.json deleted…).
        expect(loaded ? [0, 1] : [2]).toContain(run.code);
        exits.push(run.code as number);
        expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
        expect(log.writes.filter((w) => !isInside(out, w))).toEqual([]);
        expect(() => JSON.parse(run.stdout)).not.toThrow();
        expect(fs.existsSync(path.join(out, 'analysis.json'))).toBe(loaded);
      }),
      { numRuns },
    );
    logRuns('CLI on mutated fixtures on disk', numRuns, `exit codes ${[...new Set(exits)].sort().join('/')}`);
  });
});
