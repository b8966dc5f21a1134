import { describe, expect, it } from 'vitest';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * A page's handler bound to a custom component's event reads what the component's
 * `triggerEvent` hands over: where that is a path the page itself passed down (a table of
 * targets rendered by the component), `e.detail.url` is those paths.
 */
const APP = {
  'app.json': JSON.stringify({
    pages: ['pages/goods/details', 'pages/home/home', 'pages/cart/cart', 'pages/shop/shop'],
    tabBar: { list: [{ pagePath: 'pages/home/home' }, { pagePath: 'pages/cart/cart' }] },
  }),
  'components/buy-bar/index.json': JSON.stringify({ component: true }),
  'components/buy-bar/index.wxml': `<view wx:for="{{jumpArray}}" wx:key="index" bindtap="toNav" data-url="{{item.url}}">{{item.title}}</view>
<view bindtap="toBuy">buy</view>`,
  'components/buy-bar/index.js': `Component({
  properties: { jumpArray: { type: Array, value: [] }, isStock: { type: Boolean, value: true } },
  methods: {
    toNav(e) {
      const { url } = e.currentTarget.dataset;
      return this.triggerEvent('toNav', { e, url });
    },
    toBuy() {
      if (!this.properties.isStock) return;
      this.triggerEvent('toBuy', { kind: 'now' });
    },
  },
})`,
  'pages/goods/details.json': JSON.stringify({ usingComponents: { 'buy-bar': '/components/buy-bar/index' } }),
};

const JS = `Page({
  data: {
    jumpArray: [
      { title: 'Home', url: '/pages/home/home' },
      { title: 'Cart', url: '/pages/cart/cart' },
    ],
  },
  toNav(e) {
    const { url } = e.detail;
    wx.switchTab({ url });
  },
  buy(e) {
    wx.navigateTo({ url: '/pages/shop/shop?kind=' + e.detail.kind });
  },
})`;

describe("a component's event carrying a path the page handed it", () => {
  it('reads each row of the table the page passes down as the detail’s url', async () => {
    const model = await analyzeFiles({
      ...APP,
      'pages/goods/details.js': JS,
      'pages/goods/details.wxml': `<buy-bar jump-array="{{jumpArray}}" bind:toNav="toNav" bind:toBuy="buy" />`,
    });
    const p = page(model, 'pages/goods/details');
    expect(briefs(p.effects, ['navigate']).sort()).toEqual(['navigateTo pages/shop/shop?kind', 'switchTab pages/cart/cart', 'switchTab pages/home/home']);
    // The read of `e.detail` is still the handler's input.
    expect(p.handlers.find((h) => h.name === 'toNav')!.inputs.map((i) => i.name)).toEqual(['url']);
    // The component's own analysis is unchanged: nothing is known about the table there.
    const comp = model.components.find((c) => c.path === 'components/buy-bar/index')!;
    expect(comp.events).toEqual(['toBuy', 'toNav']);
  });

  it('knows nothing of the detail where the page passes no table (the property keeps its default)', async () => {
    const model = await analyzeFiles({
      ...APP,
      'pages/goods/details.js': JS,
      'pages/goods/details.wxml': `<buy-bar bind:toNav="toNav" />`,
    });
    const p = page(model, 'pages/goods/details');
    expect(briefs(p.effects, ['navigate']).sort()).toEqual(['navigateTo pages/shop/shop?kind', 'switchTab null']);
    expect(model.diagnostics.filter((d) => d.code === 'DYNAMIC_NAVIGATION').map((d) => `${d.loc?.file}:${d.loc?.line}`)).toEqual(['pages/goods/details.js:10']);
  });

  it('still reads the paths where another binding of the handler is no such component', async () => {
    const model = await analyzeFiles({
      ...APP,
      'pages/goods/details.js': JS,
      'pages/goods/details.wxml': `<buy-bar jumpArray="{{jumpArray}}" bind:toNav="toNav" />
<other-bar bind:toNav="toNav" />`,
    });
    const p = page(model, 'pages/goods/details');
    expect(briefs(p.effects, ['navigate']).sort()).toEqual(['navigateTo pages/shop/shop?kind', 'switchTab pages/cart/cart', 'switchTab pages/home/home']);
  });

  it('reads the paths of a table the component declares itself (a custom tab bar)', async () => {
    const model = await analyzeFiles({
      ...APP,
      'components/tab-bar/index.json': JSON.stringify({ component: true }),
      'components/tab-bar/index.wxml': `<view wx:for="{{list}}" wx:key="pagePath" bindtap="switchTo" data-path="{{item.pagePath}}">{{item.text}}</view>`,
      'components/tab-bar/index.js': `Component({
  data: { list: [{ text: 'Home', pagePath: '/pages/home/home' }, { text: 'Cart', pagePath: '/pages/cart/cart' }] },
  methods: { switchTo(e) { this.triggerEvent('change', { path: e.currentTarget.dataset.path }) } },
})`,
      'pages/shop/shop.json': JSON.stringify({ usingComponents: { 'tab-bar': '/components/tab-bar/index' } }),
      'pages/shop/shop.wxml': `<tab-bar bind:change="onTab" />`,
      'pages/shop/shop.js': `Page({ onTab(e) { wx.switchTab({ url: e.detail.path }) } })`,
      'pages/goods/details.js': JS,
      'pages/goods/details.wxml': `<view />`,
    });
    expect(briefs(page(model, 'pages/shop/shop').effects, ['navigate']).sort()).toEqual(['switchTab pages/cart/cart', 'switchTab pages/home/home']);
  });

  it('reads a path the page writes on the element among other properties (a stat card handing back its url)', async () => {
    const model = await analyzeFiles({
      ...APP,
      'components/stat-card/index.json': JSON.stringify({ component: true }),
      'components/stat-card/index.wxml': `<view class="card tone-{{tone}}" bindtap="handleTap">{{label}} {{value}}{{unit}}</view>`,
      'components/stat-card/index.js': `Component({
  properties: { label: String, value: null, unit: String, tone: String, url: String, action: String },
  methods: { handleTap() { if (!this.properties.url && !this.properties.action) return; this.triggerEvent('tap', { url: this.properties.url, action: this.properties.action }) } },
})`,
      'pages/shop/shop.json': JSON.stringify({ usingComponents: { 'stat-card': '/components/stat-card/index' } }),
      'pages/shop/shop.wxml': `<stat-card label="Orders" value="{{stats.orders}}" unit="" tone="blue" url="/pages/cart/cart?tab=done" bind:tap="openStat" />
<stat-card label="Reviews" value="{{stats.reviews}}" unit="" tone="red" action="reviews" bind:tap="openStat" />`,
      'pages/shop/shop.js': `Page({ openStat(e) { const { url } = e.detail || {}; if (url) wx.navigateTo({ url }) } })`,
      'pages/goods/details.js': JS,
      'pages/goods/details.wxml': `<view />`,
    });
    expect(briefs(page(model, 'pages/shop/shop').effects, ['navigate']).sort()).toEqual(['navigateTo pages/cart/cart?tab']);
  });
});
