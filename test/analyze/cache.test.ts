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

  it('ext.json read through wx.getExtConfigSync() is a dependency: changing it redoes the units that read it', async () => {
    const dir = path.join(tmp, `ext-${fs.readdirSync(tmp).length}`);
    const write = (rel: string, body: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), body);
    };
    write('app.json', JSON.stringify({ pages: ['pages/a/a', 'pages/b/b'] }));
    write('ext.json', JSON.stringify({ extEnable: true, ext: { host: 'https://one.example.com' } }));
    write('pages/a/a.js', "Page({ onLoad() { wx.request({ url: wx.getExtConfigSync().host + '/a' }) } })");
    write('pages/a/a.wxml', '<view/>');
    write('pages/b/b.js', "Page({ onLoad() { wx.request({ url: wx.getExtConfigSync().host + '/b' }) } })");
    write('pages/b/b.wxml', '<view/>');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    expect(await text(dir, cacheFile)).toContain('https://one.example.com/b');
    write('ext.json', JSON.stringify({ extEnable: true, ext: { host: 'https://two.example.com' } }));
    const incremental = await text(dir, cacheFile);
    expect(incremental).toBe(await text(dir));
    expect(incremental).toContain('https://two.example.com/a');
    expect(incremental).toContain('https://two.example.com/b');
    expect(incremental).not.toContain('one.example.com');
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

  it('an unchanged run writes nothing; a run that redid one unit appends that unit and leaves the rest as it was', async () => {
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
    const second = fs.readFileSync(cacheFile, 'utf8');
    expect(second.startsWith(first)).toBe(true);
    const appended = second.slice(first.length).split('\n');
    const units = appended.filter((l) => l[0] === 'u').map((l) => (JSON.parse(l.slice(1)) as [string])[0]);
    expect(units).toEqual(['page:pages/cart/cart']);
    // The loaded project was reused (no l line); the s line holds only the stamp that changed.
    expect(appended.filter((l) => l !== '').map((l) => l[0]).filter((k) => k !== 'p' && k !== 'e')).toEqual(['u', 'g', 's']);
    // (None at all here: a file changed under 2 s ago gets no stamp, git's "racily clean" rule.)
    const stamped = Object.keys(JSON.parse(appended.find((l) => l[0] === 's')!.slice(1)) as object);
    expect(stamped.filter((k) => k !== 'r\0pages/cart/cart.js')).toEqual([]);
    // The file reads as the newest run left it: the redone unit's last line wins.
    const cache = readCache(cacheFile, readKey(cacheFile))!;
    expect(Object.keys(cache.units).length).toBe(first.split('\n').filter((l) => l[0] === 'u').length);
    expect(await text(dir, cacheFile)).toBe(await text(dir));
  });

  it('is rewritten whole once appended runs pile up, and reads the same before and after', async () => {
    const dir = copy('coffee');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    await text(dir, cacheFile);
    const page = fs.readdirSync(path.join(dir, 'pages'))[0]!;
    const script = path.join(dir, 'pages', page, `${page}.js`);
    const original = fs.readFileSync(script, 'utf8');
    const lines = () => fs.readFileSync(cacheFile, 'utf8').split('\n');
    const counts: number[] = [];
    for (let i = 0; i < 18; i++) {
      fs.writeFileSync(script, `${original}\n// edit ${i}\n`);
      await text(dir, cacheFile);
      const l = lines();
      counts.push(l.filter((x) => x[0] === 'g').length);
      // Superseded unit lines stay fewer than the live ones.
      const units = l.filter((x) => x[0] === 'u');
      const live = new Set(units.map((x) => (JSON.parse(x.slice(1)) as [string])[0])).size;
      expect(units.length - live).toBeLessThanOrEqual(live / 2);
    }
    // Each run appends one g line until the file is rewritten whole (one g line), then appends again.
    counts.forEach((c, i) => expect(c === 1 || c === (counts[i - 1] ?? 1) + 1, `${counts}`).toBe(true));
    expect(counts.filter((c) => c === 1).length).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThanOrEqual(17);
    expect(await text(dir, cacheFile)).toBe(await text(dir));
  });

  it('a partial run takes the loaded project from the cache, with the diagnostics loading reported', async () => {
    const dir = copy('broken');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    const cold = await analyze({ dir });
    await analyze({ dir, cacheFile });
    const script = fs.readdirSync(path.join(dir, 'pages'), { recursive: true }).map(String).find((f) => f.endsWith('.js'))!;
    const file = path.join(dir, 'pages', script);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8') + '\n// edited\n');
    const partial = await analyze({ dir, cacheFile });
    expect(renderAnalysisJson(partial.model!)).toBe(renderAnalysisJson((await analyze({ dir })).model!));
    const loaderCodes = ['PAGE_FILES_MISSING', 'PATH_ESCAPES_ROOT', 'JSON_NONSTANDARD'];
    expect(partial.diagnostics.filter((d) => loaderCodes.includes(d.code))).toEqual(cold.diagnostics.filter((d) => loaderCodes.includes(d.code)));
    expect(partial.diagnostics.some((d) => loaderCodes.includes(d.code))).toBe(true);
  });

  it('a partial run of a project whose mini-program root is a sub-folder opens the cached project there', async () => {
    const dir = copy('ts-shop');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    await text(dir, cacheFile);
    const first = fs.readFileSync(cacheFile, 'utf8');
    const script = path.join(dir, 'miniprogram/pages/cart/index.ts');
    fs.writeFileSync(script, fs.readFileSync(script, 'utf8') + '\n// edited\n');
    expect(await text(dir, cacheFile)).toBe(await text(dir));
    // Appended, with no new l line: the loader did not run, the cached project was used.
    const second = fs.readFileSync(cacheFile, 'utf8');
    expect(second.startsWith(first)).toBe(true);
    expect(second.slice(first.length).split('\n').filter((l) => l[0] === 'l')).toEqual([]);
  });

  it('a changed page JSON is a changed project: the loader runs again', async () => {
    const dir = copy('coffee');
    const cacheFile = path.join(dir, '.cache', 'c.json');
    await text(dir, cacheFile);
    const page = fs.readdirSync(path.join(dir, 'pages'))[0]!;
    const json = path.join(dir, 'pages', page, `${page}.json`);
    const before = fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, 'utf8')) as Record<string, unknown>) : {};
    fs.writeFileSync(json, JSON.stringify({ ...before, navigationBarTitleText: '改过的标题' }));
    const incremental = await text(dir, cacheFile);
    expect(incremental).toBe(await text(dir));
    expect(incremental).toContain('改过的标题');
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
    expect(() => writeCache(path.join(blocker, 'c.json'), { key: 'k', global: [], stamps: {}, globalDiagnostics: [], project: {} as never, app: null, loaded: null, units: {} })).not.toThrow();
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
