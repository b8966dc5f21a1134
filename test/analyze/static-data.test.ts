import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/script/parse-script.js';
import { staticDataTables } from '../../src/analyze/static-data.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { obj, str, type Value } from '../../src/flow/values.js';

/** Lists, objects and URLs in page data that the page's own code never writes read as declared. */
const initial = obj([
  ['tabs', { t: 'arr', items: [obj([['url', str('/pages/a/a')]])] } as Value],
  ['form', obj([['name', str('')]])],
  ['title', str('x')],
  ['base', str('https://api.example.com')],
]);

describe('staticDataTables', () => {
  it.each([
    ['nothing written: lists, objects and URLs are fixed, other strings are not', `Page({ go() { this.setData({ title: 'y' }) } })`, ['base', 'form', 'tabs']],
    ['setData of a key', `Page({ go() { this.setData({ tabs: [] }) } })`, ['base', 'form']],
    ['setData of a path key: a table of paths stays (its edited fields widened), a form does not', `Page({ go() { this.setData({ 'form.name': 'a', ['tabs[' + 1 + '].url']: '' }) } })`, ['base', 'tabs']],
    ['an object of path keys built up and handed to setData', `Page({ go(i) { const p = { 'form.name': 'a' }; p[\`tabs[\${i}].url\`] = ''; this.setData(p) } })`, ['base', 'tabs']],
    ['a choice of object literals handed to setData (`flag ? { a } : { b }`) names its keys', `Page({ more(flag) { const p = flag ? { title: 'a' } : { form: {} }; this.setData(p) } })`, ['base', 'tabs']],
    ['an object handed to setData and used otherwise too can hold any key', `Page({ go(e) { const p = {}; Object.assign(p, e.detail); this.setData(p) } })`, []],
    ['a table handed back to setData as data holds it (edited in place) stays, a form does not', `Page({ show() { const that = this; that.data.tabs.forEach((t) => { t.hidden = false }); that.setData({ tabs: that.data.tabs, form: this.data.form }) } })`, ['base', 'tabs']],
    ['assignment to data', `Page({ go() { this.data.form = {} } })`, ['base', 'tabs']],
    ['a key glued to a name (form + k) can be any key', `Page({ go(k) { this.setData({ ['form' + k]: 1 }) } })`, []],
    ['a computed key can be anything', `Page({ go(k) { this.setData({ [k]: 1 }) } })`, []],
    ['setData of a variable can be anything', `Page({ go(o) { this.setData(o) } })`, []],
  ])('%s', (_name, code, want) => {
    const ast = parseScript(code, 'pages/a/a.js', new DiagnosticBag());
    expect([...staticDataTables(ast, initial).keys()].sort()).toEqual(want);
  });

  it('a table handed back keeps its entries, every field of each read as declared or anything', () => {
    const ast = parseScript(`Page({ show() { this.setData({ tabs: this.data.tabs }) } })`, 'pages/a/a.js', new DiagnosticBag());
    const tabs = staticDataTables(ast, initial).get('tabs')!;
    expect(tabs.t === 'arr' && tabs.items.length).toBe(1);
    const url = tabs.t === 'arr' && tabs.items[0]!.t === 'obj' ? tabs.items[0]!.props.get('url') : undefined;
    expect(url?.t === 'union' && url.options.map((o) => o.t).sort()).toEqual(['str', 'unk']);
  });
});
