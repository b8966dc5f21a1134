import { describe, expect, it } from 'vitest';
import { safeRegExp } from '../../src/flow/regexps.js';
import { analyzeFiles, briefs, page } from '../helpers.js';

/** Regular expressions from analysed code run only when they cannot backtrack catastrophically. */
describe('safeRegExp', () => {
  it.each([
    ['^\\/', '', true],
    ['\\?.*$', '', true],
    ['[a-z]+\\/(\\d+)', 'g', true],
    ['(ab)?c', '', true],
    ['(a+)+$', '', false],
    ['(a|aa)*b', '', false],
    ['((a)*)*', '', false],
    ['(x+x+)+y', '', false],
    ['(a)\\1', '', false],
    ['[(]+', '', true],
    ['a'.repeat(201), '', false],
    ['a', 'z', false],
    ['(', '', false],
  ])('%s /%s → %s', (pattern, flags, ok) => {
    expect(safeRegExp(pattern, flags) !== null).toBe(ok);
  });
});

describe('a digest of unknown digits in a URL', () => {
  // A hex digest written digit by digit from unknown numbers is text with 32 holes side by side; two
  // readings of such a URL compared as patterns used to backtrack for ever.
  const MD5ISH = `var hex = '0123456789abcdef'
function digest(words) {
  var out = ''
  for (var i = 0; i < words.length * 4; i++) out += hex.charAt((words[i >> 2] >> ((i % 4) * 8 + 4)) & 0xF) + hex.charAt((words[i >> 2] >> ((i % 4) * 8)) & 0xF)
  return out
}
module.exports = { sign: function (s) { return digest(Array(s.length, s.length * 3, 7, 9)) } }`;

  it('is followed to the end, its holes kept', async () => {
    const model = await analyzeFiles({
      'utils/md5.js': MD5ISH,
      'pages/a/a.js': `const md5 = require('../../utils/md5.js')
const key = wx.getStorageSync('key') || md5.sign('k' + Math.random())
Page({ onLoad(o) {
  const sign = md5.sign('/list' + o.page + key)
  wx.request({ url: 'https://api.example.com/list?key=' + key + '&sign=' + sign })
} })`,
    });
    const urls = page(model, 'pages/a/a').effects.filter((e) => e.kind === 'request').map((e) => (e as { url: string | null }).url);
    expect(urls).toEqual(['https://api.example.com/list']);
  });
});

describe('the Array constructor', () => {
  it('makes the list JavaScript makes: empty, of its arguments, or of a small length', async () => {
    const model = await analyzeFiles({
      'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/info/index'] }),
      'pages/info/index.js': 'Page({})',
      'pages/a/a.js': `Page({
  data: { list: [] },
  onLoad() {
    const kinds = new Array('', 'seat', 'person')
    const slots = Array(3)
    wx.request({ url: 'https://api.example.com/list', success: (res) => {
      const list = new Array()
      res.data.list.forEach((item) => list.push({ title: item.title + kinds[item.type], url: '/pages/info/index?id=' + item.id }))
      this.setData({ list, free: slots.length })
    } })
    wx.request({ url: 'https://api.example.com/' + kinds[1] + '/' + slots.length })
  },
})`,
      'pages/a/a.wxml': '<navigator wx:for="{{list}}" wx:key="url" url="{{item.url}}">{{item.title}}</navigator>',
    });
    const p = page(model, 'pages/a/a');
    expect(briefs(p.effects, ['navigate'])).toEqual(['navigator pages/info/index?id']);
    expect(briefs(p.effects, ['request']).sort()).toEqual(['wx.request GET https://api.example.com/list', 'wx.request GET https://api.example.com/seat/3']);
  });
});
