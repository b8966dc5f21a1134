import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import type { WechatApi } from '../../src/emit/mcp-json.js';
import type { ApiInput, ApiPlan } from '../../src/emit/plan-types.js';
import type { AnalysisModel, Effect, PageModel } from '../../src/model/types.js';
import { apiModule } from '../../src/scaffold/api-module.js';
import type { AuthFacts } from '../../src/scaffold/auth.js';
import { baseUrls, splitBase } from '../../src/scaffold/base-url.js';
import { SCAFFOLD_TEXTS } from '../../src/scaffold/texts.js';

/**
 * One API module from hand-made plans: each kind of fact becomes the code
 * it should, and each thing the analysis could not determine becomes a
 * marked question that names the source location it came from.
 */

const loc = (line: number, file = 'pages/a/a.js') => ({ file, line, column: 5 });

function input(name: string, over: Partial<ApiInput> = {}): ApiInput {
  return { name, from: 'query', source: name, required: true, hasDefault: false, type: 'string', isId: false, userEntered: false, fieldTag: null, providers: [], ...over };
}

function plan(effects: Effect[], over: Partial<ApiPlan> = {}): ApiPlan {
  return {
    id: 'pages/a/a#go', mergedIds: [], name: 'doThing', kind: 'handler', owner: 'pages/a/a', route: 'pages/a/a', handler: 'go', pages: ['pages/a/a'], texts: [],
    pageTitle: null, effects, endpoints: [], inputs: [], outputs: [], verb: 'update', object: ['thing'], readOnly: false, idempotent: false, openWorld: true,
    payment: false, isLogin: false, needsLogin: false, needsLocation: false, needsComponent: false, domain: 'thing', loc: loc(3), ...over,
  };
}

const NO_AUTH: AuthFacts = { tokenKey: null, tokenReads: [], login: null, cloudInit: null, wrappers: [] };
const BASES = [{ name: 'BASE_URL', url: 'https://x.example.com/api' }];

function render(api: ApiPlan, outputs: string[] = [], page: Partial<PageModel> | null = null): string {
  const mcp: WechatApi = {
    name: api.name, description: '', inputSchema: { type: 'object', properties: {} },
    outputSchema: { type: 'object', properties: Object.fromEntries(outputs.map((k) => [k, {}])) }, _meta: { ui: { pagePath: '/' + api.route } },
  };
  const text = apiModule({ api, mcp, page: page as PageModel | null, ownerScript: 'pages/a/a.js', phrase: '做事', readLike: api.readOnly, t: SCAFFOLD_TEXTS.zh, bases: BASES, auth: NO_AUTH }).text;
  parse(text, { sourceType: 'script' });
  return text;
}

const request = (over: Partial<Extract<Effect, { kind: 'request' }>>): Effect => ({ kind: 'request', api: 'wx.request', method: 'POST', url: 'https://x.example.com/api/things', dataKeys: [], loc: loc(10), ...over });

const CASES: [string, { api: ApiPlan; outputs?: string[]; page?: Partial<PageModel>; want: string[] }][] = [
  ['a URL the analysis could not resolve', { api: plan([request({ url: null })]), want: ['// TODO(autoskill): 【待确认】 请求地址无法静态确定（pages/a/a.js:10），请填写完整地址。', 'url: undefined,'] }],
  [
    'a named URL part from an input, an unnamed one as a question',
    {
      api: plan([request({ url: 'https://x.example.com/api/things/{id}/{}' })], { inputs: [input('id')] }),
      want: ['// TODO(autoskill): 【待确认】 地址中有一段在运行时拼接（pages/a/a.js:10），请填写它的取值。', 'url: `${BASE_URL}/things/${encodeURIComponent(args.id)}/${encodeURIComponent(undefined)}`,'],
    },
  ],
  [
    'values from storage, from the app\'s globals and of unknown origin',
    {
      api: plan([request({ dataKeys: ['addressId', 'city', 'page'], inputs: { addressId: { from: 'storage', name: 'addressId' }, city: { from: 'app', name: 'globalData.city' } } })]),
      want: [
        '// [ai-mode:static] pages/a/a.js:10 storage addressId',
        "addressId: wx.getStorageSync('addressId'),",
        '// TODO(autoskill): 【待确认】 参数来自主包的全局数据 globalData.city（pages/a/a.js:10）；技能里不能用 getApp()，请改为从本地存储或接口获取。',
        'city: undefined,',
        '// TODO(autoskill): 【待确认】 参数 page 的取值未能静态确定（pages/a/a.js:10），请填写。',
        'page: undefined',
      ],
    },
  ],
  [
    'a value passed on from an earlier response; writes before reads, with the order as a question',
    {
      api: plan([
        request({ method: 'GET', url: 'https://x.example.com/api/things', loc: loc(5), responseKeys: ['data.list'] }),
        request({ url: 'https://x.example.com/api/orders', loc: loc(20), responseKeys: ['data.orderId'] }),
        request({ url: 'https://x.example.com/api/pay', dataKeys: ['orderId'], loc: loc(30) }),
      ]),
      outputs: ['list'],
      want: [
        '// TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/a/a.js:3）。',
        '// TODO(autoskill): 【待确认】 参数 orderId 取自上一步返回的 data.orderId（pages/a/a.js:30），请确认字段。',
        "orderId: pick(ordersRes, 'data.orderId')",
        "list: pick(thingsRes, 'data.list')",
      ],
    },
  ],
  [
    'page state in the outputSchema, and a handoff with the page\'s query keys only',
    {
      api: plan([request({ responseKeys: ['data.total'] })], { inputs: [input('goodsId', { source: 'id' }), input('other', { from: 'dataset' })], outputs: [{ key: 'loading', from: 'setData' }] }),
      outputs: ['loading', 'total'],
      page: { route: 'pages/a/a', query: [{ name: 'id', loc: loc(2) }, { name: 'from', loc: loc(2) }], files: { script: 'pages/a/a.js', wxml: null, json: null, wxss: null } },
      want: [
        '// TODO(autoskill): 【待确认】 loading 是页面用 setData 写入的展示状态（pages/a/a.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。',
        'loading: null,',
        "total: pick(thingsRes, 'data.total')",
        'handoff: { query: `id=${queryValue(args.goodsId)}` }',
      ],
    },
  ],
  [
    'a field read from the same endpoint on another page (merged duplicate) is read inside the envelope, as a question',
    {
      api: plan([request({ responseKeys: ['code', 'data.total'] })], { outputs: [{ key: 'extra', from: 'response' }] }),
      outputs: ['extra'],
      want: ['// TODO(autoskill): 【待确认】 extra 是另一个页面读取同一接口时用到的字段，这里按 data.extra 读取（pages/a/a.js:10），请确认。', "extra: pick(thingsRes, 'data.extra')"],
    },
  ],
  [
    'cloud database writes: the record id is a question',
    {
      api: plan([{ kind: 'cloudDatabase', collection: 'bookings', op: 'update', dataKeys: ['status'], loc: loc(40) }], { inputs: [input('status')] }),
      want: ['// TODO(autoskill): 【待确认】 要修改的记录 id 未能静态确定（pages/a/a.js:40），请填写。', "const bookingsRes = await database()", "  .collection('bookings')", '  .doc(undefined)', '  .update({', '      status: args.status'],
    },
  ],
  [
    'a storage write beside network calls is left as a commented question; storage-only actions write it',
    {
      api: plan([request({}), { kind: 'storage', op: 'remove', key: 'token', loc: loc(50) }]),
      want: ["// TODO(autoskill): 【待确认】 原代码在 pages/a/a.js:50 还会执行 wx.removeStorageSync('token')，很可能只在某些条件下执行（分析结果不记录条件）；确有需要再加上。", "// wx.removeStorageSync('token')"],
    },
  ],
  ['storage-only: written on purpose', { api: plan([{ kind: 'storage', op: 'clear', key: null, loc: loc(60) }]), want: ['// [ai-mode:static] pages/a/a.js:60 wx.clearStorage (dynamic key)', 'wx.clearStorageSync()', "text: '已完成「做事」（只改动本机数据）。请告诉用户已处理。'"] }],
  [
    'payment: one call at a time, no wx.requestPayment in the API',
    {
      api: plan([request({}), { kind: 'payment', api: 'requestPayment', loc: loc(70) }], { payment: true }),
      want: ['let inFlight = false', 'if (inFlight) {', '// TODO(autoskill): 【待确认】 原页面在 pages/a/a.js:70 调用 wx.requestPayment；技能的 API 不能直接付款（需卡片组件的点击回调和 scope.dynamic），这里改为把用户带到支付页面。', '} finally {', 'inFlight = false'],
    },
  ],
  [
    'a login the analysis cannot see',
    { api: plan([request({})], { needsLogin: true }), want: ['// TODO(autoskill): 【待确认】 这个 API 需要用户已登录（pages/a/a.js:3），请确认登录与鉴权方式。'] },
  ],
];

describe('apiModule', () => {
  it.each(CASES)('%s', (_name, { api, outputs, page, want }) => {
    const text = render(api, outputs, page ?? null);
    for (const w of want) expect(text).toContain(w);
    const code = text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
    expect(code).not.toContain('wx.requestPayment(');
    expect(code).not.toContain('getApp(');
  });
});

describe('baseUrls', () => {
  const model = (urls: string[]): AnalysisModel =>
    ({ app: { script: 'app.js', effects: urls.map((url, i) => request({ url, loc: loc(i + 1, 'app.js') })) }, pages: [], components: [] }) as unknown as AnalysisModel;

  it.each([
    ['one origin: the shared directory', ['https://a.example.com/api/x/list', 'https://a.example.com/api/y'], [{ name: 'BASE_URL', url: 'https://a.example.com/api' }]],
    [
      'the most used origin is BASE_URL, others are named after their host',
      ['https://act.example.com/v1/draw', 'https://shop.example.com/v2/a', 'https://shop.example.com/v2/b'],
      [{ name: 'BASE_URL', url: 'https://shop.example.com/v2' }, { name: 'ACT_BASE_URL', url: 'https://act.example.com/v1' }],
    ],
    ['stops at run-time parts; ignores URLs without a host', ['https://a.example.com/api/{id}/x', '{}/api/z', 'https://a.example.com/api/{id}/y'], [{ name: 'BASE_URL', url: 'https://a.example.com/api' }]],
  ])('%s', (_name, urls, want) => {
    expect(baseUrls(model(urls))).toEqual(want);
  });

  it('splits a URL at its longest base', () => {
    const bases = [{ name: 'BASE_URL', url: 'https://a.example.com/api' }, { name: 'V_BASE_URL', url: 'https://a.example.com/api/v' }];
    expect(splitBase('https://a.example.com/api/v/x', bases)).toEqual({ base: bases[1], rest: '/x' });
    expect(splitBase('https://a.example.com/apix', bases)).toBeNull();
  });
});
