import { describe, expect, it } from 'vitest';
import type { Effect, Handler } from '../../src/model/types.js';
import { planApis } from '../../src/emit/api-plan.js';
import { cloudDb, component, handler, jsapi, model, navigate, page, payment, request, storage, trigger } from './models/build.js';

/** What becomes an API: one per business action the user can trigger. */

const U = 'https://api.example.com';
const F = 'pages/a/a.js';
const tap = (text: string | null = null) => [trigger('pages/a/a.wxml', 'button', text)];
const ids = (handlers: Handler[], extra: Partial<Parameters<typeof page>[1]> = {}) => planApis(model({}, [page('pages/a/a', { handlers, ...extra })])).map((a) => a.id);

describe('what becomes an API', () => {
  it.each<[string, Effect[], boolean]>([
    ['a request', [request('POST', `${U}/cart/add`, { file: F })], true],
    ['a cloud function', [{ kind: 'cloudFunction', name: 'book', dataKeys: [], loc: { file: F, line: 1, column: 1 } }], true],
    ['a cloud database write', [cloudDb('orders', 'add', { file: F })], true],
    ['a payment', [payment(F)], true],
    ['a storage write', [storage('set', 'addressId', F)], true],
    ['a storage read only', [storage('get', 'token', F)], false],
    ['navigation only', [navigate('navigateTo', 'pages/b/b', ['id'], F)], false],
    ['UI JSAPIs only', [jsapi('wx.showToast', 'card-side', F)], false],
    ["a wrapper's plumbing only", [{ ...storage('remove', 'token', F), plumbing: true }], false],
  ])('a tapped handler with %s → %s', (_what, effects, api) => {
    expect(ids([handler('onTap', F, { triggers: tap(), effects })])).toEqual(api ? ['pages/a/a#onTap'] : []);
  });

  it('a method nothing binds is a helper, not an API', () => {
    expect(ids([handler('loadCart', F, { effects: [request('GET', `${U}/cart`, { file: F })] })])).toEqual([]);
  });

  it('a form submit handler is an API even without a bound trigger', () => {
    const apis = planApis(
      model({}, [page('pages/a/a', { forms: [{ submitHandler: 'onSubmit', fields: [], loc: { file: 'pages/a/a.wxml', line: 3, column: 1 } }], handlers: [handler('onSubmit', F, { effects: [request('POST', `${U}/order`, { file: F })] })] })]),
    );
    expect(apis.map((a) => [a.id, a.kind])).toEqual([['pages/a/a#onSubmit', 'form']]);
  });

  it('page entry: onLoad/onShow with a remote effect, refresh hooks folded in, other hooks ignored', () => {
    const apis = planApis(
      model({}, [
        page('pages/a/a', {
          handlers: [
            handler('onLoad', F, { effects: [request('GET', `${U}/goods/list`, { file: F })] }),
            handler('onReachBottom', F, { effects: [request('GET', `${U}/goods/more`, { file: F })] }),
            handler('onShareAppMessage', F, { effects: [request('POST', `${U}/share/log`, { file: F })] }),
          ],
        }),
        page('pages/b/b', { handlers: [handler('onShow', 'pages/b/b.js', { effects: [storage('set', 'seen', 'pages/b/b.js')] })] }),
      ]),
    );
    expect(apis.map((a) => [a.id, a.kind, a.endpoints])).toEqual([['pages/a/a#entry', 'entry', ['request GET /goods/list', 'request GET /goods/more']]]);
  });

  it('entry effects recorded only on the page (via the hook) count too', () => {
    const e = { ...request('GET', `${U}/home`, { file: F }), via: ['onLoad', 'loadHome'] };
    expect(ids([], { extraEffects: [e] })).toEqual(['pages/a/a#entry']);
  });

  it('duplicates (same endpoint set) merge into one API, deterministically', () => {
    const add = (h: string, route: string) =>
      page(route, { handlers: [handler(h, `${route}.js`, { triggers: [trigger(`${route}.wxml`, 'button', '加入购物车')], effects: [request('POST', `${U}/cart/add`, { file: `${route}.js` })] })] });
    const apis = planApis(model({}, [add('quickAdd', 'pages/list/list'), add('addToCart', 'pages/goods/goods')]));
    expect(apis.map((a) => [a.id, a.mergedIds, a.pages])).toEqual([['pages/goods/goods#addToCart', ['pages/list/list#quickAdd'], ['pages/goods/goods', 'pages/list/list']]]);
  });

  it('URL parameters do not make two endpoints differ', () => {
    const h = (name: string, url: string) => handler(name, F, { triggers: tap(), effects: [request('GET', url, { file: F })] });
    expect(ids([h('a', `${U}/orders/{id}`), h('b', `${U}/orders/{orderId}`)])).toEqual(['pages/a/a#a']);
  });

  it("a component's action lives on the first page using it (directly or through components)", () => {
    const c = component('components/card/index', { handlers: [handler('onAdd', 'components/card/index.js', { triggers: [trigger('components/card/index.wxml', 'view', '+')], effects: [request('POST', `${U}/cart/add`, { file: 'components/card/index.js' })] })] });
    const list = component('components/list/index', { components: ['components/card/index'] });
    const apis = planApis(model({}, [page('pages/z/z', { components: ['components/card/index'] }), page('pages/b/b', { components: ['components/list/index'] })], [c, list]));
    expect(apis.map((a) => [a.id, a.route, a.pages])).toEqual([['components/card/index#onAdd', 'pages/b/b', ['pages/b/b', 'pages/z/z']]]);
  });

  it('a component no page uses offers no API', () => {
    const c = component('components/orphan/index', { handlers: [handler('onTap', 'components/orphan/index.js', { triggers: [trigger('components/orphan/index.wxml', 'view', null)], effects: [request('POST', `${U}/x`, { file: 'components/orphan/index.js' })] })] });
    expect(planApis(model({}, [page('pages/a/a')], [c]))).toEqual([]);
  });
});

describe('facts of an API', () => {
  const one = (effects: Effect[]) => planApis(model({}, [page('pages/a/a', { handlers: [handler('onTap', F, { triggers: tap(), effects })] })]))[0]!;

  it.each<[string, Effect[], Partial<Record<'readOnly' | 'idempotent' | 'openWorld' | 'payment' | 'needsLogin' | 'isLogin' | 'needsLocation' | 'needsComponent', boolean>>]>([
    ['GET', [request('GET', `${U}/x`, { file: F }), storage('set', 'x', F)], { readOnly: false, idempotent: true, openWorld: true }],
    ['GET only', [request('GET', `${U}/x`, { file: F })], { readOnly: true, idempotent: true }],
    ['POST', [request('POST', `${U}/x`, { file: F })], { readOnly: false, idempotent: false }],
    ['PUT', [request('PUT', `${U}/x`, { file: F })], { readOnly: false, idempotent: true }],
    ['database count', [cloudDb('orders', 'count', { file: F })], { readOnly: true, idempotent: true }],
    ['storage only', [storage('set', 'x', F)], { openWorld: false }],
    ['payment', [request('POST', `${U}/pay`, { file: F }), payment(F)], { payment: true, needsComponent: true, readOnly: false }],
    ['token read', [storage('get', 'token', F), request('POST', `${U}/x`, { file: F })], { needsLogin: true }],
    ["wrapper's re-login plumbing", [{ ...navigate('navigateTo', 'pages/login/login', [], F), plumbing: true }, request('POST', `${U}/x`, { file: F })], { needsLogin: true }],
    ['a login endpoint', [jsapi('wx.login', 'api-side', F), request('POST', `${U}/auth/login`, { file: F }), storage('get', 'token', F)], { isLogin: true, needsLogin: false }],
    ['location', [jsapi('wx.getLocation', 'api-side', F), request('GET', `${U}/stores`, { file: F })], { needsLocation: true }],
    ['a dynamic card JSAPI', [jsapi('wx.chooseAddress', 'dynamic-card', F), storage('set', 'addr', F)], { needsComponent: true }],
    ["a wrapper's plumbing does not make a read a write", [request('GET', `${U}/x`, { file: F }), { ...storage('remove', 'token', F), plumbing: true }], { readOnly: true }],
  ])('%s', (_what, effects, want) => {
    expect(one(effects)).toMatchObject(want);
  });
});
