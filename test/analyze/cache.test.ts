import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { readCache } from '../../src/analyze/cache.js';
import { renderAnalysisJson } from '../../src/emit/analysis-json.js';

/**
 * Incremental runs: a cached run gives the same bytes as a cold one; an
 * unchanged app reuses every unit; a changed file redoes exactly the units
 * that read it, directly or through a module they use.
 */
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function copy(app: string): string {
  const dir = path.join(tmp, `${app}-${fs.readdirSync(tmp).length}`);
  fs.cpSync(path.join(FIXTURES, app), dir, { recursive: true, filter: (p) => !p.includes(`${path.sep}autoskill`) });
  return dir;
}

async function text(dir: string, cacheFile?: string): Promise<string> {
  const r = await analyze(cacheFile ? { dir, cacheFile } : { dir });
  return renderAnalysisJson(r.model!);
}

describe('the incremental cache', () => {
  it.each(['coffee', 'mall', 'ts-shop', 'broken'])('%s: cold, cached and fully reused runs give the same bytes', async (app) => {
    const dir = copy(app);
    const cacheFile = path.join(dir, '.cache', 'c.json');
    const cold = await text(dir);
    expect(await text(dir, cacheFile)).toBe(cold);
    expect(await text(dir, cacheFile)).toBe(cold);
  });

  it('a changed helper module redoes the pages that use it, and only those', async () => {
    const dir = copy('mall');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    await text(dir, cacheFile);
    const before = readCache(cacheFile, readKey(cacheFile))!;
    const api = path.join(dir, 'config/api.js');
    fs.writeFileSync(api, fs.readFileSync(api, 'utf8').replace("'goods/detail'", "'goods/info'"));
    const incremental = await text(dir, cacheFile);
    expect(incremental).toBe(await text(dir));
    expect(incremental).toContain('/goods/info');
    const after = readCache(cacheFile, readKey(cacheFile))!;
    // Units whose probes did not include config/api.js are the same objects' bytes as before.
    for (const [k, u] of Object.entries(before.units)) {
      const readsApi = u.probes.some(([p]) => p.endsWith('config/api.js'));
      if (!readsApi) expect(JSON.stringify(after.units[k]!.model), k).toBe(JSON.stringify(u.model));
    }
    expect(Object.values(before.units).some((u) => u.probes.some(([p]) => p.endsWith('config/api.js')))).toBe(true);
  });

  it('a changed app.json (read by the loader for every unit) invalidates the whole cache', async () => {
    const dir = copy('wrappers');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    await text(dir, cacheFile);
    fs.writeFileSync(path.join(dir, 'app.json'), fs.readFileSync(path.join(dir, 'app.json'), 'utf8') + '\n');
    expect(await text(dir, cacheFile)).toBe(await text(dir));
  });
});

function readKey(file: string): string {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string }).key;
}
