import type { AnalysisModel, ValueOrigin } from '../../../src/model/types.js';
import { field, form, handler, jsapi, model, navigate, o, page, payment, query, request, resetLines, storage, trigger } from './build.js';

/**
 * 优选商城 — a mall in the litemall style: home, catalogue, goods detail
 * (add to cart, collect, buy now), search with a `model:value` keyword,
 * cart, login, addresses (list + edit form with typed fields), a review
 * form with an image upload, and an order subpackage (checkout with
 * submit-and-pay, order list, order detail with pay / cancel / confirm).
 * Requests go through `utils/util.js:request`, which adds the token from
 * storage; URLs come from `config/api.js`.
 */
export function mallModel(): AnalysisModel {
  resetLines();
  const B = 'https://mall.example.cn/wx';
  const util = ['utils/util.js:request'];
  type Req = { dataKeys?: string[]; responseKeys?: string[]; inputs?: Record<string, ValueOrigin>; via?: string[] };
  const req = (method: string, path: string, file: string, c: Req = {}) => request(method, `${B}${path}`, { ...c, file, via: c.via ?? util });
  const token = (file: string) => storage('get', 'X-Litemall-Token', file);

  const index = 'pages/index/index.js';
  const catalog = 'pages/catalog/catalog.js';
  const goods = 'pages/goods/goods.js';
  const search = 'pages/search/search.js';
  const cart = 'pages/cart/cart.js';
  const login = 'pages/auth/login/login.js';
  const ucenter = 'pages/ucenter/index/index.js';
  const addrList = 'pages/ucenter/address/address.js';
  const addrEdit = 'pages/ucenter/addressAdd/addressAdd.js';
  const review = 'pages/commentPost/commentPost.js';
  const checkout = 'packageOrder/checkout/checkout.js';
  const orders = 'packageOrder/list/list.js';
  const detail = 'packageOrder/detail/detail.js';

  return model({ appid: 'wxa1b2c3d4e5f60718', name: '优选商城', lazyCodeLoading: 'requiredComponents', entryPagePath: 'pages/index/index' }, [
    page('pages/index/index', {
      title: '优选商城',
      tab: true,
      handlers: [
        handler('onLoad', index, {
          effects: [req('GET', '/home/index', index, { responseKeys: ['banner', 'channel', 'hotGoodsList', 'newGoodsList', 'hotGoodsList.id', 'newGoodsList.id'] })],
          setData: ['banner', 'channel', 'hotGoods', 'newGoods'],
        }),
        handler('onPullDownRefresh', index, { effects: [req('GET', '/home/index', index, { responseKeys: ['banner', 'channel', 'hotGoodsList', 'newGoodsList'] })] }),
        handler('onShareAppMessage', index, { effects: [req('POST', '/share/log', index)] }),
        handler('goSearch', index, {
          triggers: [trigger('pages/index/index.wxml', 'view', '搜索商品')],
          effects: [navigate('navigateTo', 'pages/search/search', [], index)],
        }),
        handler('goGoods', index, {
          triggers: [trigger('pages/index/index.wxml', 'navigator', null, ['id'])],
          effects: [navigate('navigator', 'pages/goods/goods', ['id'], index)],
        }),
      ],
    }),
    page('pages/catalog/catalog', {
      title: '分类',
      tab: true,
      handlers: [
        handler('onLoad', catalog, {
          effects: [req('GET', '/catalog/index', catalog, { responseKeys: ['categoryList', 'currentCategory', 'currentSubCategory'] })],
          setData: ['categoryList', 'currentCategory'],
        }),
        handler('switchCate', catalog, {
          triggers: [trigger('pages/catalog/catalog.wxml', 'view', '{{item.name}}', ['id'])],
          inputs: [{ name: 'id', from: 'dataset' }],
          effects: [req('GET', '/catalog/current', catalog, { dataKeys: ['id'], inputs: { id: o('dataset', 'id') }, responseKeys: ['currentCategory', 'currentSubCategory'] })],
          setData: ['currentCategory', 'currentSubCategory'],
        }),
        handler('goGoods', catalog, {
          triggers: [trigger('pages/catalog/catalog.wxml', 'navigator', null, ['id'])],
          effects: [navigate('navigator', 'pages/goods/goods', ['id'], catalog)],
        }),
      ],
    }),
    page('pages/goods/goods', {
      title: '商品详情',
      query: ['id'],
      dataKeys: ['checkedSpecText', 'goods', 'number', 'productList', 'specificationList', 'userHasCollect'],
      handlers: [
        handler('onLoad', goods, {
          inputs: [{ name: 'id', from: 'query' }],
          effects: [
            req('GET', '/goods/detail', goods, {
              dataKeys: ['id'],
              inputs: { id: o('query', 'id') },
              responseKeys: ['info', 'info.id', 'info.name', 'info.retailPrice', 'productList', 'specificationList', 'userHasCollect', 'comment'],
            }),
            req('GET', '/goods/related', goods, { dataKeys: ['id'], inputs: { id: o('query', 'id') }, responseKeys: ['goodsList'] }),
            token(goods),
          ],
          setData: ['goods', 'productList', 'specificationList', 'userHasCollect', 'relatedGoods'],
        }),
        handler('clickSkuValue', goods, {
          triggers: [trigger('pages/goods/goods.wxml', 'view', '{{item.value}}', ['nameId', 'valueId'])],
          inputs: [
            { name: 'nameId', from: 'dataset' },
            { name: 'valueId', from: 'dataset' },
          ],
          setData: ['specificationList', 'checkedSpecText'],
        }),
        handler('cutNumber', goods, { triggers: [trigger('pages/goods/goods.wxml', 'view', '-')], setData: ['number'] }),
        handler('addNumber', goods, { triggers: [trigger('pages/goods/goods.wxml', 'view', '+')], setData: ['number'] }),
        handler('addCollectOrNot', goods, {
          triggers: [trigger('pages/goods/goods.wxml', 'view', '收藏')],
          effects: [
            token(goods),
            req('POST', '/collect/addordelete', goods, { dataKeys: ['type', 'valueId'], inputs: { valueId: o('data', 'goods.id') }, responseKeys: ['type'] }),
          ],
          setData: ['userHasCollect'],
        }),
        handler('addToCart', goods, {
          triggers: [trigger('pages/goods/goods.wxml', 'view', '加入购物车')],
          effects: [
            token(goods),
            req('POST', '/cart/add', goods, {
              dataKeys: ['goodsId', 'number', 'productId'],
              inputs: { goodsId: o('data', 'goods.id'), number: o('data', 'number'), productId: o('data', 'productList.id') },
              responseKeys: ['cartCount'],
            }),
          ],
          setData: ['cartGoodsCount'],
        }),
        handler('addFast', goods, {
          triggers: [trigger('pages/goods/goods.wxml', 'view', '立即购买')],
          effects: [
            token(goods),
            req('POST', '/cart/fastadd', goods, {
              dataKeys: ['goodsId', 'number', 'productId'],
              inputs: { goodsId: o('data', 'goods.id'), number: o('data', 'number'), productId: o('data', 'productList.id') },
              responseKeys: ['cartId'],
            }),
            storage('set', 'cartId', goods),
            navigate('navigateTo', 'packageOrder/checkout/checkout', [], goods),
          ],
        }),
        handler('goCart', goods, {
          triggers: [trigger('pages/goods/goods.wxml', 'view', '购物车')],
          effects: [navigate('switchTab', 'pages/cart/cart', [], goods)],
        }),
        handler('goReview', goods, {
          triggers: [trigger('pages/goods/goods.wxml', 'view', '写评价')],
          effects: [navigate('navigateTo', 'pages/commentPost/commentPost', ['valueId'], goods)],
        }),
      ],
    }),
    page('pages/search/search', {
      title: '搜索',
      dataKeys: ['categoryId', 'goodsList', 'historyKeyword', 'hotKeyword', 'keyword', 'page', 'size', 'sort'],
      forms: [form(null, [field('keyword', 'input', 'text', 'keyword')], 'pages/search/search.wxml')],
      handlers: [
        handler('onLoad', search, {
          effects: [req('GET', '/search/index', search, { responseKeys: ['defaultKeyword', 'historyKeywordList', 'hotKeywordList'] })],
          setData: ['historyKeyword', 'hotKeyword', 'defaultKeyword'],
        }),
        handler('onKeywordConfirm', search, {
          triggers: [trigger('pages/search/search.wxml', 'input', null, [], { event: 'confirm', binding: 'bindconfirm' })],
          inputs: [{ name: 'value', from: 'detail' }],
          effects: [
            req('GET', '/goods/list', search, {
              dataKeys: ['categoryId', 'keyword', 'page', 'size', 'sort'],
              inputs: { categoryId: o('data', 'categoryId'), keyword: o('data', 'keyword'), page: o('data', 'page'), size: o('data', 'size'), sort: o('data', 'sort') },
              responseKeys: ['list', 'list.id', 'list.name', 'list.retailPrice', 'total', 'filterCategoryList'],
            }),
          ],
          setData: ['goodsList', 'filterCategory', 'searchStatus'],
        }),
        handler('clearHistory', search, {
          triggers: [trigger('pages/search/search.wxml', 'image', null)],
          effects: [req('POST', '/search/clearhistory', search)],
          setData: ['historyKeyword'],
        }),
        handler('openSortFilter', search, {
          triggers: [trigger('pages/search/search.wxml', 'view', '价格', ['sort'])],
          inputs: [{ name: 'sort', from: 'dataset' }],
          setData: ['sort'],
        }),
        handler('goGoods', search, {
          triggers: [trigger('pages/search/search.wxml', 'navigator', null, ['id'])],
          effects: [navigate('navigator', 'pages/goods/goods', ['id'], search)],
        }),
      ],
    }),
    page('pages/cart/cart', {
      title: '购物车',
      tab: true,
      handlers: [
        handler('onShow', cart, {
          effects: [token(cart), req('GET', '/cart/index', cart, { responseKeys: ['cartList', 'cartList.id', 'cartList.productId', 'cartTotal'] })],
          setData: ['cartGoods', 'cartTotal'],
        }),
        handler('checkedItem', cart, {
          triggers: [trigger('pages/cart/cart.wxml', 'view', null, ['itemIndex'])],
          inputs: [{ name: 'itemIndex', from: 'dataset' }],
          effects: [
            token(cart),
            req('POST', '/cart/checked', cart, { dataKeys: ['isChecked', 'productIds'], inputs: { productIds: o('data', 'cartGoods.productId') }, responseKeys: ['cartList', 'cartTotal'] }),
          ],
        }),
        handler('deleteCart', cart, {
          triggers: [trigger('pages/cart/cart.wxml', 'view', '删除所选')],
          effects: [token(cart), req('POST', '/cart/delete', cart, { dataKeys: ['productIds'], inputs: { productIds: o('data', 'cartGoods.productId') }, responseKeys: ['cartList', 'cartTotal'] })],
        }),
        handler('checkoutOrder', cart, {
          triggers: [trigger('pages/cart/cart.wxml', 'view', '下单')],
          effects: [storage('set', 'cartId', cart), navigate('navigateTo', 'packageOrder/checkout/checkout', [], cart)],
        }),
      ],
    }),
    page('pages/auth/login/login', {
      title: '登录',
      handlers: [
        handler('wxLogin', login, {
          triggers: [trigger('pages/auth/login/login.wxml', 'button', '微信直接登录', [], { openType: 'getUserInfo' })],
          inputs: [{ name: 'userInfo', from: 'detail' }],
          effects: [
            jsapi('wx.login', 'api-side', login),
            req('POST', '/auth/login_by_weixin', login, { dataKeys: ['code', 'userInfo'], inputs: { userInfo: o('detail', 'userInfo') }, responseKeys: ['token', 'userInfo'] }),
            storage('set', 'userInfo', login),
            storage('set', 'X-Litemall-Token', login),
            navigate('navigateBack', null, [], login),
          ],
        }),
      ],
    }),
    page('pages/ucenter/index/index', {
      title: '个人中心',
      tab: true,
      handlers: [
        handler('onShow', ucenter, { effects: [storage('get', 'userInfo', ucenter)], setData: ['userInfo', 'hasLogin'] }),
        handler('goLogin', ucenter, {
          triggers: [trigger('pages/ucenter/index/index.wxml', 'view', '点击登录')],
          effects: [navigate('navigateTo', 'pages/auth/login/login', [], ucenter)],
        }),
        handler('goOrder', ucenter, {
          triggers: [trigger('pages/ucenter/index/index.wxml', 'view', '我的订单')],
          effects: [navigate('navigateTo', 'packageOrder/list/list', ['showType'], ucenter)],
        }),
        handler('goAddress', ucenter, {
          triggers: [trigger('pages/ucenter/index/index.wxml', 'view', '地址管理')],
          effects: [navigate('navigateTo', 'pages/ucenter/address/address', [], ucenter)],
        }),
      ],
    }),
    page('pages/ucenter/address/address', {
      title: '地址管理',
      handlers: [
        handler('onShow', addrList, { effects: [token(addrList), req('GET', '/address/list', addrList, { responseKeys: ['list', 'list.id', 'list.isDefault'] })], setData: ['addressList'] }),
        handler('addressAddOrUpdate', addrList, {
          triggers: [trigger('pages/ucenter/address/address.wxml', 'view', '新建', ['addressId'])],
          effects: [navigate('navigateTo', 'pages/ucenter/addressAdd/addressAdd', ['id'], addrList)],
        }),
        handler('deleteAddress', addrList, {
          triggers: [trigger('pages/ucenter/address/address.wxml', 'view', '删除', ['addressId'])],
          inputs: [{ name: 'addressId', from: 'dataset' }],
          effects: [token(addrList), req('POST', '/address/delete', addrList, { dataKeys: ['id'], inputs: { id: o('dataset', 'addressId') } })],
        }),
        handler('selectAddress', addrList, {
          triggers: [trigger('pages/ucenter/address/address.wxml', 'view', null, ['addressId'])],
          inputs: [{ name: 'addressId', from: 'dataset' }],
          effects: [storage('set', 'addressId', addrList), navigate('navigateBack', null, [], addrList)],
        }),
      ],
    }),
    page('pages/ucenter/addressAdd/addressAdd', {
      title: '编辑地址',
      query: [query('id', addrEdit, true)],
      forms: [
        form(
          'saveAddress',
          [field('name', 'input', 'text'), field('tel', 'input', 'number'), field('addressDetail', 'input', 'text'), field('isDefault', 'switch'), field('areaCode', 'picker')],
          'pages/ucenter/addressAdd/addressAdd.wxml',
        ),
      ],
      handlers: [
        handler('onLoad', addrEdit, {
          effects: [token(addrEdit), req('GET', '/address/detail', addrEdit, { dataKeys: ['id'], inputs: { id: o('query', 'id') }, responseKeys: ['name', 'tel', 'addressDetail', 'isDefault', 'areaCode'] })],
          setData: ['address'],
        }),
        handler('saveAddress', addrEdit, {
          triggers: [trigger('pages/ucenter/addressAdd/addressAdd.wxml', 'form', null, [], { event: 'submit', binding: 'bindsubmit' })],
          effects: [token(addrEdit), req('POST', '/address/save', addrEdit, { responseKeys: ['id'] }), navigate('navigateBack', null, [], addrEdit)],
        }),
      ],
    }),
    page('pages/commentPost/commentPost', {
      title: '评价',
      query: ['valueId'],
      forms: [form(null, [field('content', 'textarea', null, 'content'), field('star', 'slider', null, 'star')], 'pages/commentPost/commentPost.wxml')],
      dataKeys: ['content', 'picUrls', 'star'],
      handlers: [
        handler('chooseImage', review, {
          triggers: [trigger('pages/commentPost/commentPost.wxml', 'view', '上传图片')],
          effects: [jsapi('wx.chooseImage', 'not-migratable', review), request('POST', `${B}/storage/upload`, { file: review, api: 'wx.uploadFile', responseKeys: ['url'] })],
          setData: ['picUrls'],
        }),
        handler('onPost', review, {
          triggers: [trigger('pages/commentPost/commentPost.wxml', 'view', '发表')],
          effects: [
            token(review),
            req('POST', '/comment/post', review, {
              dataKeys: ['content', 'hasPicture', 'picUrls', 'star', 'type', 'valueId'],
              inputs: { content: o('data', 'content'), picUrls: o('data', 'picUrls'), star: o('data', 'star'), valueId: o('query', 'valueId') },
            }),
          ],
        }),
      ],
    }),
    page('packageOrder/checkout/checkout', {
      title: '填写订单',
      subpackage: 'packageOrder',
      forms: [form(null, [field('message', 'input', 'text', 'message')], 'packageOrder/checkout/checkout.wxml')],
      dataKeys: ['addressId', 'cartId', 'checkedAddress', 'checkedGoodsList', 'couponId', 'message'],
      handlers: [
        handler('onShow', checkout, {
          effects: [
            storage('get', 'cartId', checkout),
            storage('get', 'addressId', checkout),
            token(checkout),
            req('GET', '/cart/checkout', checkout, {
              dataKeys: ['addressId', 'cartId', 'couponId'],
              inputs: { addressId: o('storage', 'addressId'), cartId: o('storage', 'cartId'), couponId: o('data', 'couponId') },
              responseKeys: ['actualPrice', 'checkedAddress', 'checkedGoodsList', 'orderTotalPrice'],
            }),
          ],
          setData: ['checkedAddress', 'checkedGoodsList', 'actualPrice'],
        }),
        handler('selectAddress', checkout, {
          triggers: [trigger('packageOrder/checkout/checkout.wxml', 'view', '选择收货地址')],
          effects: [navigate('navigateTo', 'pages/ucenter/address/address', [], checkout)],
        }),
        handler('submitOrder', checkout, {
          triggers: [trigger('packageOrder/checkout/checkout.wxml', 'view', '提交订单')],
          effects: [
            token(checkout),
            req('POST', '/order/submit', checkout, {
              dataKeys: ['addressId', 'cartId', 'couponId', 'message'],
              inputs: { addressId: o('storage', 'addressId'), cartId: o('storage', 'cartId'), couponId: o('data', 'couponId'), message: o('data', 'message') },
              responseKeys: ['orderId'],
            }),
            req('POST', '/pay/prepay', checkout, { dataKeys: ['orderId'], via: ['submitOrder', 'services/pay.js:payOrder', ...util] }),
            payment(checkout, ['submitOrder', 'services/pay.js:payOrder']),
            navigate('redirectTo', 'packageOrder/detail/detail', ['id'], checkout),
          ],
        }),
      ],
    }),
    page('packageOrder/list/list', {
      title: '我的订单',
      subpackage: 'packageOrder',
      query: [query('showType', orders, true)],
      dataKeys: ['orderList', 'page', 'showType', 'size'],
      handlers: [
        handler('onShow', orders, {
          effects: [
            token(orders),
            req('GET', '/order/list', orders, {
              dataKeys: ['page', 'showType', 'size'],
              inputs: { page: o('data', 'page'), showType: o('query', 'showType'), size: o('data', 'size') },
              responseKeys: ['list', 'list.id', 'list.orderSn', 'list.orderStatusText', 'total'],
            }),
          ],
          setData: ['orderList'],
        }),
        handler('switchTab', orders, {
          triggers: [trigger('packageOrder/list/list.wxml', 'view', '{{item.name}}', ['index'])],
          inputs: [{ name: 'index', from: 'dataset' }],
          setData: ['showType', 'page'],
        }),
        handler('goDetail', orders, {
          triggers: [trigger('packageOrder/list/list.wxml', 'navigator', null, ['id'])],
          effects: [navigate('navigator', 'packageOrder/detail/detail', ['id'], orders)],
        }),
      ],
    }),
    page('packageOrder/detail/detail', {
      title: '订单详情',
      subpackage: 'packageOrder',
      query: ['id'],
      handlers: [
        handler('onLoad', detail, {
          effects: [
            token(detail),
            req('GET', '/order/detail', detail, {
              dataKeys: ['orderId'],
              inputs: { orderId: o('query', 'id') },
              responseKeys: ['orderInfo', 'orderInfo.id', 'orderInfo.handleOption', 'orderGoods', 'expressInfo'],
            }),
          ],
          setData: ['orderInfo', 'orderGoods', 'handleOption'],
        }),
        handler('payOrder', detail, {
          triggers: [trigger('packageOrder/detail/detail.wxml', 'view', '去付款')],
          effects: [
            token(detail),
            req('POST', '/pay/prepay', detail, { dataKeys: ['orderId'], inputs: { orderId: o('query', 'id') }, via: ['payOrder', 'services/pay.js:payOrder', ...util] }),
            payment(detail, ['payOrder', 'services/pay.js:payOrder']),
          ],
        }),
        handler('cancelOrder', detail, {
          triggers: [trigger('packageOrder/detail/detail.wxml', 'view', '取消订单')],
          effects: [jsapi('wx.showModal', 'not-migratable', detail), token(detail), req('POST', '/order/cancel', detail, { dataKeys: ['orderId'], inputs: { orderId: o('query', 'id') } })],
        }),
        handler('confirmOrder', detail, {
          triggers: [trigger('packageOrder/detail/detail.wxml', 'view', '确认收货')],
          effects: [token(detail), req('POST', '/order/confirm', detail, { dataKeys: ['orderId'], inputs: { orderId: o('query', 'id') } })],
        }),
        handler('deleteOrder', detail, {
          triggers: [trigger('packageOrder/detail/detail.wxml', 'view', '删除订单')],
          effects: [token(detail), req('DELETE', '/order/{orderId}', detail, { inputs: { orderId: o('query', 'id') } })],
        }),
      ],
    }),
  ]);
}
