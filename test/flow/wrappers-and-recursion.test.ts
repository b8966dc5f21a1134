import { describe, expect, it } from 'vitest';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * Request wrappers that call themselves (to log in first, to retry after the
 * login), the state they test, and the shapes of code that build a page object
 * before registering it (a jQuery-style `extend` of a shared base).
 */
const LOGIN_FIRST = `function request(method, url, data, third, noToken) {
  var app = getApp()
  try {
    var token = app.globalData.token
  } catch (e) {
    var token = null
  }
  if (!token && !noToken) {
    return app.globalData.loginPromise().then(() => {
      if (app.globalData.token) return request(method, url, data, third, noToken)
      return {}
    })
  }
  return new Promise((resolve) => wx.request({ url: url, method: method, data: data, header: { Authorization: 'Token ' + token }, success: resolve }))
}
module.exports = {
  get: (url, data, third, noToken) => request('GET', url, data, third, noToken),
  post: (url, data, third, noToken) => request('POST', url, data, third, noToken),
}`;

describe('a request wrapper that logs in through itself', () => {
  it('with no token it logs in (through the same wrapper, with the login URL) and retries: the retry is the page request, the login is plumbing', async () => {
    const model = await analyzeFiles({
      'app.js': `const http = require('./utils/request.js')
App({
  onLaunch() {
    this.globalData = { get token() { return this.t }, set token(v) { this.t = v } }
    this.globalData.loginPromise = () => new Promise((resolve, reject) => {
      wx.login({ success: (res) => {
        http.get('https://h.example.com/login', { code: res.code }, false, true).then((data) => {
          if (data.token) { this.globalData.token = data.token; resolve() } else reject()
        })
      } })
    })
  },
})`,
      'utils/request.js': LOGIN_FIRST,
      'pages/list/list.js': `const http = require('../../utils/request.js')
Page({ onLoad() { http.get('https://h.example.com/rent/list', { page: 1 }) } })`,
    });
    const p = page(model, 'pages/list/list');
    expect(briefs(p.effects, ['request'])).toEqual(['wx.request GET https://h.example.com/rent/list']);
    const onLoad = p.handlers.find((h) => h.name === 'onLoad')!;
    expect(onLoad.effects.filter((e) => e.kind === 'request').map((e) => `${e.kind === 'request' && e.url} ${e.plumbing ? 'plumbing' : 'own'}`).sort()).toEqual([
      'https://h.example.com/login plumbing',
      'https://h.example.com/rent/list own',
    ]);
  });

  it('an interceptor that logs in through the same client reaches the login request (other constants re-enter once)', async () => {
    const model = await analyzeFiles({
      'utils/http.js': `function send(options) {
  if (options.auth && !wx.getStorageSync('token')) {
    send({ url: '/login/wechat', method: 'POST', auth: false })
  }
  return new Promise((resolve) => wx.request({ url: 'https://api.example.com' + options.url, method: options.method, success: resolve }))
}
module.exports = { send }`,
      'pages/me/me.js': `const { send } = require('../../utils/http.js')
Page({ onShow() { send({ url: '/userinfo', method: 'GET', auth: true }) } })`,
    });
    const onShow = page(model, 'pages/me/me').handlers.find((h) => h.name === 'onShow')!;
    expect(briefs(onShow.effects, ['request']).sort()).toEqual(['wx.request GET https://api.example.com/userinfo', 'wx.request POST https://api.example.com/login/wechat']);
  });

  it('recursion on the same constants, and deeper recursion, stops (a retry on 401 adds nothing new)', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `function get(url, n) {
  return new Promise((resolve) => wx.request({ url: url, success: (res) => { if (res.statusCode === 401) get(url, n) ; else resolve(res) } }))
}
function walk(node) { if (node.children) node.children.forEach((c) => walk(c)); wx.showToast({ title: 'x' }) }
Page({ onLoad() { get('https://h.example.com/a', 1); walk({ children: [{ children: [{}] }] }) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request', 'jsapi']).sort()).toEqual(['wx.request GET https://h.example.com/a', 'wx.showToast']);
  });

  it('an effect the page reaches itself stays the page’s when a wrapper’s re-login reaches it too', async () => {
    const model = await analyzeFiles({
      'utils/util.js': `const api = { login: 'https://h.example.com/auth/login' }
function request(url, data) {
  return new Promise((resolve) => wx.request({ url: url, data: data, success: (res) => {
    if (res.data.errno === 401) backendLogin().then(() => request(url, data))
    else resolve(res.data)
  } }))
}
function backendLogin() {
  return request(api.login, { code: 1 }).then((res) => { wx.setStorageSync('token', res.token) })
}
module.exports = { request, backendLogin }`,
      'pages/auth/auth.js': `const util = require('../../utils/util.js')
Page({ startLogin() { util.backendLogin().then(() => wx.navigateBack()) } })`,
    });
    expect(briefs(page(model, 'pages/auth/auth').effects, ['request', 'storage'])).toEqual(['wx.request GET https://h.example.com/auth/login', 'storage set token']);
  });
});

describe('a function that hands a URL on to a wrapper', () => {
  const HTTP = `export class Http {
  static async request({ url, data, method = 'GET' }) {
    const res = await new Promise((resolve) => wx.request({ url: 'https://h.example.com/v1' + url, data, method, success: resolve }))
    if (res.statusCode === 401) wx.navigateTo({ url: '/pages/login/login' })
    return res.data
  }
}`;
  it('a model method that writes its own path and is handed an id is no wrapper: its fallback request is the page’s', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/detail/detail', 'pages/login/login'] }),
      'utils/http.js': HTTP,
      'model/coupon.js': `import { Http } from '../utils/http'
export class Coupon {
  static async whole() { return Http.request({ url: '/coupon/whole_store' }) }
  static async top2(cid) {
    const coupons = await Http.request({ url: \`/coupon/by/category/\${cid}\` })
    if (coupons.length === 0) return Coupon.whole()
    return coupons.slice(0, 2)
  }
}`,
      'pages/detail/detail.js': `import { Coupon } from '../../model/coupon'
Page({ async onLoad(options) { const coupons = await Coupon.top2(options.cid); this.setData({ coupons }) } })`,
    });
    const own = page(model, 'pages/detail/detail').effects.filter((e) => !e.plumbing);
    expect(briefs(own, ['request', 'navigate']).sort()).toEqual([
      'wx.request GET https://h.example.com/v1/coupon/by/category/{cid}',
      'wx.request GET https://h.example.com/v1/coupon/whole_store',
    ]);
  });

  it('a function handed its options (text, or options it does not know) is a wrapper: the login jump is plumbing', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/list/list', 'pages/login/login'] }),
      'utils/http.js': HTTP,
      'utils/api.js': `import { Http } from './http'
export const get = (path) => Http.request({ url: '/api/' + path })
const queue = []
export const replay = () => { while (queue.length) { const params = queue.shift(); Http.request(params) } }
export const later = (params) => queue.push(params)`,
      'pages/list/list.js': `import { get, replay, later } from '../../utils/api'
Page({ onLoad() { get('goods/list'); later(wx.getStorageSync('pending')); replay() } })`,
    });
    const effects = page(model, 'pages/list/list').effects;
    expect(briefs(effects.filter((e) => !e.plumbing), ['request', 'navigate']).sort()).toEqual([
      'wx.request GET https://h.example.com/v1/api/goods/list',
      'wx.request GET https://h.example.com/v1{url}',
    ]);
  });
});

describe('a request wrapper nested in its callers\u2019 callbacks', () => {
  const NET = `function request(url, params, success) { this.requestLoading(url, params, '', success) }
function requestLoading(url, params, message, success) {
  wx.request({ url: url, data: params, method: 'POST', success: function (res) { if (res.statusCode == 200) success(res.data) } })
}
module.exports = { request: request, requestLoading: requestLoading }`;

  it('a login flow four calls deep reaches every step and the jump after the last', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/login/login', 'pages/index/index'] }),
      'utils/network.js': NET,
      'pages/login/login.js': `const network = require('../../utils/network.js')
const root = 'https://api.example.com/Mpa/Open'
Page({ getUserInfo() {
  var url = root + '/OnLogin'
  network.requestLoading(url, { code: 1 }, 'logging in', function () {
    wx.getUserInfo({ success: function (u) {
      url = root + '/CheckSignature'
      network.request(url, { rawData: u.rawData }, function () {
        url = root + '/DecodeEncryptedData'
        network.request(url, { iv: u.iv }, function () {
          network.request(root + '/Profile', {}, function () { wx.switchTab({ url: '/pages/index/index' }) })
        })
      })
    } })
  })
} })`,
    });
    expect(briefs(page(model, 'pages/login/login').effects, ['request', 'navigate']).sort()).toEqual([
      'switchTab pages/index/index',
      'wx.request POST https://api.example.com/Mpa/Open/CheckSignature',
      'wx.request POST https://api.example.com/Mpa/Open/DecodeEncryptedData',
      'wx.request POST https://api.example.com/Mpa/Open/OnLogin',
      'wx.request POST https://api.example.com/Mpa/Open/Profile',
    ]);
  });

  it('a pay helper handed the App builds its URL from app.globalData and its own path: no wrapper, the payment and the jump after it are the page’s', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/orders/orders'] }),
      'app.js': `App({ globalData: { sub: 'shop1', token: '' } })`,
      'utils/pay.js': `function wxpay(app, money, orderId, redirectUrl) {
  wx.request({
    url: 'https://api.example.com/' + app.globalData.sub + '/pay/get-pay-data',
    data: { token: app.globalData.token, money: money, orderId: orderId },
    success: function (res) {
      if (res.data.code == 0) wx.requestPayment({ timeStamp: res.data.ts, nonceStr: res.data.n, package: res.data.p, signType: 'MD5', paySign: res.data.s, success: function () { wx.reLaunch({ url: redirectUrl }) } })
    },
  })
}
module.exports = { wxpay: wxpay }`,
      'pages/orders/orders.js': `const pay = require('../../utils/pay.js')
const app = getApp()
Page({ toPay(e) { pay.wxpay(app, e.currentTarget.dataset.money, e.currentTarget.dataset.id, '/pages/orders/orders') } })`,
      'pages/orders/orders.wxml': `<view bindtap="toPay" data-id="{{o.id}}" data-money="{{o.money}}">pay</view>`,
    });
    const p = page(model, 'pages/orders/orders');
    expect(briefs(p.effects, ['request', 'navigate', 'payment']).sort()).toEqual([
      'pay requestPayment',
      'reLaunch pages/orders/orders',
      'wx.request GET https://api.example.com/shop1/pay/get-pay-data',
    ]);
  });

  it('the wrapper calling itself from its own code (a retry with new constants each time) nests once, as before', async () => {
    const model = await analyzeFiles({
      'utils/http.js': `function send(url, attempt) {
  wx.request({ url: 'https://api.example.com' + url + '/try' + attempt, success: function (res) { if (res.statusCode !== 200) send(url, attempt + 1) } })
}
module.exports = { send }`,
      'pages/a/a.js': `const { send } = require('../../utils/http.js')
Page({ onLoad() { send('/feed', 1) } })`,
    });
    const onLoad = page(model, 'pages/a/a').handlers.find((h) => h.name === 'onLoad')!;
    expect(onLoad.effects.filter((e) => e.kind === 'request').map((e) => (e.kind === 'request' ? e.url : '')).sort()).toEqual([
      'https://api.example.com/feed/try1',
      'https://api.example.com/feed/try2',
    ]);
  });
});

describe('a helper handed a continuation, called again from inside the reply', () => {
  it('getUserInfo(cb) runs again with the payment step\u2019s callback: the payment and the jump after it are reached', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/buy/buy', 'pages/order/order'] }),
      'app.js': `App({
  globalData: { userInfo: null },
  getUserInfo(callback) {
    if (this.globalData.userInfo) return callback(this.globalData.userInfo)
    wx.login({ success: () => { this.globalData.userInfo = { id: 1 }; callback(this.globalData.userInfo) } })
  },
})`,
      'utils/apis.js': `function fetch(options) {
  wx.request({ url: 'https://api.example.com/' + options.url, method: 'POST', data: options.data, success: (res) => options.success && options.success(res.data) })
}
export function addOrder(options) {
  getApp().getUserInfo((user) => fetch({ url: 'order/add', data: { uid: user.id }, success: options.success }))
}
export function pay(options) {
  getApp().getUserInfo((user) => fetch({ url: 'order/payment', data: { id: options.id }, success: (data) => wx.requestPayment({ ...data, complete: options.complete }) }))
}`,
      'pages/buy/buy.js': `import { addOrder, pay } from '../../utils/apis'
Page({ submit() { addOrder({ success: (order) => pay({ id: order.id, complete: () => wx.navigateTo({ url: '/pages/order/order?id=' + order.id }) }) }) } })`,
      'pages/buy/buy.wxml': `<button bindtap="submit">Pay</button>`,
    });
    expect(briefs(page(model, 'pages/buy/buy').effects, ['request', 'navigate', 'payment']).sort()).toEqual([
      'navigateTo pages/order/order?id',
      'pay requestPayment',
      'wx.request POST https://api.example.com/order/add',
      'wx.request POST https://api.example.com/order/payment',
    ]);
  });
});

describe('a request sent to each base URL in turn', () => {
  const WRAPPER = (bases: string) => `const LOCAL = ['http://192.168.1.20:3000', 'http://127.0.0.1:3000']
const REMOTE = ['https://api.example.com', 'https://backup.example.com']
let active = LOCAL[0]
function envVersion() {
  try { return wx.getAccountInfoSync().miniProgram.envVersion } catch (e) { return 'develop' }
}
function unique(list) { return list.filter((u, i) => list.indexOf(u) === i) }
function preferred() {
  if (envVersion() === 'release') return unique([active].concat(REMOTE, LOCAL))
  return unique([active].concat(LOCAL, REMOTE))
}
export function request(options) {
  return new Promise((resolve, reject) => {
    const bases = ${bases}
    const tryNext = (i) => {
      const base = bases[i]
      wx.request({
        url: base + options.url,
        success(res) {
          if (res.statusCode === 200) { active = base; resolve(res.data); return }
          if (i < bases.length - 1) { tryNext(i + 1); return }
          reject(new Error('failed'))
        },
        fail() { if (i < bases.length - 1) { tryNext(i + 1); return } reject(new Error('failed')) },
      })
    }
    tryNext(0)
  })
}`;
  const urls = async (bases: string) => {
    const model = await analyzeFiles({
      'utils/request.js': WRAPPER(bases),
      'pages/a/a.js': `import { request } from '../../utils/request.js'
Page({ onLoad() { request({ url: '/api/feed' }) } })`,
    });
    return page(model, 'pages/a/a').effects.flatMap((e) => (e.kind === 'request' ? [e.url] : [])).sort();
  };

  it('walks the whole list of bases, deduplicated by filter + indexOf, and no further', async () => {
    expect(await urls('preferred()')).toEqual([
      'http://127.0.0.1:3000/api/feed',
      'http://192.168.1.20:3000/api/feed',
      'https://api.example.com/api/feed',
      'https://backup.example.com/api/feed',
    ]);
  });

  it('a list of unknown length is walked no deeper than a retry', async () => {
    // Which bases the user skipped is not known: the walk stops after the first retry.
    const model = await analyzeFiles({
      'utils/request.js': WRAPPER(`preferred().filter((b) => !wx.getStorageSync('skip:' + b))`).replace('url: base + options.url,', "url: base + options.url + '/try' + i,"),
      'pages/a/a.js': `import { request } from '../../utils/request.js'
Page({ onLoad() { request({ url: '/api/feed' }) } })`,
    });
    const tries = page(model, 'pages/a/a').effects.flatMap((e) => (e.kind === 'request' && e.url ? [e.url.replace(/.*\//, '')] : []));
    expect([...new Set(tries)].sort()).toEqual(['try0', 'try1']);
  });
});

describe('callbacks queued in a module while a token refreshes', () => {
  it.each([8, 16, 24])('each queued request is called back without following the queue again: every request found, within a small budget (%i)', async (N) => {
    const model = await analyzeFiles(
      {
        'utils/request.js': `const BASE = 'https://api.example.com/v1'
let refreshing = false
let waiting = []
function onRefreshed(token) { waiting.forEach((cb) => cb(token)); waiting = [] }
function refresh() {
  return new Promise((resolve, reject) => wx.request({ url: BASE + '/auth/refresh', method: 'POST', success(res) { if (res.statusCode === 200) resolve(res.data.token); else reject() } }))
}
export function request(url) {
  return new Promise((resolve, reject) => {
    const send = (token) => {
      wx.request({
        url: BASE + url,
        header: { Authorization: 'Bearer ' + token },
        success(res) {
          if (res.statusCode !== 401) return resolve(res.data)
          if (!refreshing) {
            refreshing = true
            refresh().then((t) => { refreshing = false; onRefreshed(t); send(t) }).catch(() => { refreshing = false; waiting = []; reject() })
          } else waiting.push((t) => send(t))
        },
      })
    }
    send(wx.getStorageSync('token'))
  })
}`,
        'pages/a/a.js': `import { request } from '../../utils/request.js'
Page({ onLoad() { ${Array.from({ length: N }, (_, i) => `request('/list${i}')`).join('; ')} } })`,
      },
      { stepBudget: 20_000 },
    );
    expect(model.diagnostics.filter((d) => d.code === 'ANALYSIS_BUDGET')).toEqual([]);
    const urls = page(model, 'pages/a/a').effects.flatMap((e) => (e.kind === 'request' && !e.plumbing ? [e.url] : []));
    expect(urls.sort()).toEqual(Array.from({ length: N }, (_, i) => `https://api.example.com/v1/list${i}`).sort());
  });
});

describe('state the tests read', () => {
  it('`var` declared again in a catch block is one variable: the try’s value or null', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `function token() {
  try { var t = getApp().globalData.token } catch (e) { var t = null }
  return t
}
Page({ onLoad() { if (token()) wx.request({ url: 'https://h.example.com/with-token' }); else wx.request({ url: 'https://h.example.com/anonymous' }) } })`,
      'app.js': `App({ onLaunch() { this.globalData = { token: wx.getStorageSync('token') } } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual(['wx.request GET https://h.example.com/anonymous', 'wx.request GET https://h.example.com/with-token']);
  });

  it('`var x;` again keeps the value', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `var base = 'https://h.example.com'
var base;
Page({ onLoad() { wx.request({ url: base + '/x' }) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://h.example.com/x']);
  });

  it('`unknown && true` is undecided: both arms of the test run', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ onLoad(q) { const noToken = false; if (!wx.getStorageSync('token') && !noToken) wx.navigateTo({ url: '/pages/login/login' }); else wx.request({ url: 'https://h.example.com/me' }) } })`,
      'pages/login/login.js': `Page({})`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request', 'navigate']).sort()).toEqual(['navigateTo pages/login/login', 'wx.request GET https://h.example.com/me']);
  });
});

describe('a page object built before it is registered', () => {
  it('a jQuery-style deep `extend` of a shared base, then `run() { Page(this) }`: the page has the base’s methods and its own', async () => {
    const model = await analyzeFiles({
      'core/utils.js': `function extend() {
  var options, name, src, copy, clone, target = arguments[0] || {}, i = 1, length = arguments.length, deep = false
  if (typeof target === 'boolean') { deep = target; target = arguments[i] || {}; i++ }
  for (; i < length; i++) {
    if ((options = arguments[i]) != null) {
      for (name in options) {
        src = target[name]
        copy = options[name]
        if (target === copy) continue
        if (deep && copy && (toString.call(copy) === '[object Object]' || Array.isArray(copy))) {
          clone = src || {}
          target[name] = extend(deep, clone, copy)
        } else if (copy !== undefined) target[name] = copy
      }
    }
  }
  return target
}
module.exports = { extend }`,
      'core/base.js': `var utils = require('utils.js')
module.exports = utils.extend(true, {}, {
  data: { page_no: 1 },
  GET: function (path) { return new Promise((resolve) => wx.request({ url: 'https://cms.example.com/api.php?' + path, success: resolve })) },
  pay: function () { wx.requestPayment({ timeStamp: '1', nonceStr: 'n', package: 'p', signType: 'MD5', paySign: 's' }) },
  run: function () { Page(this) },
})`,
      'app.js': `App({ base: function () { return require('./core/utils.js').extend(true, {}, require('./core/base.js')) } })`,
      'pages/index/index.js': `let $page = getApp().base()
$page.onLoad = function (q) { this.GET('id=' + q.id) }
$page.run()`,
    });
    const p = page(model, 'pages/index/index');
    expect([...new Set(briefs(p.effects, ['request', 'payment']))].sort()).toEqual(['pay requestPayment', 'wx.request GET https://cms.example.com/api.php']);
    expect(p.query.map((q) => q.name)).toEqual(['id']);
  });
});
