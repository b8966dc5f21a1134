import { describe, expect, it } from 'vitest';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * Route tables searched by name: a named router (`router.push('orders')` looks the name up in a
 * table of `{ name, url }`), `find`/`findIndex` over constant lists, and what a filtered list's
 * first item can be when the test is not known.
 */
const ROUTES = Array.from({ length: 24 }, (_, i) => `pages/p${i}/p${i}`);
const APP = { 'app.json': JSON.stringify({ pages: ['pages/home/home', ...ROUTES] }) };
const navigations = async (files: Record<string, string>): Promise<string[]> =>
  briefs(page(await analyzeFiles({ ...APP, ...files }), 'pages/home/home').effects, ['navigate']).sort();

const TABLE = `export default [\n${ROUTES.map((r, i) => `  { url: '${r}', name: 'n${i}' },`).join('\n')}\n]\n`;
const ROUTER = `import pages from 'pages'
function withSlash() {
  pages.forEach((item) => { if (item.url.slice(0, 1) !== '/') item.url = '/' + item.url })
  return pages
}
export default class Router {
  constructor() { this.pages = withSlash() }
  push(name, params = null) {
    const page = JSON.parse(JSON.stringify(this.pageFor(name)))
    if (!page) throw Error('no page ' + name)
    wx.navigateTo({ url: page.url })
  }
  pageFor(name) {
    const [page] = this.pages.filter((item) => item.name === name)
    return page
  }
}
`;

describe('a named router over a route table longer than 16 entries', () => {
  it('goes to the page the name picks, with the slash the table was given item by item', async () => {
    expect(
      await navigations({
        'common/route/pages.js': TABLE,
        'common/route/router.js': ROUTER,
        'app.js': `import Router from './common/route/router'\nApp({ onLaunch() { this.$router = new Router() } })`,
        'pages/home/home.js': `const app = getApp()
Page({
  toOrders() { app.$router.push('n17', { from: 'home' }) },
  toFirst() { app.$router.push('n2') },
})`,
        'pages/home/home.wxml': `<view bindtap="toOrders">orders</view><view bindtap="toFirst">first</view>`,
      }),
    ).toEqual(['navigateTo pages/p17/p17', 'navigateTo pages/p2/p2']);
  });
});

describe('find and findIndex over a constant list', () => {
  it('find gives the first entry whose test holds, findIndex its place', async () => {
    const list = `const TABS = [\n${ROUTES.slice(0, 20).map((r, i) => `  { key: 'k${i}', path: '/${r}' },`).join('\n')}\n]`;
    expect(
      await navigations({
        'pages/home/home.js': `${list}
Page({
  a() { wx.navigateTo({ url: TABS.find((t) => t.key === 'k18').path }) },
  b() { const i = TABS.findIndex((t) => t.key === 'k19'); wx.navigateTo({ url: TABS[i].path }) },
  c() { wx.redirectTo({ url: TABS.findLast((t) => t.key.length === 2).path }) },
})`,
        'pages/home/home.wxml': `<view bindtap="a">a</view><view bindtap="b">b</view><view bindtap="c">c</view>`,
      }),
    ).toEqual(['navigateTo pages/p18/p18', 'navigateTo pages/p19/p19', 'redirectTo pages/p9/p9']);
  });

  it('an entry whose test is not known stays a candidate before the one that holds', async () => {
    expect(
      await navigations({
        'pages/home/home.js': `const MENU = [{ key: 'a', path: '/pages/p1/p1' }, { key: 'b', path: '/pages/p2/p2' }, { key: 'c', path: '/pages/p3/p3' }]
Page({
  go(e) {
    const hit = MENU.find((m) => m.key === 'b' || m.key === e.currentTarget.dataset.key)
    wx.navigateTo({ url: hit.path })
  },
})`,
        'pages/home/home.wxml': `<view bindtap="go" data-key="{{k}}">go</view>`,
      }),
    ).toEqual(['navigateTo pages/p1/p1', 'navigateTo pages/p2/p2']);
  });
});

describe('the first item of a list filtered by a test that is not known', () => {
  it('may be any item the test did not rule out, read by index or by destructuring', async () => {
    expect(
      await navigations({
        'pages/home/home.js': `const MENU = [{ tag: 'x', path: '/pages/p1/p1' }, { tag: 'y', path: '/pages/p2/p2' }, { tag: 'z', path: '/pages/p3/p3' }]
Page({
  a(e) { const [hit] = MENU.filter((m) => m.tag === e.currentTarget.dataset.tag && m.tag !== 'z'); wx.navigateTo({ url: hit.path }) },
  b(e) { const hits = MENU.filter((m) => m.tag === e.currentTarget.dataset.tag); wx.redirectTo({ url: hits[0].path }) },
})`,
        'pages/home/home.wxml': `<view bindtap="a" data-tag="{{t}}">a</view><view bindtap="b" data-tag="{{t}}">b</view>`,
      }),
    ).toEqual([
      'navigateTo pages/p1/p1',
      'navigateTo pages/p2/p2',
      'redirectTo pages/p1/p1',
      'redirectTo pages/p2/p2',
      'redirectTo pages/p3/p3',
    ]);
  });
});

describe('a menu table a start-up hook sets', () => {
  const JS = (later: string) => `Page({
  data: { gridList: [] },
  onLoad() { this.getGridList() },
  clickTik(e) {
    const index = e.currentTarget.dataset.index
    wx.navigateTo({ url: this.data.gridList[index].path })
  },
  getGridList() {
    this.setData({ gridList: [
      { id: 1, name: 'New order', path: '/pages/p1/p1?isAdd=true' },
      { id: 2, name: 'Ledger', path: '/pages/p2/p2' },
      { id: 3, name: 'Soon' },
    ] })
    ${later}
  },
})`;
  const WXML = `<view wx:for="{{gridList}}" wx:key="id" bindtap="clickTik" data-index="{{index}}">{{item.name}}</view>`;

  it('is what a tap reads its target from', async () => {
    expect(await navigations({ 'pages/home/home.js': JS(''), 'pages/home/home.wxml': WXML })).toEqual(['navigateTo pages/p1/p1?isAdd', 'navigateTo pages/p2/p2']);
  });

  it('is forgotten once the page also sets the key to rows from a reply', async () => {
    const later = `wx.request({ url: 'https://api.example.com/menu', success: (res) => this.setData({ gridList: res.data.list }) })`;
    expect(await navigations({ 'pages/home/home.js': JS(later), 'pages/home/home.wxml': WXML })).toEqual(['navigateTo null']);
  });
});
