import { describe, expect, it } from 'vitest';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * Shapes of code that libraries bundled for several platforms, and old
 * vendored helpers, are written in: the follower must decide the tests they
 * make on the platform and on their own values, or it follows their browser
 * branches and loses the URL.
 */
const requests = async (files: Record<string, string>, route = 'pages/a/a'): Promise<string[]> =>
  briefs(page(await analyzeFiles(files), route).effects, ['request']).sort();

describe('JSON round trips', () => {
  it('JSON.parse(JSON.stringify(defaults)) is a copy of the defaults, functions dropped', async () => {
    expect(
      await requests({
        'pages/a/a.js': `Page({ onLoad() {
  const config = { method: 'POST', baseURL: 'https://a.example.com', log() {} };
  const o = JSON.parse(JSON.stringify(config));
  o.url = '/x';
  wx.request({ url: o.baseURL + o.url, method: o.method + (o.log ? '!' : '') });
  wx.request({ url: config.baseURL + (config.url || '/defaults-untouched'), method: config.method });
} })`,
      }),
    ).toEqual(['wx.request POST https://a.example.com/defaults-untouched', 'wx.request POST https://a.example.com/x']);
  });

  it('a constant JSON text parses to its value; a query parameter parsed keeps its origin', async () => {
    const model = await analyzeFiles({
      'pages/a/a.js': `const table = JSON.parse('{"list":"/goods/list"}');
Page({ onLoad(q) {
  wx.request({ url: 'https://a.example.com' + table.list });
  const item = JSON.parse(q.item);
  wx.request({ url: 'https://a.example.com/goods/' + item.id });
} })`,
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['request']).sort()).toEqual(['wx.request GET https://a.example.com/goods/list', 'wx.request GET https://a.example.com/goods/{item}']);
    expect(p.query.map((q) => q.name)).toEqual(['item']);
  });
});

describe('tests a bundle makes of the platform and of its strings', () => {
  it('browser globals are undefined in a mini-program: `typeof document` decides the branch', async () => {
    expect(
      await requests({
        'lib/http.js': `var isBrowser = typeof document !== 'undefined';
module.exports = function send(url) {
  var baseUrl = 'https://a.example.com';
  if (isBrowser) baseUrl = location.origin === 'https://m.example.com' ? location.origin : 'https://web.example.com';
  if (typeof window === 'object') url = window.fix(url);
  wx.request({ url: baseUrl + url });
};`,
        'pages/a/a.js': `const send = require('../../lib/http.js');
Page({ onLoad() { send('/x') } })`,
      }),
    ).toEqual(['wx.request GET https://a.example.com/x']);
  });

  it('an undecided test `&&` a definite false is false', async () => {
    expect(
      await requests({
        'pages/a/a.js': `const off = false;
Page({ onLoad(q) {
  let url = 'https://a.example.com/on';
  if (q.id && off) url = 'https://a.example.com/never';
  wx.request({ url });
} })`,
      }),
    ).toEqual(['wx.request GET https://a.example.com/on']);
  });

  it('a character of known text (`url[0] === "/"`) and an indexOf past a known start', async () => {
    expect(
      await requests({
        'pages/a/a.js': `function full(url) {
  if (url.indexOf('http') !== 0) url = 'https://a.example.com/' + (url[0] === '/' ? url.substr(1) : url);
  return url;
}
Page({ onLoad(q) {
  wx.request({ url: full('/book/' + q.id) });
  wx.request({ url: full('list') });
  wx.request({ url: full('https://b.example.com/x') });
} })`,
      }),
    ).toEqual(['wx.request GET https://a.example.com/book/{id}', 'wx.request GET https://a.example.com/list', 'wx.request GET https://b.example.com/x']);
  });

  it('a list method borrowed for `arguments` (`Array.prototype.slice.call(arguments, 1)`) in an extend helper', async () => {
    expect(
      await requests({
        'utils/util.js': `function extend(target) {
  var sources = Array.prototype.slice.call(arguments, 1);
  for (var i = 0; i < sources.length; i += 1) {
    var source = sources[i];
    for (var key in source) if (source.hasOwnProperty(key)) target[key] = source[key];
  }
  return target;
}
module.exports = { extend: extend };`,
        'pages/a/a.js': `var utils = require('../../utils/util.js');
Page({ onLoad() { wx.request(utils.extend({}, { url: 'https://a.example.com/goods', method: 'POST' }, { success() {} })) } })`,
      }),
    ).toEqual(['wx.request POST https://a.example.com/goods']);
  });
});

describe('callbacks of a wrapper called again from inside them', () => {
  it("the inner call's own callback runs: create the order, then pre-order, then pay", async () => {
    const model = await analyzeFiles({
      'utils/request.js': `module.exports = function request(options, callback) {
  wx.request({ url: options.url, method: 'POST', success: function (res) { if (res.data.status) callback.success(res.data); } });
};`,
      'pages/a/a.js': `const request = require('../../utils/request.js');
Page({ pay() {
  request({ url: 'https://a.example.com/order' }, { success: function (order) {
    request({ url: 'https://a.example.com/pre_order' }, { success: function (pre) {
      wx.requestPayment({ timeStamp: pre.timeStamp, nonceStr: pre.nonceStr, package: pre.package, signType: 'MD5', paySign: pre.paySign,
        success: function () { wx.redirectTo({ url: '/pages/a/a?done=1' }); } });
    } });
  } });
} })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request', 'payment', 'navigate']).sort()).toEqual([
      'pay requestPayment',
      'redirectTo pages/a/a?done',
      'wx.request POST https://a.example.com/order',
      'wx.request POST https://a.example.com/pre_order',
    ]);
  });
});

describe('WXML loops over lists of lists', () => {
  it('an inner wx:for over the outer row enumerates its entries', async () => {
    const model = await analyzeFiles({
      'app.json': '{"pages":["pages/a/a","pages/b/b","pages/c/c"]}',
      'pages/a/a.js': `Page({ data: { groups: [[{ page: '/pages/b/b' }], [{ page: '/pages/c/c' }]] } })`,
      'pages/a/a.wxml': `<view wx:for="{{groups}}" wx:for-item="group">
  <navigator url="{{item.page}}" wx:for="{{group}}" wx:for-item="item">go</navigator>
</view>`,
      'pages/b/b.js': 'Page({})',
      'pages/c/c.js': 'Page({})',
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['navigate']).sort()).toEqual(['navigator pages/b/b', 'navigator pages/c/c']);
  });
});

describe('Map', () => {
  it("an environment table: `get` of a key read at run time is any host set; of a known key, that key's", async () => {
    expect(
      await requests({
        'config.js': `const { miniProgram: { envVersion } } = wx.getAccountInfoSync();
const hosts = new Map();
hosts.set('develop', 'https://dev.example.com');
hosts.set('release', 'https://api.example.com');
export default { base: hosts.get(envVersion), release: hosts.get('release'), none: hosts.get('trial') || 'https://fallback.example.com' };`,
        'pages/a/a.js': `import config from '../../config.js';
Page({ onLoad() {
  wx.request({ url: config.base + '/list' });
  wx.request({ url: config.release + '/detail' });
  wx.request({ url: config.none + '/x' });
} })`,
      }),
    ).toEqual([
      'wx.request GET https://api.example.com/detail',
      'wx.request GET https://api.example.com/list',
      'wx.request GET https://dev.example.com/list',
      'wx.request GET https://fallback.example.com/x',
    ]);
  });

  it('built from pairs, walked with forEach, and a set in a unit is undone after it', async () => {
    const model = await analyzeFiles({
      'utils/routes.js': `export const routes = new Map([['detail', '/pages/b/b'], ['cart', '/pages/c/c']]);`,
      'pages/a/a.js': `import { routes } from '../../utils/routes.js';
Page({
  go() { routes.forEach((url) => wx.navigateTo({ url })) },
  add() { routes.set('more', '/pages/d/d'); wx.navigateTo({ url: routes.get('more') }) },
  later() { wx.navigateTo({ url: routes.get('more') || '/pages/b/b' }) },
})`,
      'pages/b/b.js': 'Page({})',
      'pages/c/c.js': 'Page({})',
      'pages/d/d.js': 'Page({})',
    });
    const h = (name: string) => briefs(page(model, 'pages/a/a').handlers.find((x) => x.name === name)!.effects, ['navigate']).sort();
    expect(h('go')).toEqual(['navigateTo pages/b/b', 'navigateTo pages/c/c']);
    expect(h('add')).toEqual(['navigateTo pages/d/d']);
    expect(h('later')).toEqual(['navigateTo pages/b/b']);
  });
});

describe('JSON copies of big values', () => {
  it("a state store's whole state cloned before a diff stays unknown: its diff is not walked key by key", async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}: ${i}`).join(', ');
    const model = await analyzeFiles({
      'pages/a/a.js': `Page({ onLoad() {
  const state = { ${keys} };
  const copy = JSON.parse(JSON.stringify(state));
  wx.request({ url: 'https://a.example.com/' + copy.k1 });
  const small = JSON.parse(JSON.stringify({ k1: 1 }));
  wx.request({ url: 'https://a.example.com/' + small.k1 });
} })`,
    });
    expect(briefs(page(model, 'pages/a/a').effects, ['request']).sort()).toEqual(['wx.request GET https://a.example.com/1', 'wx.request GET https://a.example.com/{k1}']);
  });
});
