import { describe, expect, it } from 'vitest';
import { fitExponent, median } from '../../bench/stats.mjs';
import { generateApp } from '../../bench/synthetic.mjs';
import { analyzeMemory, expectWellFormed } from './helpers.js';

/**
 * The benchmark's synthetic apps must stay apps the analyser fully
 * understands (otherwise the scale numbers measure error paths), and its
 * statistics must be right.
 */
describe('bench/synthetic.mjs', () => {
  it('a 60-page app: deterministic, clean, every page with its requests resolved through the wrapper', async () => {
    const files = generateApp(60);
    expect(generateApp(60)).toEqual(files);
    const res = await analyzeMemory(files);
    expectWellFormed(res, files);
    expect(res.diagnostics).toEqual([]);
    const model = res.model!;
    expect(model.pages).toHaveLength(60);
    expect(model.pages.filter((p) => p.subpackage !== null)).toHaveLength(20);
    expect(model.components).toHaveLength(6);
    for (const p of model.pages) {
      const urls = p.effects.filter((e) => e.kind === 'request').map((e) => (e.kind === 'request' ? `${e.method} ${e.url}` : ''));
      const m = Math.floor(Number(/p(\d+)$/.exec(p.route)![1]) / 10);
      expect(urls).toEqual(expect.arrayContaining([`GET https://api.example.com/m${m}/list`, `GET https://api.example.com/m${m}/detail`, `POST https://api.example.com/m${m}/save`]));
      expect(p.forms.length).toBeGreaterThan(0);
      expect(p.effects.some((e) => e.kind === 'navigate')).toBe(true);
    }
  });
});

describe('bench/stats.mjs', () => {
  it.each([
    [[10, 100, 1000], [5, 50, 500], 1],
    [[10, 100, 1000], [1, 100, 10_000], 2],
    [[1, 2, 4], [7, 7, 7], 0],
  ])('fitExponent(%j, %j) = %d', (xs, ys, k) => {
    expect(fitExponent(xs, ys)).toBeCloseTo(k, 10);
  });

  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('bench/run.mjs --apps', () => {
  it('measures apps of your own: a row per app with its ratio, the median, and exit 2 for a folder that is not there', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = (apps: string) => spawnSync(process.execPath, ['bench/run.mjs', '--apps', apps, '--repeat', '1'], { encoding: 'utf8' });
    const ok = run('fixtures/coffee');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^\| fixtures\/coffee +\| +\d+ \| +\d+ \| +\d+ \| +\d+ \| +\d+\.\d\d× \|$/m);
    expect(ok.stdout).toMatch(/^median ratio over 1 app: \d+\.\d\d×/m);
    const missing = run('fixtures/no-such-app');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('bench: fixtures/no-such-app: no such folder');
  }, 30_000);
});
