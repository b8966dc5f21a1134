import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import type { AnalysisModel } from '../../src/model/types.js';
import { expectWellFormed, makeTempDir, removeDir, writeTree } from './helpers.js';

/**
 * Bytes as editors and Windows tool chains leave them, on disk (NodeVfs):
 * a UTF-8 BOM on every file, CRLF or lone-CR line ends, GBK bytes, NULs,
 * UTF-16. Locations must not shift (a BOM is not a column; CRLF is one line
 * break), and undecodable bytes must not stop the analysis.
 */

const BOM = '\ufeff';
const APP = { pages: ['pages/shop/shop'] };
const JS = [
  'Page({',
  '  onLoad(options) {',
  '    wx.request({ url: "https://api.example.com/goods?id=" + options.id })',
  '  },',
  '  buy(e) {',
  '    wx.request({ url: "https://api.example.com/cart/add", method: "POST", data: { id: e.currentTarget.dataset.id } })',
  '  },',
  '})',
];
const WXML = ['<view>', '  <text>商品</text>', '  <button bindtap="buy" data-id="{{id}}">买</button>', '</view>'];

let dir = '';
beforeAll(() => {
  dir = makeTempDir('enc');
});
afterAll(() => removeDir(dir));

let n = 0;
async function run(files: Record<string, string | Buffer>): Promise<{ model: AnalysisModel | null; codes: string[]; encoding: string[] }> {
  const root = path.join(dir, String(n++));
  writeTree(root, files);
  const res = await analyze({ dir: root });
  expectWellFormed(res);
  const encoding = res.diagnostics.filter((d) => d.code === 'FILE_ENCODING').map((d) => `${d.loc!.file}:${d.loc!.line}:${d.loc!.column}`);
  return { model: res.model, codes: [...new Set(res.diagnostics.map((d) => d.code))].sort(), encoding };
}

/** Where the facts landed: the request calls in the script, the binding attribute in the template. */
function positions(model: AnalysisModel | null) {
  const page = model!.pages[0]!;
  const buy = page.handlers.find((h) => h.name === 'buy')!;
  return {
    effects: page.effects.map((e) => `${e.kind} ${e.loc.line}:${e.loc.column}`).sort(),
    trigger: buy.triggers.map((t) => `${t.tag} ${t.loc.line}:${t.loc.column}`),
    query: page.query.map((q) => `${q.name} ${q.loc.line}`),
  };
}

const EXPECTED = { effects: ['request 3:5', 'request 6:5'], trigger: ['button 3:11'], query: ['id 3'] };

describe('line ends and BOMs do not shift locations', () => {
  it.each([
    ['LF', '\n', ''],
    ['CRLF', '\r\n', ''],
    ['lone CR', '\r', ''],
    ['BOM + LF', '\n', BOM],
    ['BOM + CRLF', '\r\n', BOM],
  ])('%s', async (_name, eol, bom) => {
    const { model, codes } = await run({
      'app.json': bom + JSON.stringify(APP, null, 2).replace(/\n/g, eol),
      'pages/shop/shop.js': bom + JS.join(eol),
      'pages/shop/shop.wxml': bom + WXML.join(eol),
      'pages/shop/shop.json': bom + '{' + eol + '  "navigationBarTitleText": "商店"' + eol + '}',
    });
    expect(codes).toEqual([]);
    expect(model!.pages[0]!.title).toBe('商店');
    expect(positions(model)).toEqual(EXPECTED);
  });

  it('a BOM-prefixed app.json with a duplicate route reports it at the right line under CRLF', async () => {
    const { codes, model } = await run({
      'app.json': `${BOM}{\r\n  "pages": [\r\n    "pages/shop/shop",\r\n    "pages/shop/shop"\r\n  ]\r\n}`,
      'pages/shop/shop.js': JS.join('\n'),
      'pages/shop/shop.wxml': WXML.join('\n'),
    });
    expect(codes).toEqual(['ROUTE_DUPLICATE']);
    expect(model!.pages).toHaveLength(1);
  });
});

/** 商品 in GBK, and bytes that are not UTF-8 at all. */
const GBK_SHANGPIN = Buffer.from([0xc9, 0xcc, 0xc6, 0xb7]);
const cat = (...parts: (string | Buffer)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

describe('bytes that are not UTF-8', () => {
  it('GBK text in a template and in a script string: decoded with replacement characters, facts kept', async () => {
    const { model, codes, encoding } = await run({
      'app.json': JSON.stringify(APP),
      'pages/shop/shop.js': cat(JS.slice(0, 2).join('\n'), '\n    var t = "', GBK_SHANGPIN, '";', JS.slice(2).join('\n').replace(/^ {4}/, ' ')),
      'pages/shop/shop.wxml': cat('<view>\n  <text>', GBK_SHANGPIN, '</text>\n  <button bindtap="buy" data-id="{{id}}">', GBK_SHANGPIN, '</button>\n</view>'),
    });
    // Each file with bytes that are not UTF-8 is reported, at its start; the facts are kept.
    expect(codes).toEqual(['FILE_ENCODING']);
    expect(encoding).toEqual(['pages/shop/shop.js:1:1', 'pages/shop/shop.wxml:1:1']);
    expect(model!.pages[0]!.handlers.find((h) => h.name === 'buy')!.triggers[0]!.text).toContain('\ufffd');
    expect(model!.pages[0]!.effects.map((e) => e.kind)).toEqual(['request', 'request']);
  });

  it.each([
    ['NUL bytes in a script', 'pages/shop/shop.js', cat(JS.join('\n'), Buffer.from([0, 0, 0]), '\n'), ['JS_SYNTAX_ERROR']],
    ['NUL bytes in a template', 'pages/shop/shop.wxml', cat(WXML.join('\n'), Buffer.from([0, 0xff, 0])), ['FILE_ENCODING']],
    ['a UTF-16LE script', 'pages/shop/shop.js', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JS.join('\n'), 'utf16le')]), ['FILE_ENCODING', 'JS_SYNTAX_ERROR']],
    ['a UTF-16LE app.json', 'app.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(APP), 'utf16le')]), ['APP_JSON_INVALID']],
    ['random bytes as page json', 'pages/shop/shop.json', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256)), ['JSON_INVALID']],
  ])('%s: resolves with diagnostics', async (_name, file, bytes, want) => {
    const { model, codes } = await run({ 'app.json': JSON.stringify(APP), 'pages/shop/shop.js': JS.join('\n'), 'pages/shop/shop.wxml': WXML.join('\n'), [file]: bytes });
    expect(model).not.toBeNull();
    for (const c of want) expect(codes).toContain(c);
  });
});
