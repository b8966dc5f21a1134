import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { MemoryVfs } from '../../src/util/vfs.js';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * The code follower, pattern by pattern: each case is a tiny app whose
 * `pages/a/a` page reaches the world in one way real apps do, and the
 * effects the page must end up with.
 */
const NET = ['request', 'cloudFunction', 'cloudDatabase', 'cloudContainer', 'navigate', 'payment'] as const;

const cases: [string, { files: Record<string, string>; want: string[] }][] = [
  [
    'direct wx.request with method and data',
    {
      files: {
        'pages/a/a.js': `Page({ onLoad() { wx.request({ url: 'https://x.example.com/list', method: 'post', data: { page: 1 } }) } })`,
      },
      want: ['wx.request POST https://x.example.com/list'],
    },
  ],
  [
    'wrapper with default parameters, URL constants from another module',
    {
      files: {
        'config/api.js': `const Root = 'https://shop.example.com/api/'; module.exports = { GoodsDetail: Root + 'goods/detail', CartAdd: Root + 'cart/add' };`,
        'utils/util.js': `function request(url, data = {}, method = 'GET') { return new Promise((resolve, reject) => { wx.request({ url, data, method, success: (res) => resolve(res.data), fail: reject }) }) }
module.exports = { request }`,
        'pages/a/a.js': `const util = require('../../utils/util.js'); const api = require('../../config/api.js');
Page({ onLoad(options) { util.request(api.GoodsDetail, { id: options.id }) }, add() { util.request(api.CartAdd, { goodsId: 1 }, 'POST') } })`,
      },
      want: ['wx.request GET https://shop.example.com/api/goods/detail', 'wx.request POST https://shop.example.com/api/cart/add'],
    },
  ],
  [
    'template literal URL with a dataset id',
    {
      files: {
        'pages/a/a.js': `const BASE = 'https://x.example.com'; Page({ onTap(e) { const { id } = e.currentTarget.dataset; wx.request({ url: \`\${BASE}/goods/\${id}\` }) } })`,
        'pages/a/a.wxml': `<view bindtap="onTap" data-id="{{item.id}}">go</view>`,
      },
      want: ['wx.request GET https://x.example.com/goods/{id}'],
    },
  ],
  [
    'aliases of wx and computed member access',
    {
      files: {
        'pages/a/a.js': `const w = wx; const r = w['request']; Page({ onLoad() { r({ url: 'https://x.example.com/a' }); wx['navigateTo']({ url: '/pages/b/b?id=1&from=a' }) } })`,
        'pages/b/b.js': `Page({})`,
      },
      want: ['wx.request GET https://x.example.com/a', 'navigateTo pages/b/b?from&id'],
    },
  ],
  [
    'base URL from App globalData through getApp()',
    {
      files: {
        'app.js': `App({ globalData: { baseUrl: 'https://api.example.com/v1' }, http(path, data) { return wx.request({ url: this.globalData.baseUrl + path, data, method: 'POST' }) } })`,
        'pages/a/a.js': `const app = getApp(); Page({ onShow() { app.http('/user/info', {}) } })`,
      },
      want: ['wx.request POST https://api.example.com/v1/user/info'],
    },
  ],
  [
    'relative navigation, switchTab, navigateBack, <navigator>',
    {
      files: {
        'pages/a/a.js': `Page({ go(e) { wx.navigateTo({ url: '../b/b?id=' + e.currentTarget.dataset.id }) }, home() { wx.switchTab({ url: '/pages/c/c' }) }, back() { wx.navigateBack() } })`,
        'pages/a/a.wxml': `<navigator url="/pages/c/c?tab={{t}}">c</navigator><view bindtap="go" data-id="1"/>`,
        'pages/b/b.js': `Page({})`,
        'pages/c/c.js': `Page({})`,
      },
      want: ['navigateBack null', 'navigateTo pages/b/b?id', 'navigator pages/c/c?tab', 'switchTab pages/c/c'],
    },
  ],
  [
    'cloud function through a promise wrapper, database chain',
    {
      files: {
        'utils/cloud.js': `export function callCloud(name, data) { return wx.cloud.callFunction({ name, data }).then(res => res.result) }`,
        'pages/a/a.js': `import { callCloud } from '../../utils/cloud'; const db = wx.cloud.database();
Page({ async onLoad() { await callCloud('listSlots', { day: 1 }); db.collection('slots').where({ open: true }).orderBy('t', 'asc').get() }, book() { db.collection('bookings').add({ data: { slot: 1 } }) } })`,
      },
      want: ['cloud listSlots', 'db bookings.add', 'db slots.get'],
    },
  ],
  [
    'payment after creating an order',
    {
      files: {
        'pages/a/a.js': `Page({ pay() { wx.request({ url: 'https://p.example.com/prepay', method: 'POST', success: (res) => { wx.requestPayment({ ...res.data.payParams, success() { wx.redirectTo({ url: '/pages/a/a' }) } }) } }) } })`,
      },
      want: ['pay requestPayment', 'redirectTo pages/a/a', 'wx.request POST https://p.example.com/prepay'],
    },
  ],
  [
    'class-based TypeScript client exported as an instance',
    {
      files: {
        'services/http.ts': `class Http { constructor(private base: string) {} get<T>(url: string, data?: object): Promise<T> { return new Promise((resolve) => wx.request({ url: this.base + url, data, success: (r) => resolve(r.data as T) })) } post<T>(url: string, data?: object) { return new Promise<T>((resolve) => wx.request({ url: this.base + url, method: 'POST', data, success: (r) => resolve(r.data as T) })) } }
export const http = new Http('https://ts.example.com')`,
        'pages/a/a.ts': `import { http } from '../../services/http'; Page({ onLoad(q: Record<string, string>) { http.get<{ list: string[] }>('/goods', { id: q.id }) }, buy() { http.post('/orders', { n: 1 }) } })`,
      },
      want: ['wx.request GET https://ts.example.com/goods', 'wx.request POST https://ts.example.com/orders'],
    },
  ],
  [
    'mixins via Object.assign and spread, this.method() calls, that = this',
    {
      files: {
        'mixins/list.js': `module.exports = { loadList() { const that = this; wx.request({ url: 'https://m.example.com/list', success(res) { that.setData({ list: res.data }) } }) } }`,
        'pages/a/a.js': `const list = require('../../mixins/list'); const more = { more() { this.loadList() } };
Page(Object.assign({}, list, { ...more, onLoad() { this.loadList() } }))`,
      },
      want: ['wx.request GET https://m.example.com/list'],
    },
  ],
  [
    'Component used as a page, with a behavior',
    {
      files: {
        'behaviors/fav.js': `module.exports = Behavior({ methods: { fav(id) { wx.request({ url: 'https://b.example.com/fav', method: 'PUT', data: { id } }) } } })`,
        'pages/a/a.js': `const fav = require('../../behaviors/fav'); Component({ behaviors: [fav], methods: { onLoad(o) { this.fav(o.id) } } })`,
      },
      want: ['wx.request PUT https://b.example.com/fav'],
    },
  ],
  [
    'if/else arms: a variable set in both arms loses its old value',
    {
      files: {
        'pages/a/a.js': `let host = 'https://old.example.com'; function pick(flag) { if (flag) { host = 'https://a.example.com' } else { host = 'https://b.example.com' } }
Page({ onLoad(o) { pick(o.flag); wx.request({ url: host + '/x' }) } })`,
      },
      want: ['wx.request GET https://a.example.com/x', 'wx.request GET https://b.example.com/x'],
    },
  ],
  [
    'recursion and module cycles terminate',
    {
      files: {
        'utils/a.js': `const b = require('./b'); function ping(n) { wx.request({ url: 'https://r.example.com/ping' }); return ping(n + 1) } module.exports = { ping, b }`,
        'utils/b.js': `const a = require('./a'); module.exports = { call() { return a.ping(0) } }`,
        'pages/a/a.js': `const b = require('../../utils/b'); Page({ onLoad() { b.call() } })`,
      },
      want: ['wx.request GET https://r.example.com/ping'],
    },
  ],
  [
    'ESM re-exports and default exports',
    {
      files: {
        'api/base.js': `export const HOST = 'https://e.example.com'; export default function get(path) { return wx.request({ url: HOST + path }) }`,
        'api/index.js': `export * from './base'; export { default as get } from './base';`,
        'pages/a/a.js': `import { get, HOST } from '../../api/index'; Page({ onLoad() { get('/e'); wx.downloadFile({ url: HOST + '/f.pdf' }) } })`,
      },
      want: ['wx.downloadFile GET https://e.example.com/f.pdf', 'wx.request GET https://e.example.com/e'],
    },
  ],
  [
    'callContainer with the X-WX-SERVICE header',
    {
      files: {
        'pages/a/a.js': `Page({ onLoad() { wx.cloud.callContainer({ path: '/api/count', method: 'POST', header: { 'X-WX-SERVICE': 'svc' }, data: { a: 1 } }) } })`,
      },
      want: ['container svc POST /api/count'],
    },
  ],
  [
    'promisify(wx.request) helper',
    {
      files: {
        'utils/p.js': `module.exports = function promisify(fn) { return (opts = {}) => new Promise((resolve, reject) => fn({ ...opts, success: resolve, fail: reject })) }`,
        'pages/a/a.js': `const promisify = require('../../utils/p'); const req = promisify(wx.request); Page({ onLoad() { req({ url: 'https://p.example.com/x', method: 'DELETE' }) } })`,
      },
      want: ['wx.request DELETE https://p.example.com/x'],
    },
  ],
  [
    'a generic wrapper’s re-login jump is plumbing, a service’s follow-up is not',
    {
      files: {
        'utils/http.js': `export function request(url, data) { return new Promise((resolve) => wx.request({ url, data, success(res) { if (res.data.code === 401) { wx.navigateTo({ url: '/pages/login/login' }) } else resolve(res.data) } })) }`,
        'services/pay.js': `export function pay(id) { wx.request({ url: 'https://p.example.com/prepay', data: { id }, success(res) { wx.requestPayment(res.data) } }) }`,
        'pages/a/a.js': `import { request } from '../../utils/http'; import { pay } from '../../services/pay'; Page({ onLoad() { request('https://h.example.com/list').then(() => wx.navigateTo({ url: '/pages/login/login?from=a' })) }, buy() { pay(1) } })`,
        'pages/login/login.js': `Page({})`,
      },
      want: ['navigateTo pages/login/login?from', 'pay requestPayment', 'wx.request GET https://h.example.com/list', 'wx.request GET https://p.example.com/prepay'],
    },
  ],
  [
    '<navigator> in a wx:for over a menu list the page declares in data',
    {
      files: {
        'pages/a/a.js': `Page({ data: { menus: [{ name: '订单', url: '/pages/b/b' }, { name: '收藏', url: '/pages/c/c?tab=1' }], list: [] } })`,
        'pages/a/a.wxml': `<view wx:for="{{menus}}" wx:key="name"><navigator url="{{item.url}}">{{item.name}}</navigator></view>
<navigator wx:for="{{list}}" wx:for-item="g" url="/pages/b/b?id={{g.id}}">x</navigator>`,
        'pages/b/b.js': `Page({})`,
        'pages/c/c.js': `Page({})`,
      },
      want: ['navigator pages/b/b', 'navigator pages/b/b?id', 'navigator pages/c/c?tab'],
    },
  ],
  [
    'a placeholder link (`<navigator url="#">`, `url="javascript:;"`, a template leftover) leads nowhere',
    {
      files: {
        'pages/a/a.js': `Page({})`,
        'pages/a/a.wxml': `<navigator url="#">soon</navigator><navigator url="#top">top</navigator><navigator url="javascript:;" bindtap="noop">x</navigator><navigator url="/pages/b/b">b</navigator>`,
        'pages/b/b.js': `Page({})`,
      },
      want: ['navigator pages/b/b'],
    },
  ],
  [
    'a menu of navigators with `target="{{item.target}}"` that most rows leave unset opens this app; all rows `miniProgram` do not',
    {
      files: {
        'pages/a/a.js': `Page({ data: { menu: [{ text: 'Bills', url: '/pages/b/b' }, { text: 'Shop', target: 'self', url: '/pages/c/c' }], others: [{ target: 'miniProgram', url: '/pages/d/d' }] } })`,
        'pages/a/a.wxml': `<navigator wx:for="{{menu}}" target="{{item.target}}" url="{{item.url}}">{{item.text}}</navigator><navigator wx:for="{{others}}" target="{{item.target}}" url="{{item.url}}">x</navigator>`,
        'pages/b/b.js': `Page({})`,
        'pages/c/c.js': `Page({})`,
        'pages/d/d.js': `Page({})`,
      },
      want: ['navigator pages/b/b', 'navigator pages/c/c'],
    },
  ],
  [
    'a handler navigating to a data-path fixed by a menu list in page data',
    {
      files: {
        'pages/a/a.js': `Page({ data: { types: [{ name: '日', path: '/pages/b/b' }, { name: '周', path: '/pages/c/c' }] }, toPath(e) { const path = e.currentTarget.dataset.path; path && wx.navigateTo({ url: path }) } })`,
        'pages/a/a.wxml': `<view wx:for="{{types}}" wx:key="name" bindtap="toPath" data-path="{{item.path}}">{{item.name}}</view>`,
        'pages/b/b.js': `Page({})`,
        'pages/c/c.js': `Page({})`,
      },
      want: ['navigateTo pages/b/b', 'navigateTo pages/c/c'],
    },
  ],
  [
    'a menu whose rows are not all paths (a row still to come has none, one is set from the server): the fixed ones are still readings',
    {
      files: {
        'pages/a/a.js': `Page({
  data: { list: [{ title: 'AI', page: '/pages/b/b' }, { title: 'OCR', page: '/pages/c/c' }, { title: '敬请期待' }], extra: [] },
  onLoad() { wx.request({ url: 'https://x.example.com/menu', success: (res) => this.setData({ extra: res.data.items }) }) },
  goPage(e) { wx.navigateTo({ url: e.currentTarget.dataset.page }) },
})`,
        'pages/a/a.wxml': `<view wx:for="{{list}}" data-page="{{item.page}}" bindtap="goPage">{{item.title}}</view><view wx:for="{{extra}}" data-page="{{item.page}}" bindtap="goPage">{{item.title}}</view>`,
        'pages/b/b.js': `Page({})`,
        'pages/c/c.js': `Page({})`,
      },
      want: ['navigateTo pages/b/b', 'navigateTo pages/c/c', 'wx.request GET https://x.example.com/menu'],
    },
  ],
  [
    '`globalThis.wx` is wx: a transport that calls it requests, and a mode stored through it is unknown (mock or remote)',
    {
      files: {
        'api/config.js': `function stored(key) {
  const w = globalThis.wx
  if (!w || typeof w.getStorageSync !== 'function') return undefined
  return w.getStorageSync(key)
}
exports.mode = () => stored('api_mode') || 'mock'`,
        'pages/a/a.js': `const { mode } = require('../../api/config')
const send = (opts) => globalThis.wx.request(opts)
Page({ onLoad() { if (mode() === 'remote') send({ url: 'https://x.example.com/home', method: 'POST' }) } })`,
      },
      want: ['wx.request POST https://x.example.com/home'],
    },
  ],
  [
    'methods a start-up hook puts on the page (a tab-bar helper class registering its handlers) are handlers where the WXML binds them',
    {
      files: {
        'template/tabBar.js': `const app = getApp()
class TabBar {
  constructor(page) { this.page = page; page.tabBarClick = tabBarClick; page.goodsDetail = (e) => wx.navigateTo({ url: '/pages/b/b?id=' + e.currentTarget.dataset.id }) }
}
function tabBarClick(e) { wx.request({ url: 'https://shop.example.com/tab/' + e.currentTarget.dataset.index }) }
module.exports = TabBar`,
        'pages/a/a.js': `import TabBar from '../../template/tabBar.js'
let nav = null
Page({ onShow() { if (typeof getApp().param == 'undefined') nav = new TabBar(this) } })`,
        'pages/a/a.wxml': `<view bindtap="tabBarClick" data-index="{{index}}"/><view bindtap="goodsDetail" data-id="{{item.id}}"/>`,
        'pages/b/b.js': `Page({})`,
      },
      want: ['navigateTo pages/b/b?id', 'wx.request GET https://shop.example.com/tab/{index}'],
    },
  ],
  [
    'a module first read inside a branch still runs its top level whole (its exports are not "maybe")',
    {
      files: {
        'utils/client.js': `class Client { constructor(base) { this.base = base } get(path) { wx.request({ url: this.base + path }) } }
module.exports = Client`,
        'pages/a/a.js': `import Client from '../../utils/client.js'
Page({ onLoad(options) { if (options.id) new Client('https://api.example.com').get('/detail') } })`,
      },
      want: ['wx.request GET https://api.example.com/detail'],
    },
  ],
  [
    'an upload helper that asks the server for an upload host through the request wrapper is no wrapper itself: the signature request is the page’s',
    {
      files: {
        'utils/request.js': `const BASE = 'https://api.example.com'
exports.get = (path, data) => new Promise((resolve, reject) => wx.request({ url: BASE + path, data, success: (res) => resolve(res.data.data), fail: reject }))`,
        'utils/upload.js': `const http = require('./request')
const cache = {}
async function signature(dir) { if (cache[dir]) return cache[dir]; const sig = await http.get('/oss/signature', { dir }); cache[dir] = sig; return sig }
async function uploadImage(filePath, dir = 'common') {
  const { host, policy } = await signature(dir)
  return new Promise((resolve) => wx.uploadFile({ url: host, filePath, name: 'file', formData: { policy }, success: () => resolve(host) }))
}
module.exports = { uploadImage }`,
        'pages/a/a.js': `const { uploadImage } = require('../../utils/upload')
Page({ async save() { await uploadImage(this.data.avatar, 'avatar') } })`,
        'pages/a/a.wxml': `<button bindtap="save">保存</button>`,
      },
      want: ['wx.request GET https://api.example.com/oss/signature', 'wx.uploadFile POST {host}'],
    },
  ],
  [
    '<navigator> URLs from ternaries and <wxs> helpers',
    {
      files: {
        'pages/a/a.js': `Page({})`,
        'pages/a/a.wxml': `<wxs module="links">module.exports = { of: function (item) { return item.vop ? '/pages/b/b?id=' + item.id : '/pages/c/c?id=' + item.id } }</wxs>
<navigator url="{{ links.of(item) }}">x</navigator><navigator url="{{ isLogin ? '/pages/b/b' : '/pages/c/c' }}">y</navigator>`,
        'pages/b/b.js': `Page({})`,
        'pages/c/c.js': `Page({})`,
      },
      want: ['navigator pages/b/b', 'navigator pages/b/b?id', 'navigator pages/c/c', 'navigator pages/c/c?id'],
    },
  ],
  [
    'an internal method called with real values: its own run with unknown parameters adds no unresolved reading',
    {
      files: {
        'pages/a/a.js': `Page({
  approve() { this.submit({ fn: 'trip-verify' }) },
  reject() { this.submit({ fn: 'trip-reject' }) },
  submit(opts) { wx.cloud.callFunction({ name: opts.fn }) },
  other(name) { wx.cloud.callFunction({ name }) },
})`,
        'pages/a/a.wxml': `<view bindtap="approve">OK</view><view bindtap="reject">No</view>`,
      },
      // \`other\` is never called with a value: its unknown name stays, to be reported.
      want: ['cloud null', 'cloud trip-reject', 'cloud trip-verify'],
    },
  ],
  [
    'feature detection of a wx API follows both arms (the base library may lack it)',
    {
      files: {
        'pages/a/a.js': `Page({ onLoad() { if (!wx.cloud) { wx.redirectTo({ url: '../old/old' }); return } wx.cloud.callFunction({ name: 'login' }) } })`,
        'pages/old/old.js': `Page({})`,
      },
      want: ['cloud login', 'redirectTo pages/old/old'],
    },
  ],
  [
    'a globalData placeholder (null, false, \'\') is whatever a page stored since: both arms',
    {
      files: {
        'app.js': `App({ globalData: { userInfo: null, isLogin: false, host: 'https://api.example.com' } })`,
        'pages/a/a.js': `const app = getApp(); Page({ onShow() {
  if (app.globalData.userInfo && !app.globalData.isLogin) wx.navigateTo({ url: '/pages/b/b' })
  else wx.request({ url: app.globalData.host + '/me' })
} })`,
        'pages/b/b.js': `Page({})`,
      },
      want: ['navigateTo pages/b/b', 'wx.request GET https://api.example.com/me'],
    },
  ],
  [
    'routes cut and glued with string methods on constants (replace with a regex, split, slice, join, substring)',
    {
      files: {
        'utils/routes.js': `const table = ['/pages/b/b', '/pages/c/c?x=1'];
const name = (r) => r.replace(/^\\//, '').split('/').slice(0, -1).join('.');
module.exports = { b: table[0].replace(/^\\//, ''), c: table[1].split('?')[0], key: name(table[0]), d: 'xx/pages/d/d'.substring(2), evil: 'aaaa'.replace(/(a+)+$/, 'x') }`,
        'pages/a/a.js': `const r = require('../../utils/routes.js'); Page({ onLoad() {
  wx.navigateTo({ url: '/' + r.b }); wx.redirectTo({ url: r.c }); wx.navigateTo({ url: r.d });
  wx.request({ url: 'https://x.example.com/' + r.key }); wx.request({ url: 'https://x.example.com/' + r.evil })
} })`,
        'pages/b/b.js': `Page({})`,
        'pages/c/c.js': `Page({})`,
        'pages/d/d.js': `Page({})`,
      },
      // A regex that could backtrack catastrophically is not run: its result stays unknown.
      want: ['navigateTo pages/b/b', 'redirectTo pages/c/c', 'navigateTo pages/d/d', 'wx.request GET https://x.example.com/pages.b', 'wx.request GET https://x.example.com/{}'],
    },
  ],
  [
    'a template used with data: its body reads the names the use passes (data-url and navigator url)',
    {
      files: {
        'templates/list.wxml': `<template name="list"><view wx:for="{{items}}" bindtap="jump" data-url="/pages/{{kind}}/detail/detail?id={{item.id}}">{{item.title}}</view><navigator url="/pages/{{kind}}/index/index">more</navigator></template>`,
        'pages/a/a.wxml': `<import src="../../templates/list.wxml"/><template is="list" data="{{ items: list, kind: 'news' }}"/>`,
        'pages/a/a.js': `Page({ data: { list: [] }, jump(e) { wx.navigateTo({ url: e.currentTarget.dataset.url }) } })`,
        'pages/news/detail/detail.js': `Page({})`,
        'pages/news/index/index.js': `Page({})`,
      },
      want: ['navigateTo pages/news/detail/detail?id', 'navigator pages/news/index/index'],
    },
  ],
  [
    'a menu of a dozen entries in page data: every target is a reading (no silent cap at a handful)',
    {
      files: {
        'pages/a/a.wxml': `<view wx:for="{{menu}}" bindtap="go" data-path="{{item.path}}">x</view>`,
        'pages/a/a.js': `Page({ data: { menu: [{ path: '/pages/m0/m0' },{ path: '/pages/m1/m1' },{ path: '/pages/m2/m2' },{ path: '/pages/m3/m3' },{ path: '/pages/m4/m4' },{ path: '/pages/m5/m5' },{ path: '/pages/m6/m6' },{ path: '/pages/m7/m7' },{ path: '/pages/m8/m8' },{ path: '/pages/m9/m9' },{ path: '/pages/m10/m10' },{ path: '/pages/m11/m11' }] }, go(e) { wx.navigateTo({ url: e.currentTarget.dataset.path }) } })`,
      },
      want: ['navigateTo pages/m0/m0', 'navigateTo pages/m1/m1', 'navigateTo pages/m2/m2', 'navigateTo pages/m3/m3', 'navigateTo pages/m4/m4', 'navigateTo pages/m5/m5', 'navigateTo pages/m6/m6', 'navigateTo pages/m7/m7', 'navigateTo pages/m8/m8', 'navigateTo pages/m9/m9', 'navigateTo pages/m10/m10', 'navigateTo pages/m11/m11'],
    },
  ],
  [
    'a lookup table read with a key from the tap: any entry (objects and functions in it are no URL)',
    {
      files: {
        'pages/a/a.js': `Page({ onMenu(e) {
  const { action } = e.currentTarget.dataset
  const routes = { orders: { tab: 1 }, coupons: '/pages/coupons/coupons', about: '/pages/about/about' }
  const target = routes[action]
  if (!target) return
  target.tab !== undefined ? this.setData({ tab: target.tab }) : wx.navigateTo({ url: target })
} })`,
        'pages/a/a.wxml': `<view bindtap="onMenu" data-action="{{m.key}}">x</view>`,
        'pages/coupons/coupons.js': `Page({})`,
        'pages/about/about.js': `Page({})`,
      },
      want: ['navigateTo pages/about/about', 'navigateTo pages/coupons/coupons'],
    },
  ],
  [
    'a tab list in page data the page never writes: this.data.list[e.detail].url reads its entries',
    {
      files: {
        'pages/a/a.js': `Page({ data: { active: 0, list: [{ url: '/pages/a/a' }, { url: '/pages/b/b' }] },
  onChange(e) { this.setData({ active: e.detail }); wx.switchTab({ url: this.data.list[e.detail].url }) } })`,
        'pages/b/b.js': `Page({})`,
      },
      want: ['switchTab pages/a/a', 'switchTab pages/b/b'],
    },
  ],
  [
    'a URL kept in data by onLoad is requested by onShow; a flag kept in data cuts no branch',
    {
      files: {
        'pages/a/a.js': `const base = 'https://x.example.com'
Page({ data: { url: '', loading: false },
  onLoad(o) { let url = base + '/pub'; if (o.type == 1) url = base + '/my'; this.setData({ url, loading: true }) },
  onShow() { wx.request({ url: this.data.url }) },
  more() { if (this.data.loading) return; wx.request({ url: base + '/more' }) } })`,
      },
      want: ['wx.request GET https://x.example.com/my', 'wx.request GET https://x.example.com/pub', 'wx.request GET https://x.example.com/more'],
    },
  ],
  [
    'switch on a value known at the call: only the matching arm runs (fall-through to break); unknown: every arm',
    {
      files: {
        'utils/api.js': `export function urlOf(kind) {
  let path = '/other'
  switch (kind) {
    case 'news': path = '/news'; break
    case 'hot':
    case 'top': { path = '/top'; break }
    default: path = '/all'
  }
  return 'https://x.example.com' + path
}`,
        'pages/a/a.js': `import { urlOf } from '../../utils/api'
Page({ onLoad(o) { wx.request({ url: urlOf('hot') }); wx.request({ url: urlOf('zzz') }) }, any(e) { wx.request({ url: urlOf(e.detail.kind) }) } })`,
        'pages/a/a.wxml': `<view bindtap="any">x</view>`,
      },
      // onLoad's two calls give one URL each; the tap's unknown kind gives every arm (a third call site).
      want: [
        'wx.request GET https://x.example.com/all',
        'wx.request GET https://x.example.com/all',
        'wx.request GET https://x.example.com/news',
        'wx.request GET https://x.example.com/other',
        'wx.request GET https://x.example.com/top',
        'wx.request GET https://x.example.com/top',
      ],
    },
  ],
];

describe('following the code to effects', () => {
  it.each(cases)('%s', async (_name, { files, want }) => {
    const model = await analyzeFiles(files);
    const got = briefs(page(model, 'pages/a/a').effects, [...NET]);
    expect(got.sort()).toEqual([...want].sort());
  });
});

describe('finding the mini-program', () => {
  it('MINIPROGRAM_ROOT_GUESSED: a repository root with miniprogram/app.json', async () => {
    const res = await analyze({ vfs: new MemoryVfs({ 'README.md': '#', 'miniprogram/app.json': '{"pages":["pages/a/a"]}', 'miniprogram/pages/a/a.js': 'Page({})', 'miniprogram/pages/a/a.wxml': '<view/>' }) });
    expect(res.model?.project.miniprogramRoot).toBe('miniprogram/');
    expect(res.diagnostics.map((d) => [d.code, d.loc])).toEqual([['MINIPROGRAM_ROOT_GUESSED', null]]);
  });
});

describe('plumbing', () => {
  it('the wrapper’s jump to login stays on the handler, marked, outside the page’s effects', async () => {
    const model = await analyzeFiles({
      'utils/http.js': `module.exports = (url) => wx.request({ url, success(res) { if (res.statusCode === 401) wx.navigateTo({ url: '/pages/login/login' }) } })`,
      'pages/a/a.js': `const http = require('../../utils/http'); Page({ onShow() { http('https://h.example.com/me') } })`,
      'pages/login/login.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['navigate'])).toEqual([]);
    const nav = p.handlers.find((h) => h.name === 'onShow')!.effects.find((e) => e.kind === 'navigate')!;
    expect(nav).toMatchObject({ target: 'pages/login/login', plumbing: true, loc: { file: 'utils/http.js', line: 1, column: 88 } });
  });
});

describe('plumbing of a wrapper over a wrapper', () => {
  it('`requestAll([{ url }, …])` handing each option to `request(opt)` is a wrapper too: its own jump to login is plumbing', async () => {
    const model = await analyzeFiles({
      'js/http.js': `export const request = (opt) => {
  const { url, method } = Object.assign({}, { url: '', method: 'POST' }, opt)
  return new Promise((resolve) => wx.request({ url: 'https://h.example.com' + url, method, success: (res) => resolve(res.data) }))
}
export const requestAll = (requests) => {
  const list = []
  for (let i = 0; i < requests.length; i++) list.push(request(requests[i]))
  const ret = Promise.all(list)
  ret.then((all) => { if (all.some((v) => v.code == 401)) wx.navigateTo({ url: '/pages/login/login' }) })
  return ret
}`,
      'pages/a/a.js': `import { requestAll } from '../../js/http'
Page({ onLoad() { requestAll([{ url: '/dict/a', method: 'GET' }, { url: '/dict/b', method: 'GET' }]) } })`,
      'pages/login/login.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request', 'navigate']).sort()).toEqual(['wx.request GET https://h.example.com/dict/a', 'wx.request GET https://h.example.com/dict/b']);
    expect(p.handlers[0]!.effects.find((e) => e.kind === 'navigate')).toMatchObject({ target: 'pages/login/login', plumbing: true });
  });
});

describe('plumbing through a promisified request', () => {
  it('a token re-fetched by a model the wrapper calls on 401 is plumbing; the page’s own request is not', async () => {
    const model = await analyzeFiles({
      'utils/promise.js': `export const promisic = (func) => function (params = {}) {
  return new Promise((resolve, reject) => { const args = Object.assign(params, { success: resolve, fail: reject }); func(args) })
}`,
      'model/token.js': `import { promisic } from '../utils/promise'
export class Token { constructor() { this.url = 'https://x.example.com/token' } async fetch() { return promisic(wx.request)({ url: this.url, method: 'POST' }) } }`,
      'utils/http.js': `import { promisic } from './promise'; import { Token } from '../model/token'
export class Http {
  static async request({ url, data, method = 'GET', refetch = true }) {
    const res = await promisic(wx.request)({ url: \`https://x.example.com/\${url}\`, data, method })
    if (res.statusCode === 401 && refetch) { await new Token().fetch(); return Http.request({ url, data, method, refetch: false }) }
    return res.data
  }
}`,
      'pages/a/a.js': `import { Http } from '../../utils/http'; import { promisic } from '../../utils/promise'
Page({ onLoad() { Http.request({ url: 'goods' }); promisic(wx.request)({ url: 'https://x.example.com/own' }) } })`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request']).sort()).toEqual(['wx.request GET https://x.example.com/goods', 'wx.request GET https://x.example.com/own']);
    const token = p.handlers[0]!.effects.find((e) => e.kind === 'request' && e.url === 'https://x.example.com/token');
    expect(token).toMatchObject({ plumbing: true, via: ['onLoad', 'utils/http.js:request', 'model/token.js:fetch'] });
  });
});

describe('no wrapper from a response', () => {
  it('a URL built from a wx callback’s response does not make a wrapper: the helper’s jump stays the page’s', async () => {
    const model = await analyzeFiles({
      'utils/util.js': `export function auth(pageUrl) {
  wx.login({ success(res1) { wx.request({ url: 'https://x.example.com/auth?code=' + res1.code, method: 'POST', success() { wx.navigateTo({ url: pageUrl }) } }) } })
}`,
      'pages/a/a.js': `import { auth } from '../../utils/util'; Page({ login() { auth('/pages/me/me') } })`,
      'pages/a/a.wxml': `<view bindtap="login">login</view>`,
      'pages/me/me.js': `Page({})`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request', 'navigate']).sort()).toEqual(['navigateTo pages/me/me', 'wx.request POST https://x.example.com/auth']);
  });
});

describe('a page method is never a wrapper', () => {
  it('a handler whose request URL comes from its event keeps what it then does, in its own file and in helpers', async () => {
    const model = await analyzeFiles({
      'utils/go.js': `export function go(url) { wx.redirectTo({ url }) }`,
      'pages/a/a.js': `import { go } from '../../utils/go'
Page({ remove(e) { const id = e.currentTarget.dataset.id
  wx.request({ url: 'https://x.example.com/remove/' + id, method: 'POST', success() { wx.showToast({ title: 'ok' }); go('/pages/b/b') } }) } })`,
      'pages/a/a.wxml': `<view bindtap="remove" data-id="{{id}}">x</view>`,
      'pages/b/b.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request', 'navigate']).sort()).toEqual(['redirectTo pages/b/b', 'wx.request POST https://x.example.com/remove/{id}']);
    expect(p.effects.some((e) => e.kind === 'jsapi' && e.api === 'wx.showToast')).toBe(true);
  });
});

describe('plumbing of a cloud-function router client', () => {
  it('a client choosing the route for its callers: its re-login jump is plumbing; a service’s payment is not', async () => {
    const model = await analyzeFiles({
      'apis/cloud.js': `export class Client {
  request(route, params = {}) {
    return new Promise((resolve) => wx.cloud.callFunction({ name: 'api', data: { route, params },
      success: (res) => { if (res.result.code === 2401) { wx.reLaunch({ url: '/pages/login/login' }); return } resolve(res.result) } }))
  }
}
export function pay(orderId) {
  wx.cloud.callFunction({ name: 'pay', data: { orderId }, success: (res) => wx.requestPayment(res.result.payment) })
}`,
      'pages/a/a.js': `import { Client, pay } from '../../apis/cloud'
Page({ onLoad() { new Client().request('stadium/list', { page: 1 }) }, onPay(e) { pay(e.currentTarget.dataset.id) } })`,
      'pages/a/a.wxml': `<view bindtap="onPay" data-id="{{id}}">pay</view>`,
      'pages/login/login.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['cloudFunction', 'navigate', 'payment']).sort()).toEqual(['cloud api', 'cloud pay', 'pay requestPayment']);
    const jump = p.handlers.find((h) => h.name === 'onLoad')!.effects.find((e) => e.kind === 'navigate');
    expect(jump).toMatchObject({ target: 'pages/login/login', plumbing: true });
  });
});

describe('inputs', () => {
  it('query params: destructuring with defaults, decodeURIComponent, this.options', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ onLoad(options) { const { id, page = 1 } = options; const from = decodeURIComponent(options.from); this.setData({ id, from }) }, onShow() { console.log(this.options.tab) } })`,
    });
    const q = page(model, 'pages/a/a').query;
    expect(q.map((x) => [x.name, !!x.hasDefault, x.loc.line])).toEqual([
      ['from', false, 1],
      ['id', false, 1],
      ['page', true, 1],
      ['tab', false, 1],
    ]);
    expect(q.find((x) => x.name === 'from')!.loc.column).toBe(92); // the `options.from` member expression
  });

  it('a page built with Component(): the properties it reads are its query; a data key set from a JSON query is not', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Component({
  properties: { id: String, title: { type: String, value: '' }, unused: Number },
  data: { fee: 0 },
  methods: {
    onLoad(options) { const o = JSON.parse(decodeURIComponent(options.data)); this.setData({ fee: o.fee }); this.getDetail() },
    getDetail() { wx.request({ url: 'https://x.example.com/news/' + this.data.id, data: { fee: this.data.fee } }); wx.setNavigationBarTitle({ title: this.properties.title }) },
  },
})`,
    });
    const p = page(model, 'pages/a/a');
    expect(p.query.map((x) => [x.name, x.loc.line])).toEqual([
      ['data', 5],
      ['id', 6],
      ['title', 6],
    ]);
    expect(p.effects.find((e) => e.kind === 'request')!.inputs).toMatchObject({ id: { from: 'query', name: 'id' } });
  });

  it('handler inputs: dataset, form fields, and where an effect parameter comes from', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({
  add(e) { const id = e.currentTarget.dataset.goodsId; wx.request({ url: 'https://x.example.com/cart', method: 'POST', data: { goodsId: id, n: 1 } }) },
  submit(e) { const { mobile, name } = e.detail.value; wx.request({ url: 'https://x.example.com/addr', method: 'POST', data: { mobile, name } }) },
})`,
      'pages/a/a.wxml': `<button bindtap="add" data-goods-id="{{g.id}}">加入购物车</button><form bindsubmit="submit"><input name="mobile" type="number"/><input name="name"/><button form-type="submit">保存</button></form>`,
    });
    const p = page(model, 'pages/a/a');
    const add = p.handlers.find((h) => h.name === 'add')!;
    expect(add.inputs).toEqual([{ name: 'goodsId', from: 'dataset' }]);
    expect(add.triggers.map((t) => [t.event, t.binding, t.tag, t.text, t.dataset])).toEqual([['tap', 'bindtap', 'button', '加入购物车', ['goodsId']]]);
    expect(add.effects[0]!.inputs).toEqual({ goodsId: { from: 'dataset', name: 'goodsId' } });
    const submit = p.handlers.find((h) => h.name === 'submit')!;
    expect(submit.inputs).toEqual([
      { name: 'mobile', from: 'form' },
      { name: 'name', from: 'form' },
    ]);
    expect(p.forms[0]!.fields.map((f) => [f.name, f.tag, f.type])).toEqual([
      ['mobile', 'input', 'number'],
      ['name', 'input', null],
    ]);
  });

  it('form fields: built-in fields and the custom components the page uses; an HTML tag with a name submits nothing', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ submit(e) { wx.request({ url: 'https://x.example.com/repair', method: 'POST', data: e.detail.value }) } })`,
      'pages/a/a.json': JSON.stringify({ usingComponents: { 'photo-picker': '/components/photo-picker/index' } }),
      'pages/a/a.wxml': `<form bindsubmit="submit"><input name="title"/><photo-picker name="photos"/><span name="phone">{{phone}}</span><button form-type="submit">Send</button></form>`,
      'components/photo-picker/index.js': `Component({ behaviors: ['wx://form-field'] })`,
      'components/photo-picker/index.json': '{ "component": true }',
    });
    expect(page(model, 'pages/a/a').forms[0]!.fields.map((f) => [f.name, f.tag])).toEqual([
      ['title', 'input'],
      ['photos', 'photo-picker'],
    ]);
  });

  it('a query param kept in data flows into a later handler', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ data: { id: '' }, onLoad(o) { this.setData({ id: o.id }) }, buy() { wx.request({ url: 'https://x.example.com/buy', data: { goodsId: this.data.id } }) } })`,
    });
    const buy = page(model, 'pages/a/a').handlers.find((h) => h.name === 'buy')!;
    expect(buy.effects[0]!.inputs).toEqual({ goodsId: { from: 'query', name: 'id' } });
    expect(buy.inputs).toContainEqual({ name: 'id', from: 'query' });
  });

  it('response keys read off a wrapper’s resolved value', async () => {
    const model = await analyzeFiles({
      'utils/r.js': `module.exports = (url) => new Promise((resolve) => wx.request({ url, success: (res) => resolve(res.data) }))`,
      'pages/a/a.js': `const r = require('../../utils/r'); Page({ onLoad() { r('https://x.example.com/g').then((d) => { this.setData({ goods: d.goods, total: d.page.total }) }) } })`,
    });
    const eff = page(model, 'pages/a/a').effects.find((e) => e.kind === 'request')!;
    expect((eff as { responseKeys?: string[] }).responseKeys).toEqual(['goods', 'page.total']);
    expect(page(model, 'pages/a/a').handlers.find((h) => h.name === 'onLoad')!.setData).toEqual(['goods', 'total']);
  });
});

describe('plugin pages', () => {
  it('`plugin://name/page` is the plugin’s page, kept as written (not a relative route of the app, no unknown-route diagnostic)', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ route() { wx.navigateTo({ url: 'plugin://routePlan/index?key=K&endPoint=' + this.data.end }) } })`,
      'pages/a/a.wxml': `<view bindtap="route"/><navigator url="plugin-private://wx0000000000000000/pages/track/track">track</navigator>`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['navigate']).sort()).toEqual([
      'navigateTo plugin://routePlan/index?endPoint&key',
      'navigator plugin-private://wx0000000000000000/pages/track/track',
    ]);
    expect(model.diagnostics.filter((d) => d.code === 'NAVIGATION_UNKNOWN_ROUTE')).toEqual([]);
  });
});

describe('fields written on the event or the query', () => {
  it('read back as written (`e.targetUrl = …` then `navigateTo({ url: e.targetUrl })`); a write that may not run keeps the query reading', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({
  onLoad(q) {
    if (q.scene) q.id = decodeURIComponent(q.scene).split(',')[0]
    wx.request({ url: 'https://api.example.com/goods/' + q.id })
  },
  open(e) {
    e.targetUrl = '../detail/detail?id=' + e.currentTarget.dataset.id
    wx.navigateTo({ url: e.targetUrl })
  },
})`,
      'pages/a/a.wxml': `<view bindtap="open" data-id="{{id}}">x</view>`,
      'pages/detail/detail.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['navigate'])).toEqual(['navigateTo pages/detail/detail?id']);
    // The id from the scene, or the query's own.
    expect(briefs(p.effects, ['request']).sort()).toEqual(['wx.request GET https://api.example.com/goods/{0}', 'wx.request GET https://api.example.com/goods/{id}']);
    expect(p.query.map((q) => q.name)).toEqual(['id', 'scene']);
  });
});

describe('a method picked by a name with known text around a hole', () => {
  it("`this['goto' + type](e, row)` runs the methods whose names fit (`gotoQrCode`, `gotoEvaluate`), not the others", async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({
  data: { list: [] },
  onShow() { wx.request({ url: 'https://api.example.com/orders', success: (r) => this.setData({ list: r.data.rows }) }) },
  gotoQrCode(e, row) { wx.navigateTo({ url: '/pages/qrcode/qrcode?id=' + row.id }) },
  gotoEvaluate(e, row) { wx.navigateTo({ url: '/pages/comment/comment?id=' + row.id }) },
  share() { wx.navigateTo({ url: '/pages/share/share' }) },
  onItem(e) {
    const row = this.data.list[e.currentTarget.dataset.index]
    return !!row && this['goto' + e.currentTarget.dataset.type](e, row)
  },
})`,
      'pages/a/a.wxml': `<button wx:for="{{list}}" data-index="{{index}}" data-type="{{item.action}}" catchtap="onItem">go</button>`,
      'pages/qrcode/qrcode.js': `Page({})`,
      'pages/comment/comment.js': `Page({})`,
      'pages/share/share.js': `Page({})`,
    });
    const onItem = page(model, 'pages/a/a').handlers.find((h) => h.name === 'onItem')!;
    expect(briefs(onItem.effects, ['navigate']).sort()).toEqual(['navigateTo pages/comment/comment?id', 'navigateTo pages/qrcode/qrcode?id']);
  });
});

describe('the whole query probed as an object or text', () => {
  it('`q.constructor`, `q.hasOwnProperty(k)` and `q.charCodeAt(i)` read no parameter; `q.search` as a value does', async () => {
    const model = await analyzeFiles({
      'utils/enc.js': `module.exports = function (d) {
  const isSym = d && d.constructor === Symbol
  let h = 0
  for (let i = 0; i < 3; i++) h += d.charCodeAt(i)
  return d.hasOwnProperty('x') ? h : isSym
}`,
      'pages/a/a.js': `const enc = require('../../utils/enc')
Page({ onLoad(q) { enc(q); wx.request({ url: 'https://api.example.com/find', data: { kw: q.search } }) } })`,
    });
    expect(page(model, 'pages/a/a').query.map((q) => q.name)).toEqual(['search']);
  });
});

describe('a method nothing binds', () => {
  it('runs with every parameter unknown: `showTips(title, content, flag)` may switch tabs when given a flag', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({
  pay() { this.showTips('Order', 'Fill in the address') },
  showTips(title, content, flag) {
    wx.showModal({ title, content, success() { if (flag) wx.switchTab({ url: '/pages/my/my' }) } })
  },
})`,
      'pages/my/my.js': `Page({})`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['navigate'])).toEqual(['switchTab pages/my/my']);
  });
});

describe('a page script that registers twice', () => {
  it('follows the registration whose methods the WXML binds (a page rewritten as a Component below the old Page)', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ old() { wx.request({ url: 'https://api.example.com/old' }) } })
Component({ methods: { create() { wx.request({ url: 'https://api.example.com/activity', method: 'POST' }) } } })`,
      'pages/a/a.wxml': `<button bindtap="create">Create</button>`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request'])).toEqual(['wx.request POST https://api.example.com/activity']);
    expect(model.diagnostics.filter((d) => d.code === 'HANDLER_NOT_FOUND')).toEqual([]);
  });

  it('says the WXML chose the first when its methods are the bound ones', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ save() {} })\nComponent({ methods: { old() {} } })`,
      'pages/a/a.wxml': `<button bindtap="save">Save</button>`,
    });
    expect(model.diagnostics.filter((d) => d.code === 'UNIT_REGISTERED_TWICE').map((d) => d.message)).toEqual([
      'pages/a/a.js calls Component() here as well; the analysis follows Page() at line 1, whose methods the WXML binds',
    ]);
  });

  it('keeps the first when the WXML tells them apart no better', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ onLoad() { wx.request({ url: 'https://api.example.com/first' }) } })
Page({ onLoad() { wx.request({ url: 'https://api.example.com/second' }) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://api.example.com/first']);
    expect(model.diagnostics.filter((d) => d.code === 'UNIT_REGISTERED_TWICE').map((d) => d.message)).toEqual([
      'pages/a/a.js calls Page() here as well; the analysis follows Page() at line 1, the first',
    ]);
  });
});

describe('diagnostics of the follower', () => {
  it.each([
    [
      'DYNAMIC_URL',
      { 'pages/a/a.js': `Page({ onLoad(o) {\n  wx.request({ url: o.u }) } })` },
      { file: 'pages/a/a.js', line: 2, column: 3 },
    ],
    [
      'URL_UNDEFINED',
      { 'pages/a/a.js': `Page({ send(e) {\n  wx.request({ path: 'bless/send', data: e.detail.value }) } })` },
      { file: 'pages/a/a.js', line: 2, column: 3 },
    ],
    [
      'DYNAMIC_NAVIGATION',
      { 'pages/a/a.js': `Page({ go(res) {\n   wx.navigateTo({ url: res.data.link }) } })` },
      { file: 'pages/a/a.js', line: 2, column: 4 },
    ],
    [
      'NAVIGATION_UNKNOWN_ROUTE',
      { 'pages/a/a.js': `Page({ go() { wx.navigateTo({ url: '/pages/zz/zz' }) } })` },
      { file: 'pages/a/a.js', line: 1, column: 15 },
    ],
    [
      'NAVIGATION_RELATIVE_SLIP',
      { 'pages/a/a.js': `Page({ go() {\n  wx.redirectTo({ url: 'pages/b/b' }) } })`, 'pages/b/b.js': `Page({})` },
      { file: 'pages/a/a.js', line: 2, column: 3 },
    ],
    [
      'DYNAMIC_CLOUD_FUNCTION',
      { 'pages/a/a.js': `Page({ go(e) { wx.cloud.callFunction({ name: e.detail.fn }) } })` },
      { file: 'pages/a/a.js', line: 1, column: 16 },
    ],
    [
      'DYNAMIC_CALL',
      { 'pages/a/a.js': `Page({ onLoad(o) { const m = require(o.mod) } })` },
      { file: 'pages/a/a.js', line: 1, column: 30 },
    ],
    [
      'MODULE_UNRESOLVED',
      { 'pages/a/a.js': `const x = require('./nope'); Page({})` },
      { file: 'pages/a/a.js', line: 1, column: 11 },
    ],
    [
      'PATH_ESCAPES_ROOT',
      { 'pages/a/a.js': `const x = require('../../../outside'); Page({})` },
      { file: 'pages/a/a.js', line: 1, column: 11 },
    ],
    [
      'MODULE_CYCLE',
      { 'utils/a.js': `require('./b')`, 'utils/b.js': `require('./a')`, 'pages/a/a.js': `require('../../utils/a'); Page({})` },
      { file: 'utils/a.js', line: 1, column: 1 },
    ],
    [
      'PAGE_NOT_REGISTERED',
      { 'pages/a/a.js': `const x = 1` },
      { file: 'pages/a/a.js', line: 1, column: 1 },
    ],
    [
      'UNIT_REGISTERED_TWICE',
      { 'pages/a/a.js': `Page({ old() {} })\nComponent({ methods: { save() {} } })`, 'pages/a/a.wxml': `<button bindtap="save">Save</button>` },
      { file: 'pages/a/a.js', line: 1, column: 1 },
    ],
    [
      'JS_SYNTAX_ERROR',
      { 'pages/a/a.js': `Page({ onLoad() {\n  wx.request({ url: 'x' ) } })` },
      { file: 'pages/a/a.js', line: 2, column: 25 },
    ],
    [
      'HANDLER_NOT_FOUND',
      { 'pages/a/a.js': `Page({ a() {} })`, 'pages/a/a.wxml': `<view>\n  <button bindtap="missing">x</button></view>` },
      { file: 'pages/a/a.wxml', line: 2, column: 11 },
    ],
  ] as const)('%s', async (code, files, loc) => {
    const model = await analyzeFiles(files as Record<string, string>);
    const d = model.diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(model.diagnostics)).toBeDefined();
    expect(d!.loc).toEqual(loc);
  });

  it('ANALYSIS_BUDGET ends a runaway entry with a diagnostic, not a hang', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `x${i} = x${i} + 1;`).join('\n');
    const model = await analyzeFiles({ 'pages/a/a.js': `Page({ onLoad() { let ${Array.from({ length: 400 }, (_, i) => `x${i} = 0`).join(', ')};\n${body} } })` }, { stepBudget: 500 });
    const d = model.diagnostics.find((x) => x.code === 'ANALYSIS_BUDGET');
    expect(d?.loc).toEqual({ file: 'pages/a/a.js', line: 1, column: 8 });
  });

  it('ANALYSIS_BUDGET at a module top-level statement ends that statement only: the Page() after it is found', async () => {
    const heavy = Array.from({ length: 400 }, (_, i) => `x = x + ${i};`).join(' ');
    const model = await analyzeFiles(
      {
        'pages/a/a.js': `function slowFormat() { let x = 0; ${heavy} return 'today' }
const today = slowFormat()
Page({ onLoad(q) { wx.request({ url: 'https://api.example.com/orders/' + q.type }) } })`,
      },
      { stepBudget: 500 },
    );
    const d = model.diagnostics.filter((x) => x.code === 'ANALYSIS_BUDGET');
    expect(d.map((x) => x.loc)).toEqual([{ file: 'pages/a/a.js', line: 2, column: 1 }]);
    expect(model.diagnostics.some((x) => x.code === 'PAGE_NOT_REGISTERED')).toBe(false);
    expect(briefs(page(model, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://api.example.com/orders/{type}']);
  });

  it('HANDLER_NOT_FOUND points at the Page() call too', async () => {
    const model = await analyzeFiles({ 'pages/a/a.js': `\nPage({})`, 'pages/a/a.wxml': `<view bindtap="nope"/>` });
    const d = model.diagnostics.find((x) => x.code === 'HANDLER_NOT_FOUND')!;
    expect(d.related).toEqual([{ file: 'pages/a/a.js', line: 2, column: 1 }]);
  });
});

describe('the root as a URL', () => {
  it("`url: '/'` names no page: no target (not the caller's folder), reported as an unknown route where written", async () => {
    const model = await analyzeFiles({
      'pages/pay/pay.js': `Page({ paid() {\n  wx.redirectTo({ url: '/' }) } })`,
      'pages/pay/pay.wxml': `<navigator url="/">home</navigator>`,
    });
    expect(briefs(page(model, 'pages/pay/pay').effects, ['navigate']).sort()).toEqual(['navigator null', 'redirectTo null']);
    expect(model.diagnostics.filter((d) => d.code === 'NAVIGATION_UNKNOWN_ROUTE').map((d) => `${d.loc?.file}:${d.loc?.line} ${d.message}`)).toEqual([
      'pages/pay/pay.js:2 wx.redirectTo targets "/", which is not a page of app.json',
      'pages/pay/pay.wxml:1 <navigator> targets "/", which is not a page of app.json',
    ]);
  });
});

describe('a key a URL table does not define', () => {
  const API = `const host = 'https://shop.example.com/api/'
module.exports = {
  Catalogs: host + 'catalogs',
  GoodsList: host + 'goods/list',
  GoodsDetail: host + 'goods/detail',
}`;
  const REQUEST = `function request(url, data) { return new Promise((resolve) => wx.request({ url, data, success: resolve })) }
module.exports = { request }`;

  it('is undefined: no endpoint, reported where the request is made', async () => {
    const model = await analyzeFiles({
      'config/api.js': API,
      'utils/util.js': REQUEST,
      'pages/a/a.js': `const api = require('../../config/api.js'); const util = require('../../utils/util.js');
Page({ onLoad() { util.request(api.Catalogs); util.request(api.GoodsCategory, { id: 1 }) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://shop.example.com/api/catalogs']);
    expect(model.diagnostics.filter((d) => d.code === 'URL_UNDEFINED').map((d) => `${d.loc?.file}:${d.loc?.line}`)).toEqual(['utils/util.js:1']);
  });

  it('still reads a key launch added to the table, and anything from a table with other values', async () => {
    const model = await analyzeFiles({
      'config/api.js': API,
      'config/mixed.js': `module.exports = { a: 'https://x.example.com/a', b: 'https://x.example.com/b', debug: false }`,
      'app.js': `const api = require('./config/api.js'); App({ onLaunch() { api.Orders = 'https://shop.example.com/api/orders' } })`,
      'pages/a/a.js': `const api = require('../../config/api.js'); const mixed = require('../../config/mixed.js');
Page({ onLoad() { wx.request({ url: api.Orders }); wx.request({ url: mixed.c }) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual(['wx.request GET https://shop.example.com/api/orders', 'wx.request GET {c}']);
  });
});
