import { describe, expect, it } from 'vitest';
import { datasetKey } from '../../src/wxml/attributes.js';
import { MAX_DEPTH } from '../../src/wxml/parse.js';
import { at, extract } from './helpers.js';

describe('datasetKey: WeChat camelCase rule', () => {
  it.each([
    ['data-id', 'id'],
    ['data-goods-id', 'goodsId'],
    ['data-ID', 'id'],
    ['data-elementType', 'elementtype'],
    ['data-element-type', 'elementType'],
    ['data-a-b-c', 'aBC'],
    ['data-sku-1', 'sku-1'],
    ['data-', null],
    ['id', null],
  ])('%s → %s', (name, want) => {
    expect(datasetKey(name)).toBe(want);
  });
});

describe('extractWxml: bindings', () => {
  it('collects event, handler, tag, dataset, marks, text and loc for every prefix', () => {
    const { facts, diags } = extract(
      [
        '<view class="item" data-goods-id="{{g.id}}" data-ID="1" mark:from="list" bindtap="onOpen" catch:longpress="onMenu">',
        '  <text>{{g.name}}</text>',
        '  <text>  加入   购物车 </text>',
        '</view>',
        '<button open-type="getPhoneNumber" bindgetphonenumber="onPhone">手机号登录</button>',
        '<button form-type="submit" capture-bind:touchstart="onTouch" mut-bind:tap="onMut"/>',
      ].join('\n'),
    );
    expect(diags).toEqual([]);
    expect(facts.bindings).toEqual([
      { event: 'tap', binding: 'bindtap', handler: 'onOpen', tag: 'view', dataset: ['goodsId', 'id'], datasetValues: { goodsId: '{{g.id}}', id: '1' }, marks: ['from'], text: '{{g.name}}加入 购物车', loc: at(1, 74) },
      { event: 'longpress', binding: 'catch:longpress', handler: 'onMenu', tag: 'view', dataset: ['goodsId', 'id'], datasetValues: { goodsId: '{{g.id}}', id: '1' }, marks: ['from'], text: '{{g.name}}加入 购物车', loc: at(1, 91) },
      { event: 'getphonenumber', binding: 'bindgetphonenumber', handler: 'onPhone', tag: 'button', dataset: [], marks: [], text: '手机号登录', openType: 'getPhoneNumber', loc: at(5, 36) },
      { event: 'touchstart', binding: 'capture-bind:touchstart', handler: 'onTouch', tag: 'button', dataset: [], marks: [], text: null, formType: 'submit', loc: at(6, 28) },
      { event: 'tap', binding: 'mut-bind:tap', handler: 'onMut', tag: 'button', dataset: [], marks: [], text: null, formType: 'submit', loc: at(6, 62) },
    ]);
  });

  it('block children are separated by a space, text is capped at 60', () => {
    const long = 'x'.repeat(100);
    const { facts } = extract(`<view bindtap="a"><view>商品</view><view>价格</view></view><view bindtap="b">${long}</view>`);
    expect(facts.bindings.map((b) => b.text)).toEqual(['商品 价格', 'x'.repeat(60)]);
  });

  it('text of nested text-takers: each gets its own subtree, unbound siblings none', () => {
    const { facts } = extract(
      [
        '<view>未绑定<text>文字</text></view>',
        '<view bindtap="outer"><text>外</text><view bindtap="inner"><text>内</text><navigator url="/a">去</navigator></view></view>',
        '<navigator url="/b"><view><text>深</text>处</view></navigator>',
      ].join('\n'),
    );
    expect(facts.bindings.map((b) => [b.handler, b.text])).toEqual([['outer', '外 内 去'], ['inner', '内 去']]);
    expect(facts.navigators.map((n) => [n.url, n.text])).toEqual([['/a', '去'], ['/b', '深处']]);
  });

  it('dynamic handlers: candidates and WXML_DYNAMIC_HANDLER; wxs handlers: module, no warning', () => {
    const { facts, diags } = extract(
      `<wxs module="m" src="./m.wxs"/>\n<view bindtap="{{ flag ? 'onA' : 'onB' }}"/>\n<view bindtap="{{m.tap}}"/>\n<view bindtap=""/>`,
    );
    expect(facts.bindings.map(({ handler, dynamicExpr, candidates, wxsModule }) => ({ handler, dynamicExpr, candidates, wxsModule }))).toEqual([
      { handler: null, dynamicExpr: "flag ? 'onA' : 'onB'", candidates: ['onA', 'onB'], wxsModule: undefined },
      { handler: null, dynamicExpr: 'm.tap', candidates: [], wxsModule: 'm' },
      { handler: null, dynamicExpr: undefined, candidates: undefined, wxsModule: undefined },
    ]);
    expect(diags).toEqual([
      { code: 'WXML_DYNAMIC_HANDLER', loc: at(2, 7) },
      { code: 'WXML_EMPTY_HANDLER', loc: at(4, 7) },
    ]);
  });
});

describe('extractWxml: forms', () => {
  it('fields of a submitting form: tag, type, model, loc; custom fields by name', () => {
    const { facts } = extract(
      [
        '<form bindsubmit="onSubmit">',
        '  <input name="mobile" type="number"/>',
        '  <input name="nick"/>',
        '  <textarea name="remark"></textarea>',
        '  <picker name="date" mode="date"><view>选择</view></picker>',
        '  <picker-view name="pv"/><switch name="agree"/><slider name="n"/>',
        '  <radio-group name="sex"><radio value="m"/></radio-group>',
        '  <checkbox-group name="tags"/><editor name="body"/>',
        '  <van-field name="addr" model:value="{{addr}}"/>',
        '  <input model:value="{{code}}"/>',
        '  <view name="not-a-field"/><button form-type="submit">提交</button>',
        '</form>',
      ].join('\n'),
    );
    expect(facts.forms).toEqual([
      {
        submitHandler: 'onSubmit',
        loc: at(1, 1),
        fields: [
          { name: 'mobile', tag: 'input', type: 'number', loc: at(2, 3) },
          { name: 'nick', tag: 'input', type: null, loc: at(3, 3) },
          { name: 'remark', tag: 'textarea', type: null, loc: at(4, 3) },
          { name: 'date', tag: 'picker', type: 'date', loc: at(5, 3) },
          { name: 'pv', tag: 'picker-view', type: null, loc: at(6, 3) },
          { name: 'agree', tag: 'switch', type: null, loc: at(6, 27) },
          { name: 'n', tag: 'slider', type: null, loc: at(6, 49) },
          { name: 'sex', tag: 'radio-group', type: null, loc: at(7, 3) },
          { name: 'tags', tag: 'checkbox-group', type: null, loc: at(8, 3) },
          { name: 'body', tag: 'editor', type: null, loc: at(8, 32) },
          { name: 'addr', tag: 'van-field', type: null, model: 'addr', loc: at(9, 3) },
          { name: 'code', tag: 'input', type: null, model: 'code', loc: at(10, 3) },
        ],
      },
    ]);
  });

  it.each([
    ['catchsubmit', '<form catchsubmit="save"><input name="a"/></form>', 'save'],
    ['bind:submit', '<form bind:submit="save"><input name="a"/></form>', 'save'],
    ['single-candidate dynamic', `<form bindsubmit="{{ 'save' }}"><input name="a"/></form>`, 'save'],
  ])('submit handler via %s', (_, src, want) => {
    expect(extract(src).facts.forms.map((f) => f.submitHandler)).toEqual([want]);
  });

  it('model: on an expression binds no field (WXML_MODEL_NOT_FIELD); a path is kept; a name inside a form still counts', () => {
    const { facts, diags } = extract(
      [
        `<input model:value="{{gender == 1 ? 'M' : 'F'}}"/>`,
        '<input model:value="{{form.name}}"/>',
        '<form><input name="city" model:value="{{a + b}}"/></form>',
        '<input model:value="{{ phone }}"/>',
        '<input model:value="{{list[0].title}}"/>',
      ].join('\n'),
    );
    expect(facts.forms.flatMap((f) => f.fields.map((x) => `${x.name} ${x.model ?? '-'}`)).sort()).toEqual([
      'city -',
      'form.name form.name',
      'list[0].title list[0].title',
      'phone phone',
    ]);
    expect(diags).toEqual([
      { code: 'WXML_MODEL_NOT_FIELD', loc: at(1, 8) },
      { code: 'WXML_MODEL_NOT_FIELD', loc: at(3, 26) },
    ]);
  });

  it('named fields of a form without a submit binding join the unbound entry', () => {
    const { facts } = extract(['<form wx:if="{{auth}}">', '  <input name="username" bindinput="onPhone"/>', '  <view bindtap="register">OK</view>', '</form>'].join('\n'));
    expect(facts.forms).toEqual([{ submitHandler: null, loc: at(2, 3), fields: [{ name: 'username', tag: 'input', type: null, loc: at(2, 3) }] }]);
  });

  it('outside a form a field is known by its model:value key; model:show on a custom component is no field', () => {
    const { facts } = extract(['<textarea name="content" model:value="{{formDesc}}"/>', '<cmpt-modal model:show="{{dialogShow}}"/>', '<cmpt-picker model:item="{{formKind}}"/>'].join('\n'));
    expect(facts.forms).toEqual([{ submitHandler: null, loc: at(1, 1), fields: [{ name: 'formDesc', tag: 'textarea', type: null, model: 'formDesc', loc: at(1, 1) }] }]);
  });

  it('model:value fields outside a submitting form share one entry with submitHandler null', () => {
    const { facts } = extract(
      [
        '<input model:value="{{keyword}}" type="text"/>',
        '<input name="ignored"/>',
        '<form><switch model:checked="{{agree}}"/></form>',
        '<form bindsubmit="go"><input name="q"/></form>',
      ].join('\n'),
    );
    expect(facts.forms).toEqual([
      {
        submitHandler: null,
        loc: at(1, 1),
        fields: [
          { name: 'keyword', tag: 'input', type: 'text', model: 'keyword', loc: at(1, 1) },
          { name: 'agree', tag: 'switch', type: null, model: 'agree', loc: at(3, 7) },
        ],
      },
      { submitHandler: 'go', loc: at(4, 1), fields: [{ name: 'q', tag: 'input', type: null, loc: at(4, 23) }] },
    ]);
    expect(facts.models).toEqual([
      { prop: 'value', key: 'keyword', tag: 'input', loc: at(1, 8) },
      { prop: 'checked', key: 'agree', tag: 'switch', loc: at(3, 15) },
    ]);
  });
});

describe('extractWxml: options of a radio or checkbox group', () => {
  it('a custom option (`<van-radio name="2">`) names a value of its group, not a field; the group and other fields inside it are fields', () => {
    const { facts } = extract(
      [
        '<form bindsubmit="apply">',
        '  <van-radio-group name="payType" value="{{ payType }}">',
        '    <van-radio name="2">银行卡</van-radio>',
        '    <van-cell title="支付宝"><van-radio slot="right-icon" name="1"/></van-cell>',
        '    <van-field model:value="{{ reason }}"/>',
        '  </van-radio-group>',
        '  <van-checkbox name="agree"/>',
        '</form>',
      ].join('\n'),
    );
    expect(facts.forms[0]!.fields.map((f) => `${f.name} ${f.tag}`)).toEqual(['payType van-radio-group', 'reason van-field', 'agree van-checkbox']);
  });
});

describe('extractWxml: names that are no fields', () => {
  it('model:value on a row of a wx:for binds nothing the page declares; a path of page data still does', () => {
    const { facts } = extract(
      [
        '<view wx:for="{{cart}}" wx:for-item="goods" wx:for-index="i">',
        '  <van-stepper model:value="{{ goods.num }}"/>',
        '  <switch model:checked="{{ i }}"/>',
        '  <input model:value="{{ form.remark }}"/>',
        '</view>',
      ].join('\n'),
    );
    expect(facts.forms.flatMap((f) => f.fields.map((x) => x.name))).toEqual(['form.remark']);
  });

  it('an icon of a component library inside a form (`<van-icon name="cross">`) is no field', () => {
    const { facts } = extract(['<form bindsubmit="save">', '  <van-field name="title"/>', '  <van-icon name="cross"/>', '  <t-icon name="close"/>', '</form>'].join('\n'));
    expect(facts.forms[0]!.fields.map((f) => f.name)).toEqual(['title']);
  });
});

describe('extractWxml: navigators, imports, wxs, templates', () => {
  it('navigator url/open-type/target/text', () => {
    const { facts } = extract(
      '<navigator url="/pages/detail/detail?id={{id}}" open-type="redirect">详情</navigator>\n<navigator target="miniProgram" app-id="wx1"/>',
    );
    expect(facts.navigators).toEqual([
      { url: '/pages/detail/detail?id={{id}}', openType: 'redirect', target: null, text: '详情', loc: at(1, 1) },
      { url: null, openType: null, target: 'miniProgram', text: null, loc: at(2, 1) },
    ]);
  });

  it('import/include src resolve relative or root-absolute with .wxml added', () => {
    const { facts } = extract(
      '<import src="../../templates/card"/>\n<include src="/common/header.wxml"/>\n<import src="../../../x"/>\n<include src="{{dyn}}"/>',
    );
    expect(facts.imports).toEqual([
      { kind: 'import', src: '../../templates/card', resolved: 'templates/card.wxml', loc: at(1, 1) },
      { kind: 'include', src: '/common/header.wxml', resolved: 'common/header.wxml', loc: at(2, 1) },
      { kind: 'import', src: '../../../x', resolved: null, loc: at(3, 1) },
      { kind: 'include', src: '{{dyn}}', resolved: null, loc: at(4, 1) },
    ]);
  });

  it('wxs modules inline and external', () => {
    const { facts } = extract('<wxs module="fmt">module.exports = {};</wxs>\n<wxs module="u" src="../../utils/u.wxs"/>');
    expect(facts.wxs).toEqual([
      { module: 'fmt', src: null, inline: true, code: 'module.exports = {};', loc: at(1, 1) },
      { module: 'u', src: 'utils/u.wxs', inline: false, spec: '../../utils/u.wxs', loc: at(2, 1) },
    ]);
  });

  it('template definitions are their own sections; bindings inside carry the template name; uses are recorded', () => {
    const { facts } = extract(
      [
        '<template name="goods">',
        '  <view bindtap="onGoods" data-id="{{id}}">{{title}} 商品</view>',
        '</template>',
        `<template is="goods" data="{{...item}}" wx:for="{{list}}"/>`,
        `<template is="{{ big ? 'goods' : 'mini' }}"/>`,
        '<view bindtap="onTop">顶部</view>',
      ].join('\n'),
    );
    expect(facts.bindings.map((b) => [b.handler, b.template])).toEqual([['onTop', undefined]]);
    expect(facts.templates).toHaveLength(1);
    const t = facts.templates[0]!;
    expect(t.name).toBe('goods');
    expect(t.loc).toEqual(at(1, 1));
    expect(t.bindings.map((b) => [b.handler, b.template, b.dataset])).toEqual([['onGoods', 'goods', ['id']]]);
    expect(t.dataRefs).toEqual(['id', 'title']);
    expect(t.text).toBe('商品');
    expect(facts.uses).toEqual([
      { is: 'goods', data: '...item', loc: at(4, 1) },
      { is: null, expr: "big ? 'goods' : 'mini'", candidates: ['goods', 'mini'], loc: at(5, 1) },
    ]);
    expect(facts.dataRefs).toEqual(['big', 'list']);
    expect(facts.text).toBe('顶部');
  });
});

describe('extractWxml: dataRefs, tags and text', () => {
  it('root identifiers in attributes and text, minus for-scope names, wxs modules and keywords', () => {
    const { facts } = extract(
      [
        '<wxs module="fmt">module.exports = { p: function (x) { return x < 1 } };</wxs>',
        '<view wx:if="{{ready && !loading}}" class="{{ theme }}">{{fmt.p(total)}}</view>',
        '<view wx:for="{{orders}}" wx:key="id" data-id="{{item.id}}">{{index}}: {{item.name}} {{ shop.name }}</view>',
        '<block wx:for="{{cats}}" wx:for-item="cat" wx:for-index="ci">',
        '  <text>{{cat.name}} {{ci}} {{item}}</text>',
        '</block>',
        '<input model:value="{{ keyword }}" placeholder="{{ true ? tip : null }}"/>',
      ].join('\n'),
    );
    expect(facts.dataRefs).toEqual(['cats', 'item', 'keyword', 'loading', 'orders', 'ready', 'shop', 'theme', 'tip', 'total']);
  });

  it('distinct tags sorted; page text is static only, collapsed, capped at 200', () => {
    const { facts } = extract(`<view><text>你好 {{name}}\n  欢迎</text><goods-card/><text>再见</text></view><view>${'长'.repeat(300)}</view>`);
    expect(facts.tags).toEqual(['goods-card', 'text', 'view']);
    expect(facts.text.startsWith('你好 欢迎 再见 长')).toBe(true);
    expect(facts.text.length).toBe(200);
  });
});

describe('extractWxml: deep trees', () => {
  it('100,000 nested elements with bindings at every level extract fast', () => {
    const n = 100_000;
    const t0 = performance.now();
    const { facts } = extract('<view bindtap="h">'.repeat(n) + '深处' + '</view>'.repeat(n));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(facts.bindings).toHaveLength(n);
    expect(facts.bindings[0]!.text).toBe('深处');
    expect(facts.bindings[MAX_DEPTH - 1]!.text).toBe('深处');
    // Past MAX_DEPTH elements were flattened into siblings, so they lost their descendants' text.
    expect(facts.bindings[n - 1]!.text).toBeNull();
    expect(facts.text).toBe('深处');
  });
});
