import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { MESSAGE_ARG_MAX } from '../../src/diagnostics/diagnostic.js';
import { WXML_MAX_BYTES } from '../../src/wxml/collect.js';
import { analyzeMemory, codesOf, expectWellFormed, makeTempDir, removeDir, writeTree } from './helpers.js';

/**
 * 50 MB files on disk (NodeVfs): scripts and templates over the limit are
 * skipped with FILE_TOO_LARGE at line 1; JSON is read (V8 parses 50 MB in
 * well under a second). Each case must finish fast, not after the minute and
 * the 3 GB a 50 MB template tree used to take.
 */
const MB50 = 50 * 1024 * 1024;
const fill = (unit: string, bytes = MB50): string => unit.repeat(Math.ceil(bytes / unit.length));
const BASE = {
  'app.json': '{"pages":["pages/a/a","pages/b/b"]}',
  'pages/a/a.js': 'Page({go(){ wx.request({url: "https://api.example.com/a"}) }})',
  'pages/a/a.wxml': '<button bindtap="go">go</button>',
  'pages/b/b.js': 'Page({onLoad(){ wx.request({url: "https://api.example.com/b"}) }})',
  'pages/b/b.wxml': '<view/>',
};

let dir = '';
beforeAll(() => {
  dir = makeTempDir('large');
});
afterAll(() => removeDir(dir));

let n = 0;
async function analyzeTree(files: Record<string, string | Buffer>) {
  const root = `${dir}/${n++}`;
  writeTree(root, { ...BASE, ...files });
  const t0 = performance.now();
  const res = await analyze({ dir: root });
  return { res, ms: performance.now() - t0 };
}

describe('50 MB files', () => {
  it.each([
    ['page script', 'pages/a/a.js', fill('var a = 1;\n'), 'FILE_TOO_LARGE'],
    ['page template', 'pages/a/a.wxml', fill('<view bindtap="go">hi</view>\n'), 'FILE_TOO_LARGE'],
    ['binary page script', 'pages/a/a.js', Buffer.alloc(MB50, 0xff), 'FILE_TOO_LARGE'],
    ['helper module', 'utils/big.js', fill('x=1;'), 'FILE_TOO_LARGE'],
    ['page json', 'pages/a/a.json', `{"navigationBarTitleText":"${'x'.repeat(MB50)}"}`, null],
    ['app.json', 'app.json', `{"pages":["pages/a/a","pages/b/b"],"x":"${'x'.repeat(MB50)}"}`, null],
  ] as const)('%s', async (_name, file, body, code) => {
    const extra: Record<string, string | Buffer> = { [file]: body };
    if (file === 'utils/big.js') extra['pages/a/a.js'] = 'require("../../utils/big.js"); Page({go(){ wx.request({url: "https://api.example.com/a"}) }})';
    const { res, ms } = await analyzeTree(extra);
    expectWellFormed(res);
    expect(res.model!.pages.map((p) => p.route)).toEqual(['pages/a/a', 'pages/b/b']);
    if (code) expect(res.diagnostics.filter((d) => d.code === code).map((d) => d.loc)).toEqual([{ file, line: 1, column: 1 }]);
    // The other page is untouched.
    expect(res.model!.pages[1]!.effects.map((e) => e.kind)).toEqual(['request']);
    expect(ms).toBeLessThan(10_000);
  });

  it('a template just over the limit is skipped; the page script is still followed', async () => {
    const { res } = await analyzeTree({ 'pages/a/a.wxml': fill('<view/>', WXML_MAX_BYTES + 1) });
    expect(codesOf(res)).toEqual(['FILE_TOO_LARGE']);
    expect(res.model!.pages[0]!.handlers.map((h) => h.name)).toEqual(['go']);
  });
});

describe('huge values in messages are clipped', () => {
  it.each([
    ['a 1 MB handler name', { 'pages/a/a.wxml': `<view bindtap="${'h'.repeat(1 << 20)}"/>` }, 'HANDLER_NOT_FOUND'],
    ['a 1 MB dynamic handler expression', { 'pages/a/a.wxml': `<view bindtap="{{${'a.'.repeat(1 << 19)}b}}"/>` }, 'WXML_DYNAMIC_HANDLER'],
    ['a 1 MB module specifier', { 'pages/a/a.js': `require("${'m'.repeat(1 << 20)}"); Page({})` }, 'MODULE_UNRESOLVED'],
    ['a 1 MB route', { 'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/b/b', `${'p'.repeat(1 << 20)}/../../..`] }) }, 'PATH_ESCAPES_ROOT'],
  ])('%s', async (_name, extra, code) => {
    const files = { ...BASE, ...extra };
    const res = await analyzeMemory(files);
    expectWellFormed(res, files);
    const d = res.diagnostics.find((x) => x.code === code);
    expect(d).toBeDefined();
    expect(d!.message.length).toBeLessThan(MESSAGE_ARG_MAX * 3);
    expect(d!.message).toContain('…');
  });
});

describe('many small things', () => {
  it('100,000 missing routes: 200,000 diagnostics, linear time', async () => {
    const pages = Array.from({ length: 100_000 }, (_, i) => `pages/p${i}/p${i}`);
    const t0 = performance.now();
    const res = await analyzeMemory({ 'app.json': JSON.stringify({ pages }) });
    expect(res.diagnostics.filter((d) => d.code === 'PAGE_FILES_MISSING')).toHaveLength(200_000);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });

  it('100,000 bindings to missing handlers on one page', async () => {
    const wxml = Array.from({ length: 100_000 }, (_, i) => `<view bindtap="h${i}"/>`).join('\n');
    const res = await analyzeMemory({ ...BASE, 'pages/a/a.wxml': wxml });
    const missing = res.diagnostics.filter((d) => d.code === 'HANDLER_NOT_FOUND');
    expect(missing).toHaveLength(100_000);
    expect(missing[99_999]!.loc).toEqual({ file: 'pages/a/a.wxml', line: 100_000, column: 7 });
  });
});
