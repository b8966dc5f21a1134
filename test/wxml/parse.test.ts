import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/wxml/parse.js';
import { walkWxml } from '../../src/wxml/walk.js';
import { at, el, parse, shape } from './helpers.js';

describe('parseWxml: tree shape', () => {
  it.each([
    ['self-closing built-in', '<view/><input/>', 'view input'],
    ['self-closing custom component keeps case', '<goods-card/><MyComp a="1"/>', 'goods-card MyComp[a=1]'],
    ['self-closing with attrs and spaces', '<view class="a" / >x', 'view[class=a] "x"'],
    ['input/image are not void: explicit close', '<input></input><image src="a.png"></image>', 'input image[src=a.png]'],
    ['boolean attributes are null', '<scroll-view scroll-y enable-flex=""/>', 'scroll-view[scroll-y,enable-flex=]'],
    ['attribute name case kept', '<view bindTap="x" Data-Id="1"/>', 'view[bindTap=x,Data-Id=1]'],
    ['quote of the attribute inside a mustache', `<view class="{{a ? "x" : 'y'}}"/>`, `view[class={{a ? "x" : 'y'}}]`],
    ['< inside an attribute mustache', '<view hidden="{{a<b}}"/>', 'view[hidden={{a<b}}]'],
    ['> && => in text', '<text>{{a > b && c}} {{ list.map(x => x) }}</text>', 'text("{{a > b && c}} {{ list.map(x => x) }}")'],
    ['tag-like string in a mustache', `<view>{{ "<view>" + '</text>' }}</view>`, `view("{{ \\"<view>\\" + '</text>' }}")`],
    ['object literal }}} in template data', '<template is="t" data="{{ {a: {b: 1}} }}"/>', 'template[is=t,data={{ {a: {b: 1}} }}]'],
    ['unquoted mustache value with spaces', '<view hidden={{ a < b }}>x</view>', 'view[hidden={{ a < b }}]("x")'],
    ['entities stay as written', '<text>a &amp; b &nbsp;</text>', 'text("a &amp; b &nbsp;")'],
    ['whitespace-only text dropped, other text raw', '<view>\n  <text> a  b </text>\n</view>', 'view(text(" a  b "))'],
    ['comments ignored, a {{ inside is fine', '<!-- {{ <view> --><view/>', 'view'],
    ['lone < in text', '<text>a < b</text>', 'text("a < b")'],
  ])('%s', (_, src, want) => {
    const { doc, diags } = parse(src);
    expect(shape(doc.children)).toBe(want);
    expect(diags).toEqual([]);
  });

  it('inline <wxs> body is raw text, not markup', () => {
    const body = `\nvar ok = 1 < 2 && a > b;\nvar s = "<view></text>{{x}}";\nmodule.exports = { ok: ok };\n`;
    const { doc, diags } = parse(`<wxs module="m">${body}</wxs>\n<view>{{m.ok}}</view>`);
    expect(diags).toEqual([]);
    const wxs = el(doc.children[0]);
    expect(wxs.raw).toBe(body);
    expect(wxs.children).toEqual([]);
    expect(shape(doc.children)).toBe('wxs[module=m] view("{{m.ok}}")');
    expect(el(doc.children[1]).loc).toEqual(at(6, 1));
  });

  it('external and self-closed <wxs> have no raw body', () => {
    const { doc } = parse('<wxs module="a" src="./a.wxs"/><wxs module="b" src="./b.wxs"></wxs>');
    expect(el(doc.children[0]).raw).toBeUndefined();
    expect(el(doc.children[1]).raw).toBe('');
  });
});

describe('parseWxml: locations', () => {
  it('elements, attributes and text carry 1-based line/column', () => {
    const { doc } = parse('<view>\n  <button  type="primary"\n    bindtap="buy">\n    购买\n  </button>\n</view>');
    const button = el(el(doc.children[0]).children[0]);
    expect(button.loc).toEqual(at(2, 3));
    expect(button.attrs.map((a) => a.loc)).toEqual([at(2, 12), at(3, 5)]);
    expect(button.children[0]!.loc).toEqual(at(4, 5));
  });

  it('CRLF counts as one line break', () => {
    const { doc } = parse('<view>\r\n\r\n  <text a="1">x</text>\r\n</view>');
    const text = el(el(doc.children[0]).children[0]);
    expect(text.loc).toEqual(at(3, 3));
    expect(text.attrs[0]!.loc).toEqual(at(3, 9));
  });

  it('a BOM is not a column', () => {
    const { doc } = parse('\uFEFF<view a="1"/>');
    expect(el(doc.children[0]).loc).toEqual(at(1, 1));
    expect(el(doc.children[0]).attrs[0]!.loc).toEqual(at(1, 7));
  });

  it('multi-line mustaches keep later offsets exact', () => {
    const { doc } = parse('<view class="{{\n a ? "x"\n : "y" }}" id="z"/>');
    expect(el(doc.children[0]).attrs[1]!.loc).toEqual(at(3, 12));
  });

  it('columns count UTF-16 code units', () => {
    const { doc } = parse('<text>😀</text><view/>');
    expect(el(doc.children[1]).loc).toEqual(at(1, 16));
  });
});

describe('parseWxml: diagnostics and recovery', () => {
  it.each([
    ['unclosed tag at end of file', '<view>\n  <text>hi', 'view(text("hi"))', [
      { code: 'WXML_UNCLOSED_TAG', loc: at(2, 3) },
      { code: 'WXML_UNCLOSED_TAG', loc: at(1, 1) },
    ]],
    ['open tag cut off at end of file', '<view/>\n<text class="a"', 'view', [{ code: 'WXML_UNCLOSED_TAG', loc: at(2, 1) }]],
    ['stray closing tag', '<view></view>\n  </text>', 'view', [{ code: 'WXML_UNEXPECTED_CLOSE', loc: at(2, 3) }]],
    ['mismatched close closes up to the match', '<view><text>a\n<image></view><view/>', 'view(text("a\\n" image)) view', [
      { code: 'WXML_MISMATCHED_CLOSE', loc: at(2, 8) },
      { code: 'WXML_UNCLOSED_TAG', loc: at(2, 1) },
      { code: 'WXML_UNCLOSED_TAG', loc: at(1, 7) },
    ]],
    ['close tag names are case-sensitive', '<View></view>', 'View', [
      { code: 'WXML_UNEXPECTED_CLOSE', loc: at(1, 7) },
      { code: 'WXML_UNCLOSED_TAG', loc: at(1, 1) },
    ]],
    ['unclosed mustache in text', '<text>{{ a </text>\n<view/>', 'text("{{ a ") view', [{ code: 'WXML_UNCLOSED_MUSTACHE', loc: at(1, 7) }]],
    ['unclosed mustache does not swallow a later one', '<view class="{{a"></view>\n<text>{{b}}</text>', 'view[class={{a] text("{{b}}")', [
      { code: 'WXML_UNCLOSED_MUSTACHE', loc: at(1, 14) },
    ]],
  ])('%s', (_, src, want, wantDiags) => {
    const { doc, diags } = parse(src);
    expect(shape(doc.children)).toBe(want);
    expect(diags).toEqual(wantDiags);
  });

  it('never throws on garbage', () => {
    for (const src of ['<', '</', '<<>>', '<view', '{{', '}}', '<wxs module="m">', '<!--', '<![CDATA[x', '<view a="', '</ >', '<?xml?>']) {
      expect(() => parse(src)).not.toThrow();
    }
  });
});

describe('parseWxml: deep nesting', () => {
  it('100,000 nested <view> finish fast, flattened past MAX_DEPTH with one WXML_TOO_DEEP', () => {
    const n = 100_000;
    const t0 = performance.now();
    const { doc, diags } = parse('<view>'.repeat(n) + '<text bindtap="deep">x</text>' + '</view>'.repeat(n));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(diags).toEqual([{ code: 'WXML_TOO_DEEP', loc: at(1, MAX_DEPTH * 6 + 1) }]);
    let elements = 0;
    let maxDepth = 0;
    let depth = 0;
    walkWxml(doc.children, {
      enter(node) {
        if (node.type !== 'element') return;
        elements++;
        maxDepth = Math.max(maxDepth, ++depth);
      },
      leave() {
        depth--;
      },
    });
    expect(elements).toBe(n + 1);
    expect(maxDepth).toBe(MAX_DEPTH + 1);
  });

  it('100,000 unclosed and 100,000 stray tags finish fast', () => {
    const t0 = performance.now();
    const { diags } = parse('<view>'.repeat(100_000) + '</text>'.repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(diags.filter((d) => d.code === 'WXML_UNCLOSED_TAG')).toHaveLength(100_000);
    expect(diags.filter((d) => d.code === 'WXML_UNEXPECTED_CLOSE')).toHaveLength(100_000);
  });
});
