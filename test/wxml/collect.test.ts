import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { collectWxml, type WxmlDocCache } from '../../src/wxml/collect.js';
import { MemoryVfs } from '../../src/util/vfs.js';
import { at, codes } from './helpers.js';

const PAGE = 'pages/p/p.wxml';

function collect(files: Record<string, string>, entry = PAGE, cache?: WxmlDocCache) {
  const bag = new DiagnosticBag();
  const facts = collectWxml(new MemoryVfs(files), entry, bag, cache);
  return { facts, diags: codes(bag) };
}

const handlers = (f: { bindings: { handler: string | null; template?: string; loc: { file: string } }[] }) =>
  f.bindings.map((b) => `${b.loc.file}:${b.handler}${b.template ? `@${b.template}` : ''}`);

describe('collectWxml: import and include', () => {
  it('include inlines content; import brings templates, counted when used; sorted by file/line/column', () => {
    const { facts, diags } = collect({
      [PAGE]: [
        '<import src="/templates/card"/>',
        '<include src="../../common/header.wxml"/>',
        '<template is="card" data="{{...goods}}"/>',
        '<view bindtap="onPage">页面</view>',
      ].join('\n'),
      'templates/card.wxml': [
        '<template name="card"><view bindtap="onCard" data-id="{{id}}">{{title}}卡片</view><template is="price"/></template>',
        '<template name="price"><text bindtap="onPrice">价格</text></template>',
        '<template name="unused"><view bindtap="onUnused"/></template>',
        '<view bindtap="onCardFileTop"/>',
      ].join('\n'),
      'common/header.wxml': '<view bindtap="onHeader">头部</view>\n<template name="h"><view bindtap="onHiddenTemplate"/></template>',
    });
    expect(diags).toEqual([]);
    expect(facts.files).toEqual([PAGE, 'templates/card.wxml', 'common/header.wxml']);
    expect(handlers(facts)).toEqual([
      'common/header.wxml:onHeader',
      'pages/p/p.wxml:onPage',
      'templates/card.wxml:onCard@card',
      'templates/card.wxml:onPrice@price',
    ]);
    expect(facts.imports).toEqual([
      { kind: 'import', src: '/templates/card', resolved: 'templates/card.wxml', loc: at(1, 1) },
      { kind: 'include', src: '../../common/header.wxml', resolved: 'common/header.wxml', loc: at(2, 1) },
    ]);
    expect(facts.dataRefs).toEqual(['goods']);
    expect(facts.tags).toEqual(['import', 'include', 'template', 'text', 'view']);
    // The entry's own text first, then what it reaches, in discovery order (template uses, then includes).
    expect(facts.text).toBe('页面 卡片 头部 价格');
  });

  it('a dynamic is counts the templates its literals name, else every template in scope', () => {
    const files = {
      'tpl/a.wxml': '<template name="a"><view bindtap="onA"/></template><template name="b"><view bindtap="onB"/></template>',
    };
    const named = collect({ ...files, [PAGE]: `<import src="/tpl/a"/><template is="{{ x ? 'a' : 'zz' }}"/>` });
    expect(handlers(named.facts)).toEqual(['tpl/a.wxml:onA@a']);
    const all = collect({ ...files, [PAGE]: '<import src="/tpl/a"/><template is="{{ kind }}"/>' });
    expect(handlers(all.facts)).toEqual(['tpl/a.wxml:onA@a', 'tpl/a.wxml:onB@b']);
  });

  it('templates defined in the page itself count when used; import is not transitive', () => {
    const { facts, diags } = collect({
      [PAGE]: '<import src="./a"/>\n<template name="local"><view bindtap="onLocal"/></template>\n<template is="local"/><template is="fromB"/>',
      'pages/p/a.wxml': '<import src="./b"/>',
      'pages/p/b.wxml': '<template name="fromB"><view bindtap="onB"/></template>',
    });
    expect(handlers(facts)).toEqual(['pages/p/p.wxml:onLocal@local']);
    expect(diags).toEqual([{ code: 'WXML_TEMPLATE_UNKNOWN', loc: at(3, 23) }]);
  });

  it('include is recursive and model:value fields from all files share one unbound form', () => {
    const { facts } = collect({
      [PAGE]: '<input model:value="{{q}}"/>\n<include src="a.wxml"/>',
      'pages/p/a.wxml': '<include src="b"/><switch model:checked="{{on}}"/>',
      'pages/p/b.wxml': '<form bindsubmit="send"><input name="msg"/></form><navigator url="/pages/x/x">去</navigator>',
    });
    expect(facts.files).toEqual([PAGE, 'pages/p/a.wxml', 'pages/p/b.wxml']);
    expect(facts.forms).toEqual([
      {
        submitHandler: null,
        loc: at(1, 19, 'pages/p/a.wxml'),
        fields: [
          { name: 'on', tag: 'switch', type: null, model: 'on', loc: at(1, 19, 'pages/p/a.wxml') },
          { name: 'q', tag: 'input', type: null, model: 'q', loc: at(1, 1) },
        ],
      },
      { submitHandler: 'send', loc: at(1, 1, 'pages/p/b.wxml'), fields: [{ name: 'msg', tag: 'input', type: null, loc: at(1, 25, 'pages/p/b.wxml') }] },
    ]);
    expect(facts.navigators.map((n) => n.url)).toEqual(['/pages/x/x']);
    expect(facts.models?.map((m) => m.key)).toEqual(['on', 'q']);
  });
});

describe('collectWxml: diagnostics', () => {
  it.each([
    ['unresolvable import', { [PAGE]: '<view/>\n  <import src="./nope"/>' }, [{ code: 'WXML_IMPORT_UNRESOLVED', loc: at(2, 3) }]],
    ['dynamic include', { [PAGE]: '<include src="{{x}}"/>' }, [{ code: 'WXML_IMPORT_UNRESOLVED', loc: at(1, 1) }]],
    ['include without src', { [PAGE]: '<include/>' }, [{ code: 'WXML_IMPORT_UNRESOLVED', loc: at(1, 1) }]],
    ['src escaping the root', { [PAGE]: '\n<include src="../../../../etc/passwd"/>' }, [{ code: 'PATH_ESCAPES_ROOT', loc: at(2, 1) }]],
    ['root-absolute escape', { [PAGE]: '<import src="/../x.wxml"/>' }, [{ code: 'PATH_ESCAPES_ROOT', loc: at(1, 1) }]],
    ['self include', { [PAGE]: '<include src="p"/>' }, [{ code: 'WXML_IMPORT_CYCLE', loc: at(1, 1) }]],
    [
      'two-file cycle, reported where it closes',
      { [PAGE]: '<include src="a"/>', 'pages/p/a.wxml': '<view bindtap="x"/>\n<import src="/pages/p/p.wxml"/>' },
      [{ code: 'WXML_IMPORT_CYCLE', loc: at(2, 1, 'pages/p/a.wxml') }],
    ],
    ['unknown static template', { [PAGE]: '<template is="ghost"/>' }, [{ code: 'WXML_TEMPLATE_UNKNOWN', loc: at(1, 1) }]],
    [
      'external wxs missing / escaping',
      { [PAGE]: '<wxs module="a" src="./a.wxs"/>\n<wxs module="b" src="../../../b.wxs"/>\n<wxs module="c" src="c.wxs"/>', 'pages/p/c.wxs': '' },
      [
        { code: 'WXML_IMPORT_UNRESOLVED', loc: at(1, 1) },
        { code: 'PATH_ESCAPES_ROOT', loc: at(2, 1) },
      ],
    ],
    ['parse diagnostics of included files', { [PAGE]: '<include src="a"/>', 'pages/p/a.wxml': '<view>' }, [{ code: 'WXML_UNCLOSED_TAG', loc: at(1, 1, 'pages/p/a.wxml') }]],
  ])('%s', (_, files, want) => {
    expect(collect(files as Record<string, string>).diags).toEqual(want);
  });

  it('a cycle stops the walk but keeps what was reached', () => {
    const { facts } = collect({
      [PAGE]: '<include src="a"/><view bindtap="p"/>',
      'pages/p/a.wxml': '<include src="b"/><view bindtap="a"/>',
      'pages/p/b.wxml': '<include src="a"/><view bindtap="b"/>',
    });
    expect(facts.files).toEqual([PAGE, 'pages/p/a.wxml', 'pages/p/b.wxml']);
    expect(handlers(facts)).toEqual(['pages/p/a.wxml:a', 'pages/p/b.wxml:b', 'pages/p/p.wxml:p']);
  });

  it('unresolved imports keep resolved: null; missing wxs loses its src', () => {
    const { facts } = collect({ [PAGE]: '<import src="nope"/><wxs module="m" src="m.wxs"/>' });
    expect(facts.imports.map((i) => i.resolved)).toEqual([null]);
    expect(facts.wxs.map((w) => w.src)).toEqual([null]);
  });

  it('a missing entry is FILE_UNREADABLE with empty facts', () => {
    const { facts, diags } = collect({}, 'pages/none/none.wxml');
    expect(facts.files).toEqual([]);
    expect(diags).toEqual([{ code: 'FILE_UNREADABLE', loc: null }]);
  });
});

describe('collectWxml: cache', () => {
  it('parses a shared file once and returns fresh objects per page', () => {
    const files = {
      'pages/a/a.wxml': '<import src="/t.wxml"/><template is="t"/>',
      'pages/b/b.wxml': '<import src="/t.wxml"/><template is="t"/>',
      't.wxml': '<template name="t"><view bindtap="onT">x</view></template>',
    };
    const cache: WxmlDocCache = new Map();
    const a = collect(files, 'pages/a/a.wxml', cache);
    const cached = cache.get('t.wxml');
    const b = collect(files, 'pages/b/b.wxml', cache);
    expect(cache.get('t.wxml')).toBe(cached);
    expect(handlers(a.facts)).toEqual(['t.wxml:onT@t']);
    expect(b.facts.bindings).toEqual(a.facts.bindings);
    expect(b.facts.bindings[0]).not.toBe(a.facts.bindings[0]);
  });

  it('deep include chains and wide template graphs stay iterative', () => {
    const files: Record<string, string> = { [PAGE]: '<include src="/c/0"/>' };
    const n = 3000;
    for (let i = 0; i < n; i++) files[`c/${i}.wxml`] = `<view bindtap="h${i}"/>` + (i + 1 < n ? `<include src="${i + 1}"/>` : '');
    const { facts, diags } = collect(files);
    expect(diags).toEqual([]);
    expect(facts.files).toHaveLength(n + 1);
    expect(facts.bindings).toHaveLength(n);
  });
});
