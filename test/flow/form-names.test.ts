import { describe, expect, it } from 'vitest';
import { analyzeFiles, page } from '../helpers.js';

/**
 * Form fields whose `name` is written with `{{ }}`: fields of a template body
 * (a ZanUI-style `zan-field`) placed in a page's `<form>` by `<template is>`,
 * named by the `data` of that use, and fields in a loop over a list the page declares.
 */
const APP = { 'app.json': JSON.stringify({ pages: ['pages/cash/cash', 'pages/x/x'] }) };

/** A field template as UI kits of the time shipped it: the name falls back to the component id. */
const FIELD_TEMPLATE = `<template name="field">
  <view class="cell">
    <textarea wx:if="{{ type === 'textarea' }}" name="{{ name || componentId || '' }}" placeholder="{{ placeholder }}"/>
    <input wx:else type="{{ inputType || 'text' }}" name="{{ name || componentId || '' }}" placeholder="{{ placeholder }}"/>
  </view>
</template>`;

const forms = async (files: Record<string, string>) => page(await analyzeFiles({ ...APP, 'ui/field.wxml': FIELD_TEMPLATE, ...files }), 'pages/cash/cash').forms;
const names = (fs: { fields: { name: string }[] }[]) => [...new Set(fs.flatMap((f) => f.fields.map((x) => x.name)))].sort();

describe('a template used inside a <form>', () => {
  it('submits its fields with that form, each named from the data of its use', async () => {
    const fs = await forms({
      'pages/cash/cash.wxml': `<import src="/ui/field.wxml"/>
<form bindsubmit="withdraw">
  <template is="field" data="{{ ...amount }}"/>
  <template is="field" data="{{ ...account.holder }}"/>
  <template is="field" data="{{ ...account.card, name: 'cardNo' }}"/>
  <button form-type="submit">提现</button>
</form>`,
      'pages/cash/cash.js': `Page({
  data: {
    amount: { title: '金额', inputType: 'number', componentId: 'money' },
    account: { holder: { title: '姓名', componentId: 'fullName' }, card: { title: '卡号', componentId: 'card' } },
  },
  withdraw(e) { wx.request({ url: 'https://api.example.com/withdraw', method: 'POST', data: e.detail.value }) },
})`,
    });
    expect(fs).toHaveLength(1);
    expect(fs[0]!.submitHandler).toBe('withdraw');
    expect(names(fs)).toEqual(['cardNo', 'fullName', 'money']);
    // The field is where the template writes it.
    expect(fs[0]!.fields.every((f) => f.loc?.file === 'ui/field.wxml')).toBe(true);
  });

  it('outside any form submits nothing; in a form without bindsubmit joins the unbound entry', async () => {
    const fs = await forms({
      'pages/cash/cash.wxml': `<import src="/ui/field.wxml"/>
<template is="field" data="{{ ...amount }}"/>
<form><template is="field" data="{{ ...note }}"/></form>`,
      'pages/cash/cash.js': `Page({ data: { amount: { componentId: 'money' }, note: { componentId: 'remark' } } })`,
    });
    expect(fs.map((f) => f.submitHandler)).toEqual([null]);
    expect(names(fs)).toEqual(['remark']);
  });

  it('keeps the name as written when the data is not known (a spread of a server row)', async () => {
    const fs = await forms({
      'pages/cash/cash.wxml': `<import src="/ui/field.wxml"/>
<form bindsubmit="save"><block wx:for="{{rows}}"><template is="field" data="{{ ...item }}"/></block></form>`,
      'pages/cash/cash.js': `Page({ data: { rows: [] }, onLoad() { wx.request({ url: 'https://api.example.com/fields', success: (r) => this.setData({ rows: r.data }) }) }, save() {} })`,
    });
    expect(names(fs)).toEqual(["{{ name || componentId || '' }}"]);
  });
});

describe('a field named in a loop', () => {
  it('takes the names of a list the page declares and never rewrites', async () => {
    const fs = await forms({
      'pages/cash/cash.wxml': `<form bindsubmit="apply"><input wx:for="{{fields}}" wx:key="key" name="{{item.key}}" placeholder="{{item.label}}"/></form>`,
      'pages/cash/cash.js': `Page({ data: { fields: [{ key: 'name', label: '姓名' }, { key: 'phone', label: '手机' }] }, apply(e) {} })`,
    });
    expect(names(fs)).toEqual(['name', 'phone']);
  });

  it('keeps a name built from the row index as written', async () => {
    const fs = await forms({
      'pages/cash/cash.wxml': `<form bindsubmit="apply"><input wx:for="{{fields}}" name="remark{{index}}"/></form>`,
      'pages/cash/cash.js': `Page({ data: { fields: [{ key: 'a' }, { key: 'b' }] }, apply(e) {} })`,
    });
    expect(names(fs)).toEqual(['remark{{index}}']);
  });
});
