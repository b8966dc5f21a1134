import { describe, expect, it } from 'vitest';
import type { AnalysisModel, Effect, Form, Handler, QueryParam } from '../../src/model/types.js';
import { emitDrafts } from '../../src/emit/emit-drafts.js';
import { businessResponseKeys } from '../../src/emit/io-infer.js';
import { field, form, handler, model, navigate, o, page, query, request, trigger } from './models/build.js';
import { jsonSchemaErrors } from './validate.js';

/** Input and output schemas: what flows in, where it comes from, what comes back. */

const U = 'https://api.example.com';
const F = 'pages/a/a.js';

interface Api {
  name: string;
  description: string;
  inputSchema: { properties: Record<string, { type: string; format?: string; description: string; items?: object }>; required?: string[]; additionalProperties: boolean };
  outputSchema: { description: string; properties: Record<string, { type?: string; description?: string; items?: { properties: Record<string, unknown> }; properties?: Record<string, unknown> }> };
}

function apisOf(m: AnalysisModel, lang: 'zh' | 'en' = 'zh'): Record<string, Api> {
  const mcp = JSON.parse(emitDrafts(m, { lang }).files['mcp.json']!) as { apis: Api[] };
  for (const a of mcp.apis) expect(jsonSchemaErrors(a.inputSchema)).toEqual([]);
  return Object.fromEntries(mcp.apis.map((a) => [a.name, a]));
}

/** One page with one tapped handler (and optionally forms, query, data keys, more handlers). */
function onePage(effects: Effect[], extra: { forms?: Form[]; query?: QueryParam[]; dataKeys?: string[]; handlers?: Handler[]; inputs?: Handler['inputs'] } = {}): AnalysisModel {
  return model({}, [
    page('pages/a/a', {
      ...(extra.forms ? { forms: extra.forms } : {}),
      ...(extra.query ? { query: extra.query } : {}),
      ...(extra.dataKeys ? { dataKeys: extra.dataKeys } : {}),
      handlers: [handler('onTap', F, { triggers: [trigger('pages/a/a.wxml', 'button', null)], effects, inputs: extra.inputs ?? [] }), ...(extra.handlers ?? [])],
    }),
  ]);
}

describe('inputSchema', () => {
  it('is closed, with required = inputs without defaults', () => {
    const [api] = Object.values(apisOf(onePage([request('POST', `${U}/order/create`, { file: F, dataKeys: ['remark', 'storeId'], inputs: { remark: o('form', 'remark'), storeId: o('query', 'storeId') } })])));
    expect(api!.inputSchema.additionalProperties).toBe(false);
    expect(api!.inputSchema.required).toEqual(['remark', 'storeId']);
  });

  it.each<[string, Effect, { forms?: Form[]; dataKeys?: string[]; handlers?: Handler[] }, string, Partial<{ type: string; format: string; required: boolean; description: RegExp }>]>([
    ['number form field', request('POST', `${U}/x`, { file: F, dataKeys: ['tel'], inputs: { tel: o('form', 'tel') } }), { forms: [form('onTap', [field('tel', 'input', 'number')], 'pages/a/a.wxml')] }, 'tel', { type: 'number', required: true }],
    ['digit form field', request('POST', `${U}/x`, { file: F, dataKeys: ['price'], inputs: { price: o('form', 'price') } }), { forms: [form('onTap', [field('price', 'input', 'digit')], 'pages/a/a.wxml')] }, 'price', { type: 'number' }],
    ['switch', request('POST', `${U}/x`, { file: F, dataKeys: ['isDefault'], inputs: { isDefault: o('form', 'isDefault') } }), { forms: [form('onTap', [field('isDefault', 'switch')], 'pages/a/a.wxml')] }, 'isDefault', { type: 'boolean' }],
    ['checkbox group', request('POST', `${U}/x`, { file: F, dataKeys: ['tags'], inputs: { tags: o('form', 'tags') } }), { forms: [form('onTap', [field('tags', 'checkbox-group')], 'pages/a/a.wxml')] }, 'tags', { type: 'array' }],
    ['slider bound with model:value', request('POST', `${U}/x`, { file: F, dataKeys: ['star'], inputs: { star: o('data', 'star') } }), { forms: [form(null, [field('star', 'slider', null, 'star')], 'pages/a/a.wxml')] }, 'star', { type: 'number', description: /用户在页面上选择或填写/ }],
    ['an ID named like a number stays a string without evidence', request('POST', `${U}/x`, { file: F, dataKeys: ['goodsId', 'page'], inputs: { goodsId: o('dataset', 'id'), page: o('dataset', 'page') } }), {}, 'goodsId', { type: 'string', required: true, description: /不要编造/ }],
    ['page data the UI changes, declared with a default', request('POST', `${U}/x`, { file: F, dataKeys: ['count'], inputs: { count: o('data', 'count') } }), { dataKeys: ['count'], handlers: [handler('plus', F, { triggers: [trigger('pages/a/a.wxml', 'view', '+')], setData: ['count'] })] }, 'count', { required: false, description: /可省略，页面有默认值/ }],
    ['unknown origin: optional, marked', request('POST', `${U}/x`, { file: F, dataKeys: ['type'] }), {}, 'type', { required: false, description: /来源未能静态确定【待确认】/ }],
    ['an upload takes an image', request('POST', `${U}/upload`, { file: F, api: 'wx.uploadFile' }), {}, 'filePath', { format: 'image', required: false }],
  ])('%s', (_what, effect, extra, prop, want) => {
    const [api] = Object.values(apisOf(onePage([effect], extra)));
    const p = api!.inputSchema.properties[prop]!;
    expect(p).toBeDefined();
    if (want.type) expect(p.type).toBe(want.type);
    if (want.format) expect(p.format).toBe(want.format);
    if (want.required !== undefined) expect((api!.inputSchema.required ?? []).includes(prop)).toBe(want.required);
    if (want.description) expect(p.description).toMatch(want.description);
  });

  it.each<[string, Effect]>([
    ['values from storage', request('POST', `${U}/x`, { file: F, dataKeys: ['token', 'openid'], inputs: { token: o('storage', 'token'), openid: o('app', 'openid') } })],
    ['login context without origin', request('POST', `${U}/x`, { file: F, dataKeys: ['access_token', 'sign', 'timestamp'] })],
  ])('%s are filled by the skill, not asked for', (_what, effect) => {
    const [api] = Object.values(apisOf(onePage([effect])));
    expect(api!.inputSchema.properties).toEqual({});
  });

  it('a value one effect returns and the next takes stays inside the API', () => {
    const effects = [
      request('POST', `${U}/order/submit`, { file: F, dataKeys: ['addressId'], inputs: { addressId: o('dataset', 'id') }, responseKeys: ['data.orderId'] }),
      request('POST', `${U}/pay/prepay`, { file: F, dataKeys: ['orderId'] }),
    ];
    const [api] = Object.values(apisOf(onePage(effects)));
    expect(Object.keys(api!.inputSchema.properties)).toEqual(['addressId']);
  });

  it('a query key with a default is optional; one the effects do not use is no input', () => {
    const m = model({}, [
      page('pages/a/a', {
        query: [query('id', F), query('from', F, true), query('tab', F, true)],
        handlers: [handler('onLoad', F, { effects: [request('GET', `${U}/goods/detail`, { file: F, dataKeys: ['id', 'tab'], inputs: { id: o('query', 'id'), tab: o('query', 'tab') } })] })],
      }),
    ]);
    const api = apisOf(m)['getGoodsDetail']!;
    expect(Object.keys(api.inputSchema.properties)).toEqual(['id', 'tab']);
    expect(api.inputSchema.required).toEqual(['id']);
  });

  it('without parameter origins (partial analysis), handler inputs and query params are used', () => {
    const m = model({}, [
      page('pages/a/a', {
        query: ['id'],
        handlers: [
          handler('onLoad', F, { effects: [request('GET', `${U}/goods/detail`, { file: F, dataKeys: ['goodsId'] })] }),
          handler('onAdd', F, { triggers: [trigger('pages/a/a.wxml', 'button', '加入购物车', ['id'])], inputs: [{ name: 'id', from: 'dataset' }], effects: [request('POST', `${U}/cart/add`, { file: F, dataKeys: ['goodsId'] })] }),
        ],
      }),
    ]);
    const apis = apisOf(m);
    expect(apis['getGoodsDetail']!.inputSchema.required).toEqual(['id']);
    expect(apis['addToCart']!.inputSchema.properties['goodsId']!.description).toMatch(/^用户在页面上选中的条目的 id/);
  });
});

describe('ID provenance', () => {
  const list = 'pages/list/list';
  const detail = 'pages/detail/detail';
  const m = model({}, [
    page(list, {
      handlers: [
        handler('onLoad', `${list}.js`, { effects: [request('GET', `${U}/goods/list`, { file: `${list}.js`, responseKeys: ['data.list'] })] }),
        handler('open', `${list}.js`, { triggers: [trigger(`${list}.wxml`, 'view', null, ['id'])], effects: [navigate('navigateTo', detail, ['goodsId'], `${list}.js`)] }),
        handler('onAdd', `${list}.js`, { triggers: [trigger(`${list}.wxml`, 'view', '加入购物车', ['id'])], effects: [request('POST', `${U}/cart/add`, { file: `${list}.js`, dataKeys: ['goodsId'], inputs: { goodsId: o('dataset', 'id') } })] }),
      ],
    }),
    page(detail, {
      query: ['goodsId'],
      handlers: [handler('onLoad', `${detail}.js`, { effects: [request('GET', `${U}/goods/detail`, { file: `${detail}.js`, dataKeys: ['goodsId'], inputs: { goodsId: o('query', 'goodsId') }, responseKeys: ['data.name'] })] })],
    }),
  ]);

  it.each<[string, string, RegExp]>([
    ['picked on the page: the page entry', 'addToCart', /必须来自 getGoodsList 的返回结果，不要编造/],
    ['passed by the page that opened this one: its entry', 'getGoodsDetail', /必须来自 getGoodsList 的返回结果，不要编造/],
  ])('%s', (_what, name, want) => {
    expect(apisOf(m)[name]!.inputSchema.properties['goodsId']!.description).toMatch(want);
  });

  it('English', () => {
    expect(apisOf(m, 'en')['addToCart']!.inputSchema.properties['goodsId']!.description).toMatch(/must come from the result of getGoodsList; never invent it/);
  });
});

describe('outputSchema', () => {
  it.each<[string[], string[]]>([
    [['data.items.map', 'data.total', 'code', 'msg'], ['items', 'total']],
    [['code', 'data.token'], ['token']],
    [['list[0].name', 'list.length', 'errno'], ['list', 'list.name']],
    [['data'], []],
    [['result.openid', 'result.user.nickName'], ['openid', 'user.nickName']],
  ])('response keys %j → fields %j', (keys, want) => {
    expect(businessResponseKeys(keys)).toEqual(want);
  });

  it('nests fields, types lists and flags weakly, and marks everything as statically inferred', () => {
    const [api] = Object.values(
      apisOf(onePage([request('GET', `${U}/goods/list`, { file: F, responseKeys: ['data.list.id', 'data.list.name', 'data.isEnd', 'data.total'] })], { handlers: [] })),
    );
    const props = api!.outputSchema.properties;
    expect(Object.keys(props)).toEqual(['isEnd', 'list', 'total']);
    expect(props['list']!.type).toBe('array');
    expect(Object.keys(props['list']!.items!.properties)).toEqual(['id', 'name']);
    expect(props['isEnd']!.type).toBe('boolean');
    expect(props['total']!.type).toBeUndefined();
    expect(props['total']!.description).toMatch(/【待确认】$/);
    expect(api!.outputSchema.description).toMatch(/【待确认】/);
  });

  it('setData roots are outputs too, marked as page data', () => {
    const m = model({}, [page('pages/a/a', { handlers: [handler('onTap', F, { triggers: [trigger('pages/a/a.wxml', 'button', null)], effects: [request('POST', `${U}/x`, { file: F })], setData: ['cart.count', 'list[0].checked'] })] })]);
    const props = Object.values(apisOf(m))[0]!.outputSchema.properties;
    expect(Object.keys(props)).toEqual(['cart', 'list']);
    expect(props['cart']!.description).toBe('页面展示用的 cart（由页面代码写入，静态推断）【待确认】');
  });

  it('nothing known: an empty outputSchema that says so', () => {
    const apis = apisOf(onePage([request('POST', `${U}/x`, { file: F })], { handlers: [] }));
    expect(Object.values(apis)[0]!.outputSchema).toEqual({ type: 'object', description: '返回字段未能静态确定，需运行时探测【待确认】', properties: {} });
  });
});
