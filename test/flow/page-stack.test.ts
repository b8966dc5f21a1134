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
