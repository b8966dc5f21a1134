import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/model/types.js';
import { planApis } from '../../src/emit/api-plan.js';
import { assignNames, composeName, endpointParts, MAX_NAME, textParts } from '../../src/emit/naming.js';
import { splitCompound, splitWords } from '../../src/emit/words.js';
import { cloudDb, cloudFunction, handler, model, navigate, o, page, payment, request, storage, trigger } from './models/build.js';

const U = 'https://api.example.com';

/** Names of the APIs of one page whose handler `h` (tapped on "text") has these effects. */
function names(h: string, effects: Effect[], opts: { route?: string; text?: string | null; entry?: Effect[] } = {}): string[] {
  const route = opts.route ?? 'pages/shop/shop';
  const file = `${route}.js`;
  const handlers = [handler(h, file, { triggers: [trigger(`${route}.wxml`, 'button', opts.text ?? null)], effects })];
  if (opts.entry) handlers.push(handler('onLoad', file, { effects: opts.entry }));
  const apis = planApis(model({}, [page(route, { handlers })]));
  assignNames(apis);
  return apis.map((a) => a.name).sort();
}

const F = 'pages/shop/shop.js';

describe('API names: verb + business object', () => {
  it.each<[string, string, Effect[], string | null, string]>([
    ['endpoint verb and object', 'onTap', [request('POST', `${U}/api/cart/add`, { file: F })], null, 'addToCart'],
    ['cloud function name', 'onTap', [cloudFunction('createOrder', { file: F })], null, 'createOrder'],
    ['payment with a transaction write is named by the write', 'onPay', [request('POST', `${U}/order/submit`, { file: F }), payment(F)], null, 'submitOrder'],
    ['payment alone is pay + the route object', 'pay', [request('POST', `${U}/pay/prepay`, { file: F }), payment(F)], '立即支付', 'payStore'],
    ['POST without a verb takes the handler verb', 'onDeleteAddress', [request('POST', `${U}/api/address`, { file: F })], null, 'deleteAddress'],
    ['no verb anywhere but the button text', 'onTap', [request('POST', `${U}/api/coupon`, { file: F })], '领取优惠券', 'claimCoupon'],
    ['REST verb from the method', 'onTap', [request('DELETE', `${U}/orders/{id}`, { file: F })], null, 'deleteOrder'],
    ['glued URL words are split', 'onTap', [request('POST', `${U}/search/clearhistory`, { file: F })], null, 'clearSearchHistory'],
    ['CRUD on a business verb: the business verb', 'addCollectOrNot', [request('POST', `${U}/collect/addordelete`, { file: F })], '收藏', 'collectStore'],
    ['cloud database op', 'onTap', [cloudDb('favorites', 'add', { file: F })], null, 'addToFavorite'],
    ['storage write is named by the handler', 'selectAddress', [storage('set', 'addressId', F)], null, 'selectAddress'],
    ['login is intransitive', 'onTap', [request('POST', `${U}/auth/login_by_weixin`, { file: F })], '微信登录', 'login'],
    ['uploads are named by their API', 'chooseImage', [request('POST', `${U}/storage/upload`, { file: F, api: 'wx.uploadFile' })], null, 'uploadImage'],
    ['downloads too', 'openFile', [request('GET', `${U}/attachments/{id}.pdf`, { file: F, api: 'wx.downloadFile' })], null, 'downloadAttachment'],
  ])('%s', (_what, h, effects, text, want) => {
    expect(names(h, effects, { text })).toEqual([want]);
  });

  it('booking with nothing more specific to book is creating a booking', () => {
    expect(names('onSubmit', [cloudFunction('book', { file: 'pages/book/book.js' })], { route: 'pages/book/book' })).toEqual(['createBooking']);
    expect(names('onBook', [cloudFunction('book', { file: F })])).toEqual(['bookStore']);
  });

  it.each<[string, Effect[], string, string]>([
    ['one endpoint: its object', [request('GET', `${U}/api/goods/detail`, { file: 'pages/goods/goods.js' })], 'pages/goods/goods', 'getGoodsDetail'],
    ['REST list', [request('GET', `${U}/orders`, { file: 'pages/order/list.js' })], 'pages/order/list', 'getOrderList'],
    ['REST detail', [request('GET', `${U}/drinks/{drinkId}`, { file: 'pages/drink/drink.js' })], 'pages/drink/drink', 'getDrinkDetail'],
    ['several endpoints: the page subject', [request('GET', `${U}/stores/{id}`, { file: 'pages/menu/menu.js' }), request('GET', `${U}/stores/{id}/menu`, { file: 'pages/menu/menu.js' })], 'pages/menu/menu', 'getMenu'],
    ['several endpoints about the subject: its one view', [request('GET', `${U}/goods/detail`, { file: 'pages/goods/goods.js' }), request('GET', `${U}/goods/related`, { file: 'pages/goods/goods.js' }), request('GET', `${U}/cart/count`, { file: 'pages/goods/goods.js' })], 'pages/goods/goods', 'getGoodsDetail'],
    ['home page', [request('GET', `${U}/banners`, { file: 'pages/index/index.js' }), request('GET', `${U}/stores/nearby`, { file: 'pages/index/index.js' })], 'pages/index/index', 'getHomeData'],
    ['a "detail" route takes its endpoints subject', [request('GET', `${U}/articles/{id}`, { file: 'pages/detail/detail.js' }), request('GET', `${U}/articles/{id}/comments`, { file: 'pages/detail/detail.js' })], 'pages/detail/detail', 'getArticleDetail'],
    ['cloud function list', [cloudFunction('getVenues', { file: 'pages/venue/list.js' })], 'pages/venue/list', 'getVenueList'],
  ])('page entry: %s', (_what, entry, route, want) => {
    const apis = planApis(model({}, [page(route, { handlers: [handler('onLoad', `${route}.js`, { effects: entry })] })]));
    assignNames(apis);
    expect(apis.map((a) => a.name)).toEqual([want]);
  });

  it('a read taking what the user types is a search', () => {
    const file = 'pages/search/search.js';
    const apis = planApis(
      model({}, [
        page('pages/search/search', {
          handlers: [
            handler('onConfirm', file, {
              triggers: [trigger('pages/search/search.wxml', 'input', null)],
              effects: [request('GET', `${U}/goods/list`, { file, dataKeys: ['keyword'], inputs: { keyword: o('detail', 'value') } })],
            }),
          ],
        }),
      ]),
    );
    assignNames(apis);
    expect(apis.map((a) => a.name)).toEqual(['searchGoods']);
  });
});

describe('unique and stable names', () => {
  const file = 'pages/goods/goods.js';
  const add = (h: string, url: string) => handler(h, file, { triggers: [trigger('pages/goods/goods.wxml', 'button', null)], effects: [request('POST', url, { file })] });

  it('the API whose handler has the name keeps it; its look-alike is qualified', () => {
    const apis = planApis(model({}, [page('pages/goods/goods', { handlers: [add('addToCart', `${U}/cart/add`), add('quickAdd', `${U}/v2/cart/add`)] })]));
    assignNames(apis);
    expect(apis.map((a) => [a.id, a.name])).toEqual([
      ['pages/goods/goods#addToCart', 'addToCart'],
      ['pages/goods/goods#quickAdd', 'addToCartInGoods'],
    ]);
  });

  it('collisions across pages are qualified by each route', () => {
    const mk = (route: string) => page(route, { handlers: [handler('onLoad', `${route}.js`, { effects: [request('GET', `${U}/goods/list`, { file: `${route}.js`, dataKeys: [route] })] }), handler('onShow', `${route}.js`, { effects: [request('GET', `${U}/${route}/banner`, { file: `${route}.js` })] })] });
    const apis = planApis(model({}, [mk('pages/category/category'), mk('pages/brand/brand')]));
    assignNames(apis);
    expect(apis.map((a) => a.name).sort()).toEqual(['getBrand', 'getCategory']);
  });

  it('names do not depend on unrelated APIs or list positions', () => {
    const base = [page('pages/goods/goods', { handlers: [add('addToCart', `${U}/cart/add`)] })];
    const more = [...base, page('pages/user/user', { handlers: [handler('onLoad', 'pages/user/user.js', { effects: [request('GET', `${U}/user/info`, { file: 'pages/user/user.js' })] })] })];
    const name = (pages: typeof base) => {
      const apis = planApis(model({}, pages));
      assignNames(apis);
      return apis.find((a) => a.id === 'pages/goods/goods#addToCart')!.name;
    };
    expect(name(more)).toBe(name(base));
    expect(name([...more].reverse())).toBe(name(base));
  });

  it(`names are at most ${MAX_NAME} characters`, () => {
    const long = composeName('get', ['extraordinarily', 'international', 'intercontinental', 'merchandise', 'specification']);
    expect(long.length).toBeLessThanOrEqual(MAX_NAME);
    expect(long).toMatch(/^get[A-Z]/);
  });
});

describe('words', () => {
  it.each<[string, string[]]>([
    ['getGoodsDetail', ['get', 'goods', 'detail']],
    ['/api/v1/goods-detail.json', ['api', 'v1', 'goods', 'detail', 'json']],
    ['login_by_weixin', ['login', 'by', 'weixin']],
    ['addordelete', ['add', 'or', 'delete']],
    ['HTTPRequest', ['http', 'request']],
  ])('splitWords(%j)', (s, want) => expect(splitWords(s)).toEqual(want));

  it.each<[string, string[]]>([
    ['fastadd', ['fast', 'add']],
    ['clearhistory', ['clear', 'history']],
    ['nearby', ['nearby']],
    ['orders', ['orders']],
    ['spectrum', ['spectrum']],
  ])('splitCompound(%j)', (w, want) => expect(splitCompound(w)).toEqual(want));

  it.each<[string, string | null, string[]]>([
    ['加入购物车', 'add', ['cart']],
    ['立即购买', 'buy', []],
    ['提交订单', 'submit', ['order']],
    ['确认收货', 'confirm', ['receipt']],
    ['联系客服', null, []],
  ])('textParts(%j)', (text, verb, object) => expect(textParts(text)).toMatchObject({ verb, object }));

  it.each<[string, Effect, string | null, string[]]>([
    ['POST /api/cart/add', request('POST', `${U}/api/cart/add`, { file: F }), 'add', ['cart']],
    ['GET /mall/api/goods/getGoodsDetail', request('GET', `${U}/mall/api/goods/getGoodsDetail`, { file: F }), 'get', ['goods', 'detail']],
    ['PUT /address/{id}', request('PUT', `${U}/address/{id}`, { file: F }), 'update', ['address']],
    ['cloud database remove', cloudDb('orders', 'remove', { file: F }), 'delete', ['order']],
    ['storage clear', storage('clear', null, F), 'clear', []],
    ['navigation names nothing', navigate('navigateTo', 'pages/a/a', [], F), null, []],
  ])('endpointParts(%s)', (_what, e, verb, object) => expect(endpointParts(e)).toMatchObject({ verb, object }));
});
