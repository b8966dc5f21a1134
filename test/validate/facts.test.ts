import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { MemoryVfs } from '../../src/util/vfs.js';
import { parseWxml } from '../../src/wxml/parse.js';
import { queryKeys } from '../../src/validate/facts/api-returns.js';
import { wxmlDataRefs } from '../../src/validate/facts/card-wxml.js';
import { readSkillMd } from '../../src/validate/facts/skill-md.js';
import { parseWxss } from '../../src/validate/facts/wxss.js';
import { classifySpec } from '../../src/validate/js/boundary.js';
import { canonicalName, Resolver } from '../../src/validate/js/resolve.js';
import { Scripts } from '../../src/validate/js/scripts.js';
import type { SkillPackage } from '../../src/validate/types.js';

/** The fact readers the rules stand on, on the inputs that fool text searches. */

function script(code: string, file = 'a.js'): { sf: NonNullable<ReturnType<Scripts['get']>>; resolver: Resolver } {
  const scripts = new Scripts(new MemoryVfs({ [file]: code }), new DiagnosticBag());
  return { sf: scripts.get(file)!, resolver: new Resolver(scripts) };
}

describe('WXSS reader', () => {
  it('ignores comments, keeps strings whole, locates declarations and selectors', () => {
    const css = '/* .x { z-index: 1 } */\n.a, .b > .c {\n  content: "}; z-index: 2";\n  color: red !important;\n}\n';
    const sheet = parseWxss(css, 'c.wxss');
    expect(sheet.selectors.map((s) => [s.text, s.loc.line, s.loc.column])).toEqual([['.a', 2, 1], ['.b > .c', 2, 5]]);
    expect(sheet.declarations.map((d) => [d.prop, d.value, d.loc.line, d.loc.column])).toEqual([
      ['content', '"}; z-index: 2"', 3, 3],
      ['color', 'red', 4, 3],
    ]);
  });

  it('@media holds rules, @keyframes holds keyframes (not selectors), @import is skipped', () => {
    const css = '@import "x.wxss";\n@media (max-width: 100px) { .m:hover { float: left } }\n@keyframes k { from { opacity: 0 } 50% { opacity: .5 } }\n';
    const sheet = parseWxss(css, 'c.wxss');
    expect(sheet.selectors.map((s) => s.text)).toEqual(['.m:hover']);
    expect(sheet.declarations.map((d) => `${d.prop}:${d.value}`)).toEqual(['float:left', 'opacity:0', 'opacity:.5']);
  });
});

describe('handoff query keys', () => {
  it.each([
    ["'id=1&from=ai'", ['id', 'from'], true],
    ["'?id=1'", ['id'], true],
    ['`id=${x}&tab=${y}`', ['id', 'tab'], true],
    ["'id=' + x + '&tab=2'", ['id', 'tab'], true],
    ['`${k}=1&id=2`', ['id'], false],
    ['{ id: x, from: "ai" }', ['id', 'from'], true],
    ['q', ['id'], true],
    ['build(x)', [], false],
  ])('%s', (expr, keys, complete) => {
    const { sf, resolver } = script(`const q = 'id=' + x\nconst v = ${expr}\n`);
    const decl = sf.ast.program.body[1]!;
    const init = decl.type === 'VariableDeclaration' ? decl.declarations[0]!.init! : null;
    const r = queryKeys(init!, sf, resolver);
    expect(r.keys.map((k) => k.name)).toEqual(keys);
    expect(r.complete).toBe(complete);
  });

  it('points at the key inside the string', () => {
    const { sf, resolver } = script("const v = 'id=1&from=ai'\n");
    const decl = sf.ast.program.body[0]!;
    const init = decl.type === 'VariableDeclaration' ? decl.declarations[0]!.init! : null;
    expect(queryKeys(init!, sf, resolver).keys.map((k) => k.loc.column)).toEqual([12, 17]);
  });
});

describe('names through aliases', () => {
  it.each([
    ['const mc = wx.modelContext; mc.registerAPI', 'wx.modelContext.registerAPI'],
    ["const s = wx.modelContext.createSkill('p'); s.registerAPI", 'wx.modelContext.createSkill().registerAPI'],
    ['const { modelContext: m } = wx; m.registerAPI', 'wx.modelContext.registerAPI'],
    ['const that = this; that.setData', 'this.setData'],
    ["wx['modelContext'].registerAPI", 'wx.modelContext.registerAPI'],
    ['let w = wx; w = other; w.request', null],
    ['function f(mc) { return mc.registerAPI }', '?.registerAPI'],
  ])('%s', (code, want) => {
    const { sf } = script(code);
    // The outermost member expression of the last statement.
    const members = sf.scopes.nodes.filter((n) => n.type === 'MemberExpression');
    const last = members.sort((a, b) => b.end! - a.end! || a.start! - b.start!)[0]!;
    expect(canonicalName(last, sf)).toBe(want);
  });
});

describe('WXML data keys', () => {
  it('binds loop names inside the loop only, skips templates and wxs modules', () => {
    const wxml =
      '<wxs module="fmt">module.exports = {}</wxs>\n' +
      '<view wx:for="{{rows}}" wx:for-item="row" wx:key="id">{{row.name}} {{fmt.money(row.price)}} {{index}}</view>\n' +
      '<text>{{row}}</text>\n' +
      '<template name="t"><text>{{fromTemplate}}</text></template>\n' +
      '<view class="{{active ? \'on\' : \'\'}}" hidden="{{!shown}}"></view>\n';
    const refs = wxmlDataRefs(parseWxml(wxml, 'c.wxml', new DiagnosticBag()));
    expect(refs.map((r) => [r.name, r.loc.line])).toEqual([['rows', 2], ['row', 3], ['active', 5], ['shown', 5]]);
  });
});

describe('SKILL.md reader', () => {
  it('front matter, headings with closing #s, fences of either kind, tables', () => {
    const md = '---\nname: x\n---\n# 标题 #\n\n~~~\n```\n## not a heading\n~~~\n\na | b\n--|--\n## 触发场景\n';
    const f = readSkillMd(md, 'SKILL.md');
    expect(f.frontMatter).toEqual({ file: 'SKILL.md', line: 1, column: 1 });
    expect(f.bodyStart).toBe(4);
    expect(f.headings.map((h) => [h.level, h.text, h.loc.line])).toEqual([[1, '标题', 4], [2, '触发场景', 13]]);
    expect(f.codeBlocks.map((l) => l.line)).toEqual([6]);
    expect(f.tables.map((l) => l.line)).toEqual([11]);
  });
});

describe('module boundary', () => {
  const shop: SkillPackage = { name: 'shop', dir: 'skills/shop', pkgRoot: 'skills', declaredAt: 0 };
  const cart: SkillPackage = { name: 'cart', dir: 'skills/cart', pkgRoot: 'skills', declaredAt: 1 };
  const env = { rootIsApp: true, aliases: [{ pattern: '~/*', targets: ['*'] }], allSkills: [shop, cart] };
  it.each([
    ['./apis/x', 'skill'],
    ['../_shared/http', 'shared'],
    ['../cart/utils/x', 'sibling'],
    ['../../utils/x', 'outside'],
    ['/utils/x', 'outside'],
    ['/skills/shop/utils/x', 'skill'],
    ['@/utils/x', 'outside'],
    ['~/utils/x', 'outside'],
    ['~/skills/_shared/x', 'shared'],
    ['dayjs', null],
  ])('%s from skills/shop/index.js: %s', (spec, kind) => {
    expect(classifySpec('skills/shop/index.js', spec, shop, env)?.kind ?? null).toBe(kind);
  });
});
