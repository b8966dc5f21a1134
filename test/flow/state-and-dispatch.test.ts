import { describe, expect, it } from 'vitest';
import type { AnalysisModel } from '../../src/model/types.js';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * State a tap or a page finds (a helper module's cache filled by launch, keys
 * a validator adds on some paths, a form object's fields), dataset targets
 * fixed by the WXML, a generic `wx[name]` dispatcher under a request wrapper,
 * and a TypeScript source preferred over stale compiled output.
 */
const of = (model: AnalysisModel, kinds: ('request' | 'navigate')[], route = 'pages/p/p') => briefs(page(model, route).effects, kinds).sort();

describe('state a helper module keeps between pages', () => {
  const settings = `let cache = null
let fetching = null
function fetchSettings(force) {
  if (cache && !force) return Promise.resolve(cache)
  if (fetching) return fetching
  fetching = new Promise((resolve) => wx.request({ url: 'https://api.example.com/settings', success: (r) => { cache = r.data; resolve(cache) } }))
    .finally(() => { fetching = null })
  return fetching
}
module.exports = { fetchSettings }`;

  it('a cache launch filled may not be filled yet when a page asks: the request stays reachable from the page', async () => {
    const model = await analyzeFiles({
      'utils/settings.js': settings,
      'app.js': `const s = require('./utils/settings'); App({ onLaunch() { s.fetchSettings() } })`,
      'pages/p/p.js': `const s = require('../../utils/settings'); Page({ onShow() { s.fetchSettings().then((x) => this.setData({ x })) } })`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://api.example.com/settings']);
  });

  it('a token a login function sets reads as empty or set: both arms of the guard run', async () => {
    const model = await analyzeFiles({
      'utils/auth.js': `let token = ''
export function setToken(t) { token = t }
export function orders() {
  if (!token) { wx.navigateTo({ url: '/pages/login/login' }); return }
  wx.request({ url: 'https://api.example.com/orders', header: { token } })
}`,
      'pages/p/p.js': `import { orders } from '../../utils/auth'; Page({ onLoad() { orders() } })`,
      'pages/login/login.js': `Page({})`,
    });
    expect(of(model, ['request', 'navigate'])).toEqual(['navigateTo pages/login/login', 'wx.request GET https://api.example.com/orders']);
  });

  it('a variable holding a real constant keeps it (a base URL a setter may change is not widened)', async () => {
    const model = await analyzeFiles({
      'utils/http.js': `let base = 'https://api.example.com'
export function setBase(b) { base = b }
export function get(path) { wx.request({ url: base + path }) }`,
      'pages/p/p.js': `import { get } from '../../utils/http'; Page({ onLoad() { get('/list') } })`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://api.example.com/list']);
  });

  it("a module's state object keeps its fields, but its placeholder fields widen (`state.accessToken` may be set)", async () => {
    const model = await analyzeFiles({
      'services/session.js': `let state = { accessToken: '', user: null }
export function signIn(s) { state = s }
export function profile() {
  if (!state.accessToken) { wx.navigateTo({ url: '/pages/login/login' }); return }
  wx.request({ url: 'https://api.example.com/me', header: { Authorization: state.accessToken } })
}`,
      'pages/p/p.js': `import { profile } from '../../services/session'; Page({ onLoad() { profile() } })`,
      'pages/login/login.js': `Page({})`,
    });
    expect(of(model, ['request', 'navigate'])).toEqual(['navigateTo pages/login/login', 'wx.request GET https://api.example.com/me']);
  });
});

describe('a store object its own methods edit', () => {
  it('a field another page sets through the store\u2019s method (`this.pendingSource = s`) may be set when this page reads it', async () => {
    const model = await analyzeFiles({
      'stores/paper.ts': `const initial = {
  pendingSource: null as { bookId: string } | null,
  title: 'Papers',
  setPendingSource(s: { bookId: string }): void { const self = this as unknown as { pendingSource: unknown }; self.pendingSource = s },
}
export const paperStore = initial`,
      'pages/p/p.ts': `import { paperStore } from '../../stores/paper'
Page({ create() {
  const src = paperStore.pendingSource
  if (!src) { wx.showToast({ title: 'no source' }); return }
  wx.request({ url: 'https://api.example.com/papers?title=' + paperStore.title, method: 'POST', data: { book: src.bookId } })
} })`,
      'pages/p/p.wxml': '<button bindtap="create">Go</button>',
    });
    expect(of(model, ['request'])).toEqual(['wx.request POST https://api.example.com/papers']);
  });

  it('the one instance a module makes of its class: a field a method sets (`this.userInfo = …` in login) may be set when a page reads it', async () => {
    const model = await analyzeFiles({
      'utils/user.js': `class UserManager {
  constructor() { this.userInfo = null }
  login(info) { this.userInfo = info }
  getCurrentUser() { return this.userInfo }
}
const userManager = new UserManager()
module.exports = { userManager, UserManager }`,
      'pages/p/p.js': `const { userManager } = require('../../utils/user.js')
Page({ onLoad(options) {
  if (!userManager.getCurrentUser()) { wx.redirectTo({ url: '/pages/login/login' }); return }
  wx.request({ url: 'https://api.example.com/orders?id=' + options.orderId })
} })`,
      'pages/login/login.js': 'Page({})',
    });
    expect(of(model, ['request', 'navigate'])).toEqual(['redirectTo pages/login/login', 'wx.request GET https://api.example.com/orders']);
  });
});

describe('what a handler finds in its own state', () => {
  it('a validator that adds error keys on some paths does not decide `Object.keys(errors).length === 0`', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({
  data: { form: { name: '', phone: '' } },
  onInput(e) { this.setData({ ['form.' + e.currentTarget.dataset.field]: e.detail.value }) },
  valid() {
    const errors = {}
    if (!this.data.form.name.trim()) errors.name = 'required'
    if (!/^1\\d{10}$/.test(this.data.form.phone)) errors.phone = 'invalid'
    return Object.keys(errors).length === 0
  },
  save() {
    if (!this.valid()) return
    wx.request({ url: 'https://api.example.com/address', method: 'POST', data: this.data.form })
  },
})`,
      'pages/p/p.wxml': `<input data-field="name" bindinput="onInput"/><input data-field="phone" bindinput="onInput"/><button bindtap="save">Save</button>`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request POST https://api.example.com/address']);
  });

  it('keys written on every path keep the key set known (the guard is decided)', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ save() {
  const errors = {}
  errors.name = 'always'
  if (Object.keys(errors).length === 0) wx.request({ url: 'https://api.example.com/never' })
} })`,
      'pages/p/p.wxml': `<button bindtap="save">Save</button>`,
    });
    expect(of(model, ['request'])).toEqual([]);
  });

  it("a validator chaining `(x == '' && 'name') || … || 'ok'` may return 'ok' (an undecided && may be its falsy left)", async () => {
    const model = await analyzeFiles({
      'utils/check.js': `export function missing(d) {
  const str = (d.name == '' && 'name') || (d.place == '' && 'place') || 'ok'
  return str == 'ok' ? str : str + ' is required'
}`,
      'pages/p/p.js': `import { missing } from '../../utils/check'
Page({
  data: { post: { name: '', place: '' } },
  onName(e) { this.setData({ 'post.name': e.detail.value }) },
  submit() {
    const msg = missing(this.data.post)
    if (msg != 'ok') return wx.showToast({ title: msg })
    wx.request({ url: 'https://api.example.com/activity', method: 'POST', data: this.data.post })
  },
})`,
      'pages/p/p.wxml': `<input bindinput="onName"/><button bindtap="submit">Publish</button>`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request POST https://api.example.com/activity']);
  });

  it('a value with more readings than are kept is not decided by the ones kept (the 17th of 20 messages is `ok`)', async () => {
    const fields = Array.from({ length: 20 }, (_, i) => `f${i}`);
    const chain = fields.map((f, i) => (i === 16 ? `'ok'` : `(d.${f} ? 'm${i}' : null)`)).join(' || ');
    const model = await analyzeFiles({
      'pages/p/p.js': `function check(d) { return ${chain} }
Page({
  data: { d: {} },
  submit(e) {
    if (check(e.detail.value) !== 'ok') return
    wx.request({ url: 'https://api.example.com/save', method: 'POST' })
  },
})`,
      'pages/p/p.wxml': `<form bindsubmit="submit"><button form-type="submit">Save</button></form>`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request POST https://api.example.com/save']);
  });
});

describe('the query kept whole in page data', () => {
  it('`setData({ options })` then `this.data.options.v` in another method reads the query', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ data: { options: {} }, onLoad(options) { this.setData({ options }); this.getLists() },
  getLists() { const v = this.data.options.v; wx.request({ url: 'https://api.example.com/posts', data: { mine: v == '1' } }) } })`,
    });
    expect(page(model, 'pages/p/p').query.map((q) => q.name)).toEqual(['v']);
  });

  it('an object seeded from the query and then edited field by field (`form.name`) is the form, not the query', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ data: { form: {} },
  onLoad(options) { if (options.id) this.setData({ form: options }) },
  onName(e) { this.setData({ 'form.name': e.detail.value }) },
  save() { wx.request({ url: 'https://api.example.com/member', method: 'POST', data: { name: this.data.form.name } }) } })`,
      'pages/p/p.wxml': `<input bindinput="onName"/><button bindtap="save">Save</button>`,
    });
    expect(page(model, 'pages/p/p').query.map((q) => q.name)).toEqual(['id']);
  });

  it('a key that holds the query on one path and a parsed scene on another still reads the query', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ data: { options: {} },
  onLoad(options) {
    if (options.scene) { this.setData({ options: { gbid: decodeURIComponent(options.scene) } }); return }
    this.setData({ options })
  },
  share() { wx.request({ url: 'https://api.example.com/share', data: { pid: this.data.options.pid, ruid: this.data.options.ruid } }) } })`,
      'pages/p/p.wxml': `<button bindtap="share">Share</button>`,
    });
    expect(page(model, 'pages/p/p').query.map((q) => q.name)).toEqual(['pid', 'ruid', 'scene']);
  });
});

describe('an equality test narrows a variable in each arm', () => {
  const MENU = `data: { functions: [{ path: './personal/index' }, { path: './pet/index' }, { path: './message/index' }] }`;
  it('the entry the then-arm handles is not navigated to by the else-arm (`if (path == soon) showModal() else navigateTo(path)`)', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ ${MENU}, go(e) { const path = e.currentTarget.dataset.path
  if (path == './message/index') wx.showModal({ content: '敬请期待' })
  else wx.navigateTo({ url: path + '?id=1' }) } })`,
      'pages/p/p.wxml': `<view wx:for="{{functions}}" data-path="{{item.path}}" bindtap="go">{{item.path}}</view>`,
      'pages/p/personal/index.js': `Page({})`,
      'pages/p/pet/index.js': `Page({})`,
      'pages/p/message/index.js': `Page({})`,
    });
    expect(of(model, ['navigate'])).toEqual(['navigateTo pages/p/personal/index?id', 'navigateTo pages/p/pet/index?id']);
  });

  it('`!==` narrows the other way, and after the if the variable holds every value again', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ ${MENU}, go(e) { let path = e.currentTarget.dataset.path
  if (path !== './pet/index') { wx.redirectTo({ url: path }) }
  wx.reLaunch({ url: path }) } })`,
      'pages/p/p.wxml': `<view wx:for="{{functions}}" data-path="{{item.path}}" bindtap="go">{{item.path}}</view>`,
      'pages/p/personal/index.js': `Page({})`,
      'pages/p/pet/index.js': `Page({})`,
      'pages/p/message/index.js': `Page({})`,
    });
    expect(of(model, ['navigate'])).toEqual([
      'reLaunch pages/p/message/index',
      'reLaunch pages/p/personal/index',
      'reLaunch pages/p/pet/index',
      'redirectTo pages/p/message/index',
      'redirectTo pages/p/personal/index',
    ]);
  });
});

describe('an equality inside `&&`, `||` and `!` narrows too', () => {
  const APP = JSON.stringify({ pages: ['pages/login/index', 'pages/home/index'] });
  const ROUTER = `export function goByRole(user) {
  let url = '/pages/login/index'
  if (user.role === 'staff') url = '/pages/home/index'
  const pages = getCurrentPages()
  const current = pages[pages.length - 1]
  const currentRoute = current ? '/' + current.route : ''
  if (url === '/pages/login/index' && currentRoute === '/pages/login/index') return
  wx.reLaunch({ url })
}`;
  it('where the other operand of `&&` is known true, the compound test is the comparison (the login page does not relaunch itself)', async () => {
    const model = await analyzeFiles({
      'app.json': APP,
      'utils/router.js': ROUTER,
      'pages/login/index.js': `import { goByRole } from '../../utils/router'
Page({ onLoad(options) { goByRole({ role: options.role }) } })`,
      'pages/home/index.js': `import { goByRole } from '../../utils/router'
Page({ onShow() { goByRole(getApp().user) } })`,
    });
    expect(of(model, ['navigate'], 'pages/login/index')).toEqual(['reLaunch pages/home/index']);
    expect(of(model, ['navigate'], 'pages/home/index')).toEqual(['reLaunch pages/home/index', 'reLaunch pages/login/index']);
  });

  it('an undecided operand leaves the arm that learns nothing as it was; `||` and `!` narrow the else-arm and swap', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({
  a(e) { const k = e.detail.value ? 'x' : 'y'; if (k === 'x' && this.data.ready) { wx.request({ url: 'https://h.example.com/then/' + k }) } else { wx.request({ url: 'https://h.example.com/else/' + k }) } },
  b(e) { const k = e.detail.value ? 'x' : 'y'; if (k === 'x' || this.data.ready) { wx.request({ url: 'https://h.example.com/or-then/' + k }) } else { wx.request({ url: 'https://h.example.com/or-else/' + k }) } },
  c(e) { const k = e.detail.value ? 'x' : 'y'; if (!(k === 'x')) return; wx.request({ url: 'https://h.example.com/not/' + k }) },
})`,
      'pages/p/p.wxml': `<switch bindchange="a"/><switch bindchange="b"/><switch bindchange="c"/>`,
    });
    expect(of(model, ['request'])).toEqual([
      'wx.request GET https://h.example.com/else/x',
      'wx.request GET https://h.example.com/else/y',
      'wx.request GET https://h.example.com/not/x',
      'wx.request GET https://h.example.com/or-else/y',
      'wx.request GET https://h.example.com/or-then/x',
      'wx.request GET https://h.example.com/or-then/y',
      'wx.request GET https://h.example.com/then/x',
    ]);
  });
});

describe('URLs kept in data and chosen by arms', () => {
  it('a URL the page declares and a tab switches: onLoad reads the declared one; a handler, after other taps, anything', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({
  data: { tabUrl: 'https://h.example.com/list.php', cover: 'https://img.example.com/placeholder.png' },
  onLoad() { wx.request({ url: this.data.tabUrl }) },
  tab(e) {
    const url = e.currentTarget.dataset.all ? 'https://h.example.com/list.php' : 'https://h.example.com/list.php?class=' + e.currentTarget.dataset.cls
    this.setData({ tabUrl: url })
  },
  upload() { wx.chooseImage({ success: (res) => this.setData({ cover: res.tempFilePaths[0] }) }) },
  submit() {
    if (this.data.cover === 'https://img.example.com/placeholder.png') return
    wx.request({ url: 'https://h.example.com/save', method: 'POST' })
  },
})`,
      'pages/p/p.wxml': `<view bindtap="tab"/><view bindtap="upload"/><button bindtap="submit"/>`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://h.example.com/list.php', 'wx.request POST https://h.example.com/save']);
    expect(page(model, 'pages/p/p').handlers.find((h) => h.name === 'onLoad')!.effects.map((e) => e.confidence)).toEqual(['certain']);
  });

  it('`let url = \'\'` that an if / else-if sets: the empty start is no endpoint beside the URLs the arms set', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({
  publish() {
    let url = ''
    if (this.data.mode == 'add') url = 'https://h.example.com/goods/publish'
    else if (this.data.mode == 'edit') url = 'https://h.example.com/goods/modify'
    wx.request({ url, method: 'POST' })
  },
  ping() { let url = ''; wx.request({ url }) },
})`,
      'pages/p/p.wxml': `<button bindtap="publish"/><button bindtap="ping"/>`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET ', 'wx.request POST https://h.example.com/goods/modify', 'wx.request POST https://h.example.com/goods/publish']);
  });
});

describe('an equality test on a value not known before', () => {
  it('where `===` holds, the value is the constant (a login page switching to a tab when the redirect names it)', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/p/p', 'pages/me/me', 'pages/home/home'], tabBar: { list: [{ pagePath: 'pages/me/me' }, { pagePath: 'pages/home/home' }] } }),
      'pages/p/p.js': `Page({
  data: { redirect: '/pages/home/home' },
  onLoad(options) { this.setData({ redirect: options.redirect ? decodeURIComponent(options.redirect) : '/pages/home/home' }) },
  done() {
    const url = this.data.redirect
    if (url === '/pages/me/me') wx.switchTab({ url })
    else wx.redirectTo({ url })
  },
})`,
      'pages/p/p.wxml': `<button bindtap="done">登录</button>`,
      'pages/me/me.js': `Page({})`,
      'pages/home/home.js': `Page({})`,
    });
    expect(of(model, ['navigate']).filter((n) => n.startsWith('switchTab'))).toEqual(['switchTab pages/me/me']);
  });

  it('after `if (n === 0) return`, the rest of the function sees n as it was: not 0', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({
  change(e) {
    const n = e.detail - e.currentTarget.dataset.old
    if (n === 0) return
    wx.request({ url: 'https://api.example.com/cart/add/' + n })
  },
})`,
      'pages/p/p.wxml': `<stepper bind:change="change" data-old="{{count}}"/>`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://api.example.com/cart/add/{detail}']);
  });

  it('module state an arm sets before returning is kept for what runs after the function (a base URL that worked)', async () => {
    const model = await analyzeFiles({
      'utils/base.js': `let active = 'https://a.example.com'
export function base() { return active }
export function probe(ok) {
  if (ok === 'yes') { active = 'https://b.example.com'; return true }
  return false
}`,
      'pages/p/p.js': `import { base, probe } from '../../utils/base.js'
Page({ onLoad(q) { probe(q.ok); wx.request({ url: base() + '/feed' }) } })`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://a.example.com/feed', 'wx.request GET https://b.example.com/feed']);
  });
});

describe('a callback compared with a string', () => {
  it("`cb === 'prompt_box'` is false when cb is a function: a login helper's mode switch is not taken for a callback", async () => {
    const model = await analyzeFiles({
      'app.js': `App({ login(mode) { wx.request({ url: 'https://a.example.com/login', success() {
    if (mode && typeof mode == 'function') mode()
    if (mode && mode === 'prompt_box') wx.switchTab({ url: '/pages/home/home' })
    if (mode == 'page') wx.navigateTo({ url: '/pages/login/login' })
  } }) } })`,
      'pages/p/p.js': `const app = getApp()
Page({ onLoad() { app.login(() => wx.request({ url: 'https://a.example.com/list' })) } })`,
    });
    expect(of(model, ['request', 'navigate'])).toEqual(['wx.request GET https://a.example.com/list', 'wx.request GET https://a.example.com/login']);
  });
});

describe('a path in data that onLoad may switch', () => {
  it('reads as the declared path or the one set (`inter` is the create endpoint until an edit switches it)', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `const domain = 'https://api.example.com'
Page({ data: { inter: '/comment/upload', modify: '/comment/update' },
  onLoad(options) { if (options.id) this.setData({ inter: this.data.modify }) },
  submit() { wx.request({ url: domain + this.data.inter, method: 'POST' }) } })`,
      'pages/p/p.wxml': `<button bindtap="submit">发布</button>`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request POST https://api.example.com/comment/update', 'wx.request POST https://api.example.com/comment/upload']);
  });
});

describe('a table of URLs in data edited field by field', () => {
  const TABS = `data: { current: 0, tabs: { 0: { api: '/notes', list: [], loading: false }, 1: { api: '/likes', list: [], loading: false } } }`;
  const LOAD = `load(i) { const tab = this.data.tabs[i]; if (!tab || tab.loading) return; this.setData({ [\`tabs.\${i}.loading\`]: true })
    wx.request({ url: 'https://api.example.com' + tab.api, success: (res) => this.setData({ ['tabs.' + i + '.list']: res.data, ['tabs[' + i + '].loading']: false }) }) }`;

  it('keeps each entry’s URL; the fields edited read as declared or anything (`tab.loading` cuts no path)', async () => {
    const model = await analyzeFiles({ 'pages/p/p.js': `Page({ ${TABS}, onShow() { this.load(this.data.current) }, ${LOAD} })` });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://api.example.com/likes', 'wx.request GET https://api.example.com/notes']);
  });

  it('an object of path keys built up and then handed to setData counts by its keys', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ ${TABS}, onShow() { this.load(this.data.current) }, ${LOAD},
  clear() { const patch = {}; Object.keys(this.data.tabs).forEach((k) => { patch[\`tabs.\${k}.list\`] = [] }); this.setData(patch) } })`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://api.example.com/likes', 'wx.request GET https://api.example.com/notes']);
  });

  it('a table written whole, or a patch object whose keys cannot be listed, is not fixed', async () => {
    const whole = await analyzeFiles({ 'pages/p/p.js': `Page({ ${TABS}, onShow() { this.load(this.data.current) }, ${LOAD}, reset(e) { this.setData({ tabs: e.detail.tabs }) } })` });
    expect(of(whole, ['request'])).toEqual(['wx.request GET https://api.example.com{api}']);
    const opaque = await analyzeFiles({
      'pages/p/p.js': `Page({ ${TABS}, onShow() { this.load(this.data.current) }, ${LOAD}, reset(e) { const patch = {}; Object.assign(patch, e.detail); this.setData(patch) } })`,
    });
    expect(of(opaque, ['request'])).toEqual(['wx.request GET https://api.example.com{api}']);
  });
});

describe('dataset targets fixed by the WXML', () => {
  it('rows that carry the target but not every other key (`data-status` on some rows) still give their targets', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ go(e) {
  if (e.currentTarget.dataset.status == '1' && !getApp().openid) { wx.navigateTo({ url: '/pages/login/login' }); return }
  wx.navigateTo({ url: e.currentTarget.dataset.go })
} })`,
      'pages/p/p.wxml': `<view bindtap="go" data-go="/pages/about/about">About</view>
<view bindtap="go" data-go="/pages/orders/orders" data-status="1">Orders</view>`,
      'pages/about/about.js': 'Page({})',
      'pages/orders/orders.js': 'Page({})',
      'pages/login/login.js': 'Page({})',
      'app.js': 'App({ openid: null })',
    });
    expect(of(model, ['navigate'])).toEqual(['navigateTo pages/about/about', 'navigateTo pages/login/login', 'navigateTo pages/orders/orders']);
  });
});

describe('dataset text written in the WXML', () => {
  it("each row's texts go together: `'/pages/' + d.url + '/' + d.url` pairs no row's folder with another's page", async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ go(e) { const u = e.currentTarget.dataset.url; wx.navigateTo({ url: '/pages/' + u + '/' + u }) } })`,
      'pages/p/p.wxml': `<view bindtap="go" data-url="startWash">Start</view><view bindtap="go" data-url="endWash">End</view>`,
      'pages/startWash/startWash.js': 'Page({})',
      'pages/endWash/endWash.js': 'Page({})',
    });
    expect(of(model, ['navigate'])).toEqual(['navigateTo pages/endWash/endWash', 'navigateTo pages/startWash/startWash']);
  });

  it('a binding of the handler without the key reads it as undefined (both arms), and a key no binding sets is undefined', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ onPhone(e) {
  if (e.currentTarget.dataset.name == 'register') wx.request({ url: 'https://api.example.com/register', method: 'POST' })
  else wx.request({ url: 'https://api.example.com/phone-login', method: 'POST' })
}, open(e) { const d = e.currentTarget.dataset; let url = d.url || d.path; if (url.indexOf('/pages/') == -1) url = '/pages/' + url; wx.navigateTo({ url }) } })`,
      'pages/p/p.wxml': `<button open-type="getPhoneNumber" bindgetphonenumber="onPhone">Log in</button>
<button open-type="getPhoneNumber" bindgetphonenumber="onPhone" data-name="register">Register</button>
<view bindtap="open" data-path="user/orders/index">Orders</view>`,
      'pages/user/orders/index.js': 'Page({})',
    });
    expect(of(model, ['request', 'navigate'])).toEqual([
      'navigateTo pages/user/orders/index',
      'wx.request POST https://api.example.com/phone-login',
      'wx.request POST https://api.example.com/register',
    ]);
  });
});

describe('copying an object key by key', () => {
  it('a jQuery-style `extend` over a page object of 40 methods keeps each method under its own key (`Page(this)` in `run`)', async () => {
    const methods = Array.from({ length: 40 }, (_, i) => `m${i}() { return ${i} },`).join('\n  ');
    const model = await analyzeFiles({
      'core/extend.js': `module.exports = function extend(target) {
  for (let i = 1; i < arguments.length; i++) { const src = arguments[i]; for (const name in src) { if (src[name] !== undefined) target[name] = src[name] } }
  return target
}`,
      'core/base.js': `const extend = require('./extend')
module.exports = extend({}, {
  ${methods}
  api: { make: (app) => 'https://cms.example.com/api.php?app=' + app },
  run() { Page(this) },
})`,
      'pages/p/p.js': `const base = require('../../core/base'); const $p = Object.assign({}, base)
$p.onLoad = function () { wx.request({ url: this.api.make('index') }) }
$p.run()`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://cms.example.com/api.php']);
  });
});

describe('a generic `wx[name]` dispatcher', () => {
  it("under a request wrapper, the wrapper's own jump to login is plumbing, not the page's", async () => {
    const model = await analyzeFiles({
      'utils/wechat.js': `export function api(name, opts = {}) {
  return new Promise((resolve, reject) => wx[name]({ ...opts, success: resolve, fail: reject }))
}`,
      'utils/http.js': `import { api } from './wechat'
const http = {
  async request(url, data, method = 'GET') {
    const arg = { url: 'https://api.example.com' + url, data, method }
    const res = await api('request', { ...arg })
    if (res.data.code === '001') this.relogin()
    return res.data
  },
  relogin() { api('navigateTo', { url: '/pages/login/login' }) },
  get(url, data) { return this.request(url, data, 'GET') },
}
export default http`,
      'pages/p/p.js': `import http from '../../utils/http'; Page({ onLoad() { http.get('/posts') } })`,
      'pages/login/login.js': 'Page({})',
    });
    expect(of(model, ['request', 'navigate'])).toEqual(['wx.request GET https://api.example.com/posts']);
  });
});

describe('an internal method that dispatches on its parameter', () => {
  it('called by the handlers with literal names, its run on its own (every method of the table) adds nothing', async () => {
    const files = {
      'app.json': JSON.stringify({ pages: ['pages/p/p'] }),
      'utils/api.js': `const base = 'https://api.example.com/reminders'
const req = (path, method = 'GET') => new Promise((ok) => wx.request({ url: base + path, method, success: ok }))
module.exports = {
  list: () => req(''),
  get: (id) => req('/' + id),
  take: (id) => req('/' + id + '/take', 'POST'),
  skip: (id) => req('/' + id + '/skip', 'POST'),
  refresh: () => req('/refresh', 'POST'),
}`,
      'utils/table.js': `module.exports = { clear: { method: 'RequestPost', url: '/cart/clear' }, remove: { method: 'RequestGet', url: '/cart/remove' }, fav: { method: 'RequestGet', url: '/cart/fav' } }`,
      'utils/rm.js': `const host = 'https://shop.example.com'
module.exports = {
  RequestGet: (url, data, cb) => wx.request({ url: host + url, data, success: cb }),
  RequestPost: (url, data, cb) => wx.request({ url: host + url, data, method: 'POST', success: cb }),
}`,
      'pages/p/p.wxml': `<button data-id="{{item.id}}" bindtap="take">take</button><button data-id="{{item.id}}" bindtap="skip">skip</button><button bindtap="clear">clear</button>`,
      'pages/p/p.js': `const api = require('../../utils/api')
const table = require('../../utils/table')
const RM = require('../../utils/rm')
Page({
  onShow() { this.load() },
  load() { return api.list() },
  take(e) { this.action('take', e.currentTarget.dataset.id) },
  skip(e) { this.action('skip', e.currentTarget.dataset.id) },
  async action(name, id) { await api[name](id); await this.load() },
  clear() { this.update('clear', {}) },
  update(name, params) { const entry = table[name]; RM[entry.method](entry.url, params, () => this.load()) },
})`,
    };
    expect(of(await analyzeFiles(files), ['request'])).toEqual([
      'wx.request GET https://api.example.com/reminders',
      'wx.request POST https://api.example.com/reminders/{id}/skip',
      'wx.request POST https://api.example.com/reminders/{id}/take',
      'wx.request POST https://shop.example.com/cart/clear',
    ]);
  });
});

describe('store libraries and module interop', () => {
  it("mini-stores' `create.Page(stores, options)` registers the options (the package need not be built into miniprogram_npm)", async () => {
    const model = await analyzeFiles({
      'stores/player.js': `import { getSong } from '../services/player'
export const MODES = { sequence: 0 }
class Store {
  data = { current: {} }
  async play(id) { const s = await getSong(id); this.data.current = s; this.update() }
}
module.exports = new Store()`,
      'services/player.js': `export const getSong = (id) => new Promise((resolve) => wx.request({ url: 'https://music.example.com/song/detail', data: { ids: id }, success: resolve }))`,
      'pages/p/p.js': `import create from 'mini-stores'
import player from '../../stores/player'
create.Page({ $player: player }, { onLoad(o) { player.play(o.id) } })`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://music.example.com/song/detail']);
    expect(page(model, 'pages/p/p').query.map((q) => q.name)).toEqual(['id']);
  });
});

describe('TypeScript namespaces', () => {
  it('`export namespace` holds what its block exports (merged blocks, nested `a.b`); an ambient one has no code', async () => {
    const model = await analyzeFiles({
      'utils/routing.ts': `export namespace routing {
  const base = '/pages'
  export function lock(o: { car_id: string }) { return \`\${base}/lock/lock?car_id=\${o.car_id}\` }
}
export namespace routing {
  export namespace trips { export const list = () => '/pages/mytrips/mytrips' }
}
declare namespace wxTypes { function never(): void }`,
      'service/request.ts': `export namespace Coolcar {
  export const serverAddr = 'https://api.example.com'
  export function send(path: string) { return new Promise((resolve) => wx.request({ url: serverAddr + path, success: resolve })) }
}`,
      'pages/p/p.ts': `import { routing } from '../../utils/routing'
import { Coolcar } from '../../service/request'
Page({ onLoad() { Coolcar.send('/v1/trips') }, go() { wx.navigateTo({ url: routing.lock({ car_id: 'c1' }) }) }, list() { wx.navigateTo({ url: routing.trips.list() }) } })`,
      'pages/p/p.wxml': `<button bindtap="go">Lock</button><button bindtap="list">Trips</button>`,
      'pages/lock/lock.ts': 'Page({})',
      'pages/mytrips/mytrips.ts': 'Page({})',
    });
    expect(of(model, ['request', 'navigate'])).toEqual(['navigateTo pages/lock/lock?car_id', 'navigateTo pages/mytrips/mytrips', 'wx.request GET https://api.example.com/v1/trips']);
  });
});

describe('TypeScript `import x = …`', () => {
  it('`import uri = require(…)` is a require, `import Lock = routing.lock` an alias', async () => {
    const model = await analyzeFiles({
      'api/uri.ts': `const login = ''
export const uuid = '/api/uuid'
module.exports = { login, uuid }`,
      'utils/routing.ts': `export namespace routing { export const lock = (id: string) => '/pages/lock/lock?id=' + id }`,
      'pages/p/p.ts': `import uri = require('../../api/uri')
import { routing } from '../../utils/routing'
import Lock = routing.lock
Page({ onLoad() { wx.request({ url: 'https://tools.example.com' + uri.uuid, method: 'POST' }) }, go() { wx.navigateTo({ url: Lock('7') }) } })`,
      'pages/p/p.wxml': '<button bindtap="go">Lock</button>',
      'pages/lock/lock.ts': 'Page({})',
    });
    expect(of(model, ['request', 'navigate'])).toEqual(['navigateTo pages/lock/lock?id', 'wx.request POST https://tools.example.com/api/uuid']);
  });
});

describe('TypeScript sources beside compiled output', () => {
  it('a module imported without extension resolves to the `.ts` source, not a stale `.js` beside it', async () => {
    const model = await analyzeFiles({
      'services/address.ts': `export const list = () => wx.request({ url: 'https://api.example.com/address/list' })`,
      'services/address.js': `exports.list = () => wx.request({ url: 'https://old.example.com/address/all' })`,
      'pages/p/p.ts': `import { list } from '../../services/address'; Page({ onLoad() { list() } })`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://api.example.com/address/list']);
  });
});

describe('one endpoint read two ways: the telling reading is kept', () => {
  it('a constant fallback beside a query parameter is that parameter: `/products/{id}`, not `/products/2`', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ onLoad(options) {
  const id = options.id ? options.id : 2
  wx.request({ url: 'https://api.example.com/products/' + id })
  wx.request({ url: 'https://api.example.com/products/' + id + '/reviews' })
} })`,
    });
    expect(of(model, ['request'])).toEqual([
      'wx.request GET https://api.example.com/products/{id}',
      'wx.request GET https://api.example.com/products/{id}/reviews',
    ]);
  });

  it('a fallback id beside a tapped row id is dropped, whatever host hole both share', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `let host = ''
Page({
  onLoad() { host = wx.getStorageSync('host') },
  open(e) {
    wx.request({ url: 'http://' + host + ':8117/api/pets/' + (e.currentTarget.dataset.id || 0) })
  },
})`,
      'pages/p/p.wxml': `<view wx:for="{{pets}}" bindtap="open" data-id="{{item.id}}">{{item.name}}</view>`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET http://{host}:8117/api/pets/{id}']);
  });

  it('a config placeholder hole is still dropped for the value that fills it', async () => {
    const model = await analyzeFiles({
      'config.js': `module.exports = { sub: '' }`,
      'app.js': `const c = require('./config'); App({ onLaunch() { c.sub = 'tz' } })`,
      'pages/p/p.js': `const c = require('../../config'); Page({ onLoad() { wx.request({ url: 'https://api.example.com/' + (c.sub || 'tz') + '/list' }) } })`,
    });
    expect(of(model, ['request'])).toEqual(['wx.request GET https://api.example.com/tz/list']);
  });

  it('a query that is the whole target does not hide the page its fallback names', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ onLoad(options) { this.from = options.from }, done() { wx.redirectTo({ url: this.from ? this.from : '/pages/home/home' }) } })`,
      'pages/home/home.js': `Page({})`,
    });
    expect(of(model, ['navigate'])).toContain('redirectTo pages/home/home');
  });
});

describe('rows of a wx:for list the WXML renders', () => {
  it('one row is read at a time: `/pages/core/{{item.id}}/{{item.id}}` never pairs two rows', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ data: { core: [{ id: 'kb', name: 'Timetable' }, { id: 'cj', name: 'Grades' }] } })`,
      'pages/p/p.wxml': `<block wx:for="{{core}}"><navigator url="/pages/core/{{item.id}}/{{item.id}}">{{item.name}}</navigator></block>`,
      'pages/core/kb/kb.js': 'Page({})',
      'pages/core/cj/cj.js': 'Page({})',
    });
    expect(of(model, ['navigate'])).toEqual(['navigator pages/core/cj/cj', 'navigator pages/core/kb/kb']);
  });

  it('nested loops pair each section with its own rows', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ data: { sections: [
  { dir: 'shop', items: [{ page: 'cart' }] },
  { dir: 'user', items: [{ page: 'profile' }] },
] } })`,
      'pages/p/p.wxml': `<view wx:for="{{sections}}" wx:for-item="s"><navigator wx:for="{{s.items}}" url="/pages/{{s.dir}}/{{item.page}}">x</navigator></view>`,
      'pages/shop/cart.js': 'Page({})',
      'pages/user/profile.js': 'Page({})',
    });
    expect(of(model, ['navigate'])).toEqual(['navigator pages/shop/cart', 'navigator pages/user/profile']);
  });

  it('a menu the page builds and stores with setData is what the grid renders: its tap leads to each entry', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `function buildSections(role) {
  const sections = [{ title: 'All', items: [{ url: '/pages/weather/weather' }] }]
  if (role === 'admin') sections.push({ title: 'Admin', items: [{ url: '/pages/users/users' }, { url: '/pages/orders/orders' }] })
  return sections
}
Page({
  data: { sections: [] },
  onShow() { this.setData({ sections: buildSections(wx.getStorageSync('role')) }) },
  onGridItemTap(e) { const url = e.currentTarget.dataset.url; if (url) wx.navigateTo({ url }) },
})`,
      'pages/p/p.wxml': `<view wx:for="{{sections}}" wx:for-item="section"><view wx:for="{{section.items}}" data-url="{{item.url}}" bindtap="onGridItemTap">{{item.text}}</view></view>`,
      'pages/weather/weather.js': 'Page({})',
      'pages/users/users.js': 'Page({})',
      'pages/orders/orders.js': 'Page({})',
    });
    expect(of(model, ['navigate'])).toEqual(['navigateTo pages/orders/orders', 'navigateTo pages/users/users', 'navigateTo pages/weather/weather']);
  });
});

describe('an API table built by folding a name list', () => {
  const api = (test: string) => `const bindAPI = (name, host = wx) => (o = {}) => new Promise((resolve, reject) => host[name](Object.assign({}, o, { success: resolve, fail: reject })))
const space = { net: ['request', 'uploadFile'], cache: ['getStorage', 'setStorage'], open: ['chooseInvoiceTitle'] }
let names = []
for (const k in space) names = [...names, ...space[k]]
module.exports = names.reduce((acc, n) => {
  if (${test}) acc[n] = bindAPI(n)
  else acc[n.name] = bindAPI(n.name, n.thisArg)
  return acc
}, {})`;

  it.each([
    ["Object.prototype.toString.call(n) === '[object String]'"],
    ["typeof n === 'string'"],
  ])('`reduce` folds a known list item by item: `api.getStorage()` is wx.getStorage, not every name at once (%s)', async (test) => {
    const model = await analyzeFiles({
      'utils/api.js': api(test),
      'pages/p/p.js': `const api = require('../../utils/api'); Page({ onLoad() { api.getStorage({ key: 'user' }); api.chooseInvoiceTitle() } })`,
    });
    const effects = page(model, 'pages/p/p').effects;
    expect(effects.filter((e) => e.kind === 'request')).toEqual([]);
    expect(effects.map((e) => e.kind).sort()).toEqual(['jsapi', 'storage']);
  });

  it('`reduce` without a start value starts from the first item', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `Page({ onLoad() { const path = ['/pages', 'shop', 'cart'].reduce((a, b) => a + '/' + b); wx.navigateTo({ url: path }) } })`,
      'pages/shop/cart.js': 'Page({})',
    });
    expect(of(model, ['navigate'])).toEqual(['navigateTo pages/shop/cart']);
  });
});

describe('Object.prototype', () => {
  it('`Object.prototype.toString.call(x)` is the type tag; its other members still work or stay unknown', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `const isArr = (x) => Object.prototype.toString.call(x) === '[object Array]'
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k)
Page({ onLoad() {
  wx.navigateTo({ url: isArr(['a']) ? '/pages/a/a' : '/pages/b/b' })
  if (own({ id: 1 }, 'id')) wx.redirectTo({ url: '/pages/a/a' })
  if (Object.prototype.propertyIsEnumerable.call({}, 'x')) wx.switchTab({ url: '/pages/b/b' })
} })`,
      'pages/a/a.js': 'Page({})',
      'pages/b/b.js': 'Page({})',
    });
    expect(of(model, ['navigate'])).toEqual(['navigateTo pages/a/a', 'redirectTo pages/a/a', 'switchTab pages/b/b']);
  });
});

describe('a bundle module table', () => {
  it('an array written far past its end keeps the item by index (`modules[211] = f` on `[]`)', async () => {
    const model = await analyzeFiles({
      'pages/p/p.js': `var modules = []
var table = { 211: function () { wx.navigateTo({ url: '/pages/a/a' }) } }
for (var id in table) modules[id] = table[id]
Page({ onLoad() { modules[211]() } })`,
      'pages/a/a.js': 'Page({})',
    });
    expect(of(model, ['navigate'])).toEqual(['navigateTo pages/a/a']);
  });
});

describe('a countdown run by setInterval', () => {
  const JS = (timer: string) => `Page({
  onLoad(options) {
    let time = 9
    this.timer = ${timer}(() => {
      this.setData({ time: --time })
      if (time < 0) {
        clearInterval(this.timer)
        wx.redirectTo({ url: '../billing/index?number=' + options.number })
      }
    }, 1000)
  },
})`;
  const files = (timer: string) => ({
    'app.json': JSON.stringify({ pages: ['pages/p/p', 'pages/billing/index'] }),
    'pages/p/p.js': JS(timer),
  });

  it('reaches what a later tick does (the counter holds anything after the first)', async () => {
    const model = await analyzeFiles(files('setInterval'));
    expect(of(model, ['navigate'])).toEqual(['redirectTo pages/billing/index?number']);
    expect(page(model, 'pages/p/p').query.map((q) => q.name)).toEqual(['number']);
  });

  it('runs a setTimeout callback once, with the counter as it is', async () => {
    expect(of(await analyzeFiles(files('setTimeout')), ['navigate'])).toEqual([]);
  });
});
