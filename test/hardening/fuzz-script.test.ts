import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseScript } from '../../src/script/parse-script.js';
import { analyzeMemory, diagnosticProblems, expectWellFormed, logRuns, runs } from './helpers.js';
import { pageScript, utilScript } from './js-arbitraries.js';

/**
 * The script front end and the code follower under generated input:
 * token soup for the parser (never throws, diagnostics located inside the
 * file), and grammar-generated mini-program code for the follower, which
 * must end every run with a result — and, since that code is valid
 * JavaScript, without INTERNAL_ERROR (an INTERNAL_ERROR is our bug).
 */

const JS_TOKENS = [
  'function', 'f', '(', ')', '{', '}', '[', ']', ';', ',', '=>', '=', '.', '?.', '...', 'var', 'let', 'const', 'class', 'extends',
  'return', 'if', 'else', 'for', 'of', 'in', 'while', 'do', 'try', 'catch', 'finally', 'new', 'this', 'super', 'async', 'await',
  'yield', 'import', 'export', 'default', 'from', '"x"', "'y", '`', '${', '`a${b}`', '/', '/re/g', '//', '/*', '*/', '<', '>', '</',
  '@dec', 'interface', 'type', ':', 'as', 'enum', 'declare', '?', '!', '#priv', 'wx', 'Page', 'Component', 'App', 'require',
  '\n', '\r\n', '\u2028', '\ufeff', '\u0000', '😀', '\ud800', ' ', '1', '0x', '1n', '.5e',
];
const soup = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...JS_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) }), { maxLength: 60 })
  .map((ts) => ts.join(' '));

describe('parseScript', () => {
  it.each(['pages/p/p.js', 'pages/p/p.ts', 'pages/p/p.wxs'])('never throws on token soup (%s); diagnostics are located in the file', (file) => {
    const numRuns = runs(400);
    fc.assert(
      fc.property(soup, (src) => {
        const bag = new DiagnosticBag();
        parseScript(src, file, bag);
        expect(bag.items.flatMap((d) => diagnosticProblems(d, { [file]: src }))).toEqual([]);
      }),
      { numRuns },
    );
    logRuns(`parseScript token soup ${file}`, numRuns);
  });
});

describe('the code follower on generated mini-program code', () => {
  it('always resolves, well-formed, no INTERNAL_ERROR', async () => {
    const numRuns = runs(500);
    let effects = 0;
    await fc.assert(
      fc.asyncProperty(pageScript, utilScript, async (page, util) => {
        const files = {
          'app.json': '{"pages":["pages/a/a"]}',
          'app.js': 'App({ globalData: {} })',
          'pages/a/a.js': page,
          'pages/a/a.wxml': '<button bindtap="onTap" data-id="{{item.id}}">go</button>',
          'utils/util.js': util,
        };
        const res = await analyzeMemory(files);
        expectWellFormed(res, files);
        expect(res.diagnostics.filter((d) => d.code === 'INTERNAL_ERROR').map((d) => d.message)).toEqual([]);
        effects += res.model!.pages[0]!.effects.length;
      }),
      { numRuns },
    );
    logRuns('follower on grammar-generated page + helper', numRuns, `${effects} effects found in total`);
  });
});

describe('found by the fuzzer', () => {
  // An index written past the end used to leave holes in the follower's list, and the next join over its items
  // read `undefined.t` (INTERNAL_ERROR, the page lost every fact); a huge index (`a[4294967294] = 1; a.join()`)
  // killed the process with a fatal out-of-memory error.
  it.each([
    ['for…of', '2', 'for (const x of a) { wx.request({url: "https://api.example.com/" + x}) }'],
    ['join', '2', 'wx.request({url: "https://api.example.com/" + a.join("/")})'],
    ['forEach', '2', 'a.forEach((x) => wx.request({url: "https://api.example.com/" + x}))'],
    ['join, a huge index', '4294967294', 'wx.request({url: "https://api.example.com/" + a.join("/")})'],
    ['spread, a huge index', '1e9', 'var b = [...a, ...a]; wx.request({url: "https://api.example.com/" + b.length})'],
  ])('an index written past the end, then %s', async (_name, index, use) => {
    const files = { 'app.json': '{"pages":["pages/a/a"]}', 'pages/a/a.js': `Page({onLoad(){ var a = []; a[${index}] = "x"; ${use} }})`, 'pages/a/a.wxml': '<view/>' };
    const res = await analyzeMemory(files);
    expect(res.diagnostics.filter((d) => d.code === 'INTERNAL_ERROR')).toEqual([]);
    expect(res.model!.pages[0]!.effects.map((e) => e.kind)).toContain('request');
  });

  it('a string doubled 40 times stops the entry at the value-size budget', async () => {
    const files = { 'app.json': '{"pages":["pages/a/a"]}', 'pages/a/a.js': `Page({onLoad(){ var s = "ab"; ${'s = s + s; '.repeat(40)} wx.request({url: s}) }, go(){ wx.request({url: "https://api.example.com/go"}) }})`, 'pages/a/a.wxml': '<view bindtap="go"/>' };
    const res = await analyzeMemory(files);
    expect(res.diagnostics.map((d) => [d.code, d.loc?.line, d.message.includes('value-size')])).toEqual([['ANALYSIS_BUDGET', 1, true]]);
    expect(res.model!.pages[0]!.handlers.find((h) => h.name === 'go')!.effects.map((e) => e.kind)).toEqual(['request']);
  });
});
