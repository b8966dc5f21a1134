import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApp, writeApp } from '../../bench/synthetic.mjs';
import { MIN_UNITS_PER_THREAD, threadCount, WorkerPool } from '../../src/analyze/parallel.js';
import type { AnalyzeOptions, AnalyzeResult } from '../../src/analyze/analyze.js';

/**
 * Units shared out between worker threads (src/analyze/parallel.ts) give the
 * same bytes as one thread. Workers run compiled code, so these tests use the
 * built dist/ (`npm test` builds it first, see "pretest"): under vitest the
 * sources are TypeScript a worker could not load.
 */
const REPO = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(REPO, 'dist/analyze/analyze.js');

type Analyze = (o: AnalyzeOptions) => Promise<AnalyzeResult>;
let analyzeDist: Analyze;
let tmp: string;

beforeAll(async () => {
  if (!fs.existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  analyzeDist = ((await import(pathToFileURL(DIST).href)) as { analyze: Analyze }).analyze;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-parallel-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('threadCount', () => {
  it('gives each thread at least MIN_UNITS_PER_THREAD units, and honours jobs', () => {
    expect(threadCount(10)).toBe(1);
    expect(threadCount(MIN_UNITS_PER_THREAD * 2 - 1, 8)).toBe(1);
    expect(threadCount(MIN_UNITS_PER_THREAD * 2, 8)).toBe(2);
    expect(threadCount(10_000, 3)).toBe(3);
    expect(threadCount(10_000, 1)).toBe(1);
    expect(threadCount(10_000, 0)).toBe(1);
    expect(threadCount(10_000)).toBeGreaterThanOrEqual(1);
    expect(threadCount(10_000)).toBeLessThanOrEqual(4);
  });
});

describe('analysis on several threads', () => {
  it('a 150-page app gives the same model and diagnostics on 1, 2 and 3 threads', async () => {
    const dir = path.join(tmp, 'app150');
    writeApp(dir, generateApp(150));
    // A page with problems of its own, so diagnostics travel back from the workers too.
    fs.appendFileSync(path.join(dir, 'package3/pages/p117/p117.js'), '\nfunction broken( {\n');
    const one = await analyzeDist({ dir, jobs: 1 });
    expect(one.threads).toBe(1);
    expect(one.diagnostics.some((d) => d.code === 'JS_SYNTAX_ERROR' && d.loc?.file === 'package3/pages/p117/p117.js')).toBe(true);
    for (const jobs of [2, 3]) {
      const many = await analyzeDist({ dir, jobs });
      expect(many.threads).toBe(jobs);
      expect(JSON.stringify(many.model)).toBe(JSON.stringify(one.model));
      expect(many.diagnostics).toEqual(one.diagnostics);
    }
  });

  it('with a cache: written by two threads, reused unchanged, one page edited', async () => {
    const dir = path.join(tmp, 'app100');
    writeApp(dir, generateApp(100));
    const cacheFile = path.join(tmp, 'cache100.json');
    const cold = await analyzeDist({ dir, jobs: 2, cacheFile });
    expect(cold.threads).toBe(2);
    const again = await analyzeDist({ dir, jobs: 2, cacheFile });
    expect(JSON.stringify(again.model)).toBe(JSON.stringify(cold.model));
    const page = path.join(dir, 'package1/pages/p70/p70.js');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace("'/package1/pages/p71/p71?id='", "'/package1/pages/p72/p72?id='"));
    const edited = await analyzeDist({ dir, jobs: 2, cacheFile });
    const fresh = await analyzeDist({ dir, jobs: 1 });
    expect(JSON.stringify(edited.model)).toBe(JSON.stringify(fresh.model));
    expect(JSON.stringify(fresh.model)).not.toBe(JSON.stringify(cold.model));
  });

  it('progress is reported once per unit, whichever thread did it', async () => {
    const dir = path.join(tmp, 'app150');
    const seen: string[] = [];
    let last = 0;
    const res = await analyzeDist({
      dir,
      jobs: 2,
      onProgress: (done, total, what) => {
        expect(done).toBe(last + 1);
        last = done;
        expect(total).toBe(165);
        seen.push(what);
      },
    });
    expect(res.threads).toBe(2);
    expect(new Set(seen).size).toBe(165);
  });
});

describe('WorkerPool', () => {
  /** A worker that takes one unit when told to, sends it and fails; or stops when told to. */
  const failing = `import { parentPort, workerData } from 'node:worker_threads';
parentPort.once('message', (cmd) => {
  if (cmd.type === 'stop') return parentPort.postMessage({ type: 'done', stamps: [] });
  const i = Atomics.add(new Int32Array(workerData.next), 0, 1);
  parentPort.postMessage({ type: 'unit', key: cmd.keys[i], unit: { probes: [], model: { route: 'x' }, diagnostics: [] } });
  throw new Error('boom in a worker');
});`;

  it('a worker that fails is reported with what it finished; the caller redoes the rest', async () => {
    const script = path.join(tmp, 'failing-worker.mjs');
    fs.writeFileSync(script, failing);
    const got: string[] = [];
    const next = new SharedArrayBuffer(4);
    const pool = new WorkerPool(pathToFileURL(script), 1, { dir: tmp, track: false, next }, (key) => got.push(key));
    const res = await pool.share(['page:a', 'page:b']);
    expect(got).toEqual(['page:a']);
    expect(res.failures).toHaveLength(1);
    expect(res.failures[0]).toContain('boom in a worker');
    expect(new Int32Array(next)[0]).toBe(1);
  });

  it('workers not needed after all are told to stop, and are no failure', async () => {
    const script = path.join(tmp, 'failing-worker.mjs');
    fs.writeFileSync(script, failing);
    const pool = new WorkerPool(pathToFileURL(script), 2, { dir: tmp, track: false, next: new SharedArrayBuffer(4) }, () => {});
    const res = await pool.share(['page:a'], 0);
    expect(res).toEqual({ stamps: [], failures: [] });
  });

  it('small apps start workers and stop them: one thread, and the process is not kept alive', async () => {
    const dir = path.join(tmp, 'app10');
    writeApp(dir, generateApp(10));
    const res = await analyzeDist({ dir, jobs: 4 });
    expect(res.threads).toBe(1);
    expect(res.model!.pages).toHaveLength(10);
  });
});
