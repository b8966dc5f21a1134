import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { readCache, writeCache } from '../../src/analyze/cache.js';
import { renderAnalysisJson } from '../../src/emit/analysis-json.js';
import type { AnalysisModel } from '../../src/model/types.js';
import { buildOutputs } from '../../src/outputs.js';

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

describe('the cache file', () => {
  it('stores each distinct effect once: handlers and pages share them, and decoded units share the objects', async () => {
    const dir = copy('mall');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    await text(dir, cacheFile);
    const lines = fs.readFileSync(cacheFile, 'utf8').split('\n');
    const table = lines.filter((l) => l[0] === 'e').flatMap((l) => JSON.parse(l.slice(1)) as unknown[]);
    const cache = readCache(cacheFile, readKey(cacheFile))!;
    const all = Object.values(cache.units).flatMap((u) => [...u.model.effects, ...u.model.handlers.flatMap((h) => h.effects)]);
    expect(new Set(table.map((e) => JSON.stringify(e))).size).toBe(table.length);
    expect(new Set(all).size).toBe(table.length);
    expect(all.length).toBeGreaterThan(table.length);
  });

  it('an unchanged run writes nothing; a run that redid one unit writes the others back as they were read', async () => {
    const dir = copy('mall');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    await text(dir, cacheFile);
    const first = fs.readFileSync(cacheFile, 'utf8');
    const mtime = fs.statSync(cacheFile).mtimeMs;
    await text(dir, cacheFile);
    expect(fs.statSync(cacheFile).mtimeMs).toBe(mtime);
    const page = path.join(dir, 'pages/cart/cart.js');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8') + '\n// edited\n');
    expect(await text(dir, cacheFile)).toBe(await text(dir));
    const second = fs.readFileSync(cacheFile, 'utf8').split('\n');
    const units = (t: string[]) => t.filter((l) => l[0] === 'u');
    const redone = units(second).filter((l) => !first.includes(l));
    expect(redone.map((l) => (JSON.parse(l.slice(1)) as [string])[0])).toEqual(['page:pages/cart/cart']);
    expect(units(second).length).toBe(units(first.split('\n')).length);
    // The tables the kept lines point into are kept whole, the new entries after them.
    expect(second.join('\n').startsWith(first.slice(0, first.indexOf('\nu')).split('\n').filter((l) => l[0] !== 'e').join('\n'))).toBe(true);
  });

  it('keeps the stamps of files it did not read again, so a run after a partial one trusts them', async () => {
    const dir = copy('coffee');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    const old = new Date(Date.now() - 60_000);
    const age = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) age(p);
        fs.utimesSync(p, old, old);
      }
    };
    age(dir);
    await text(dir, cacheFile);
    const stampsBefore = readCache(cacheFile, readKey(cacheFile))!.stamps;
    const page = fs.readdirSync(path.join(dir, 'pages'))[0]!;
    const script = path.join(dir, 'pages', page, `${page}.js`);
    fs.writeFileSync(script, fs.readFileSync(script, 'utf8') + '\n// edited\n');
    fs.utimesSync(script, old, new Date(Date.now() - 30_000));
    await text(dir, cacheFile);
    const stampsAfter = readCache(cacheFile, readKey(cacheFile))!.stamps;
    expect(Object.keys(stampsAfter).sort()).toEqual(Object.keys(stampsBefore).sort());
    expect(stampsAfter[`r\0pages/${page}/${page}.js`]).not.toBe(stampsBefore[`r\0pages/${page}/${page}.js`]);
  });

  it('a file touched but not changed is read again once, then trusted by its new stamp', async () => {
    const dir = copy('coffee');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    const cold = await text(dir);
    await text(dir, cacheFile);
    const json = path.join(dir, 'app.json');
    const earlier = new Date(Date.now() - 10_000);
    fs.utimesSync(json, earlier, earlier);
    expect(await text(dir, cacheFile)).toBe(cold);
    const stamps = readCache(cacheFile, readKey(cacheFile))!.stamps;
    expect(stamps['r\0app.json']).toContain(`:${fs.statSync(json).mtimeMs}:`);
  });

  it.each([
    ['not JSON', 'garbage\n'],
    ['another format', '{"format":2,"key":"x"}\n'],
    ['cut short', null],
    ['a dangling reference', 'dangling'],
    ['an empty file', ''],
  ])('a cache file that is %s is ignored, and the run gives the cold bytes', async (_, content) => {
    const dir = copy('mall');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    await text(dir, cacheFile);
    const good = fs.readFileSync(cacheFile, 'utf8');
    const bad =
      content === null
        ? good.slice(0, good.lastIndexOf('\ng'))
        : content === 'dangling'
          ? good.replace(/\nu\["([^"]+)",\[\d+/, '\nu["$1",[99999999')
          : content;
    expect(bad).not.toBe(good);
    fs.writeFileSync(cacheFile, bad);
    expect(readCache(cacheFile, readKey(cacheFile) ?? 'x')).toBeNull();
    expect(await text(dir, cacheFile)).toBe(await text(dir));
    expect(readCache(cacheFile, readKey(cacheFile))).not.toBeNull();
  });

  it('an unwritable location costs only time', () => {
    const dir = copy('coffee');
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, '');
    expect(() => writeCache(path.join(blocker, 'c.json'), { key: 'k', global: [], stamps: {}, globalDiagnostics: [], project: {} as never, app: null, units: {} })).not.toThrow();
  });
});

describe('models decoded from the cache share effect objects', () => {
  // Sharing is only safe while nothing downstream modifies a model in place: every output is built from a frozen one.
  it.each(['coffee', 'mall', 'ts-shop', 'broken', 'booking', 'news', 'wrappers'])('%s: outputs from a frozen cached model equal the cold ones', async (app) => {
    const dir = copy(app);
    const cacheFile = path.join(dir, '.cache', 'c.json');
    const cold = (await analyze({ dir })).model!;
    await analyze({ dir, cacheFile });
    const cached = deepFreeze((await analyze({ dir, cacheFile })).model!);
    for (const lang of ['zh', 'en'] as const) {
      for (const grouping of ['domain', 'subpackage', 'single'] as const) {
        expect(buildOutputs(cached, { lang, grouping }).files).toEqual(buildOutputs(cold, { lang, grouping }).files);
      }
    }
  });
});

function deepFreeze(model: AnalysisModel): AnalysisModel {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    Object.freeze(v);
    for (const x of Object.values(v)) walk(x);
  };
  walk(model);
  return model;
}

function readKey(file: string): string {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[0]!) as { key: string }).key;
  } catch {
    return 'x';
  }
}
