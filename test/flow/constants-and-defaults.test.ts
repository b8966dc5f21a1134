import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/model/types.js';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * Where apps keep their URLs and routes, and how they hand them on: a URL
 * table glued with `String.prototype.concat`, a `<navigator>` target kept
 * under a key of page data, a page number computed before a helper with a
 * default parameter receives it.
 */
const APP = { 'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/buy/buy', 'pages/set/set', 'pages/b/b'] }) };
const effects = async (files: Record<string, string>, kinds: Effect['kind'][]): Promise<string[]> =>
  briefs(page(await analyzeFiles({ ...APP, ...files }), 'pages/a/a').effects, kinds).sort();

describe('String.prototype.concat', () => {
  it('glues the text and each argument as `+` does', async () => {
    expect(
      await effects(
        {
          'utils/constant.js': `var baseUrl = "https://a.example.com/";
module.exports = { rank: baseUrl.concat('api/rank'), post: baseUrl.concat('edu/', 'post', 1) };`,
          'pages/a/a.js': `const c = require('../../utils/constant.js');
Page({ onLoad(q) {
  wx.request({ url: c.rank + '?type=' + q.type });
  wx.request({ url: c.post, method: 'POST' });
} })`,
        },
        ['request'],
      ),
    ).toEqual(['wx.request GET https://a.example.com/api/rank', 'wx.request POST https://a.example.com/edu/post1']);
  });
});

describe('String.prototype.trim', () => {
  it('drops the white space of the known text at the ends, of a base URL typed with a space too', async () => {
    expect(
      await effects(
        {
          'api/api.js': `const API_BASE = ' https://cnode.example.com/api'
const url = (path) => \`\${API_BASE}/v1\${path}\`
module.exports = { topics: url('/topics'), topic: (id) => url('/topic/' + id) }`,
          'utils/http.js': `export const get = (url, data) => new Promise((ok) => wx.request({ url: url.trim(), data, success: ok }))
export const post = (url, data) => new Promise((ok) => wx.request({ url: url.trimStart(), method: 'POST', data, success: ok }))`,
          'pages/a/a.js': `import api from '../../api/api'
import { get, post } from '../../utils/http'
Page({ onLoad(q) { get(api.topics); get(api.topic(q.id) + '  '); post(api.topics, { title: 'x' }) } })`,
        },
        ['request'],
      ),
    ).toEqual([
      'wx.request GET https://cnode.example.com/api/v1/topic/{id}',
      'wx.request GET https://cnode.example.com/api/v1/topics',
      'wx.request POST https://cnode.example.com/api/v1/topics',
    ]);
  });
});

describe('a stored value with a literal fallback', () => {
  it('in the path is the id the app kept (the fallback is its default); in the host the constant is the address', async () => {
    expect(
      await effects(
        {
          'utils/store.js': `export const familyId = () => wx.getStorageSync('familyId') || 'F01'
export const host = () => wx.getStorageSync('host') || '10.0.0.7'`,
          'pages/a/a.js': `import { familyId, host } from '../../utils/store'
Page({ onLoad() {
  wx.request({ url: 'https://api.example.com/homes/' + familyId() + '/overview' })
  wx.request({ url: \`http://\${host()}:8117/api/stores\` })
} })`,
        },
        ['request'],
      ),
    ).toEqual(['wx.request GET http://10.0.0.7:8117/api/stores', 'wx.request GET https://api.example.com/homes/{familyId}/overview']);
  });
});

describe('<navigator> targets kept in page data', () => {
  const wxml = `<navigator url="{{buyUrl}}">buy</navigator>
<navigator url="{{setUrl}}">settings</navigator>
<navigator url="{{next}}">next</navigator>
<template name="row"><navigator url="{{buyUrl}}">in a template</navigator></template>
<template is="row" data="{{ x: 1 }}"/>`;

  it('a route the page never writes is the target; one it sets stays unknown; a template sees only its own data', async () => {
    const model = await analyzeFiles({
        ...APP,
        'pages/a/a.wxml': wxml,
        'pages/a/a.js': `Page({
  data: { buyUrl: '../buy/buy', setUrl: '/pages/set/set', next: '/pages/b/b' },
  onLoad(q) { this.setData({ next: q.to }) },
})`,
    });
    const navs = page(model, 'pages/a/a').effects.filter((e) => e.kind === 'navigate' && e.mode === 'navigator');
    expect(navs.map((e) => `${e.loc.line} ${e.kind === 'navigate' ? e.target : ''}`).sort()).toEqual(['1 pages/buy/buy', '2 pages/set/set', '3 null', '4 null']);
  });

  it('a data-url read by the handler takes the same value', async () => {
    expect(
      await effects(
        {
          'pages/a/a.wxml': `<view bindtap="go" data-url="{{buyUrl}}">buy</view>`,
          'pages/a/a.js': `Page({ data: { buyUrl: '../buy/buy' }, go(e) { wx.navigateTo({ url: e.currentTarget.dataset.url }) } })`,
        },
        ['navigate'],
      ),
    ).toEqual(['navigateTo pages/buy/buy']);
  });
});

describe('default parameters', () => {
  it('a computed number is never undefined: the default does not replace it', async () => {
    expect(
      await effects(
        {
          'model/book.js': `const byType = (type, page = 1) => wx.request({ url: \`https://a.example.com/type/\${type}/\${page}\` });
export { byType };`,
          'pages/a/a.js': `import { byType } from '../../model/book.js';
Page({
  data: { page: 1, name: '' },
  onLoad(q) { this.setData({ name: q.name }); byType(q.name) },
  onReachBottom() { const page = this.data.page + 1; this.setData({ page }); byType(this.data.name, page) },
})`,
        },
        ['request'],
      ),
    ).toEqual(['wx.request GET https://a.example.com/type/{name}/1', 'wx.request GET https://a.example.com/type/{name}/{page}']);
  });
});

describe('page state in URLs', () => {
  it('a page number kept in data is a parameter: its starting value is the fallback, not a second endpoint', async () => {
    expect(
      await effects(
        {
          'pages/a/a.js': `Page({
  data: { page: 0 },
  load(e) {
    const { page } = this.data;
    const p = e.detail.first ? 0 : page + 1;
    wx.request({ url: 'https://a.example.com/orders/' + p + '/' + e.detail.size });
  },
})`,
        },
        ['request'],
      ),
    ).toEqual(['wx.request GET https://a.example.com/orders/{page}/{size}']);
  });
});

describe('page state a handler finds', () => {
  it('-1 is a placeholder ("none picked"): another handler may have picked one by the time of the tap', async () => {
    expect(
      await effects(
        {
          'pages/a/controller.js': `let view = null;
function setup(page) { view = page; view.setData({ topic: { items: getApp().tags, selected: -1 } }) }
function onPick(e) { const topic = view.data.topic; topic.selected = e.currentTarget.dataset.i; view.setData({ topic }) }
function onSubmit() {
  const topic = view.data.topic;
  if (topic.selected >= 0 && topic.selected < topic.items.length) wx.request({ url: 'https://a.example.com/tags/posts', method: 'POST' });
}
module.exports = { setup, onPick, onSubmit };`,
          'pages/a/a.js': `const ctr = require('./controller.js');
Page({
  data: { topic: { items: [], selected: -1 } },
  onLoad() { ctr.setup(this) },
  pick: ctr.onPick,
  submit() { ctr.onSubmit() },
})`,
          'app.js': `App({ tags: [] })`,
        },
        ['request'],
      ),
    ).toEqual(['wx.request POST https://a.example.com/tags/posts']);
  });
});

describe('a wrapper that picks the method from the type of its argument', () => {
  // `app.request(data, api, cb, note)`: a string is a GET query appended to the URL, an object a POST
  // body; a number `note` is a cache time, any other note is appended.
  const APP_JS = `App({
  globalData: { ip: 'http://h.example.com/', userInfo: {}, url: { list: 'getFamilyList?', experts: 'getExpertDoc' } },
  onLaunch() { const s = wx.getStorageSync('userInfo'); if (s) this.globalData.userInfo = s },
  request(data, api, callback, note) {
    const get = typeof data == 'string'
    const url = this.globalData.ip + 'api/' + this.globalData.url[api] + (get ? data : '') + (note && isNaN(note) ? note : '')
    wx.request({ url, method: get ? 'GET' : 'POST', data: get ? false : data, success: callback })
  },
})`;
  it('`typeof` of a template whose holes have several readings is still "string"; `isNaN` of a number is decided', async () => {
    expect(
      await effects(
        {
          'app.js': APP_JS,
          'pages/a/a.js': `const app = getApp()
Page({
  onShow() { app.request(\`token=\${app.globalData.userInfo.token}\`, 'list', () => {}) },
  search() { app.request('', 'experts', () => {}, 3600) },
  save() { app.request({ name: 'x' }, 'experts', () => {}, '/v2') },
})`,
        },
        ['request'],
      ),
    ).toEqual(['wx.request GET http://h.example.com/api/getExpertDoc', 'wx.request GET http://h.example.com/api/getFamilyList', 'wx.request POST http://h.example.com/api/getExpertDoc/v2']);
  });
});

describe('a regular expression tested on a value with several readings', () => {
  it('is decided when every reading gives the same answer (`/^http/.test(path)` on two relative paths, none of them an admin path)', async () => {
    expect(
      await effects(
        {
          'utils/request.js': `module.exports = function (url) {
  if (!/^http/.test(url)) url = 'https://api.example.com' + url
  wx.request({ url, method: /admin/.test(url) ? 'POST' : 'GET' })
}`,
          'pages/a/a.js': `const request = require('../../utils/request.js')
Page({ onLoad(q) { request(q.type === 'lady' ? '/top/lady.html' : \`/top/man/\${q.page}.html\`) } })`,
        },
        ['request'],
      ),
    ).toEqual(['wx.request GET https://api.example.com/top/lady.html', 'wx.request GET https://api.example.com/top/man/{page}.html']);
  });
});

describe('getters that only read', () => {
  it('read a base URL an object literal computes from its own fields (App globalData choosing an environment)', async () => {
    expect(
      await effects(
        {
          'app.js': `App({ globalData: {
  env: { dev: { baseUrl: 'http://localhost:8082/api' }, prod: { baseUrl: 'https://print.example.com/api' } },
  currentEnv: 'dev',
  get baseUrl() { return this.env[this.currentEnv].baseUrl; },
} })`,
          'pages/a/a.js': `const app = getApp();
Page({ onLoad() { wx.request({ url: app.globalData.baseUrl + '/price/public' }) } })`,
        },
        ['request'],
      ),
    ).toEqual(['wx.request GET http://localhost:8082/api/price/public']);
  });

  it('read a class’s getter on its instances, and leave a getter that calls something unknown', async () => {
    expect(
      await effects(
        {
          'utils/api.js': `class Api {
  constructor() { this.host = 'https://shop.example.com'; }
  get base() { return this.host + '/v2'; }
  get stamp() { return Date.now(); }
  list() { return wx.request({ url: this.base + '/goods' }); }
  other() { return wx.request({ url: 'https://x.example.com/' + this.stamp }); }
}
module.exports = new Api();`,
          'pages/a/a.js': `const api = require('../../utils/api.js');
Page({ onLoad() { api.list(); api.other(); } })`,
        },
        ['request'],
      ),
    ).toEqual(['wx.request GET https://shop.example.com/v2/goods', 'wx.request GET https://x.example.com/{stamp}']);
  });
});
