import { describe, expect, it } from 'vitest';
import type { ApiPlan } from '../../src/emit/plan-types.js';
import { domainOf, groupApis, MAX_APIS, MAX_SKILLS } from '../../src/emit/grouping.js';
import { NavGraph } from '../../src/emit/nav-graph.js';

/** Skills by business domain, balanced to 3–8 APIs, at most 30. */

function api(name: string, route: string, p: Partial<ApiPlan> = {}): ApiPlan {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase().split(' ');
  return {
    id: `${route}#${name}`,
    mergedIds: [],
    name,
    kind: 'handler',
    owner: route,
    route,
    handler: name,
    pages: [route],
    texts: [],
    pageTitle: null,
    effects: [],
    endpoints: [],
    inputs: [],
    outputs: [],
    verb: words[0]!,
    object: words.slice(1),
    readOnly: false,
    idempotent: false,
    openWorld: true,
    payment: false,
    isLogin: false,
    needsLogin: false,
    needsLocation: false,
    needsComponent: false,
    domain: '',
    loc: null,
    ...p,
  };
}

const noNav = new NavGraph([]);
const main = () => null;
const groups = (apis: ApiPlan[], nav = noNav) => groupApis(apis, nav, 'domain', main).map((g) => [g.id, g.apis.map((a) => a.name)]);

describe('domainOf', () => {
  it.each<[string, ApiPlan, string]>([
    ['name words', api('addToCart', 'pages/goods/detail'), 'cart'],
    ['name beats route', api('getCouponList', 'pages/goods/detail'), 'coupon'],
    ['route words', api('getDetail', 'pages/order/detail', { object: ['detail'] }), 'order'],
    ['button text', api('submitForm', 'pages/form/form', { object: ['form'], texts: ['立即预约'] }), 'booking'],
    ['payment → pay', api('payOrder', 'pages/order/pay'), 'pay'],
    ['unknown words: the route folder', api('getWidget', 'pages/widget/list', { object: ['widget'] }), 'widget'],
    ['nothing at all', api('getX', '', { object: [] }), 'general'],
  ])('%s', (_what, a, want) => expect(domainOf(a)).toBe(want));
});

describe('groupApis', () => {
  it('one skill per domain when each has 3–8 APIs', () => {
    const apis = [
      api('getGoodsList', 'pages/goods/list'),
      api('getGoodsDetail', 'pages/goods/detail'),
      api('searchGoods', 'pages/goods/list', { verb: 'get', object: ['goods', 'search'] }),
      api('getCart', 'pages/cart/cart'),
      api('addToCart', 'pages/goods/detail'),
      api('deleteCart', 'pages/cart/cart'),
    ];
    expect(groups(apis)).toEqual([
      ['cart', ['addToCart', 'deleteCart', 'getCart']],
      ['goods', ['getGoodsDetail', 'getGoodsList', 'searchGoods']],
    ]);
  });

  it('a small domain joins a neighbouring one (domain affinity), staying within 8', () => {
    const apis = [api('getOrderList', 'pages/order/list'), api('getOrderDetail', 'pages/order/detail'), api('cancelOrder', 'pages/order/detail'), api('getCart', 'pages/cart/cart')];
    expect(groups(apis)).toEqual([['order', ['cancelOrder', 'getCart', 'getOrderDetail', 'getOrderList']]]);
  });

  it('a small known domain with only page links stays alone; an unknown one follows the links', () => {
    const nav = new NavGraph([
      { from: 'pages/mine/mine', to: 'pages/order/list', query: [], actions: [] },
      { from: 'pages/widget/w', to: 'pages/order/list', query: [], actions: [] },
    ]);
    const apis = [api('getOrderList', 'pages/order/list'), api('cancelOrder', 'pages/order/list'), api('payOrder', 'pages/order/list', { verb: 'cancel' }), api('getUserProfile', 'pages/mine/mine'), api('getWidget', 'pages/widget/w', { object: ['widget'] })];
    expect(groups(apis, nav)).toEqual([
      ['order', ['cancelOrder', 'getOrderList', 'getWidget', 'payOrder']],
      ['user', ['getUserProfile']],
    ]);
  });

  it(`a domain over ${MAX_APIS} APIs is split by page folder`, () => {
    const apis = [
      ...['a', 'b', 'c', 'd', 'e'].map((x) => api(`getGoods${x.toUpperCase()}`, 'pages/goods/list')),
      ...['f', 'g', 'h', 'i', 'j'].map((x) => api(`getGoods${x.toUpperCase()}`, 'pages/category/index', { object: ['goods', x] })),
    ];
    const out = groups(apis);
    expect(out.map(([id]) => id)).toEqual(['goods', 'goods-category']);
    expect(out.every(([, list]) => list.length <= MAX_APIS)).toBe(true);
  });

  it(`never more than ${MAX_SKILLS} skills`, () => {
    const apis = Array.from({ length: 40 }, (_, i) => api(`getThing${i}`, `pages/thing${i}/index`, { object: [`thing${i}`] }));
    const out = groupApis(apis, noNav, 'domain', main);
    expect(out.length).toBe(MAX_SKILLS);
    expect(out.flatMap((g) => g.apis).length).toBe(40);
  });

  it('subpackage mode: one skill per package, main package as "main"', () => {
    const apis = [api('getOrderList', 'packageOrder/list/list'), api('getGoodsList', 'pages/goods/list')];
    const out = groupApis(apis, noNav, 'subpackage', (r) => (r.startsWith('packageOrder/') ? 'packageOrder' : null));
    expect(out.map((g) => [g.id, g.apis.map((a) => a.name)])).toEqual([
      ['main', ['getGoodsList']],
      ['package-order', ['getOrderList']],
    ]);
  });

  it('single mode and no APIs', () => {
    expect(groupApis([api('getA', 'pages/a/a'), api('getB', 'pages/b/b')], noNav, 'single', main).map((g) => g.id)).toEqual(['app']);
    expect(groupApis([], noNav, 'domain', main)).toEqual([]);
  });

  it('does not depend on the input order', () => {
    const apis = [api('getCart', 'pages/cart/cart'), api('getOrderList', 'pages/order/list'), api('addToCart', 'pages/goods/detail'), api('getGoodsList', 'pages/goods/list')];
    expect(groups([...apis].reverse())).toEqual(groups(apis));
  });
});
