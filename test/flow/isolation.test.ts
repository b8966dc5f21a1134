import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { MemoryVfs } from '../../src/util/vfs.js';
import type { AnalysisModel } from '../../src/model/types.js';
import { briefs, page } from '../helpers.js';
import { UnitRunner } from '../../src/analyze/analyze.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadProject } from '../../src/load/load-project.js';

/**
 * Every page starts from the state App launch and module evaluation left,
 * whatever pages were analysed before it (src/flow/isolation.ts): a page's
 * facts must not depend on the order of app.json, on which worker analysed
 * it, or on which pages a cached run re-analyses.
 */
async function run(files: Record<string, string>, pages: string[]): Promise<AnalysisModel> {
  const all: Record<string, string> = { ...files, 'app.json': JSON.stringify({ pages }) };
  for (const p of pages) all[`${p}.wxml`] ??= '<view></view>';
  const res = await analyze({ vfs: new MemoryVfs(all) });
  if (!res.model) throw new Error(JSON.stringify(res.diagnostics));
  return res.model;
}

/** The same app analysed with its pages in both orders gives the same bytes. */
async function bothOrders(files: Record<string, string>, pages: string[]): Promise<AnalysisModel> {
  const forward = await run(files, pages);
  const backward = await run(files, [...pages].reverse());
  // The route list itself is the only thing allowed to differ.
  const strip = (m: AnalysisModel) => JSON.stringify({ ...m, project: null });
  expect(strip(backward)).toBe(strip(forward));
  return forward;
}

describe('unit isolation', () => {
  it('a flag one page stores in globalData does not decide what another page reads', async () => {
    const files = {
      'app.js': `App({ globalData: { hasLogin: false } })`,
      'pages/login/login.js': `const app = getApp(); Page({ onLoad() { app.globalData.hasLogin = true } })`,
      'pages/me/me.js': `const app = getApp();
Page({ onShow() {
  if (app.globalData.hasLogin) wx.request({ url: 'https://x.example.com/me' });
  else wx.navigateTo({ url: '/pages/login/login' });
} })`,
    };
    const m = await bothOrders(files, ['pages/login/login', 'pages/me/me']);
    // Launch left `false`, which some page may since have changed: both arms.
    expect(briefs(page(m, 'pages/me/me').effects, ['request', 'navigate']).sort()).toEqual([
      'navigateTo pages/login/login',
      'wx.request GET https://x.example.com/me',
    ]);
  });

  it("a module variable and a module's list written by one page are as the module left them for the next", async () => {
    const files = {
      'utils/state.js': `let base = 'https://a.example.com'; const queue = [];
module.exports = { setBase(b) { base = b }, base() { return base }, queue };`,
      'pages/a/a.js': `const s = require('../../utils/state'); Page({ onLoad() { s.setBase('https://b.example.com'); s.queue.push('/x') } })`,
      'pages/b/b.js': `const s = require('../../utils/state');
Page({ onLoad() { wx.request({ url: s.base() + '/list' }); s.queue.forEach((p) => wx.navigateTo({ url: p })) } })`,
    };
    const m = await bothOrders(files, ['pages/a/a', 'pages/b/b']);
    const b = briefs(page(m, 'pages/b/b').effects, ['request', 'navigate']);
    expect(b).toContain('wx.request GET https://a.example.com/list');
    expect(b.join(' ')).not.toMatch(/b\.example|\bx\b/);
  });

  it('callbacks another page registered on a shared event bus are its own, not run for this page', async () => {
    const files = {
      'utils/bus.js': `const handlers = {}; module.exports = {
  on(name, fn) { (handlers[name] = handlers[name] || []).push(fn) },
  emit(name) { (handlers[name] || []).forEach((fn) => fn()) } };`,
      'pages/a/a.js': `const bus = require('../../utils/bus'); Page({ onLoad() { bus.on('paid', () => wx.request({ url: 'https://x.example.com/a-refresh' })) } })`,
      'pages/b/b.js': `const bus = require('../../utils/bus'); Page({ pay() { bus.emit('paid') } })`,
    };
    const m = await bothOrders(files, ['pages/a/a', 'pages/b/b']);
    expect(briefs(page(m, 'pages/b/b').effects, ['request'])).toEqual([]);
    expect(briefs(page(m, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://x.example.com/a-refresh']);
  });

  it('a property, a prototype and a function property set by one page are undone', async () => {
    const files = {
      'utils/svc.js': `function Svc() {} Svc.prototype.url = function () { return 'https://x.example.com/v1' };
const svc = new Svc(); module.exports = { svc, Svc, cfg: { path: '/v1' } };`,
      'pages/a/a.js': `const { svc, Svc, cfg } = require('../../utils/svc');
Page({ onLoad() {
  Svc.prototype.url = function () { return 'https://evil.example.com' };
  Object.setPrototypeOf(svc, { url() { return 'https://evil2.example.com' } });
  Svc.extra = 'https://evil3.example.com'; cfg.path = '/v2'; delete cfg.path;
} })`,
      'pages/b/b.js': `const { svc, Svc, cfg } = require('../../utils/svc');
Page({ onLoad() { wx.request({ url: svc.url() + cfg.path }); if (Svc.extra) wx.request({ url: Svc.extra }) } })`,
    };
    const m = await bothOrders(files, ['pages/a/a', 'pages/b/b']);
    const b = briefs(page(m, 'pages/b/b').effects, ['request']);
    expect(b).toContain('wx.request GET https://x.example.com/v1/v1');
    expect(b.join(' ')).not.toMatch(/evil|v2/);
  });

  it('a property app.js puts on a global (App.server = Dev) reads back everywhere; one a page puts there is undone', async () => {
    const files = {
      'env/host.js': `export const Dev = { url: 'https://dev.example.com' }`,
      'http/request.js': `export function fetch(url, data = {}) { return new Promise((ok) => wx.request({ url: App.server.url + url, data, success: ok })) }`,
      'app.js': `import { Dev } from './env/host'
import { fetch } from './http/request'
App.server = Dev
App({ get: fetch })`,
      'pages/a/a.js': `Page({ onLoad() { Page.mode = 'evil'; getApp().get('/api/cart/list') } })`,
      'pages/b/b.js': `Page({ onLoad() { getApp().get('/api/order/' + (Page.mode || 'list')) } })`,
    };
    const m = await bothOrders(files, ['pages/a/a', 'pages/b/b']);
    expect(briefs(page(m, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://dev.example.com/api/cart/list']);
    expect(briefs(page(m, 'pages/b/b').effects, ['request'])).toEqual(['wx.request GET https://dev.example.com/api/order/list']);
  });

  it('a page still sees what its own handlers stored', async () => {
    const files = {
      'app.js': `App({ globalData: { shopId: null } })`,
      'pages/a/a.js': `const app = getApp();
Page({ onLoad(o) { app.globalData.shopId = 'S1' }, buy() { wx.request({ url: 'https://x.example.com/shop/' + app.globalData.shopId }) } })`,
    };
    const m = await bothOrders(files, ['pages/a/a']);
    expect(briefs(page(m, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://x.example.com/shop/S1']);
  });

  it('a module cycle is reported as one ring, whichever of its modules a page entered first', async () => {
    const files = {
      'utils/a.js': `const b = require('./b'); module.exports = { a: 1 }`,
      'utils/b.js': `const a = require('./a'); module.exports = { b: 1 }`,
      'pages/x/x.js': `require('../../utils/b'); Page({})`,
      'pages/y/y.js': `require('../../utils/a'); Page({})`,
    };
    for (const pages of [['pages/x/x', 'pages/y/y'], ['pages/y/y', 'pages/x/x']]) {
      const m = await run(files, pages);
      const cycles = m.diagnostics.filter((d) => d.code === 'MODULE_CYCLE');
      expect(cycles.map((d) => [d.loc?.file, d.loc?.line, d.message])).toEqual([
        ['utils/a.js', 1, 'Module cycle through utils/a.js: utils/a.js → utils/b.js → utils/a.js'],
      ]);
    }
  });

  it("each unit's diagnostics are what its analysis alone gives, including those of shared modules another unit met first", async () => {
    const files: Record<string, string> = {
      'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/b/b'] }),
      'utils/m.js': `const x = require('./missing'); module.exports = { go(u) { wx.request({ url: u }) } }`,
      'pages/a/a.js': `const m = require('../../utils/m'); Page({ onLoad(o) { m.go(o.url) } })`,
      'pages/b/b.js': `const m = require('../../utils/m'); Page({ onLoad(o) { m.go(o.url) } })`,
      'pages/a/a.wxml': '<view/>',
      'pages/b/b.wxml': '<view/>',
    };
    const diags = new DiagnosticBag();
    const project = (await loadProject(new MemoryVfs(files), diags))!;
    const runner = new UnitRunner(project, diags, undefined, null, new Map());
    const codes = (key: string) => runner.run(key).diagnostics.map((d) => `${d.code} ${d.loc?.file}:${d.loc?.line}`).sort();
    const a = codes('page:pages/a/a');
    expect(a).toEqual(expect.arrayContaining(['MODULE_UNRESOLVED utils/m.js:1']));
    // b meets the module already evaluated and the wrapper already reported: it still gets both.
    expect(codes('page:pages/b/b')).toEqual(a);
    // The bag itself keeps each once.
    expect(diags.items.filter((d) => d.code === 'MODULE_UNRESOLVED')).toHaveLength(1);
  });
});
