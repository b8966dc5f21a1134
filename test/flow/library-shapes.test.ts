import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import type { ComponentModel } from '../../src/model/types.js';
import { MemoryVfs } from '../../src/util/vfs.js';

/**
 * How published component libraries build their options before
 * `Component()`, one semantic per case: each is a tiny component
 * (`c/index.js`, used by one page) and the properties and events the
 * follower must recover from it.
 */
const APP = {
  'app.json': '{"pages":["pages/a/a"]}',
  'app.js': 'App({})',
  'pages/a/a.js': 'Page({})',
  'pages/a/a.wxml': '<c/>',
  'pages/a/a.json': '{"usingComponents":{"c":"/c/index"}}',
  'c/index.json': '{"component":true}',
  'c/index.wxml': '<view bindtap="onClick"/>',
};

async function component(js: string, extra: Record<string, string> = {}): Promise<{ c: ComponentModel; codes: string[] }> {
  const res = await analyze({ vfs: new MemoryVfs({ ...APP, ...extra, 'c/index.js': js }) });
  return { c: res.model!.components.find((x) => x.path === 'c/index')!, codes: res.diagnostics.map((d) => d.code) };
}

interface Want {
  properties?: string[];
  events?: string[];
  handlers?: string[];
}

const lines = (...ls: string[]) => ls.join('\n');

/** A TypeScript class component: fields set in the constructor, a handler, registered by a decorator. */
const BUTTON = lines(
  'class Super { constructor() { this.app = getApp(); } }',
  'let Button = class extends Super {',
  '  constructor() { super(...arguments); this.properties = { size: { type: String } }; this.data = { n: 0 }; this.methods = { onClick() { this.triggerEvent("click"); } }; }',
  '};',
);

const cases: [string, string, string, Want][] = [
  // ------------------------------------------------------------ tslib (known-libraries.ts)
  [
    'tslib',
    'class decorator from tslib (unresolved): called with the class, registers',
    lines(
      'import { __decorate } from "tslib";',
      'const register = () => (C) => { const t = new C(); Component({ properties: t.properties, methods: t.methods }); };',
      BUTTON,
      'Button = __decorate([register()], Button);',
      'export default Button;',
    ),
    { properties: ['size'], events: ['click'] },
  ],
  [
    'tslib',
    'decorators run last to first; a returned class replaces the one handed on',
    lines(
      'const { __decorate } = require("tslib");',
      'const register = (C) => { const t = new C(); Component({ properties: t.properties, methods: t.methods }); };',
      'const swap = () => class { constructor() { this.properties = { swapped: String }; } };',
      'class A { constructor() { this.properties = { original: String }; } }',
      '__decorate([register, swap], A);',
    ),
    { properties: ['swapped'] },
  ],
  [
    'tslib',
    "__assign is Object.assign (the target is written and returned)",
    lines('import { __assign } from "tslib";', 'Component({ properties: __assign(__assign({}, { size: String }), { round: Boolean }) });'),
    { properties: ['round', 'size'] },
  ],
  [
    'tslib',
    '__awaiter runs the body with the caller’s `this`',
    lines(
      'import { __awaiter } from "tslib";',
      'Component({ methods: { onClick() { return __awaiter(this, void 0, void 0, function* () { this.triggerEvent("done"); }); } } });',
    ),
    { events: ['done'] },
  ],
  // ------------------------------------------------------------ classes (interpreter + instance)
  [
    'classes',
    'a class expression extending the decorator’s parameter, instantiated with `new`',
    lines(
      'function __decorate(ds, t) { for (var i = ds.length - 1; i >= 0; i--) t = ds[i](t) || t; return t; }',
      'const wx2 = () => (C) => { const t = new (class extends C {})(); Component({ properties: t.properties, methods: t.methods }); };',
      BUTTON,
      'Button = __decorate([wx2()], Button);',
    ),
    { properties: ['size'], events: ['click'] },
  ],
  // ------------------------------------------------------------ reflection (reflection.ts, loop-chain.ts)
  [
    'reflection',
    'own fields copied with getOwnPropertyNames / getOwnPropertyDescriptor / defineProperty',
    lines(
      'class Button { constructor() { this.properties = { size: { type: String } }; this.methods = { onClick() { this.triggerEvent("click"); } }; } }',
      'const t = new Button();',
      'const o = {};',
      'Object.getOwnPropertyNames(t).forEach((k) => Object.defineProperty(o, k, Object.getOwnPropertyDescriptor(t, k)));',
      'Component(o);',
    ),
    { properties: ['size'], events: ['click'] },
  ],
  [
    'reflection',
    'prototype methods reached by walking getPrototypeOf in a loop, moved into methods',
    lines(
      'class Base { constructor() { this.properties = { size: String }; } onClick() { this.triggerEvent("click"); } }',
      'const t = new (class extends Base {})();',
      'const o = {};',
      'for (let p = t; p && p !== Object.prototype; ) { Object.getOwnPropertyNames(p).forEach((k) => { if (k !== "constructor" && !Object.prototype.hasOwnProperty.call(o, k)) Object.defineProperty(o, k, Object.getOwnPropertyDescriptor(p, k)); }); p = Object.getPrototypeOf(p); }',
      'const methods = {};',
      'Object.keys(o).forEach((k) => { if (typeof o[k] === "function") methods[k] = o[k]; });',
      'Component({ properties: o.properties, methods });',
    ),
    { properties: ['size'], events: ['click'] },
  ],
  [
    'reflection',
    'defineProperties, getOwnPropertyDescriptors, entries',
    lines(
      'const src = { size: String, round: Boolean };',
      'const props = Object.defineProperties({}, Object.getOwnPropertyDescriptors(src));',
      'const names = {};',
      'Object.entries({ onClick: "tap" }).forEach(([k, v]) => { names[k] = v; });',
      'Component({ properties: props, methods: { onClick() { this.triggerEvent(names.onClick); } } });',
    ),
    { properties: ['round', 'size'], events: ['tap'] },
  ],
  [
    'reflection',
    'setPrototypeOf never makes a chain loop (reads past it end)',
    lines(
      'const a = { m() { this.triggerEvent("a"); } }; const b = {};',
      'Object.setPrototypeOf(b, a); Object.setPrototypeOf(a, b); Object.setPrototypeOf(a, a);',
      'Component({ methods: { onClick() { if (b.missing) return; b.m.call(this); } } });',
    ),
    { events: ['a'] },
  ],
  [
    'reflection',
    'a class’s `prototype` is what its instances inherit',
    lines('class A { onClick() { this.triggerEvent("click"); } }', 'Component({ methods: { onClick: A.prototype.onClick } });'),
    { events: ['click'] },
  ],
  [
    'reflection',
    'keys routed with indexOf on a list of constants and a comparison',
    lines(
      'const NATIVE = ["properties", "methods"];',
      'const LIFE = ["Created", "Attached"].map((s) => s.toLowerCase());',
      'const opts = { properties: { size: String }, methods: { onClick() { this.triggerEvent("click"); } }, extra: 1 };',
      'const out = { lifetimes: {} };',
      'Object.keys(opts).forEach((k) => { if (NATIVE.indexOf(k) >= 0) out[k] = opts[k]; else if (LIFE.includes(k)) out.lifetimes[k] = opts[k]; });',
      'Component(out);',
    ),
    { properties: ['size'], events: ['click'] },
  ],
  // ------------------------------------------------------------ `x = x || d` (self-default.ts)
  [
    'self-default',
    'behaviors added with `o.behaviors = o.behaviors || []; o.behaviors.push(basic)`',
    lines(
      'const basic = Behavior({ methods: { $emit(name, detail) { this.triggerEvent(name, detail); } } });',
      'function make(src) { const o = {}; if (src.props) o.properties = src.props; o.behaviors = o.behaviors || []; o.behaviors.push(basic); o.methods = src.methods; Component(o); }',
      'make({ props: { size: String }, methods: { onClick() { this.$emit("click"); } } });',
    ),
    { properties: ['size'], events: ['click'] },
  ],
  [
    'self-default',
    'an unknown own field does not hide what the behaviors bring',
    lines(
      'const b = Behavior({ properties: { show: Boolean }, methods: { onClick() { this.triggerEvent("toggle"); } } });',
      'function make(src) { const o = {}; ["props", "methods"].forEach((k) => { if (src[k]) o[k === "props" ? "properties" : k] = src[k]; }); o.behaviors = [b]; Component(o); }',
      'make({});',
    ),
    { properties: ['show'], events: ['toggle'] },
  ],
  [
    'instance',
    'a methods field that may hold an object is not a handler',
    lines('const cfg = typeof wx.x === "function" ? {} : function () { wx.showToast({}); };', 'Component({ methods: { options: cfg, onClick() { this.triggerEvent("click"); } } });'),
    { handlers: ['onClick'], events: ['click'] },
  ],
  [
    'events',
    'every name a triggerEvent argument can be',
    lines('Component({ methods: { onClick(e) { this.triggerEvent(e.detail.index === -1 ? "close" : "open"); } } });'),
    { events: ['close', 'open'] },
  ],
];

describe.each([...new Set(cases.map((c) => c[0]))])('%s', (group) => {
  it.each(cases.filter((c) => c[0] === group).map((c) => [c[1], c[2], c[3]] as const))('%s', async (_name, js, want) => {
    const { c } = await component(js);
    expect(c).toBeDefined();
    if (want.properties) expect(c.properties).toEqual(want.properties);
    if (want.events) expect(c.events).toEqual(want.events);
    if (want.handlers) expect(c.handlers.map((h) => h.name)).toEqual(want.handlers);
  });
});

describe('tslib', () => {
  it('is modelled even where a copy is shipped (its UMD wrapper hides the helpers): no unresolved-module diagnostic', async () => {
    const umd = '!function(e){var t={};function r(e,r){return function(t,n){return e[t]=r?r(t,n):n}}e(r(t,r(module.exports)))}(function(e){var __decorate=function(){};e("__decorate",__decorate)});';
    const js = lines(
      'import { __decorate } from "tslib";',
      'const register = (C) => { const t = new C(); Component({ properties: t.properties, methods: t.methods }); };',
      BUTTON,
      'Button = __decorate([register], Button);',
    );
    const shipped: Record<string, string>[] = [{}, { 'miniprogram_npm/tslib/index.js': umd }];
    for (const extra of shipped) {
      const { c, codes } = await component(js, extra);
      expect(c.properties).toEqual(['size']);
      expect(c.events).toEqual(['click']);
      expect(codes).not.toContain('MODULE_UNRESOLVED');
    }
  });
});

describe('loops walking a chain', () => {
  it('`while (node) { …; node = node.parent }` visits each link (bounded), a counting loop each known iteration', async () => {
    const js = lines(
      'const c = { name: "c", parent: null }; const b = { name: "b", parent: c }; const a = { name: "a", parent: b };',
      'const seen = {};',
      'let node = a;',
      'while (node) { seen[node.name] = { type: String }; node = node.parent; }',
      'for (let i = 0; i < 3; i++) seen["i" + i] = { type: String };',
      'Component({ properties: seen });',
    );
    const { c } = await component(js);
    expect(c.properties).toEqual(['a', 'b', 'c', 'i0', 'i1', 'i2']);
  });
});
