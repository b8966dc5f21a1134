import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/model/types.js';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * URL template helpers (regular expressions as values, `replace` with a
 * callback, counting loops over a route's segments), the tests request
 * helpers make (`=== undefined`, `instanceof Array`), and request clients
 * whose interceptors run on a promise chain.
 */
const requests = (effects: Effect[]) => briefs(effects, ['request']).sort();

async function pageRequests(js: string, extra: Record<string, string> = {}): Promise<string[]> {
  const model = await analyzeFiles({ 'pages/p/p.js': js, ...extra });
  return requests(page(model, 'pages/p/p').effects);
}

describe('regular expressions as values', () => {
  it.each([
    [
      'a pattern kept in a constant tests text with holes (`isAbsolute(path)` is false for "/goods/" + id)',
      `const ABS = /^([a-z][a-z\\d+\\-.]*:)?\\/\\//i
const combine = (b, r) => r ? b.replace(/\\/+$/, '') + '/' + r.replace(/^\\/+/, '') : b
Page({ onLoad(q) { const rel = '/goods/' + q.id; wx.request({ url: ABS.test(rel) ? rel : combine('https://api.example.com/v1/', rel) }) } })`,
      ['wx.request GET https://api.example.com/v1/goods/{id}'],
    ],
    [
      '`replace` with a callback fills a route template from a params object',
      `function fill(tpl, params) { return tpl.replace(/:(\\w+)/g, (m, k) => params[k] !== undefined ? String(params[k]) : '') }
Page({ onLoad(q) { wx.request({ url: fill('https://api.example.com/shop/:shopId/item/:id', { shopId: 7, id: q.id }) }) } })`,
      ['wx.request GET https://api.example.com/shop/7/item/{id}'],
    ],
    [
      '`new RegExp` built from known text, and `match` groups',
      `Page({ onLoad(q) {
  const re = new RegExp(':' + 'id' + '(\\\\W|$)', 'g')
  wx.request({ url: 'https://api.example.com/x/:id/y'.replace(re, (m, tail) => q.id + tail) })
  wx.request({ url: 'https://api.example.com/' + 'v2-beta'.match(/^(v\\d)-/)[1] + '/list' })
} })`,
      ['wx.request GET https://api.example.com/v2/list', 'wx.request GET https://api.example.com/x/{id}/y'],
    ],
    [
      'a replacement the holes would take part in stays unknown (`\\W` may match inside an id)',
      `Page({ onLoad(q) { wx.request({ url: 'https://api.example.com/' + ('/a/' + q.id).replace(/\\W/g, '_') }) } })`,
      ['wx.request GET https://api.example.com/{}'],
    ],
  ])('%s', async (_name, js, want) => {
    expect(await pageRequests(js)).toEqual(want);
  });

  it('a pattern that could backtrack is not compiled: its tests stay unknown (both arms)', async () => {
    const js = `Page({ onLoad() { wx.request({ url: /^(a+)+$/.test('aaa') ? 'https://a.example.com/y' : 'https://a.example.com/n' }) } })`;
    expect(await pageRequests(js)).toEqual(['wx.request GET https://a.example.com/n', 'wx.request GET https://a.example.com/y']);
  });
});

describe('equality and instanceof decided by the kinds', () => {
  it.each([
    ['a known number is not undefined', `const o = { n: 7 }; const u = o.n !== undefined ? 'yes' : 'no'`, ['yes']],
    ['a missing key of a closed object is undefined', `const o = { n: 7 }; const u = o.m === undefined ? 'yes' : 'no'`, ['yes']],
    ['null == undefined, null !== undefined', `const u = (null == undefined ? 'a' : 'b') + (null === undefined ? 'c' : 'd')`, ['ad']],
    ['known primitives coerce under ==', `const u = (1 == '1' ? 'a' : 'b') + (1 === '1' ? 'c' : 'd')`, ['ad']],
    ['text with holes is never undefined', `const x = 'k' + q.id; const u = x === undefined ? 'yes' : 'no'`, ['no']],
    ['a value read from the query may be undefined', `const u = q.id === undefined ? 'yes' : 'no'`, ['no', 'yes']],
    ['a list is an Array, an object is not', `const u = ([1] instanceof Array ? 'a' : 'b') + ({} instanceof Array ? 'c' : 'd')`, ['ad']],
    ['an instance of a known class', `class A {}; class B extends A {}; const u = new B() instanceof A ? 'yes' : 'no'`, ['yes']],
    ['an instance of a constructor function with a prototype', `function P() {}; P.prototype = { constructor: P }; const u = new P() instanceof P ? 'yes' : 'no'`, ['yes']],
    ['two functions written apart are different objects', `const f = () => 1; const g = () => 1; const u = (f !== g ? 'a' : 'b') + (f === f ? 'c' : 'd')`, ['ac']],
    ['the query is a plain object, not an Array', `const u = (q instanceof Array ? 'a' : 'b') + (q instanceof Object ? 'c' : 'd')`, ['bc']],
    ['a function is no plain object', `const f = () => 1; const u = f === {} ? 'yes' : 'no'`, ['no']],
  ])('%s', async (_name, code, want) => {
    const js = `Page({ onLoad(q) { ${code}; wx.request({ url: 'https://e.example.com/' + u }) } })`;
    expect(await pageRequests(js)).toEqual(want.map((w) => `wx.request GET https://e.example.com/${w}`).sort());
  });

  it('unknown + a number is one unknown value, not text ending in the number', async () => {
    const js = `Page({ data: {}, onReachBottom() { wx.request({ url: 'https://e.example.com/list/' + (this.data.page + 1) }) } })`;
    expect(await pageRequests(js)).toEqual(['wx.request GET https://e.example.com/list/{page}']);
  });
});

describe('a test that only reads, decided value by value', () => {
  const WRAPPER = `module.exports = function request(url) {
  if (!/^https?:/.test(url)) url = 'https://api.example.com' + url
  wx.request({ url })
}`;
  it('`if (!/^http/.test(url)) url = base + url` prefixes only the paths (a full URL among the readings stays as is)', async () => {
    const js = `const request = require('../../utils/request')
Page({ onLoad(q) { request(q.full ? 'https://cdn.example.com/a.json' : q.mine ? '/me' : '/news') } })`;
    expect(await pageRequests(js, { 'utils/request.js': WRAPPER })).toEqual([
      'wx.request GET https://api.example.com/me',
      'wx.request GET https://api.example.com/news',
      'wx.request GET https://cdn.example.com/a.json',
    ]);
  });

  it('a promise polyfill that tests `this instanceof Promise` runs the executor for sure: what it writes is not a maybe', async () => {
    const polyfill = `function noop() {}
function settle(p, executor) { try { executor(function (v) { p.v = v }, function (r) { p.r = r }) } catch (e) { p.r = e } }
function Promise(executor) { this._state = void 0; noop !== executor && (typeof executor !== 'function' && fail(), this instanceof Promise ? settle(this, executor) : fail()) }
function fail() { throw new TypeError('Promise') }
Promise.prototype = { constructor: Promise, then: function (f) { return this } }
module.exports = Promise`;
    const js = `const Promise = require('../../utils/promise')
Page({ onLoad() { let step = 'before'; new Promise(function (resolve) { step = 'inside'; resolve() }); wx.request({ url: 'https://api.example.com/' + step }) } })`;
    expect(await pageRequests(js, { 'utils/promise.js': polyfill })).toEqual(['wx.request GET https://api.example.com/inside']);
  });
});

describe('a wx API taken as a function value', () => {
  it('`wx.request.bind(this)`, `.call` and `.apply` are the request itself', async () => {
    const js = `Page({ onLoad() {
  const req = wx.request.bind(this)
  req({ url: 'https://h.example.com/bound' })
  wx.request.call(wx, { url: 'https://h.example.com/called' })
  wx.request.apply(wx, [{ url: 'https://h.example.com/applied', method: 'POST' }])
} })`;
    expect(await pageRequests(js)).toEqual(['wx.request GET https://h.example.com/bound', 'wx.request GET https://h.example.com/called', 'wx.request POST https://h.example.com/applied']);
  });
});

describe('counting loops with a known bound', () => {
  it('run each iteration (a route template walked segment by segment)', async () => {
    const js = `function params(tpl) {
  const out = {}
  const parts = tpl.split('/')
  for (let i = 0; i < parts.length; i++) if (parts[i].charAt(0) === ':') out[parts[i].slice(1)] = true
  return out
}
Page({ onLoad() { const p = params('/shop/:shopId/item/:itemId'); wx.request({ url: 'https://e.example.com/' + Object.keys(p).join('+') }) } })`;
    expect(await pageRequests(js)).toEqual(['wx.request GET https://e.example.com/shopId+itemId']);
  });

  it('a body that may break out is not run past its first iteration (the follower runs a body to its end)', async () => {
    const js = `Page({ onLoad() { let last = 'none'; const xs = ['a', 'b', 'c']; for (let i = 0; i < xs.length; i++) { last = xs[i]; if (last === 'b') break } wx.request({ url: 'https://e.example.com/' + last }) } })`;
    expect(await pageRequests(js)).not.toContain('wx.request GET https://e.example.com/c');
  });
});

/** A Promise-chained client: interceptors installed when it is built, `__http` handed to `then`. */
const CLIENT = `export default class Client {
  constructor(base) {
    this.base = base
    this.interceptors = []
    const methods = ['GET', 'POST']
    for (let i = 0; i < methods.length; i++) {
      const method = methods[i]
      this[method.toLowerCase() + 'Request'] = (url, config) => this.__send(Object.assign({}, config, { method, url }))
    }
  }
  use(i) { this.interceptors.push(i) }
  __send(config) {
    const $$config = Object.assign({}, config, { url: this.base + config.url })
    const run = (c) => this.__http(Object.assign({}, c))
    let p = Promise.resolve($$config)
    p = p.then(run)
    this.interceptors.forEach((i) => { p = p.then(i.response) })
    return p
  }
  __http(obj) {
    return new Promise((resolve) => { obj.success = resolve; wx.request(obj) })
  }
}`;

const SERVICE = `import Client from '../lib/client'
class Service extends Client {
  constructor() {
    super('https://s.example.com')
    this.use({ response(res) { if (res.statusCode === 401) wx.redirectTo({ url: '/pages/login/login' }); return res } })
  }
  goods(id) { return this.getRequest('/goods/' + id) }
  pay(orderId, done) { return this.postRequest('/pay', { data: { orderId }, success: () => done() }) }
}
export default new Service()`;

describe('a client whose request runs on a promise chain', () => {
  it('its interceptors are plumbing, even when installed in the file of the service methods; the request is the page’s', async () => {
    const model = await analyzeFiles({
      'lib/client.js': CLIENT,
      'services/api.js': SERVICE,
      'pages/p/p.js': `import api from '../../services/api'
Page({ onLoad(q) { api.goods(q.id) } })`,
      'pages/login/login.js': 'Page({})',
    });
    const onLoad = page(model, 'pages/p/p').handlers.find((h) => h.name === 'onLoad')!;
    const own = onLoad.effects.filter((e) => !e.plumbing);
    expect(briefs(own, ['request', 'navigate'])).toEqual(['wx.request GET https://s.example.com/goods/{id}']);
    expect(briefs(onLoad.effects.filter((e) => e.plumbing), ['navigate'])).toEqual(['redirectTo pages/login/login']);
  });

  it('a callback a service method hands in stays the page’s (a payment after the order request)', async () => {
    const model = await analyzeFiles({
      'utils/base.js': `export default class Base {
  request(params) {
    wx.request({ url: 'https://b.example.com/' + params.url, data: params.data, success: (res) => params.sCallback && params.sCallback(res.data) })
  }
}`,
      'models/order.js': `import Base from '../utils/base'
export default class Order extends Base {
  pay(id) {
    const all = { url: 'pay/pre_order', data: { id }, sCallback: (d) => { wx.requestPayment({ timeStamp: d.ts, nonceStr: d.n, package: d.p, signType: 'MD5', paySign: d.s }) } }
    this.request(all)
  }
}`,
      'pages/p/p.js': `import Order from '../../models/order'
const order = new Order()
Page({ onPay(e) { order.pay(e.currentTarget.dataset.id) } })`,
    });
    const onPay = page(model, 'pages/p/p').handlers.find((h) => h.name === 'onPay')!;
    expect(onPay.effects.filter((e) => !e.plumbing).map((e) => e.kind).sort()).toEqual(['payment', 'request']);
  });
});

describe('a path that returned goes no further', () => {
  it.each([
    ['a guard known to hold ends the function', `function url(p) { if (p.startsWith('/')) return 'https://r.example.com' + p; return 'https://r.example.com/' + p }
Page({ onLoad() { wx.request({ url: url('/a') }) } })`, ['wx.request GET https://r.example.com/a']],
    ['a guard that may hold leaves both paths', `function url(p) { if (p.startsWith('/')) return 'https://r.example.com' + p; return 'https://r.example.com/' + p }
Page({ onLoad(q) { wx.request({ url: url(q.p) }) } })`, ['wx.request GET https://r.example.com/{p}', 'wx.request GET https://r.example.com{p}']],
    ['both arms returning end it', `function url(x) { if (x) { return 'https://r.example.com/a' } else { return 'https://r.example.com/b' } return 'https://r.example.com/never' }
Page({ onLoad(q) { wx.request({ url: url(q.x) }) } })`, ['wx.request GET https://r.example.com/a', 'wx.request GET https://r.example.com/b']],
    ['a catch that does not return lets the code after a returning try run', `function url() { try { return 'https://r.example.com/try' } catch (e) { } return 'https://r.example.com/after' }
Page({ onLoad() { wx.request({ url: url() }) } })`, ['wx.request GET https://r.example.com/after', 'wx.request GET https://r.example.com/try']],
    ['a function that may run off its end returns undefined too (a validator with nothing to say)', `function required(v) { if (v === undefined) return 'empty' }
Page({ onLoad(q) { const err = required(q.id); if (err) return; wx.request({ url: 'https://r.example.com/ok' }) } })`, ['wx.request GET https://r.example.com/ok']],
    ['a list pushed to in one arm has no known length after it', `Page({ onLoad(q) { const errors = []; if (!q.name) errors.push('name'); if (errors.length > 0) return; wx.request({ url: 'https://r.example.com/save' }) } })`, ['wx.request GET https://r.example.com/save']],
    ['a callback handed to code we cannot see gets unknown arguments, not undefined ones', `Page({ submit() { this.selectComponent('#form').validate((valid) => { if (!valid) return; wx.request({ url: 'https://r.example.com/login' }) }) } })`, ['wx.request GET https://r.example.com/login']],
  ])('%s', async (_name, js, want) => {
    expect(await pageRequests(js)).toEqual(want);
  });
});

describe('the state a tap finds', () => {
  it('a flag in page data another handler sets, and a module variable a handler fills, may hold anything', async () => {
    const js = `let prepared = null
Page({
  data: { agreed: false },
  onLoad() { this.setData({ agreed: false }) },
  onAgree() { this.setData({ agreed: true }) },
  onPrepare() { prepared = { code: 'x' } },
  onLogin() {
    if (!this.data.agreed) return
    if (!prepared) return
    wx.request({ url: 'https://t.example.com/login', method: 'POST' })
  },
})`;
    const model = await analyzeFiles({ 'pages/p/p.js': js });
    const onLogin = page(model, 'pages/p/p').handlers.find((h) => h.name === 'onLogin')!;
    expect(requests(onLogin.effects)).toEqual(['wx.request POST https://t.example.com/login']);
  });

  it('start-up hooks still see the module state they start from (only handlers widen it)', async () => {
    const js = `let ready = false
Page({
  onLoad() { if (!ready) return; wx.request({ url: 'https://t.example.com/load' }) },
  onAgree() { ready = true },
  onTap() { if (!ready) return; wx.request({ url: 'https://t.example.com/tap' }) },
})`;
    const model = await analyzeFiles({ 'pages/p/p.js': js });
    const handlers = page(model, 'pages/p/p').handlers;
    expect(requests(handlers.find((h) => h.name === 'onLoad')!.effects)).toEqual([]);
    expect(requests(handlers.find((h) => h.name === 'onTap')!.effects)).toEqual(['wx.request GET https://t.example.com/tap']);
  });

  it('a module object the inputs fill field by field may hold anything; its fixed fields stay', async () => {
    const js = `const form = { password: '', api: 'https://t.example.com/bind' }
Page({
  onInput(e) { form[e.target.dataset.type] = e.detail.value },
  onBind() {
    const password = form.password
    if (!password) return wx.showModal({ content: 'empty' })
    wx.request({ url: form.api, method: 'POST', data: { password } })
  },
})`;
    const model = await analyzeFiles({ 'pages/p/p.js': js });
    const onBind = page(model, 'pages/p/p').handlers.find((h) => h.name === 'onBind')!;
    expect(requests(onBind.effects)).toEqual(['wx.request POST https://t.example.com/bind']);
  });

  it('a menu entry without a target is a reading: `if (url) … else …` takes both paths', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({
  data: { links: [{ url: '/pages/a/a', text: 'A' }, { url: '', text: 'B' }] },
  onTap(e) {
    const { url, text } = e.currentTarget.dataset
    if (url) { wx.navigateTo({ url }); return }
    if (text === 'B') wx.navigateTo({ url: '/pages/b/b' })
  },
})`,
      'pages/p/p.wxml': '<view wx:for="{{links}}" data-url="{{item.url}}" data-text="{{item.text}}" bindtap="onTap">{{item.text}}</view>',
      'pages/a/a.js': 'Page({})',
      'pages/b/b.js': 'Page({})',
    });
    const onTap = page(model, 'pages/p/p').handlers.find((h) => h.name === 'onTap')!;
    expect(briefs(onTap.effects, ['navigate']).sort()).toEqual(['navigateTo pages/a/a', 'navigateTo pages/b/b']);
  });
});
