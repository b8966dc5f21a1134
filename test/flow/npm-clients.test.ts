import { describe, expect, it } from 'vitest';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * HTTP clients that come from npm: packages WeChat DevTools built into
 * miniprogram_npm (its `__DEFINE__` / `__REQUIRE__` bundle format), clients
 * hung on `wx` itself, and axios (modelled, its code usually not shipped).
 */

/**
 * The shape of a package DevTools' "build npm" writes: modules registered with
 * __DEFINE__, exports kept behind a getter, the entry module required last.
 * Written here by hand in that shape (a tiny client of our own).
 */
const BUNDLED_CLIENT = `module.exports = (function() {
var __MODS__ = {};
var __DEFINE__ = function(modId, func, req) { var m = { exports: {}, _tempexports: {} }; __MODS__[modId] = { status: 0, func: func, req: req, m: m }; };
var __REQUIRE__ = function(modId, source) {
  if (!__MODS__[modId]) return require(source);
  if (!__MODS__[modId].status) {
    var m = __MODS__[modId].m;
    m._exports = m._tempexports;
    var desp = Object.getOwnPropertyDescriptor(m, "exports");
    if (desp && desp.configurable) Object.defineProperty(m, "exports", {
      set: function (val) { if (typeof val === "object" && val !== m._exports) { Object.keys(val).forEach(function (k) { m._exports[k] = val[k]; }); } m._tempexports = val },
      get: function () { return m._tempexports; } });
    __MODS__[modId].status = 1;
    __MODS__[modId].func(__MODS__[modId].req, m, m.exports);
  }
  return __MODS__[modId].m.exports;
};
__DEFINE__(1700000000001, function(require, module, exports) {
Object.defineProperty(exports, "__esModule", { value: true });
function createClient() {
  const client = (options) => {
    if (!options.url.startsWith('http') && client.baseURL) options.url = client.baseURL + options.url;
    options = client.intercept.request(options);
    return new Promise((resolve, reject) => {
      wx.request(Object.assign({}, options, { success: (res) => resolve(client.intercept.response(res)), fail: reject }));
    });
  };
  client.get = (url, data) => client({ url, data, method: 'GET' });
  client.post = (url, data) => client({ url, data, method: 'POST' });
  client.intercept = { request: (o) => o, response: (r) => r };
  return client;
}
exports.createClient = createClient;
exports.default = createClient();
}, function(modId) { var map = {}; return __REQUIRE__(map[modId], modId); })
return __REQUIRE__(1700000000001);
})()
`;

describe('npm packages and clients', () => {
  it('a package in DevTools’ bundle format, default-imported, configured in a module app.js imports, hung on wx', async () => {
    const model = await analyzeFiles({
      'miniprogram_npm/tiny-http/index.js': BUNDLED_CLIENT,
      'utils/http.js': `import http from 'tiny-http'
http.baseURL = 'https://api.example.com'
http.intercept.request = (options) => { options.header = Object.assign({}, { token: wx.getStorageSync('token') }, options.header); return options }
wx.http = http
export default http`,
      'app.js': `import './utils/http'\nApp({})`,
      'pages/a/a.js': `Page({ async onLoad(o) { await wx.http.get('/notices'); await wx.http.post('/orders/' + o.id, { n: 1 }) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual(['wx.request GET https://api.example.com/notices', 'wx.request POST https://api.example.com/orders/{id}']);
  });

  it('require() of the bundle gives its exports; a getter that calls something is not read when defined', async () => {
    const model = await analyzeFiles({
      'miniprogram_npm/tiny-http/index.js': BUNDLED_CLIENT,
      'utils/lazy.js': `const o = {}; Object.defineProperty(o, 'url', { get: function () { wx.showToast({ title: 'read' }); return 'https://x.example.com/a' } }); module.exports = o`,
      'pages/a/a.js': `const { createClient } = require('../../miniprogram_npm/tiny-http/index.js'); const lazy = require('../../utils/lazy')
const api = createClient(); api.baseURL = 'https://b.example.com'
Page({ onLoad() { api.get('/list'); wx.request({ url: lazy.url }) } })`,
    });
    const effects = page(model, 'pages/a/a').effects;
    expect(briefs(effects, ['request']).sort()).toEqual(['wx.request GET https://b.example.com/list', 'wx.request GET {url}']);
    expect(briefs(effects, ['jsapi'])).not.toContain('wx.showToast');
  });

  it('axios with an adapter of the app’s own: defaults, per-call config, interceptors (theirs is plumbing)', async () => {
    const model = await analyzeFiles({
      'utils/adapter.js': `export function adapter(config) {
  const url = (config.baseURL || '') + (config.url || '')
  return new Promise((resolve, reject) => wx.request({ url, method: (config.method || 'get').toUpperCase(), data: config.data, header: config.headers, success: (res) => resolve({ data: res.data, status: res.statusCode, config }), fail: reject }))
}`,
      'utils/request.js': `import axios from 'axios'
import { adapter } from './adapter'
const instance = axios.create({ baseURL: 'https://api.example.com', adapter })
instance.interceptors.request.use(async (config) => {
  if (!wx.getStorageSync('token')) await new Promise((r) => wx.request({ url: 'https://api.example.com/login', method: 'POST', success: r }))
  config.headers = { ...config.headers, Authorization: wx.getStorageSync('token') }
  return config
})
instance.interceptors.response.use((res) => { if (res.status === 401) wx.reLaunch({ url: '/pages/login/login' }); return res.data })
export default instance`,
      'services/album.js': `import request from '../utils/request'
export const list = () => request.get('/albums')
export const remove = (id) => request.delete('/album/' + id)
export const update = (id, data) => request({ url: '/album/' + id, method: 'put', data })
export const create = (data) => request.post('/album', data)`,
      'pages/login/login.js': `Page({})`,
      'pages/a/a.js': `import { list, remove, update, create } from '../../services/album'
Page({ async onLoad() { const albums = await list(); this.setData({ albums }) }, del(e) { remove(e.currentTarget.dataset.id) }, save(e) { update(e.currentTarget.dataset.id, { name: 'x' }); create({ name: 'y' }) } })`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request', 'navigate']).sort()).toEqual([
      'wx.request DELETE https://api.example.com/album/{id}',
      'wx.request GET https://api.example.com/albums',
      'wx.request POST https://api.example.com/album',
      'wx.request PUT https://api.example.com/album/{id}',
    ]);
    // The interceptors' login and 401 jump stay on the handler, marked as plumbing.
    const onLoad = p.handlers.find((h) => h.name === 'onLoad')!;
    expect(onLoad.effects.filter((e) => e.plumbing).map((e) => (e.kind === 'request' ? e.url : e.kind === 'navigate' ? e.target : e.kind)).sort()).toEqual(
      expect.arrayContaining(['https://api.example.com/login', 'pages/login/login']),
    );
  });

  it('axios without an adapter to follow: the call is the request, at the call site', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `const axios = require('axios')
const api = axios.create({ baseURL: 'https://api.example.com/v1/' })
Page({ onLoad(o) { api.get('items', { params: { page: 1 } }); axios.post('https://other.example.com/track', { e: 'open' }); api.request({ url: 'https://cdn.example.com/x', method: 'head' }) } })`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request']).sort()).toEqual([
      'wx.request GET https://api.example.com/v1/items',
      'wx.request HEAD https://cdn.example.com/x',
      'wx.request POST https://other.example.com/track',
    ]);
    expect(p.effects.find((e) => e.kind === 'request')!.loc.file).toBe('pages/a/a.js');
  });
});

describe('@escook/request-miniprogram', () => {
  it('$http hung on wx: baseUrl + url per call, the method from the call, beforeRequest as plumbing; installed or not', async () => {
    const model = await analyzeFiles({
      'utils/http.js': `import { $http } from '@escook/request-miniprogram'
wx.$http = $http
$http.baseUrl = 'https://api.example.com'
$http.beforeRequest = function (options) {
  wx.showLoading({ title: '加载中' })
  if (!wx.getStorageSync('token')) wx.navigateTo({ url: '/pages/login/login' })
  options.header = { Authorization: wx.getStorageSync('token') }
}`,
      'app.js': `import './utils/http'
App({})`,
      'pages/a/a.js': `import { $http } from '@escook/request-miniprogram'
Page({
  async onLoad(o) { const { data: res } = await wx.$http.get('/api/goods/' + o.id); this.setData({ goods: res.data }) },
  async save() { await wx.$http.post('/api/cart', { id: 1 }); await $http.delete(\`/api/cart/\${this.data.goods.id}\`) },
})`,
      'pages/login/login.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request', 'navigate']).sort()).toEqual([
      'wx.request DELETE https://api.example.com/api/cart/{id}',
      'wx.request GET https://api.example.com/api/goods/{id}',
      'wx.request POST https://api.example.com/api/cart',
    ]);
    expect(p.query.map((q) => q.name)).toEqual(['id']);
    const onLoad = p.handlers.find((h) => h.name === 'onLoad')!;
    expect(onLoad.effects.filter((e) => e.plumbing).map((e) => (e.kind === 'navigate' ? e.target : e.kind))).toContain('pages/login/login');
    expect(model.diagnostics.filter((d) => d.code === 'MODULE_UNRESOLVED')).toEqual([]);
  });
});

describe('mina-request (WxRequest)', () => {
  it('baseURL + url per call, the method of get/post/put/delete or the options, upload as wx.uploadFile, the interceptors as plumbing; not installed', async () => {
    const model = await analyzeFiles({
      'utils/http.js': `import WxRequest from 'mina-request'
const http = new WxRequest({ baseURL: getApp().globalData.host + '/api', timeout: 15000 })
http.interceptors.request = (config) => {
  const token = wx.getStorageSync('token')
  if (token) config.header['Authorization'] = token
  return config
}
http.interceptors.response = (response) => {
  if (response.data.code === 401) { wx.navigateTo({ url: '/pages/login/login' }); return Promise.reject(response.data) }
  return response.data
}
export default http`,
      'api/goods.js': `import http from '../utils/http'
export const goodsDetail = (id) => http.get(\`/goods/\${id}\`)
export const addCart = (data) => http.post('/cart', data, { isLoading: false })
export const removeCart = (id) => http.request({ url: '/cart/' + id, method: 'DELETE' })
export const uploadAvatar = (path) => http.upload('/file/avatar', path)
export const home = () => http.all(http.get('/banner'), http.put('/visit', { n: 1 }))`,
      'app.js': `App({ globalData: { host: 'https://shop.example.com' } })`,
      'pages/a/a.js': `import { goodsDetail, addCart, removeCart, uploadAvatar, home } from '../../api/goods'
Page({
  async onLoad(o) { const res = await goodsDetail(o.id); this.setData({ goods: res.data }); await home() },
  async buy() { await addCart({ id: this.data.goods.id }) },
  async remove(e) { await removeCart(e.currentTarget.dataset.id) },
  pick() { wx.chooseMedia({ success: (r) => uploadAvatar(r.tempFiles[0].tempFilePath) }) },
})`,
      'pages/login/login.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request', 'navigate']).sort()).toEqual([
      'wx.request DELETE https://shop.example.com/api/cart/{id}',
      'wx.request GET https://shop.example.com/api/banner',
      'wx.request GET https://shop.example.com/api/goods/{id}',
      'wx.request POST https://shop.example.com/api/cart',
      'wx.request PUT https://shop.example.com/api/visit',
      'wx.uploadFile POST https://shop.example.com/api/file/avatar',
    ]);
    const onLoad = p.handlers.find((h) => h.name === 'onLoad')!;
    expect(onLoad.effects.filter((e) => e.plumbing).map((e) => (e.kind === 'navigate' ? e.target : e.kind))).toContain('pages/login/login');
    expect(model.diagnostics.filter((d) => d.code === 'MODULE_UNRESOLVED')).toEqual([]);
  });
});

describe('Fly.js (flyio)', () => {
  // Stands in for Fly's wx build copied into the app: it says what the real bundle says (interceptors,
  // engine, unlock, parseJson, onreadystatechange, wx.request), and would send nothing if followed.
  const VENDORED = `/* interceptors engine unlock parseJson onreadystatechange wx.request */
module.exports = function Fly() { this.config = {}; this.interceptors = { request: { use() {} }, response: { use() {} } }; this.get = function () { return Promise.resolve({}) } }`;
  const HTTP = (spec: string) => `const Fly = require('${spec}')
const fly = new Fly()
fly.config.baseURL = 'https://api.example.com'
fly.interceptors.request.use((request) => {
  if (!wx.getStorageSync('token')) wx.navigateTo({ url: '/pages/login/login' })
  request.headers.token = wx.getStorageSync('token')
  return request
})
fly.interceptors.response.use((response) => response.data)
module.exports = fly`;
  const PAGE = `const fly = require('../../http/http')
Page({
  onLoad(o) { fly.get('/comic/detail?id=' + o.id).then((d) => this.setData({ d })) },
  save() { fly.post('/comic/like', { id: 1 }); fly.request('https://cdn.example.com/stat', {}, { method: 'PUT' }) },
  more() { fly.get({ url: '/comic/list', headers: { page: 2 } }) },
})`;
  const WANT = [
    'wx.request GET https://api.example.com/comic/detail',
    'wx.request GET https://api.example.com/comic/list',
    'wx.request POST https://api.example.com/comic/like',
    'wx.request PUT https://cdn.example.com/stat',
  ];

  it.each([
    ['copied into the app (utils/wx.umd.min.js), recognised by what its file says', { 'utils/wx.umd.min.js': VENDORED, 'http/http.js': HTTP('../utils/wx.umd.min') }],
    ['installed (flyio/dist/npm/wx)', { 'http/http.js': HTTP('flyio/dist/npm/wx') }],
  ])('%s: baseURL + url per call, options first or last, interceptors as plumbing', async (_name, files) => {
    const model = await analyzeFiles({ ...files, 'pages/a/a.js': PAGE, 'pages/a/a.wxml': '<button bindtap="save"/><button bindtap="more"/>', 'pages/login/login.js': 'Page({})' });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request']).sort()).toEqual(WANT);
    const onLoad = p.handlers.find((h) => h.name === 'onLoad')!;
    expect(onLoad.effects.filter((e) => e.kind === 'navigate').map((e) => [e.kind === 'navigate' && e.target, e.plumbing])).toEqual([['pages/login/login', true]]);
    expect(model.diagnostics.filter((d) => d.code === 'MODULE_UNRESOLVED' || d.code === 'DYNAMIC_URL')).toEqual([]);
  });

  it('a file named like it that is something else is followed as code', async () => {
    const model = await analyzeFiles({
      'utils/wx.js': `module.exports = { get(url) { wx.request({ url: 'https://own.example.com' + url }) } }`,
      'pages/a/a.js': `const w = require('../../utils/wx'); Page({ onLoad() { w.get('/me') } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://own.example.com/me']);
  });
});

describe('the es6-promise polyfill copied into the app', () => {
  // Shaped like its build by what it says, written here by hand: a queue whose scheduler the
  // follower cannot run, so followed as code no `then` callback would ever be reached.
  const POLYFILL = `/* ES6Promise _subscribers _setAsap _setScheduler polyfill */
var queue = new Array(1000), len = 0
function asap(cb, arg) { queue[len] = cb; queue[len + 1] = arg; len += 2 }
function Promise(executor) { var self = this; this._subscribers = []; executor(function (v) { self._v = v }, function () {}) }
Promise.prototype.then = function (f) { var p = this; asap(function () { f(p._v) }); return p }
Promise.polyfill = function () {}
Promise.Promise = Promise
module.exports = Promise`;
  it('is the engine’s Promise: a wxPromisify helper over it resolves, and its then callbacks run', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/b/b'] }),
      'utils/es6-promise.js': POLYFILL,
      'utils/promisify.js': `var Promise = require('./es6-promise.js')
module.exports = function (fn) { return function (obj = {}) { return new Promise((resolve, reject) => { obj.success = resolve; obj.fail = reject; fn(obj) }) } }`,
      'pages/a/a.js': `import promisify from '../../utils/promisify'
const P = require('../../utils/es6-promise.js').Promise
Page({
  pick() { promisify(wx.showActionSheet)({ itemList: ['edit'] }).then((res) => { wx.navigateTo({ url: '/pages/b/b?tap=' + res.tapIndex }) }) },
  later() { P.resolve(1).then(() => wx.redirectTo({ url: '/pages/b/b' })) },
})`,
      'pages/b/b.js': 'Page({})',
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['navigate']).sort()).toEqual(['navigateTo pages/b/b?tap', 'redirectTo pages/b/b']);
  });
});

describe('miniprogram-api-promise', () => {
  it('promisifyAll(wx, wx.p) makes wx.p stand for wx: each API is itself, awaited; promisify(wx.x) is wx.x', async () => {
    const model = await analyzeFiles({
      'app.js': `import { promisifyAll, promisify } from 'miniprogram-api-promise'
const wxp = wx.p = {}
promisifyAll(wx, wxp)
wx.upload = promisify(wx.uploadFile)
App({ globalData: { api: 'https://api.example.com/hs/' } })`,
      'pages/a/a.js': `const app = getApp()
Page({
  async onLoad(o) {
    const res = await wx.p.request({ url: app.globalData.api + 'order/detail', method: 'POST', data: { id: o.id } })
    this.setData({ order: res.data.data })
  },
  async pick() {
    const { tempFilePaths } = await wx.p.chooseImage({ count: 1 })
    await wx.upload({ url: app.globalData.api + 'file/upload', filePath: tempFilePaths[0], name: 'file' })
    wx.p.navigateTo({ url: '/pages/b/b?id=' + this.data.order.id })
  },
})`,
      'pages/a/a.wxml': `<button bindtap="pick">pick</button>`,
      'pages/b/b.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request', 'navigate']).sort()).toEqual([
      'navigateTo pages/b/b?id',
      'wx.request POST https://api.example.com/hs/order/detail',
      'wx.uploadFile POST https://api.example.com/hs/file/upload',
    ]);
    expect(p.effects.filter((e) => e.kind === 'jsapi').map((e) => (e.kind === 'jsapi' ? e.api : ''))).toContain('wx.chooseImage');
    expect(model.diagnostics.filter((d) => d.code === 'MODULE_UNRESOLVED')).toEqual([]);
  });
});

describe('bundled exports', () => {
  it('exports defined in a loop over getters (esbuild, tsc) pair each name with its own getter; a page registered through them counts', async () => {
    const model = await analyzeFiles({
      'miniprogram_npm/store-bindings/index.js': `'use strict'
;(function (r, t) {
  for (var e in t) Object.defineProperty(r, e, { enumerable: !0, get: t[e] })
})(exports, {
  ComponentWithStore: function () { return k },
  version: function () { return V },
})
function k(options) { (options.behaviors = options.behaviors || []).push(Behavior({})); return Component(options) }
var V = '1.0.0'`,
      'pages/a/a.js': `import { ComponentWithStore } from 'store-bindings'
ComponentWithStore({ methods: { onLoad() { wx.request({ url: 'https://x.example.com/cart' }) }, buy() { wx.navigateTo({ url: '/pages/b/b' }) } } })`,
      'pages/b/b.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request', 'navigate']).sort()).toEqual(['navigateTo pages/b/b', 'wx.request GET https://x.example.com/cart']);
    expect(model.diagnostics.filter((d) => d.code === 'PAGE_NOT_REGISTERED')).toEqual([]);
  });
});

describe('mobx-miniprogram stores', () => {
  it('store actions bound in by storeBindings are methods, run where the WXML binds them', async () => {
    const model = await analyzeFiles({
      'miniprogram_npm/mobx-miniprogram-bindings/index.js': `exports.BehaviorWithStore = function (r) { return Behavior(r) }; exports.storeBindingsBehavior = Behavior({})`,
      'store/app.js': `import { observable, action } from 'mobx-miniprogram'
export const appStore = observable({
  token: wx.getStorageSync('token'),
  login: action(async function () { await new Promise((r) => wx.request({ url: 'https://api.example.com/tokens', method: 'POST', success: r })); wx.switchTab({ url: '/pages/b/b' }) }),
  logout: action(function () { wx.removeStorageSync('token') }),
})`,
      'behavior/store.js': `import { BehaviorWithStore } from 'mobx-miniprogram-bindings'
import { appStore } from '../store/app'
export const storeBehavior = BehaviorWithStore({ storeBindings: [{ namespace: 'app', store: appStore, fields: ['token'], actions: ['login', 'logout'] }] })`,
      'pages/a/a.js': `import { storeBehavior } from '../../behavior/store'
Page({ behaviors: [storeBehavior] })`,
      'pages/a/a.wxml': `<button bindtap="login">登录</button>`,
      'pages/b/b.js': `import { storeBehavior } from '../../behavior/store'
Page({ behaviors: [storeBehavior], onShow() {} })`,
      'pages/c/c.js': `import { storeBindingsBehavior } from 'mobx-miniprogram-bindings'
import { appStore } from '../../store/app'
Page({ behaviors: [storeBindingsBehavior], storeBindings: { store: appStore, actions: { signIn: 'login' } } })`,
      'pages/c/c.wxml': `<button bindtap="signIn">登录</button>`,
    });
    const net = (route: string) => briefs(page(model, route).effects, ['request', 'navigate']).sort();
    expect(net('pages/a/a')).toEqual(['switchTab pages/b/b', 'wx.request POST https://api.example.com/tokens']);
    expect(net('pages/b/b')).toEqual([]);
    expect(net('pages/c/c')).toEqual(['switchTab pages/b/b', 'wx.request POST https://api.example.com/tokens']);
    expect(model.diagnostics.filter((d) => d.code === 'HANDLER_NOT_FOUND')).toEqual([]);
  });
});

describe('mobx-miniprogram-bindings, modelled', () => {
  const STORE = `import { observable, action } from 'mobx-miniprogram'
export const store = observable({
  hasUserInfo: false,
  onAuthenticated: action(function () { if (this.hasUserInfo) return; wx.redirectTo({ url: '/pages/auth/auth' }) }),
  fetchOrders: action(function () { wx.request({ url: 'https://api.example.com/orders' }) }),
})`;
  // What the published package does inside: hand the store to MobX reactions the follower cannot see into.
  const BUNDLED = `exports.createStoreBindings = function (target, opts) { var s = opts.store; Object.keys(s).forEach(function (k) { reaction(s[k]) }); return {} }`;

  it('createStoreBindings(this, { store, actions }) makes the actions methods; an action the page never calls does not run', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/auth/auth'] }),
      'miniprogram_npm/mobx-miniprogram-bindings/index.js': BUNDLED,
      'store/store.js': STORE,
      'pages/a/a.js': `import { createStoreBindings } from 'mobx-miniprogram-bindings'
import { store } from '../../store/store'
Page({
  onLoad() {
    this.storeBindings = createStoreBindings(this, { store, fields: ['hasUserInfo'], actions: ['onAuthenticated', 'fetchOrders'] })
    this.fetchOrders()
  },
  onUnload() { this.storeBindings.destroyStoreBindings() },
})`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request', 'navigate'])).toEqual(['wx.request GET https://api.example.com/orders']);
    expect(model.diagnostics.filter((d) => d.code === 'MODULE_UNRESOLVED')).toEqual([]);
  });

  it('a behavior binding the store in `lifetimes.attached` gives a page (Page() with behaviors) the actions before its onLoad', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/auth/auth'] }),
      'store/store.js': STORE,
      'behaviors/inject-store.js': `import { createStoreBindings } from 'mobx-miniprogram-bindings'
import { store } from '../store/store'
export const injectStore = Behavior({
  lifetimes: {
    attached() { this.storeBindings = createStoreBindings(this, { store, actions: ['fetchOrders'] }) },
    detached() { this.storeBindings.destroyStoreBindings() },
  },
})`,
      'pages/a/a.js': `import { injectStore } from '../../behaviors/inject-store'
Page({ behaviors: [injectStore], onLoad() { this.fetchOrders() } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request', 'navigate'])).toEqual(['wx.request GET https://api.example.com/orders']);
  });

  it('two behaviors each binding a store in `attached`: both lifetimes run, in order, and both stores\u2019 actions are methods', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/auth/auth'] }),
      'store/store.js': STORE,
      'store/player.js': `import { observable, action } from 'mobx-miniprogram'
export const player = observable({ play: action(function () { wx.request({ url: 'https://api.example.com/song/url' }) }) })`,
      'behaviors/one.js': `import { createStoreBindings } from 'mobx-miniprogram-bindings'
import { store } from '../store/store'
export const one = Behavior({ lifetimes: { attached() { this.ordersBinding = createStoreBindings(this, { store, actions: ['fetchOrders'] }) } } })`,
      'behaviors/two.js': `import { createStoreBindings } from 'mobx-miniprogram-bindings'
import { player } from '../store/player'
export const two = Behavior({ lifetimes: { attached() { this.playerBinding = createStoreBindings(this, { store: player, actions: ['play'] }) } } })`,
      'pages/a/a.js': `import { one } from '../../behaviors/one'
import { two } from '../../behaviors/two'
Page({ behaviors: [one, two], onLoad() { this.fetchOrders(); this.play() } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual(['wx.request GET https://api.example.com/orders', 'wx.request GET https://api.example.com/song/url']);
  });

  it('ComponentWithStore registers a page built with Component(), its storeBindings actions bound where the WXML binds them', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/auth/auth'] }),
      'store/store.js': STORE,
      'pages/a/a.js': `import { ComponentWithStore } from 'mobx-miniprogram-bindings'
import { store } from '../../store/store'
ComponentWithStore({ storeBindings: { store, actions: { load: 'fetchOrders' } }, methods: {} })`,
      'pages/a/a.wxml': `<button bindtap="load">Orders</button>`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request', 'navigate'])).toEqual(['wx.request GET https://api.example.com/orders']);
    expect(model.diagnostics.filter((d) => d.code === 'PAGE_NOT_REGISTERED' || d.code === 'HANDLER_NOT_FOUND')).toEqual([]);
  });
});

describe('hy-event-store stores', () => {
  it('dispatch(name) runs that action with (state, ...args) and the store as this; onState hands the value at once; an unknown name runs any action', async () => {
    const model = await analyzeFiles({
      'services/cart.js': `const BASE = 'https://shop.example.com'
export const getCartList = () => new Promise((r) => wx.request({ url: BASE + '/cart/list', success: r }))
export const addCart = (data) => new Promise((r) => wx.request({ url: BASE + '/cart/add', method: 'POST', data, success: r }))`,
      'store/cart.js': `import { HYEventStore } from 'hy-event-store'
import { getCartList, addCart } from '../services/cart'
export const cartStore = new HYEventStore({
  state: { cartList: [], count: 0 },
  actions: {
    async fetchCartAction(ctx) { ctx.cartList = await getCartList() },
    async addAction(ctx, payload) { await addCart(payload); this.dispatch('fetchCartAction') },
  },
})`,
      'pages/a/a.js': `import { cartStore } from '../../store/cart'
Page({
  onLoad() { cartStore.onState('cartList', (list) => this.setData({ list })) },
  onAdd(e) { cartStore.dispatch('addAction', { dishId: e.currentTarget.dataset.id }) },
})`,
      'pages/a/a.wxml': `<view bindtap="onAdd" data-id="{{item.id}}">+</view>`,
      'pages/b/b.js': `import { cartStore } from '../../store/cart'
Page({ onShow() { cartStore.onStates(['cartList'], ({ cartList }) => cartList.length || wx.navigateTo({ url: '/pages/a/a' })) }, run(e) { cartStore.dispatch(e.detail.action) } })`,
    });
    const net = (route: string) => briefs(page(model, route).effects, ['request', 'navigate']).sort();
    expect(net('pages/a/a')).toEqual(['wx.request GET https://shop.example.com/cart/list', 'wx.request POST https://shop.example.com/cart/add']);
    expect(net('pages/b/b')).toEqual(['navigateTo pages/a/a', 'wx.request GET https://shop.example.com/cart/list', 'wx.request POST https://shop.example.com/cart/add']);
    expect(model.diagnostics.filter((d) => d.code === 'MODULE_UNRESOLVED')).toEqual([]);
  });
});

describe('strings and query', () => {
  it("a placeholder replaced by a value the code does not fix keeps the text around it ('members/_id_'.replace('_id_', id))", async () => {
    const model = await analyzeFiles({
      'constants/apis.js': `export const MEMBER = 'members/_id_'; export const ACTIONS = 'members/:id/actions/:aid'`,
      'pages/a/a.js': `import { MEMBER, ACTIONS } from '../../constants/apis'
const BASE = 'https://api.example.com/car/'
Page({ onLoad(o) {
  wx.request({ url: BASE + MEMBER.replace('_id_', o.id) })
  wx.request({ url: BASE + ACTIONS.replace(/:\\w+/g, o.id) })
  wx.request({ url: BASE + MEMBER.replace('nothing-here', o.id) })
} })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual([
      'wx.request GET https://api.example.com/car/members/_id_',
      'wx.request GET https://api.example.com/car/members/{id}',
      'wx.request GET https://api.example.com/car/members/{id}/actions/{id}',
    ]);
  });

  it('the query spread into data: later reads of keys the page neither declared nor set are query parameters', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({
  data: { editing: false },
  onLoad(options) { this.setData({ ...options, score: null }) },
  save() { wx.request({ url: 'https://api.example.com/profile', method: 'PUT', data: { nickname: this.data.nickname, phone: this.data.phone, editing: this.data.editing, score: this.data.score } }) },
})`,
    });
    expect(page(model, 'pages/a/a').query.map((q) => q.name)).toEqual(['nickname', 'phone']);
  });
});
