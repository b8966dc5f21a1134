import { describe, expect, it } from 'vitest';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * Page state the code reaches other than through `this`: the page stack
 * (`getCurrentPages()`), `this.data` written directly, and the query-string
 * builders that fill a URL from an object.
 */
describe('getCurrentPages()', () => {
  it('its last entry is the page itself: `.options` are the query; how many pages are open, and which, is not known', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({
  onShow() { const pages = getCurrentPages(); const id = pages[pages.length - 1].options.gid; wx.request({ url: 'https://h.example.com/g/' + id }) },
  back() { if (getCurrentPages().length > 1) wx.navigateBack(); else wx.switchTab({ url: '/pages/b/b' }) },
  done() { const pages = getCurrentPages(); const prev = pages[pages.length - 2]; if (prev.route === 'pages/c/c') wx.redirectTo({ url: '/pages/c/c' }); else wx.navigateBack() },
})`,
      'pages/c/c.js': `Page({})`,
      'pages/b/b.js': `Page({})`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request', 'navigate']).sort()).toEqual(['navigateBack null', 'navigateBack null', 'redirectTo pages/c/c', 'switchTab pages/b/b', 'wx.request GET https://h.example.com/g/{gid}']);
    expect(p.query).toEqual([{ name: 'gid', loc: { file: 'pages/a/a.js', line: 2, column: 58 } }]);
  });

  it('a helper module (here required lazily, from a handler) reading the stack at its top level sees no page (what it keeps is shared by every unit)', async () => {
    const model = await analyzeFiles({
      'utils/cur.js': `const top = getCurrentPages()[0]; module.exports = () => top && top.options.shared`,
      'pages/a/a.js': `Page({ onLoad() { const cur = require('../../utils/cur'); wx.request({ url: 'https://h.example.com/' + cur() }) } })`,
    });
    expect(page(model, 'pages/a/a').query).toEqual([]);
  });
});

describe('this.data written directly', () => {
  it('a write that may not happen keeps what a read gave before it', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({
  data: { apiflag: 0 },
  onLoad() { wx.request({ url: 'https://h.example.com/q', success: (res) => { if (res.data != '') { this.data.apiflag = 1 } } }) },
  submit() { wx.request({ url: this.data.apiflag == 0 ? 'https://h.example.com/insert' : 'https://h.example.com/update' }) },
})`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual([
      'wx.request GET https://h.example.com/insert',
      'wx.request GET https://h.example.com/q',
      'wx.request GET https://h.example.com/update',
    ]);
  });
});

describe('URLs built from a parameter object', () => {
  it("`new Object()` is empty, and slicing off a builder's trailing `?`/`&` keeps the URL", async () => {
    const model = await analyzeFiles({
      'utils/http.js': `const BASE = 'https://h.example.com/mp'
export const get = function (url, params = new Object()) {
  const keys = Object.keys(params)
  url = BASE + url + '?'
  keys.forEach((key) => { url = url + key + '=' + params[key] + '&' })
  url = url.slice(0, -1)
  return new Promise((r) => wx.request({ url, method: 'GET', success: (res) => r(res.data) }))
}`,
      'pages/a/a.js': `import { get } from '../../utils/http'
Page({ onLoad(o) { get('/visa/detail/' + o.id); get('/visa/list', { page: 1, size: 10 }) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual([
      'wx.request GET https://h.example.com/mp/visa/detail/{id}',
      'wx.request GET https://h.example.com/mp/visa/list',
    ]);
  });

  it('a reading with a hole left empty (a token still blank before login) is the same endpoint as the one with the hole', async () => {
    const model = await analyzeFiles({
      'app.js': `App({ globalData: { token: '' }, onLaunch() {} })`,
      'pages/a/a.js': `Page({ onShow() { wx.request({ url: 'https://h.example.com/order/' + getApp().globalData.token }) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://h.example.com/order/{token}']);
  });
});

describe('handlers start from the state start-up left', () => {
  it('what one handler stores (a logout clearing userInfo) is not what another finds; hooks that run as the page goes away run last', async () => {
    const model = await analyzeFiles({
      'app.js': `App({ globalData: { userInfo: null } })`,
      'pages/a/a.js': `const app = getApp()
Page({
  onLoad() { this.visible = true },
  onHide() { this.visible = false },
  _onLogout() { app.globalData.userInfo = {}; this.setData({ user: {} }) },
  _onOrder(e) { if (app.globalData.userInfo?.mobile) wx.navigateTo({ url: '/pages/b/b?id=' + e.currentTarget.dataset.id }); else wx.navigateTo({ url: '/pages/login/login' }) },
  _onPay() { if (this.visible && this.data.user?.id) wx.navigateTo({ url: '/pages/c/c' }) },
})`,
      'pages/b/b.js': 'Page({})',
      'pages/c/c.js': 'Page({})',
      'pages/login/login.js': 'Page({})',
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['navigate']).sort()).toEqual(['navigateTo pages/b/b?id', 'navigateTo pages/c/c', 'navigateTo pages/login/login']);
  });
});

describe('objects whose every key is known', () => {
  it("a key an object literal lacks reads as undefined: `baseURL || ''` adds nothing to the URL", async () => {
    const model = await analyzeFiles({
      'utils/r.js': "export const request = ({ baseURL, ...config }) => new Promise((resolve) => wx.request({ ...config, url: `${baseURL || ''}${config.url}`, success: resolve }))",
      'pages/a/a.js': `import { request } from '../../utils/r'
Page({ onLoad() { request({ url: 'https://h.example.com/labels' }); request({ baseURL: 'https://api.example.com', url: '/list', method: 'POST' }) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual(['wx.request GET https://h.example.com/labels', 'wx.request POST https://api.example.com/list']);
  });

  it('an object handed to code we cannot see, or filled with unknown keys, may hold any key', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ onLoad(o) {
  const a = {}; fill(a); wx.request({ url: 'https://h.example.com/a/' + a.id })
  const b = {}; b[o.key] = 1; wx.request({ url: 'https://h.example.com/b/' + b.id })
  const c = Object.assign({}, o); wx.request({ url: 'https://h.example.com/c/' + c.id })
} })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual([
      'wx.request GET https://h.example.com/a/{id}',
      'wx.request GET https://h.example.com/b/{id}',
      'wx.request GET https://h.example.com/c/{id}',
    ]);
  });

  it("a module's own objects are registries: what a page registers on an event bus is not cut short", async () => {
    const model = await analyzeFiles({
      'utils/bus.js': `const handlers = {}; module.exports = { on(name, fn) { (handlers[name] = handlers[name] || []).push(fn) } }`,
      'pages/a/a.js': `const bus = require('../../utils/bus'); Page({ onLoad() { bus.on('paid', () => wx.request({ url: 'https://x.example.com/refresh' })) } })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request'])).toEqual(['wx.request GET https://x.example.com/refresh']);
  });
});

describe('readings that cannot happen', () => {
  it('reading a property of a value that may be null reads the other alternatives (the null one throws)', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ onShow() {
  const intent = wx.getStorageSync('intent'); let nav = null
  if (intent.type === 'topic') nav = { type: 'navigateTo', url: '/pages/b/b?id=' + intent.id }
  else if (intent.type === 'quiz') nav = { type: 'switchTab', url: '/pages/c/c' }
  if (!nav) return
  wx[nav.type]({ url: nav.url })
} })`,
      'pages/b/b.js': 'Page({})',
      'pages/c/c.js': 'Page({})',
    });
    const targets = new Set(page(model, 'pages/a/a').effects.flatMap((e) => (e.kind === 'navigate' ? [e.target] : [])));
    expect([...targets].sort()).toEqual(['pages/b/b', 'pages/c/c']);
  });

  it("`''` beside an unknown text adds no reading to a URL (`/pages/${page}/${page}` stays one dynamic target)", async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ go(e) { const page = ['x', 'y'].includes(e.detail.page) ? e.detail.page : ''; if (page) wx.navigateTo({ url: \`/pages/\${page}/\${page}\` }) } })`,
    });
    const nav = page(model, 'pages/a/a').effects.filter((e) => e.kind === 'navigate');
    expect(nav.map((e) => (e.kind === 'navigate' ? e.target : null))).toEqual([null]);
  });
});

describe('menus in the template', () => {
  it('data-url paths relative to the page, on a handler that navigates to the dataset value', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ data: { done: false }, jumpTo(e) { wx.navigateTo({ url: e.currentTarget.dataset.url }) } })`,
      'pages/a/a.wxml': `<view bindtap="jumpTo" data-url="../guide/guide">指南</view>
<view bindtap="jumpTo" data-url="{{done ? '../checkin/success/success' : '../checkin/checkin/checkin'}}">报到</view>`,
      'pages/guide/guide.js': 'Page({})',
      'pages/checkin/success/success.js': 'Page({})',
      'pages/checkin/checkin/checkin.js': 'Page({})',
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['navigate']).sort()).toEqual(['navigateTo pages/checkin/checkin/checkin', 'navigateTo pages/checkin/success/success', 'navigateTo pages/guide/guide']);
  });
});

describe('the query copied over defaults', () => {
  it.each([
    ['Object.assign', "options = Object.assign({}, { type: 'movie' }, options)"],
    ['a spread', "options = { type: 'movie', ...options }"],
  ])('%s: the keys read are query parameters, the defaults included', async (_, copy) => {
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ onLoad(options) { ${copy}; wx.request({ url: 'https://h.example.com/' + options.type + '/' + options.id }) } })`,
    });
    const p = page(model, 'pages/a/a');
    expect(p.query.map((q) => q.name)).toEqual(['id', 'type']);
    // `movie` is the fallback of the query's `type`: the endpoint is the parameter.
    expect(briefs(p.effects, ['request'])).toEqual(['wx.request GET https://h.example.com/{type}/{id}']);
  });
});
