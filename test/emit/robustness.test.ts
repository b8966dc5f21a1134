import { describe, expect, it } from 'vitest';
import type { AnalysisModel, Effect } from '../../src/model/types.js';
import { emitDrafts } from '../../src/emit/emit-drafts.js';
import { cloudDb, cloudFunction, component, handler, model, navigate, o, page, payment, request, storage, trigger } from './models/build.js';
import { mcpToolsErrors, schemaErrors } from './validate.js';

/** Real apps: no titles, no effects, no extension fields, unresolved values, hundreds of pages. */

function valid(files: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith('mcp.json')) out.push(...schemaErrors('wechatMcp', JSON.parse(text)));
    if (path === 'page-meta.json') out.push(...schemaErrors('pageMeta', JSON.parse(text)));
    if (path === 'capabilities.json') out.push(...schemaErrors('capabilities', JSON.parse(text)));
    if (path === 'mcp-tools.json') out.push(...mcpToolsErrors(JSON.parse(text)));
  }
  return out;
}

describe('robustness', () => {
  it('an empty app', () => {
    const r = emitDrafts(model({}, []), { lang: 'zh' });
    expect(valid(r.files)).toEqual([]);
    expect(JSON.parse(r.files['page-meta.json']!)).toEqual({ pages: [] });
    expect(JSON.parse(r.files['mcp.json']!)).toEqual({ apis: [] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['NO_BUSINESS_ACTIONS']);
  });

  it('pages with no title, no effects, no handlers', () => {
    const r = emitDrafts(model({}, [page('pages/index/index'), page('pages/logs/logs'), page('subpkg/coupon/list')]), { lang: 'en' });
    expect(valid(r.files)).toEqual([]);
    expect(JSON.parse(r.files['page-meta.json']!).pages.map((p: { name: string }) => p.name)).toEqual(['Home page', 'Log', 'Coupon list']);
  });

  it('a model written without any extension field (no inputs, responseKeys, setData, dataKeys, hasDefault)', () => {
    const strip = (e: Effect): Effect => {
      const { inputs: _i, ...rest } = e as Effect & { responseKeys?: string[] };
      delete (rest as { responseKeys?: string[] }).responseKeys;
      return rest as Effect;
    };
    const m = model({}, [
      page('pages/goods/goods', {
        query: ['id'],
        handlers: [
          handler('onLoad', 'pages/goods/goods.js', { effects: [strip(request('GET', 'https://a.example.com/goods/detail', { file: 'pages/goods/goods.js', dataKeys: ['id'] }))] }),
          handler('onBuy', 'pages/goods/goods.js', {
            triggers: [trigger('pages/goods/goods.wxml', 'button', '立即购买', ['id'])],
            inputs: [{ name: 'id', from: 'dataset' }],
            effects: [strip(request('POST', 'https://a.example.com/order/create', { file: 'pages/goods/goods.js', dataKeys: ['goodsId'] })), payment('pages/goods/goods.js')],
          }),
        ],
      }),
    ]);
    const r = emitDrafts(m, { lang: 'zh' });
    expect(valid(r.files)).toEqual([]);
    expect(r.skills.flatMap((s) => s.apis.map((a) => a.name)).sort()).toEqual(['createOrder', 'getGoodsDetail']);
  });

  it('arrays the contract requires but an old writer left out', () => {
    const m = model({}, [page('pages/a/a', { handlers: [handler('onTap', 'pages/a/a.js', { triggers: [trigger('pages/a/a.wxml', 'view', null)], effects: [request('POST', 'https://a.example.com/x', { file: 'pages/a/a.js' })] })] })]);
    const p = m.pages[0] as unknown as Record<string, unknown>;
    delete p['forms'];
    delete p['query'];
    delete p['components'];
    delete (m as unknown as Record<string, unknown>)['components'];
    const h = m.pages[0]!.handlers[0] as unknown as Record<string, unknown>;
    delete h['inputs'];
    expect(valid(emitDrafts(m as AnalysisModel, { lang: 'zh' }).files)).toEqual([]);
  });

  it('unresolved values: dynamic URL, cloud function, collection, storage key and navigation', () => {
    const f = 'pages/a/a.js';
    const effects: Effect[] = [
      request('POST', null, { file: f }),
      cloudFunction(null, { file: f }),
      cloudDb(null, 'add', { file: f }),
      storage('set', null, f),
      navigate('navigateTo', null, [], f),
    ];
    const m = model({}, [page('pages/a/a', { handlers: effects.map((e, i) => handler(`on${i}`, f, { triggers: [trigger('pages/a/a.wxml', 'view', null)], effects: [e] })) })]);
    const r = emitDrafts(m, { lang: 'zh' });
    expect(valid(r.files)).toEqual([]);
    expect(r.skills.flatMap((s) => s.apis).length).toBe(4);
    expect(JSON.parse(r.files['capabilities.json']!).flatMap((c: { sourceApis: string[] }) => c.sourceApis).sort()).toEqual([
      'POST (dynamic URL)',
      'wx.cloud.callFunction (dynamic name)',
      'wx.cloud.database (dynamic collection).add',
      'wx.setStorage (dynamic key)',
    ]);
  });

  it('hundreds of pages with components, quickly, within 30 skills and the size limits', () => {
    const pages = [];
    const comps = [];
    const domains = ['goods', 'cart', 'order', 'user', 'coupon', 'store', 'article', 'booking', 'video', 'course'];
    for (let i = 0; i < 400; i++) {
      const d = domains[i % domains.length]!;
      const route = `pages/${d}${i}/index`;
      const f = `${route}.js`;
      pages.push(
        page(route, {
          title: i % 3 ? `${d} ${i}` : null,
          query: ['id'],
          components: [`components/c${i % 20}/index`],
          handlers: [
            handler('onLoad', f, { effects: [request('GET', `https://a.example.com/${d}/detail${i}`, { file: f, dataKeys: ['id'], inputs: { id: o('query', 'id') }, responseKeys: ['data.name', 'data.items'] })] }),
            handler('onAdd', f, { triggers: [trigger(`${route}.wxml`, 'button', '加入购物车', ['id'])], effects: [request('POST', `https://a.example.com/${d}/op${i}`, { file: f, dataKeys: ['id'], inputs: { id: o('dataset', 'id') } })] }),
            handler('goNext', f, { triggers: [trigger(`${route}.wxml`, 'view', null, ['id'])], effects: [navigate('navigateTo', `pages/${domains[(i + 1) % domains.length]}${i + 1}/index`, ['id'], f)] }),
          ],
        }),
      );
    }
    for (let c = 0; c < 20; c++) {
      const f = `components/c${c}/index.js`;
      comps.push(component(`components/c${c}/index`, { handlers: [handler('onTap', f, { triggers: [trigger(`components/c${c}/index.wxml`, 'view', null)], effects: [request('POST', `https://a.example.com/comp${c}/like`, { file: f })] })] }));
    }
    const t0 = Date.now();
    const r = emitDrafts(model({ lazyCodeLoading: 'requiredComponents' }, pages, comps), { lang: 'zh' });
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(20_000);
    expect(r.skills.length).toBeLessThanOrEqual(30);
    expect(r.skills.flatMap((s) => s.apis).length).toBe(820);
    expect(valid(r.files)).toEqual([]);
    // 820 APIs cannot fit 30 skills of 8: the skills are big, and over-size ones are reported, not dropped.
    expect([...new Set(r.diagnostics.map((d) => d.code))].sort()).toEqual(['MCP_TOO_LARGE', 'OUTPUT_SHAPE_UNKNOWN']);
    const names = r.skills.flatMap((s) => s.apis.map((a) => a.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /^[a-z][A-Za-z0-9]*$/.test(n) && n.length <= 64)).toBe(true);
  });
});
