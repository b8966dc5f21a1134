import { describe, expect, it } from 'vitest';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * Routes the WXML hands a handler in places other than a literal `data-url`:
 * the element's own `id` (`e.currentTarget.id`), and a column of a menu table
 * whose entries mix `../x/x` paths with bare page names beside the caller.
 */
const APP = {
  'app.json': JSON.stringify({
    pages: ['pages/home/home', 'pages/home/card', 'pages/home/lessons', 'pages/mine/share/share', 'pages/mine/orders', 'pages/mine/coach/coach', 'pages/mine/track'],
  }),
};
const navigations = async (files: Record<string, string>, route: string): Promise<string[]> =>
  briefs(page(await analyzeFiles({ ...APP, ...files }), route).effects, ['navigate']).sort();

describe('e.currentTarget.id', () => {
  it('reads the id the WXML writes on the element: each one is a route', async () => {
    expect(
      await navigations(
        {
          'pages/home/home.wxml': `<view id="card" bindtap="go">card</view>
<view id="../mine/share/share" bindtap="go">share</view>
<view id="lessons" bindtap="go">lessons</view>`,
          'pages/home/home.js': `Page({ go(e) { wx.navigateTo({ url: e.currentTarget.id }) } })`,
        },
        'pages/home/home',
      ),
    ).toEqual(['navigateTo pages/home/card', 'navigateTo pages/home/lessons', 'navigateTo pages/mine/share/share']);
  });

  it('an id that is a name for styles (no path beside it) stays unknown, and does not multiply the data-route it is glued to', async () => {
    const menu = ['card', 'lessons', '../mine/share/share', '../mine/orders', '../mine/coach/coach', '../mine/track'];
    const rows = menu.map((r, i) => `<view id="row${i}" data-route="${r}" bindtap="go">${i}</view>`).join('\n');
    expect(
      await navigations(
        {
          'pages/home/home.wxml': `${rows}\n<view id="x" data-route="card" bindtap="go">again</view>\n<view id="y" data-route="lessons" bindtap="go">again</view>\n<view id="z" data-route="card" bindtap="go">again</view>`,
          'pages/home/home.js': `Page({ go(e) { wx.navigateTo({ url: e.currentTarget.dataset.route + '?from=' + e.currentTarget.id }) } })`,
        },
        'pages/home/home',
      ),
    ).toEqual([
      'navigateTo pages/home/card?from',
      'navigateTo pages/home/lessons?from',
      'navigateTo pages/mine/coach/coach?from',
      'navigateTo pages/mine/orders?from',
      'navigateTo pages/mine/share/share?from',
      'navigateTo pages/mine/track?from',
    ]);
  });
});

describe('a menu table whose column holds a path', () => {
  it('reads its bare names as pages beside the caller, query and folders included', async () => {
    expect(
      await navigations(
        {
          'pages/mine/orders.wxml': `<view wx:for="{{items}}" wx:key="name" id="{{item.url}}" bindtap="go">{{item.name}}</view>`,
          'pages/mine/orders.js': `Page({
  data: { items: [
    { name: 'card', url: '../home/card', hidden: false },
    { name: 'coach', url: 'coach/coach', hidden: true },
    { name: 'track', url: 'track?who=pt', hidden: true },
  ] },
  onShow() { const items = this.data.items; items[1].hidden = false; this.setData({ items }) },
  go(e) { wx.navigateTo({ url: e.currentTarget.id }) },
})`,
        },
        'pages/mine/orders',
      ),
    ).toEqual(['navigateTo pages/home/card', 'navigateTo pages/mine/coach/coach', 'navigateTo pages/mine/track?who']);
  });

  it('a column of names with no path in it (ids, types) stays unknown', async () => {
    expect(
      await navigations(
        {
          'pages/mine/orders.wxml': `<view wx:for="{{tabs}}" wx:key="id" data-type="{{item.type}}" bindtap="go">{{item.name}}</view>`,
          'pages/mine/orders.js': `Page({
  data: { tabs: [{ type: 'paid', name: 'a' }, { type: 'sent', name: 'b' }] },
  onLoad() { this.setData({ tabs: this.data.tabs }) },
  go(e) { wx.navigateTo({ url: e.currentTarget.dataset.type }) },
})`,
        },
        'pages/mine/orders',
      ),
    ).toEqual(['navigateTo null']);
  });
});
