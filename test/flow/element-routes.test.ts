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

describe('a data-url naming a page beside the caller with a query of row values', () => {
  it('`folder/page?id={{item.id}}` and `page?who={{item.who}}` over rows from the server are routes', async () => {
    expect(
      await navigations(
        {
          'pages/mine/orders.wxml': `<view wx:for="{{banners}}" data-url="coach/coach?id={{item.id}}" bindtap="nav"/><view wx:for="{{posts}}" data-url="track?who={{item.who}}" bindtap="nav"/>
<view wx:for="{{banners}}" data-url="../home/card?id={{item.id}}" bindtap="nav"/><view wx:for="{{posts}}" data-url="{{item.kind}}?id={{item.id}}" bindtap="nav"/>`,
          'pages/mine/orders.js': `Page({
  data: { banners: [], posts: [] },
  onLoad() { wx.request({ url: 'https://h.example.com/home', success: (res) => this.setData({ banners: res.data.banners, posts: res.data.posts }) }) },
  nav(e) { if (e.currentTarget.dataset.url) wx.navigateTo({ url: e.currentTarget.dataset.url }) },
})`,
        },
        'pages/mine/orders',
      ),
    ).toEqual(['navigateTo null', 'navigateTo pages/home/card?id', 'navigateTo pages/mine/coach/coach?id', 'navigateTo pages/mine/track?who']);
  });
});

describe('one expression written twice in a URL', () => {
  it('`/pages/{{names[item.type]}}/{{names[item.type]}}` and `/pages/${names[type]}/${names[type]}` name one page per value, not every pairing', async () => {
    expect(
      await navigations(
        {
          'pages/home/home.wxml': `<navigator wx:for="{{courses}}" url="/pages/{{names[item.type]}}/{{names[item.type]}}">{{item.name}}</navigator>
<view wx:for="{{courses}}" data-type="{{item.type}}" bindtap="go">{{item.name}}</view>`,
          'pages/home/home.js': `Page({
  data: { names: { 1: 'mine', 2: 'home' }, courses: [] },
  onLoad() { wx.request({ url: 'https://h.example.com/courses', success: (r) => this.setData({ courses: r.data }) }) },
  go(e) { const { type } = e.currentTarget.dataset; const { names } = this.data; wx.navigateTo({ url: \`/pages/\${names[type]}/\${names[type]}\` }) },
})`,
          'pages/mine/mine.js': 'Page({})',
        },
        'pages/home/home',
      ),
    ).toEqual(['navigateTo pages/home/home', 'navigateTo pages/mine/mine', 'navigator pages/home/home', 'navigator pages/mine/mine']);
  });
});

describe('a large menu grid', () => {
  it('every target of a 30-entry grid in sections is read, also where one row adds a query', async () => {
    const routes = Array.from({ length: 30 }, (_, i) => `pages/f${i}/f${i}`);
    const sections = [0, 1, 2].map((s) => `{ title: 's${s}', items: [${Array.from({ length: 10 }, (_, i) => `{ id: 'f${s * 10 + i}', url: '../f${s * 10 + i}/f${s * 10 + i}' }`).join(', ')}] }`);
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/home/home', ...routes] }),
      'pages/home/home.js': `Page({
  data: { grid: [${sections.join(', ')}], uid: '' },
  go(e) {
    let url = e.currentTarget.dataset.url
    if (e.currentTarget.id == 'f7') url = url + '?uid=' + this.data.uid
    wx.navigateTo({ url })
  },
})`,
      'pages/home/home.wxml': `<block wx:for="{{grid}}" wx:for-item="section"><view wx:for="{{section.items}}" id="{{item.id}}" data-url="{{item.url}}" bindtap="go">{{item.id}}</view></block>`,
    });
    const targets = briefs(page(model, 'pages/home/home').effects, ['navigate']).map((b) => b.replace(/\?.*$/, ''));
    expect([...new Set(targets)].sort()).toEqual(routes.map((r) => `navigateTo ${r}`).sort());
  });
});

describe('<navigator url="{{item.pic}}"> over sample rows', () => {
  it('an image path is no page: the target stays unknown', async () => {
    const model = await analyzeFiles({
      ...APP,
      'pages/home/home.wxml': `<navigator wx:for="{{rows}}" wx:for-item="row" url="{{row.pic}}"><image src="{{row.pic}}"/></navigator>
<navigator wx:for="{{rows}}" url="{{item.page}}">{{item.name}}</navigator>`,
      'pages/home/home.js': `Page({
  data: { rows: [{ pic: '../../images/a.jpg', page: '../mine/orders', name: 'a' }, { pic: '/images/b.png?v=2', page: 'card', name: 'b' }] },
  onLoad() { wx.request({ url: 'https://api.example.com/rows', success: (r) => this.setData({ rows: r.data }) }) },
})`,
    });
    const navs = page(model, 'pages/home/home').effects.filter((e) => e.kind === 'navigate');
    expect(navs.map((e) => `${e.loc.line} ${e.kind === 'navigate' ? e.target : ''}`).sort()).toEqual(['1 null', '2 pages/home/card', '2 pages/mine/orders']);
  });
});

describe('a data-* URL built from page data outside any loop', () => {
  it('is the app’s own URL; the same text over a list’s sample rows stays unknown', async () => {
    const model = await analyzeFiles({
      ...APP,
      'pages/home/home.wxml': `<button bindtap="save" data-src="{{base}}/down01.jpg">save</button>
<button bindtap="save" data-src="{{base}}/down02.jpg">save</button>
<view wx:for="{{rows}}" bindtap="open" data-src="{{item.file}}">{{item.name}}</view>`,
      'pages/home/home.js': `const host = 'https://cdn.example.com'
Page({
  data: { base: host + '/uploads', rows: [{ file: 'https://cdn.example.com/sample.pdf', name: 'a' }] },
  onLoad() { wx.request({ url: host + '/rows', success: (r) => this.setData({ rows: r.data }) }) },
  save(e) { wx.downloadFile({ url: e.currentTarget.dataset.src }) },
  open(e) { wx.downloadFile({ url: e.currentTarget.dataset.src }) },
})`,
    });
    expect(briefs(page(model, 'pages/home/home').effects, ['request']).sort()).toEqual([
      'wx.downloadFile GET https://cdn.example.com/uploads/down01.jpg',
      'wx.downloadFile GET https://cdn.example.com/uploads/down02.jpg',
      'wx.downloadFile GET {src}',
      'wx.request GET https://cdn.example.com/rows',
    ]);
  });
});

describe('a menu of plain page names glued into a path', () => {
  const MENU = {
    'pages/mine/orders.wxml': `<view wx:for="{{menu}}" wx:key="name" data-name="{{item.name}}" bindtap="to">{{item.title}}</view>
<view wx:for="{{icons}}" wx:key="name" data-page="{{item.page}}" bindtap="open">{{item.title}}</view>`,
    'pages/mine/orders.js': `Page({
  data: {
    menu: [{ name: 'card', title: 'Card' }, { name: 'lessons', title: 'Lessons' }, { name: 'wallet', title: 'Wallet' }],
    icons: [{ page: 'share' }, { page: 'coach' }, { page: 'home' }, { page: 'vip' }, { page: 'track' }],
  },
  to(e) {
    const name = e.currentTarget.dataset.name
    wx.request({ url: 'https://api.example.com/menu/' + name })
    wx.navigateTo({ url: '/pages/home/' + name })
  },
  open(e) {
    const page = e.currentTarget.dataset.page
    wx.navigateTo({ url: \`../\${page}/\${page}\` })
  },
})`,
  };

  it('keeps the names that make a declared route, and only for navigations', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/mine/orders', 'pages/home/card', 'pages/home/lessons', 'pages/share/share', 'pages/coach/coach', 'pages/home/home', 'pages/track/track'] }),
      ...MENU,
    });
    const effects = page(model, 'pages/mine/orders').effects;
    // `wallet` and `vip` name no page; the request keeps its unknown name.
    expect(briefs(effects, ['navigate', 'request']).sort()).toEqual([
      'navigateTo null',
      'navigateTo null',
      'navigateTo pages/coach/coach',
      'navigateTo pages/home/card',
      'navigateTo pages/home/home',
      'navigateTo pages/home/lessons',
      'navigateTo pages/share/share',
      'navigateTo pages/track/track',
      'wx.request GET https://api.example.com/menu/{name}',
    ]);
    // What the candidate run tried reports nothing (no NAVIGATION_UNKNOWN_ROUTE for wallet or vip): each
    // call site's DYNAMIC_NAVIGATION is the handlers' own.
    const codes = model.diagnostics.filter((d) => d.loc?.file === 'pages/mine/orders.js').map((d) => `${d.code} ${d.loc!.line}`);
    expect(codes.sort()).toEqual(['DYNAMIC_NAVIGATION 13', 'DYNAMIC_NAVIGATION 9']);
  });

  it('one value written twice in a template is the same text in both places', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/mine/orders', 'pages/share/share', 'pages/coach/coach', 'pages/home/home', 'pages/vip/vip', 'pages/track/track'] }),
      ...MENU,
    });
    // Five names read twice: five readings, not twenty-five (of which only the first sixteen were kept).
    expect(briefs(page(model, 'pages/mine/orders').effects, ['navigate']).sort()).toEqual([
      'navigateTo null',
      'navigateTo null',
      'navigateTo pages/coach/coach',
      'navigateTo pages/home/home',
      'navigateTo pages/share/share',
      'navigateTo pages/track/track',
      'navigateTo pages/vip/vip',
    ]);
  });

  it('element ids that name no path are tried one element at a time, branches on them decided', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/mine/mine', 'pages/mine/myInfo/myInfo', 'pages/mine/settings/settings', 'pages/mine/myPost/myPost', 'pages/login/login'] }),
      'pages/mine/mine.wxml': `<view id="header"></view>
<view id="myInfo" bindtap="onBar">info</view>
<view id="myFavorite" bindtap="onBar">favourites</view>
<view id="settings" bindtap="onBar">settings</view>
<view id="signOut" bindtap="onBar">sign out</view>`,
      'pages/mine/mine.js': `Page({
  onBar(event) {
    const id = event.currentTarget.id
    if (id == 'signOut') wx.reLaunch({ url: '../login/login' })
    else if (id == 'myFavorite') wx.navigateTo({ url: './myPost/myPost?type=' + id })
    else wx.navigateTo({ url: './' + id + '/' + id })
  },
})`,
    });
    expect(briefs(page(model, 'pages/mine/mine').effects, ['navigate']).sort()).toEqual([
      'navigateTo null',
      'navigateTo pages/mine/myInfo/myInfo',
      'navigateTo pages/mine/myPost/myPost?type',
      'navigateTo pages/mine/settings/settings',
      'reLaunch pages/login/login',
    ]);
  });
});

describe('a menu whose rows carry a number as text', () => {
  it('`switch (Number(dataset.itemType))` takes the case of each row', async () => {
    expect(
      await navigations(
        {
          'pages/home/home.wxml': `<view bindtap="onItem" data-item-type="0">收藏</view>
<view bindtap="onItem" data-item-type="1">订单</view>
<view bindtap="onItem" data-item-type="2">分享</view>`,
          'pages/home/home.js': `Page({
  onItem(e) {
    switch (Number(e.currentTarget.dataset.itemType)) {
      case 0: wx.navigateTo({ url: '/pages/home/card' }); break
      case 1: wx.navigateTo({ url: '/pages/mine/orders' }); break
      case 2: wx.navigateTo({ url: '/pages/mine/share/share?from=' + String(2) }); break
    }
  },
})`,
        },
        'pages/home/home',
      ),
    ).toEqual(['navigateTo pages/home/card', 'navigateTo pages/mine/orders', 'navigateTo pages/mine/share/share?from']);
  });
});

describe('a handler named by a column of a menu the page declares', () => {
  const JS = `Page({
  data: {
    func: [
      { text: 'New', tapEvent: 'openPopup', key: 'create' },
      { text: 'Track', tapEvent: 'toPage', key: '../mine/track' },
      { text: 'Orders', tapEvent: 'toPage', key: '../mine/orders' },
      { text: 'Soon' },
    ],
  },
  toPage(e) { wx.navigateTo({ url: e.currentTarget.dataset.key }) },
  openPopup(e) { this.setData({ ['popup.' + e.currentTarget.dataset.key]: true }) },
})`;
  const WXML = `<view wx:for="{{func}}" wx:key="text" catchtap="{{item.tapEvent}}" data-key="{{item.key}}">{{item.text}}</view>`;

  it('links each row to the function it names, with that row’s target only', async () => {
    const model = await analyzeFiles({ ...APP, 'pages/home/home.js': JS, 'pages/home/home.wxml': WXML });
    expect(briefs(page(model, 'pages/home/home').effects, ['navigate']).sort()).toEqual([
      'navigateTo pages/mine/orders',
      'navigateTo pages/mine/track',
    ]);
    const triggers = (name: string) => page(model, 'pages/home/home').handlers.find((h) => h.name === name)!.triggers.map((t) => `${t.binding} ${t.loc.line}`);
    expect(triggers('toPage')).toEqual(['catchtap 1']);
    expect(triggers('openPopup')).toEqual(['catchtap 1']);
  });
});

describe('a menu row whose url is a placeholder', () => {
  it("`url: '#'` (or javascript:) in a declared menu leads nowhere, from a <navigator> or a handler", async () => {
    const model = await analyzeFiles({
      ...APP,
      'pages/home/home.js': `Page({
  data: { menu: [{ text: 'Orders', url: '/pages/mine/orders' }, { text: 'Service', url: '#' }, { text: 'Soon', url: 'javascript:;' }] },
  go(e) { wx.navigateTo({ url: this.data.menu[e.currentTarget.dataset.i].url }) },
  help() { wx.navigateTo({ url: this.data.menu[1].url }) },
})`,
      'pages/home/home.wxml': `<navigator wx:for="{{menu}}" url="{{item.url}}">{{item.text}}</navigator>
<view wx:for="{{menu}}" bindtap="go" data-i="{{index}}">{{item.text}}</view>
<view bindtap="help">help</view>`,
    });
    expect(briefs(page(model, 'pages/home/home').effects, ['navigate']).sort()).toEqual(['navigateTo pages/mine/orders', 'navigator pages/mine/orders']);
    expect(model.diagnostics.filter((d) => d.code === 'DYNAMIC_NAVIGATION' || d.code === 'NAVIGATION_UNKNOWN_ROUTE')).toEqual([]);
  });
});

describe('a whole menu row handed over as data-item', () => {
  const JS = `Page({
  data: {
    menuItems: [
      { label: 'Orders', icon: '/images/order.png', path: '/pages/mine/orders' },
      { label: 'Track', icon: '/images/track.png', path: '/pages/mine/track' },
      { label: 'Phone', icon: '/images/phone.png', path: '', action: 'bindPhone' },
    ],
    grid: [{ label: 'Cards', icon: '/images/card.png', value: 1 }, { label: 'About', icon: '/images/about.png', value: 2 }],
  },
  onMenuTap(e) {
    const { item } = e.currentTarget.dataset
    if (item.action === 'bindPhone') return wx.showModal({ title: 'Phone' })
    if (item.path) wx.navigateTo({ url: item.path })
  },
  onGridTap(e) {
    const item = e.currentTarget.dataset.item
    wx.navigateTo({ url: '/pages/home/lessons?v=' + item.value })
  },
})`;
  const WXML = `<view wx:for="{{menuItems}}" wx:key="label" bindtap="onMenuTap" data-item="{{item}}">{{item.label}}</view>
<view wx:for="{{grid}}" wx:key="label" bindtap="onGridTap" data-item="{{item}}">{{item.label}}</view>`;

  it('reads the route of each row (a row whose only path is its icon stays unknown)', async () => {
    expect(await navigations({ 'pages/home/home.js': JS, 'pages/home/home.wxml': WXML }, 'pages/home/home')).toEqual([
      'navigateTo pages/home/lessons?v',
      'navigateTo pages/mine/orders',
      'navigateTo pages/mine/track',
    ]);
  });
});
