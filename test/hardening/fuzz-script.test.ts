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
  // BUG (reported; src/flow is being edited by others): assigning an array index past the end leaves holes in the
  // follower's array (`items[3] = v` on an empty list), and the next join over the items reads `undefined.t`.
  // The page gets INTERNAL_ERROR and loses every fact. With a huge index (`a[4294967294] = 1; a.join()`) the
  // process dies of a fatal out-of-memory error, which nothing can catch, so that variant is not run here.
  // Flip to `it` once fixed.
  it.fails.each([
    ['for…of', 'for (const x of a) { wx.request({url: "https://api.example.com/" + x}) }'],
    ['join', 'wx.request({url: "https://api.example.com/" + a.join("/")})'],
    ['forEach', 'a.forEach((x) => wx.request({url: "https://api.example.com/" + x}))'],
  ])('an index written past the end, then %s', async (_name, use) => {
    const files = { 'app.json': '{"pages":["pages/a/a"]}', 'pages/a/a.js': `Page({onLoad(){ var a = []; a[2] = "x"; ${use} }})`, 'pages/a/a.wxml': '<view/>' };
    const res = await analyzeMemory(files);
    expect(res.diagnostics.filter((d) => d.code === 'INTERNAL_ERROR')).toEqual([]);
  });
});
