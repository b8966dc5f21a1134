import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { MemoryVfs } from '../../src/util/vfs.js';
import { analyzeFiles, briefs, page } from '../helpers.js';

/**
 * A third-party platform's template app reads its per-merchant settings with
 * `wx.getExtConfigSync()` / `wx.getExtConfig()`: the `ext` object of `ext.json`
 * beside app.json, when `extEnable` is true.
 */
const config = `function getConfig(cb) {
  if (wx.getExtConfigSync) cb(wx.getExtConfigSync())
}
module.exports = { getConfig }`;
const pageJs = `const { getConfig } = require('../../api/config')
Page({ onLoad() { getConfig((ext) => wx.request({ url: ext.wxUrl + '/api/shop', data: { bcode: ext.bcode } })) } })`;
const ext = (enable: boolean) => JSON.stringify({ extEnable: enable, extAppid: 'wx0000000000000000', ext: { wxUrl: 'https://shop.example.com', bcode: '2007' } });
const requests = (model: Awaited<ReturnType<typeof analyzeFiles>>) => briefs(page(model, 'pages/p/p').effects, ['request']);

describe('ext.json (third-party platform config)', () => {
  it('`wx.getExtConfigSync()` is the `ext` object of ext.json when extEnable is true', async () => {
    const model = await analyzeFiles({ 'ext.json': ext(true), 'api/config.js': config, 'pages/p/p.js': pageJs });
    expect(requests(model)).toEqual(['wx.request GET https://shop.example.com/api/shop']);
  });

  it('`wx.getExtConfig({ success })` and its promise hand over `{ extConfig }`', async () => {
    const model = await analyzeFiles({
      'ext.json': ext(true),
      'pages/p/p.js': `Page({
  onLoad() { wx.getExtConfig({ success: (res) => wx.request({ url: res.extConfig.wxUrl + '/a' }) }) },
  async onShow() { const { extConfig } = await wx.getExtConfig(); wx.request({ url: extConfig.wxUrl + '/b' }) },
})`,
    });
    expect(requests(model)).toEqual(['wx.request GET https://shop.example.com/a', 'wx.request GET https://shop.example.com/b']);
  });

  it('with extEnable false, or no ext.json, the config is unknown (the platform supplies none)', async () => {
    const variants: Record<string, string>[] = [{ 'ext.json': ext(false) }, {}];
    for (const files of variants) {
      const model = await analyzeFiles({ ...files, 'api/config.js': config, 'pages/p/p.js': pageJs });
      expect(requests(model)).toEqual(['wx.request GET {wxUrl}/api/shop']);
    }
  });

  it('a malformed ext.json is reported where it breaks, and the config stays unknown', async () => {
    const res = await analyze({
      vfs: new MemoryVfs({
        'app.json': JSON.stringify({ pages: ['pages/p/p'] }),
        'ext.json': '{\n  "extEnable": true,\n  "ext": { "wxUrl": }\n}',
        'api/config.js': config,
        'pages/p/p.js': pageJs,
        'pages/p/p.wxml': '<view/>',
      }),
    });
    expect(res.diagnostics.filter((d) => d.code === 'JSON_INVALID').map((d) => `${d.loc?.file}:${d.loc?.line}`)).toEqual(['ext.json:3']);
    expect(requests(res.model!)).toEqual(['wx.request GET {wxUrl}/api/shop']);
  });
});
