import { describe, expect, it } from 'vitest';
import { analyzeFiles, page } from '../helpers.js';

/**
 * A page that puts its whole query into data (`this.setData(options)`,
 * `setData({ ...options })`) and reads it back in code or renders it in WXML.
 */
const query = async (js: string, wxml: string) => page(await analyzeFiles({ 'pages/doc/doc.js': js, 'pages/doc/doc.wxml': wxml }), 'pages/doc/doc').query;

describe('the query put in data whole', () => {
  it('`setData(options)`: a key read from this.data is a parameter, and so is a name the WXML renders that the page neither declares nor sets', async () => {
    const q = await query(
      `Page({
  data: { intro: true, family: [] },
  onLoad(options) { options && this.setData(options) },
  onShow() { wx.request({ url: 'https://api.example.com/doctor/' + this.data.id, success: (r) => this.setData({ family: r.data.family }) }) },
})`,
      `<view class="head">{{name}}</view>
<view class="{{ sex == 'F' ? 'f' : 'm' }}">{{intro ? tags : ''}}</view>
<view wx:for="{{family}}">{{item.name}}</view>`,
    );
    expect(q).toEqual([
      { name: 'id', loc: { file: 'pages/doc/doc.js', line: 4, column: 68 } },
      { name: 'name', loc: { file: 'pages/doc/doc.wxml', line: 1, column: 20 } },
      { name: 'sex', loc: { file: 'pages/doc/doc.wxml', line: 2, column: 7 } },
      { name: 'tags', loc: { file: 'pages/doc/doc.wxml', line: 2, column: 44 } },
    ]);
  });

  it('a key the page sets itself anywhere (the next page flag, the list a reply fills) is its state, read before its first write too', async () => {
    const q = await query(
      `Page({
  data: { page: 1 },
  onLoad(options) { this.setData(options); this.load() },
  load() {
    wx.request({ url: 'https://api.example.com/orders?type=' + this.data.type, success: (r) => {
      const list = this.data.more ? this.data.list.concat(r.data.list) : r.data.list
      this.setData({ list })
    } })
  },
  onReachBottom() { this.setData({ more: true, page: this.data.page + 1 }); this.load() },
})`,
      `<view wx:for="{{list}}">{{item.name}}</view>`,
    );
    expect(q.map((p) => p.name)).toEqual(['type']);
  });

  it('a name the user types into (`model:value`) is not a parameter', async () => {
    const q = await query(`Page({ data: {}, onLoad(options) { this.setData({ ...options }) } })`, `<view>{{title}}</view><textarea model:value="{{ remarks }}"/>`);
    expect(q.map((p) => p.name)).toEqual(['title']);
  });

  it('when some setData stores keys no one knows (a server object), the WXML names are not taken for parameters', async () => {
    const q = await query(
      `Page({ onLoad(options) { this.setData(options); wx.request({ url: 'https://api.example.com/me', success: (r) => this.setData(r.data) }) } })`,
      `<view>{{nickname}}</view>`,
    );
    expect(q).toEqual([]);
  });
});

describe('the query kept under a data key', () => {
  it('`setData({ options })` then `{{options.joined}}` in the WXML: each name read is a parameter', async () => {
    const q = await query(
      `Page({
  data: { options: {}, info: {} },
  onLoad(options) { this.setData({ options, info: { title: 'x' } }); this.load(options.id) },
  load(id) { wx.request({ url: 'https://api.example.com/group/' + id }) },
})`,
      `<view wx:if="{{options.joined}}">quit</view>
<view wx:elif="{{options.my && status == 1}}">close</view>
<text>{{info.title}} {{info.room}} {{other.room}}</text>`,
    );
    expect(q.map((x) => `${x.name} ${x.loc.file}:${x.loc.line}`)).toEqual(['id pages/doc/doc.js:3', 'joined pages/doc/doc.wxml:1', 'my pages/doc/doc.wxml:2']);
  });
});
