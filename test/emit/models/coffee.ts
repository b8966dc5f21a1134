import type { AnalysisModel } from '../../../src/model/types.js';
import { component, field, form, handler, jsapi, model, navigate, o, page, payment, query, request, resetLines, storage, trigger } from './build.js';

/**
 * 街角咖啡 — a coffee ordering app: nearby stores, a store's menu, drink
 * detail with specs, cart, order confirmation with a form, payment, orders,
 * profile with login. Requests go through a Bearer token read from storage.
 * A drink card component offers quick "add to cart" on the menu (the same
 * endpoint as the detail page: merged into one API).
 */
export function coffeeModel(): AnalysisModel {
  resetLines();
  const API = 'https://coffee.example.com/api';
  const index = 'pages/index/index.js';
  const menu = 'pages/menu/menu.js';
  const drink = 'pages/drink/drink.js';
  const cart = 'pages/cart/cart.js';
  const confirm = 'pages/order/confirm.js';
  const pay = 'pages/order/pay.js';
  const list = 'pages/order/list.js';
  const detail = 'pages/order/detail.js';
  const mine = 'pages/mine/mine.js';
  const card = 'components/drink-card/index.js';

  return model({ appid: 'wx5f0c1e2d3b4a5968', lazyCodeLoading: 'requiredComponents', entryPagePath: null }, [
    page('pages/index/index', {
      title: '街角咖啡',
      tab: true,
      handlers: [
        handler('onLoad', index, {
          effects: [
            jsapi('wx.getLocation', 'api-side', index),
            request('GET', `${API}/banners`, { file: index, responseKeys: ['list'], via: ['onLoad', 'loadBanners'] }),
            request('GET', `${API}/stores/nearby`, {
              file: index,
              dataKeys: ['latitude', 'longitude'],
              responseKeys: ['list', 'list.distance', 'list.id', 'list.name', 'list.status'],
              via: ['onLoad', 'loadStores'],
            }),
          ],
          setData: ['banners', 'stores', 'loading'],
        }),
        handler('goMenu', index, {
          triggers: [trigger('pages/index/index.wxml', 'view', '{{item.name}}', ['id'])],
          inputs: [{ name: 'id', from: 'dataset' }],
          effects: [navigate('navigateTo', 'pages/menu/menu', ['storeId'], index)],
        }),
        handler('goOrders', index, {
          triggers: [trigger('pages/index/index.wxml', 'view', '我的订单')],
          effects: [navigate('switchTab', 'pages/order/list', [], index)],
        }),
      ],
    }),
    page('pages/menu/menu', {
      title: '菜单',
      query: ['storeId'],
      components: ['components/drink-card/index'],
      handlers: [
        handler('onLoad', menu, {
          inputs: [{ name: 'storeId', from: 'query' }],
          effects: [
            request('GET', `${API}/stores/{storeId}`, { file: menu, inputs: { storeId: o('query', 'storeId') }, responseKeys: ['address', 'name', 'openTime', 'status'] }),
            request('GET', `${API}/stores/{storeId}/menu`, {
              file: menu,
              inputs: { storeId: o('query', 'storeId') },
              responseKeys: ['categories', 'categories.drinks', 'categories.name'],
            }),
          ],
          setData: ['store', 'categories', 'activeCategory'],
        }),
        handler('switchCategory', menu, {
          triggers: [trigger('pages/menu/menu.wxml', 'view', '{{cat.name}}', ['index'])],
          inputs: [{ name: 'index', from: 'dataset' }],
          setData: ['activeCategory'],
        }),
        handler('openDrink', menu, {
          triggers: [trigger('pages/menu/menu.wxml', 'view', null, ['id'])],
          inputs: [{ name: 'id', from: 'dataset' }],
          effects: [navigate('navigateTo', 'pages/drink/drink', ['drinkId', 'storeId'], menu)],
        }),
        handler('goCart', menu, {
          triggers: [trigger('pages/menu/menu.wxml', 'view', '去购物车')],
          effects: [navigate('navigateTo', 'pages/cart/cart', [], menu)],
        }),
      ],
    }),
    page('pages/drink/drink', {
      title: '饮品详情',
      query: [query('drinkId', drink), query('storeId', drink), query('from', drink, true)],
      dataKeys: ['adding', 'count', 'drink', 'selected', 'totalText'],
      handlers: [
        handler('onLoad', drink, {
          inputs: [
            { name: 'drinkId', from: 'query' },
            { name: 'storeId', from: 'query' },
          ],
          effects: [
            request('GET', `${API}/drinks/{drinkId}`, {
              file: drink,
              dataKeys: ['storeId'],
              inputs: { drinkId: o('query', 'drinkId'), storeId: o('query', 'storeId') },
              responseKeys: ['data.desc', 'data.image', 'data.name', 'data.price', 'data.specGroups'],
              via: ['onLoad', 'fetchDrink'],
            }),
          ],
          setData: ['drink', 'selected', 'totalText'],
        }),
        handler('selectSpec', drink, {
          triggers: [trigger('pages/drink/drink.wxml', 'view', '{{opt.label}}', ['group', 'value', 'soldOut'])],
          inputs: [
            { name: 'group', from: 'dataset' },
            { name: 'value', from: 'dataset' },
          ],
          setData: ['selected', 'totalText'],
        }),
        handler('changeCount', drink, {
          triggers: [trigger('pages/drink/drink.wxml', 'view', '-', ['delta']), trigger('pages/drink/drink.wxml', 'view', '+', ['delta'])],
          inputs: [{ name: 'delta', from: 'dataset' }],
          setData: ['count', 'totalText'],
        }),
        handler('addToCart', drink, {
          triggers: [trigger('pages/drink/drink.wxml', 'button', '加入购物车')],
          inputs: [
            { name: 'count', from: 'data' },
            { name: 'selected', from: 'data' },
          ],
          effects: [
            storage('get', 'token', drink),
            request('POST', `${API}/cart/add`, {
              file: drink,
              dataKeys: ['count', 'drinkId', 'specs', 'storeId'],
              inputs: { count: o('data', 'count'), drinkId: o('query', 'drinkId'), specs: o('data', 'selected'), storeId: o('query', 'storeId') },
              responseKeys: ['code', 'msg'],
            }),
            navigate('navigateBack', null, [], drink),
          ],
          setData: ['adding'],
        }),
        handler('buyNow', drink, {
          triggers: [trigger('pages/drink/drink.wxml', 'button', '立即购买')],
          effects: [navigate('navigateTo', 'pages/order/confirm', ['count', 'drinkId', 'mode', 'specs', 'storeId'], drink)],
        }),
      ],
    }),
    page('pages/cart/cart', {
      title: '购物车',
      handlers: [
        handler('onShow', cart, {
          effects: [storage('get', 'token', cart), request('GET', `${API}/cart/list`, { file: cart, responseKeys: ['list', 'list.cartId', 'list.count', 'list.name', 'totalPrice'] })],
          setData: ['items', 'totalText'],
        }),
        handler('onDelete', cart, {
          triggers: [trigger('pages/cart/cart.wxml', 'text', '删除', ['id'])],
          inputs: [{ name: 'id', from: 'dataset' }],
          effects: [
            storage('get', 'token', cart),
            request('POST', `${API}/cart/delete`, { file: cart, dataKeys: ['cartId'], inputs: { cartId: o('dataset', 'id') }, responseKeys: ['code'] }),
          ],
        }),
        handler('onChangeCount', cart, {
          triggers: [trigger('pages/cart/cart.wxml', 'view', '+', ['id', 'delta'])],
          inputs: [
            { name: 'id', from: 'dataset' },
            { name: 'delta', from: 'dataset' },
          ],
          effects: [
            storage('get', 'token', cart),
            request('POST', `${API}/cart/update`, { file: cart, dataKeys: ['cartId', 'count'], inputs: { cartId: o('dataset', 'id') } }),
          ],
          setData: ['items'],
        }),
        handler('goCheckout', cart, {
          triggers: [trigger('pages/cart/cart.wxml', 'button', '去结算')],
          effects: [navigate('navigateTo', 'pages/order/confirm', ['mode'], cart)],
        }),
        handler('goDrink', cart, {
          triggers: [trigger('pages/cart/cart.wxml', 'view', null, ['drinkId', 'storeId'])],
          effects: [navigate('navigateTo', 'pages/drink/drink', ['drinkId', 'from', 'storeId'], cart)],
        }),
      ],
    }),
    page('pages/order/confirm', {
      title: '确认订单',
      query: ['count', 'drinkId', 'mode', 'specs', 'storeId'],
      forms: [form('onSubmit', [field('phone', 'input', 'number'), field('pickupType', 'radio-group'), field('remark', 'textarea')], 'pages/order/confirm.wxml')],
      handlers: [
        handler('onLoad', confirm, {
          effects: [
            storage('get', 'token', confirm),
            request('POST', `${API}/order/preview`, {
              file: confirm,
              dataKeys: ['count', 'drinkId', 'mode', 'specs', 'storeId'],
              inputs: { count: o('query', 'count'), drinkId: o('query', 'drinkId'), mode: o('query', 'mode'), specs: o('query', 'specs'), storeId: o('query', 'storeId') },
              responseKeys: ['discount', 'items', 'payAmount'],
            }),
          ],
          setData: ['preview'],
        }),
        handler('onSubmit', confirm, {
          triggers: [trigger('pages/order/confirm.wxml', 'form', null, [], { event: 'submit', binding: 'bindsubmit' })],
          inputs: [
            { name: 'phone', from: 'form' },
            { name: 'pickupType', from: 'form' },
            { name: 'remark', from: 'form' },
          ],
          effects: [
            storage('get', 'token', confirm),
            request('POST', `${API}/order/create`, {
              file: confirm,
              dataKeys: ['items', 'mode', 'phone', 'pickupType', 'remark', 'storeId'],
              inputs: {
                items: o('data', 'preview'),
                mode: o('query', 'mode'),
                phone: o('form', 'phone'),
                pickupType: o('form', 'pickupType'),
                remark: o('form', 'remark'),
                storeId: o('query', 'storeId'),
              },
              responseKeys: ['orderId'],
            }),
            navigate('redirectTo', 'pages/order/pay', ['orderId'], confirm),
          ],
        }),
      ],
    }),
    page('pages/order/pay', {
      title: '支付订单',
      query: ['orderId'],
      handlers: [
        handler('onLoad', pay, {
          effects: [
            storage('get', 'token', pay),
            request('GET', `${API}/orders/{orderId}`, { file: pay, inputs: { orderId: o('query', 'orderId') }, responseKeys: ['payAmount', 'payExpireSeconds', 'status'], via: ['onLoad', 'getOrder'] }),
          ],
          setData: ['order', 'remain'],
        }),
        handler('onUnload', pay, {}),
        handler('pay', pay, {
          triggers: [trigger('pages/order/pay.wxml', 'button', '立即支付')],
          effects: [
            storage('get', 'token', pay),
            request('POST', `${API}/pay/prepay`, {
              file: pay,
              dataKeys: ['orderId'],
              inputs: { orderId: o('query', 'orderId') },
              responseKeys: ['nonceStr', 'package', 'paySign', 'signType', 'timeStamp'],
            }),
            payment(pay),
            navigate('redirectTo', 'pages/order/detail', ['id'], pay),
          ],
          setData: ['paying'],
        }),
      ],
    }),
    page('pages/order/list', {
      title: '我的订单',
      tab: true,
      handlers: [
        handler('onShow', list, {
          effects: [
            storage('get', 'token', list),
            request('GET', `${API}/orders`, { file: list, dataKeys: ['page', 'status'], inputs: { page: o('data', 'page'), status: o('data', 'status') }, responseKeys: ['hasMore', 'list'] }),
          ],
          setData: ['orders', 'hasMore'],
        }),
        handler('onReachBottom', list, {
          effects: [request('GET', `${API}/orders`, { file: list, dataKeys: ['page', 'status'], inputs: { page: o('data', 'page'), status: o('data', 'status') }, responseKeys: ['hasMore', 'list'] })],
        }),
        handler('onTabChange', list, {
          triggers: [trigger('pages/order/list.wxml', 'view', '{{tab.name}}', ['status'])],
          inputs: [{ name: 'status', from: 'dataset' }],
          effects: [request('GET', `${API}/orders`, { file: list, dataKeys: ['page', 'status'], inputs: { page: o('data', 'page'), status: o('dataset', 'status') }, responseKeys: ['hasMore', 'list'] })],
        }),
        handler('goDetail', list, {
          triggers: [trigger('pages/order/list.wxml', 'view', null, ['id'])],
          effects: [navigate('navigateTo', 'pages/order/detail', ['id'], list)],
        }),
        handler('goMenu', list, {
          triggers: [trigger('pages/order/list.wxml', 'button', '再来一单', ['storeId'])],
          effects: [navigate('navigateTo', 'pages/menu/menu', ['storeId'], list)],
        }),
      ],
    }),
    page('pages/order/detail', {
      title: '订单详情',
      query: ['id'],
      handlers: [
        handler('onLoad', detail, {
          effects: [
            storage('get', 'token', detail),
            request('GET', `${API}/orders/{id}`, { file: detail, inputs: { id: o('query', 'id') }, responseKeys: ['items', 'payAmount', 'pickupCode', 'status'] }),
          ],
          setData: ['order'],
        }),
        handler('onCancel', detail, {
          triggers: [trigger('pages/order/detail.wxml', 'button', '取消订单')],
          effects: [storage('get', 'token', detail), request('POST', `${API}/orders/{id}/cancel`, { file: detail, inputs: { id: o('query', 'id') }, responseKeys: ['code'] })],
        }),
        handler('goPay', detail, {
          triggers: [trigger('pages/order/detail.wxml', 'button', '去支付')],
          effects: [navigate('navigateTo', 'pages/order/pay', ['orderId'], detail)],
        }),
      ],
    }),
    page('pages/mine/mine', {
      title: '街角咖啡',
      tab: true,
      handlers: [
        handler('onShow', mine, {
          effects: [storage('get', 'token', mine), request('GET', `${API}/user/profile`, { file: mine, responseKeys: ['avatar', 'memberLevel', 'nickname', 'points'] })],
          setData: ['user'],
        }),
        handler('onLogin', mine, {
          triggers: [trigger('pages/mine/mine.wxml', 'button', '登录')],
          effects: [
            jsapi('wx.login', 'api-side', mine),
            request('POST', `${API}/auth/login`, { file: mine, dataKeys: ['code'], responseKeys: ['token'] }),
            storage('set', 'token', mine),
          ],
          setData: ['user'],
        }),
        handler('goOrders', mine, {
          triggers: [trigger('pages/mine/mine.wxml', 'view', '全部订单')],
          effects: [navigate('switchTab', 'pages/order/list', [], mine)],
        }),
      ],
    }),
  ], [
    component('components/drink-card/index', {
      properties: ['drink', 'storeId'],
      handlers: [
        handler('onQuickAdd', card, {
          triggers: [trigger('components/drink-card/index.wxml', 'view', '+')],
          effects: [
            storage('get', 'token', card),
            request('POST', `${API}/cart/add`, {
              file: card,
              dataKeys: ['count', 'drinkId', 'specs', 'storeId'],
              inputs: { drinkId: o('data', 'drink.id'), storeId: o('data', 'storeId') },
              responseKeys: ['code', 'msg'],
            }),
          ],
        }),
      ],
    }),
  ]);
}
