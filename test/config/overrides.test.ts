import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import type { DraftOverrides } from '../../src/config/config-types.js';
import { listApiLines } from '../../src/config/list-apis.js';
import { parseConfig } from '../../src/config/load-config.js';
import { emitDrafts } from '../../src/emit/emit-drafts.js';
import type { EmitOptions } from '../../src/emit/plan-types.js';
import type { AnalysisModel, Diagnostic } from '../../src/model/types.js';
import { buildOutputs } from '../../src/outputs.js';
import { jsonSchemaErrors, mcpToolsErrors, schemaErrors } from '../emit/validate.js';

/**
 * Overrides applied to the drafts of the mall fixture (fixtures/mall): every
 * edit shows in every draft file, the drafts stay valid (schemas re-checked
 * after each edit), and overrides that match nothing are reported where the
 * reviewer wrote them.
 */

let model: AnalysisModel;
beforeAll(async () => {
  model = (await analyze({ dir: 'fixtures/mall' })).model!;
});

const FILE = 'autoskill.config.json';

/** Overrides from config text (so they carry real locations); the config itself must be clean. */
function overridesOf(config: unknown): DraftOverrides {
  const text = typeof config === 'string' ? config : JSON.stringify(config, null, 2) + '\n';
  const parsed = parseConfig(text, FILE);
  expect(parsed.diagnostics).toEqual([]);
  return parsed.config.overrides;
}

interface McpApi {
  name: string;
  description: string;
  inputSchema: { properties: Record<string, { type?: string; description: string }>; required?: string[] };
  outputSchema: object;
  _meta: { ui: { pagePath: string } };
}
interface Drafts {
  files: Record<string, string>;
  diagnostics: Diagnostic[];
  json: <T>(path: string) => T;
  mcp: (path?: string) => McpApi[];
  api: (name: string, path?: string) => McpApi | undefined;
  skills: string[];
}

function emit(config: unknown, opts: Omit<EmitOptions, 'overrides'> = { lang: 'zh' }): Drafts {
  const out = emitDrafts(model, { ...opts, overrides: overridesOf(config) });
  const json = <T>(path: string) => JSON.parse(out.files[path]!) as T;
  const mcp = (path = 'mcp.json') => json<{ apis: McpApi[] }>(path).apis;
  return {
    files: out.files,
    diagnostics: out.diagnostics.filter((d) => d.code.startsWith('CONFIG_')),
    json,
    mcp,
    api: (name, path) => mcp(path).find((a) => a.name === name),
    skills: Object.keys(out.files).filter((f) => f.endsWith('/SKILL.md')).map((f) => f.split('/')[1]!),
  };
}

/** Every problem of the drafts: shipped schemas, draft-07 inputSchemas, the MCP SDK, names consistent across files. */
function problems(d: Drafts): string[] {
  const out: string[] = [];
  const names = d.mcp().map((a) => a.name);
  if (new Set(names).size !== names.length) out.push('mcp.json: names not unique');
  const inSkills: string[] = [];
  for (const [path, text] of Object.entries(d.files)) {
    if (path.endsWith('mcp.json') && path !== 'mcp-tools.json') {
      const mcp = JSON.parse(text) as { apis: McpApi[] };
      out.push(...schemaErrors('wechatMcp', mcp).map((e) => `${path}: ${e}`));
      for (const a of mcp.apis) out.push(...jsonSchemaErrors(a.inputSchema).map((e) => `${path} ${a.name}: ${e}`));
      if (path !== 'mcp.json') inSkills.push(...mcp.apis.map((a) => a.name));
    }
    if (path.endsWith('/SKILL.md')) {
      if (!text.startsWith('# ')) out.push(`${path}: no title`);
      // SKILL.md never names camelCase APIs (a one-word name like `login` is also a plain word).
      for (const n of names) if (/[A-Z]/.test(n) && text.includes(n)) out.push(`${path}: names API ${n}`);
    }
  }
  out.push(...schemaErrors('pageMeta', d.json('page-meta.json')).map((e) => `page-meta.json: ${e}`));
  out.push(...schemaErrors('capabilities', d.json('capabilities.json')).map((e) => `capabilities.json: ${e}`));
  const tools = d.json<{ tools: { name: string }[] }>('mcp-tools.json');
  out.push(...mcpToolsErrors(tools).map((e) => `mcp-tools.json: ${e}`));
  if (tools.tools.map((t) => t.name).join() !== names.join()) out.push('mcp-tools.json: names differ from mcp.json');
  const caps = d.json<{ suggestedAtomicInterfaces: string[] }[]>('capabilities.json').flatMap((c) => c.suggestedAtomicInterfaces);
  if ([...caps].sort().join() !== [...names].sort().join()) out.push('capabilities.json: names differ from mcp.json');
  if ([...inSkills].sort().join() !== [...names].sort().join()) out.push('skills: APIs differ from mcp.json');
  return out;
}

const everyFile = (d: Drafts, needle: string) => Object.entries(d.files).filter(([, t]) => t.includes(needle)).map(([f]) => f).sort();

describe('no overrides', () => {
  it('an empty override set gives the same bytes as none', () => {
    expect(emitDrafts(model, { lang: 'zh', overrides: {} }).files).toEqual(emitDrafts(model, { lang: 'zh' }).files);
  });
});

describe('API overrides', () => {
  it('rename: the new name everywhere, the old nowhere (citations in other descriptions included)', () => {
    const before = emit({});
    expect(everyFile(before, 'getGoodsDetail').length).toBeGreaterThan(3);
    const d = emit({ apis: { 'pages/goods/goods#entry': { name: 'getProductDetail' } } });
    expect(d.diagnostics).toEqual([]);
    expect(everyFile(d, 'getGoodsDetail')).toEqual([]);
    expect(everyFile(d, 'getProductDetail')).toEqual(everyFile(before, 'getGoodsDetail'));
    expect(everyFile(d, 'getProductDetail')).toEqual(expect.arrayContaining(['capabilities.json', 'mcp-tools.json', 'mcp.json', 'skills/goods/mcp.json']));
    // Another API's ID parameter still says where its value comes from, by the new name.
    expect(d.api('addToCart')!.inputSchema.properties.productId!.description).toContain('getProductDetail');
    expect(problems(d)).toEqual([]);
  });

  it('describe: the reviewer text verbatim in mcp.json, the skill mcp.json and mcp-tools.json', () => {
    const text = 'Adds the goods the user picked to the cart. Call it after the goods detail was read; never for buying at once.';
    const d = emit({ apis: { 'pages/goods/goods#addToCart': { description: text } } });
    expect(d.api('addToCart')!.description).toBe(text);
    expect(d.api('addToCart', 'skills/cart/mcp.json')!.description).toBe(text);
    expect(d.json<{ tools: { name: string; description: string }[] }>('mcp-tools.json').tools.find((t) => t.name === 'addToCart')!.description).toBe(text);
    expect(problems(d)).toEqual([]);
  });

  it('params: description, type and required in every inputSchema', () => {
    const d = emit({
      apis: {
        'pages/goods/goods#addToCart': {
          params: {
            goodsId: { description: 'The goods id from getGoodsDetail; never invent it.', type: 'number', required: true },
            number: { required: false, type: 'number' },
          },
        },
      },
    });
    expect(d.diagnostics).toEqual([]);
    for (const path of ['mcp.json', 'skills/cart/mcp.json']) {
      const s = d.api('addToCart', path)!.inputSchema;
      expect(s.properties.goodsId).toEqual({ type: 'number', description: 'The goods id from getGoodsDetail; never invent it.' });
      expect(s.properties.number!.type).toBe('number');
      expect(s.required).toEqual(['goodsId']);
    }
    const tool = d.json<{ tools: { name: string; inputSchema: McpApi['inputSchema'] }[] }>('mcp-tools.json').tools.find((t) => t.name === 'addToCart')!;
    expect(tool.inputSchema.required).toEqual(['goodsId']);
    expect(problems(d)).toEqual([]);
  });

  it('drop: the API leaves every draft; its page stays in page-meta.json and analysis.json', () => {
    const d = emit({ apis: { 'pages/goods/goods#buyGoods': { drop: true } } });
    expect(everyFile(d, 'addToCartFast')).toEqual([]);
    expect(d.json<{ pages: { path: string }[] }>('page-meta.json').pages.map((p) => p.path)).toContain('pages/goods/goods');
    expect(d.mcp()).toHaveLength(emit({}).mcp().length - 1);
    expect(problems(d)).toEqual([]);
  });

  it('an id merged into another API addresses that API', () => {
    // pages/cart/cart#checkedAll and #checkedItem are one API (same endpoints); either id edits it.
    expect(listApiLines(emitDrafts(model, { lang: 'zh' }).skills)).toEqual(expect.arrayContaining(['pages/cart/cart#checkedAll → selectCart', 'pages/cart/cart#checkedItem → selectCart']));
    const d = emit({ apis: { 'pages/cart/cart#checkedItem': { name: 'checkCartItems' } } });
    expect(d.api('checkCartItems')).toBeDefined();
    expect(d.api('selectCart')).toBeUndefined();
    expect(problems(d)).toEqual([]);
  });

  it('two APIs may swap names', () => {
    const d = emit({ apis: { 'pages/cart/cart#addNumber': { name: 'deleteCart' }, 'pages/cart/cart#deleteCart': { name: 'updateCart' } } });
    expect(d.diagnostics).toEqual([]);
    expect(d.api('deleteCart')!.description).toEqual(emit({}).api('updateCart')!.description);
    expect(problems(d)).toEqual([]);
  });
});

describe('skills', () => {
  it('explicit grouping: listed APIs in the named skill with its title and positioning; the rest grouped as before', () => {
    const d = emit({
      skills: {
        checkout: {
          title: '结算下单',
          description: '帮助用户确认购物车并提交订单。',
          apis: ['pages/cart/cart#entry', 'packageOrder/checkout/checkout#entry', 'packageOrder/checkout/checkout#submitOrder'],
        },
      },
    });
    expect(d.diagnostics).toEqual([]);
    expect(d.mcp('skills/checkout/mcp.json').map((a) => a.name).sort()).toEqual(['getCart', 'getCartCheckout', 'submitOrder']);
    expect(d.files['skills/checkout/SKILL.md']!.split('\n').slice(0, 3)).toEqual(['# 结算下单', '', '帮助用户确认购物车并提交订单。']);
    expect(d.mcp('skills/cart/mcp.json').map((a) => a.name)).not.toContain('getCart');
    expect(d.skills).toEqual(['address', 'cart', 'checkout', 'goods', 'order', 'search', 'user']);
    expect(problems(d)).toEqual([]);
  });

  it('an automatic skill with the name of an explicit one moves to <name>-2', () => {
    const d = emit({ skills: { cart: { apis: ['pages/goods/goods#addToCart', 'pages/goods/goods#buyGoods'] } } });
    expect(d.mcp('skills/cart/mcp.json').map((a) => a.name).sort()).toEqual(['addToCart', 'addToCartFast']);
    expect(d.skills).toContain('cart-2');
    expect(problems(d)).toEqual([]);
  });

  it('a skill entry without apis retitles the automatic skill of that name', () => {
    const d = emit({ skills: { goods: { title: '逛商品', description: '帮助用户浏览首页、分类和商品详情。' } } });
    expect(d.files['skills/goods/SKILL.md']!.startsWith('# 逛商品\n\n帮助用户浏览首页、分类和商品详情。\n')).toBe(true);
    expect(problems(d)).toEqual([]);
  });

  it.each([
    ['domain', 'zh'],
    ['domain', 'en'],
    ['subpackage', 'zh'],
    ['single', 'en'],
  ] as const)('explicit skills with grouping %s, %s: valid drafts', (grouping, lang) => {
    const d = emit({ skills: { pay: { apis: ['packageOrder/detail/detail#payOrder'] } }, apis: { 'pages/index/index#entry': { name: 'getHomePage' } } }, { lang, grouping });
    expect(d.mcp('skills/pay/mcp.json').map((a) => a.name)).toEqual(['payOrderDetail']);
    expect(d.api('getHomePage')).toBeDefined();
    expect(problems(d)).toEqual([]);
  });
});

describe('include / exclude', () => {
  it('exclude a subpackage: its APIs and pages leave the drafts, analysis.json keeps every page', () => {
    const overrides = overridesOf({ exclude: ['packageOrder'] });
    const d = emit({ exclude: ['packageOrder'] });
    expect(d.mcp().filter((a) => a._meta.ui.pagePath.startsWith('/packageOrder/'))).toEqual([]);
    expect(d.json<{ pages: { path: string }[] }>('page-meta.json').pages.map((p) => p.path).filter((p) => p.startsWith('packageOrder/'))).toEqual([]);
    expect(d.skills).not.toContain('order');
    expect(problems(d)).toEqual([]);
    const all = buildOutputs(model, { lang: 'zh', overrides });
    expect(all.files['analysis.json']).toBe(buildOutputs(model, { lang: 'zh' }).files['analysis.json']);
    expect((JSON.parse(all.files['analysis.json']!) as { pages: unknown[] }).pages).toHaveLength(model.pages.length);
  });

  it('include route globs: only those pages are drafted', () => {
    const d = emit({ include: ['pages/goods/*', 'pages/cart/cart'] });
    expect([...new Set(d.mcp().map((a) => a._meta.ui.pagePath))].sort()).toEqual(['/pages/cart/cart', '/pages/goods/goods']);
    expect(d.json<{ pages: { path: string }[] }>('page-meta.json').pages.map((p) => p.path)).toEqual(['pages/cart/cart', 'pages/goods/goods']);
    expect(problems(d)).toEqual([]);
  });

  it('page names do not move when other pages are excluded', () => {
    const name = (d: Drafts) => d.json<{ pages: { path: string; name: string }[] }>('page-meta.json').pages.find((p) => p.path === 'pages/cart/cart')!.name;
    expect(name(emit({ include: ['pages/cart/cart'] }))).toBe(name(emit({})));
  });
});

describe('overrides that match nothing, and name conflicts, are reported where they are written', () => {
  const config = [
    '{',
    '  "exclude": ["pages/search", "pages/nowhere/*"],',
    '  "skills": {',
    '    "checkout": { "apis": ["pages/cart/cart#entry", "pages/cart/cart#nope", "pages/goods/goods#buyGoods", "pages/search/search#entry"] },',
    '    "ghost": { "title": "Ghost" }',
    '  },',
    '  "apis": {',
    '    "pages/goods/goods#addToCart": { "params": { "skuId": { "description": "x" } } },',
    '    "pages/goods/goods#buyGoods": { "drop": true },',
    '    "pages/goods/goods#addToCard": { "name": "addToBasket" },',
    '    "pages/search/search#onKeywordTap": { "name": "findGoods" },',
    '    "pages/catalog/catalog#entry": { "name": "getCart" },',
    '    "pages/index/index#entry": { "name": "getShop" },',
    '    "pages/ucenter/index/index#entry": { "name": "getShop" }',
    '  }',
    '}',
  ].join('\n');

  it.each([
    ['CONFIG_STALE_OVERRIDE', 'warning', 2, 31, 'exclude[1] ("pages/nowhere/*") selects no page of app.json; it has no effect'],
    ['CONFIG_STALE_OVERRIDE', 'warning', 4, 53, 'skills.checkout.apis[1] ("pages/cart/cart#nope") matches no API of the app (autoskill analyze --list-apis prints the ids); it has no effect'],
    ['CONFIG_STALE_OVERRIDE', 'warning', 4, 77, 'skills.checkout.apis[2] ("pages/goods/goods#buyGoods") names an API that apis["pages/goods/goods#buyGoods"].drop removes; it has no effect'],
    ['CONFIG_STALE_OVERRIDE', 'warning', 5, 5, 'skills.ghost names no skill of the drafts; it has no effect'],
    ['CONFIG_STALE_OVERRIDE', 'warning', 8, 50, 'apis["pages/goods/goods#addToCart"].params.skuId is not a parameter of this API (its parameters: goodsId, number, productId); it has no effect'],
    ['CONFIG_STALE_OVERRIDE', 'warning', 10, 5, 'apis["pages/goods/goods#addToCard"] matches no API of the app (autoskill analyze --list-apis prints the ids); it has no effect'],
    ['CONFIG_NAME_CONFLICT', 'error', 12, 38, 'apis["pages/catalog/catalog#entry"].name: "getCart" is already the name of API pages/cart/cart#entry (getCart); API names must be unique, so pages/catalog/catalog#entry keeps "getCatalog"'],
    ['CONFIG_NAME_CONFLICT', 'error', 13, 34, 'apis["pages/index/index#entry"].name: "getShop" is already the name of API pages/ucenter/index/index#entry (getShop); API names must be unique, so pages/index/index#entry keeps "getHomeData"'],
    ['CONFIG_NAME_CONFLICT', 'error', 14, 42, 'apis["pages/ucenter/index/index#entry"].name: "getShop" is already the name of API pages/index/index#entry (getShop); API names must be unique, so pages/ucenter/index/index#entry keeps "getUser"'],
  ] as const)('%s (%s) at %i:%i', (code, severity, line, column, message) => {
    const d = emit(config);
    expect(d.diagnostics).toContainEqual({ code, severity, message, loc: { file: FILE, line, column } });
  });

  it('nothing else: overrides of APIs on excluded pages are dormant, not stale', () => {
    const d = emit(config);
    expect(d.diagnostics).toHaveLength(9);
    expect(d.diagnostics.some((x) => x.message.includes('pages/search/search'))).toBe(false);
  });

  it('the drafts stay valid: conflicting renames are not applied, the others are', () => {
    const d = emit(config);
    expect(d.api('getCatalog')).toBeDefined();
    expect(d.api('getHomeData')).toBeDefined();
    expect(d.api('getUser')).toBeDefined();
    expect(d.api('getShop')).toBeUndefined();
    expect(problems(d)).toEqual([]);
  });

  it('the same config gives the same bytes and diagnostics', () => {
    const a = emitDrafts(model, { lang: 'zh', overrides: parseConfig(config, FILE).config.overrides });
    const b = emitDrafts(model, { lang: 'zh', overrides: parseConfig(config, FILE).config.overrides });
    expect(b.files).toEqual(a.files);
    expect(b.diagnostics).toEqual(a.diagnostics);
  });
});
