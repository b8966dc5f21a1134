import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeResult } from '../../src/analyze/analyze.js';
import type { ComponentModel } from '../../src/model/types.js';
import { MemoryVfs } from '../../src/util/vfs.js';
import { analyzeMemory, expectWellFormed, REPO } from './helpers.js';

/**
 * Real code nobody here wrote: the shipped component libraries, analysed as
 * DevTools' "build npm" lays them out (`miniprogram_npm/<package>/…`), with
 * one page that uses every component of the package. No crash, and the
 * share of components whose `properties` and `triggerEvent` names are
 * recovered is measured, printed and held to a floor.
 */

interface Library {
  pkg: string;
  /** The folder DevTools copies into miniprogram_npm (package.json `miniprogram`, else dist). */
  dist: string;
  /** Floors (share of components) that hold today. */
  minProperties: number;
  minEvents: number;
  /**
   * Component scripts (dist-relative, no extension) allowed to end an entry at the step budget,
   * with why. Any other ANALYSIS_BUDGET is a failure.
   */
  budgetHits?: string[];
}

const LIBRARIES: Library[] = [
  // TDesign registers classes through tslib's `__decorate([wxComponent()], C)`, which flattens the
  // instance and its prototypes with reflection before Component(). Events: 77/105; 25 components
  // never call triggerEvent themselves (layout pieces, parents told through relations), 3 trigger
  // it on another component (chat-markdown-*), so ~80% is the ceiling.
  // date-time-picker follows dayjs through every branch of every unit switch (each dayjs call builds
  // ~10 Dayjs objects): most of its entries end at the 250k-step budget.
  { pkg: 'tdesign-miniprogram', dist: 'miniprogram_dist', minProperties: 1, minEvents: 0.73, budgetHits: ['date-time-picker/date-time-picker'] },
  // Vant: the 25 components without events emit nothing themselves, nor through their mixins.
  { pkg: '@vant/weapp', dist: 'lib', minProperties: 1, minEvents: 0.64 },
  { pkg: '@vant/weapp', dist: 'dist', minProperties: 1, minEvents: 0.64 },
  { pkg: 'weui-miniprogram', dist: 'miniprogram_dist', minProperties: 1, minEvents: 0.68 },
  { pkg: 'lin-ui', dist: 'dist', minProperties: 0.98, minEvents: 0.65 },
];

const SOURCE = /\.(js|json|wxml|wxs)$/;

function readLibrary(lib: Library): { files: Record<string, string>; components: string[] } {
  const root = path.join(REPO, 'node_modules', lib.pkg, lib.dist);
  const files: Record<string, string> = {};
  const components: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (SOURCE.test(e.name)) {
        const text = fs.readFileSync(path.join(root, r), 'utf8');
        files[`miniprogram_npm/${lib.pkg}/${r}`] = text;
        if (e.name.endsWith('.json') && !r.includes('miniprogram_npm/') && fs.existsSync(path.join(root, r.replace(/\.json$/, '.js')))) {
          try {
            if ((JSON.parse(text) as { component?: unknown }).component === true) components.push(r.replace(/\.json$/, ''));
          } catch {
            /* not a component config */
          }
        }
      }
    }
  };
  walk('');
  const using = Object.fromEntries(components.map((c, i) => [`c-${i}`, `${lib.pkg}/${c}`]));
  Object.assign(files, {
    'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
    'app.js': 'App({})',
    'pages/index/index.js': 'Page({})',
    'pages/index/index.wxml': '<view/>',
    'pages/index/index.json': JSON.stringify({ usingComponents: using }),
  });
  return { files, components: components.sort() };
}

const share = (n: number, d: number) => (d ? n / d : 0);
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

describe.each(LIBRARIES)('$pkg/$dist', (lib) => {
  it('every component analysed without a crash; properties and events recovered above the floor', async () => {
    const { files, components } = readLibrary(lib);
    expect(components.length).toBeGreaterThan(10);
    const t0 = performance.now();
    const res: AnalyzeResult = await analyze({ vfs: new MemoryVfs(files) });
    const ms = performance.now() - t0;
    expectWellFormed(res, files);
    const allowed = new Set((lib.budgetHits ?? []).map((c) => `miniprogram_npm/${lib.pkg}/${c}.js`));
    const crashes = res.diagnostics.filter(
      (d) => ['INTERNAL_ERROR', 'JS_SYNTAX_ERROR', 'JS_TOO_DEEP', 'ANALYSIS_BUDGET'].includes(d.code) && !(d.code === 'ANALYSIS_BUDGET' && allowed.has(d.loc?.file ?? '')),
    );
    expect(crashes.map((d) => `${d.code} ${d.loc?.file}`)).toEqual([]);
    const byPath = new Map<string, ComponentModel>(res.model!.components.map((c) => [c.path, c]));
    const ours = components.map((c) => byPath.get(`miniprogram_npm/${lib.pkg}/${c}`));
    expect(ours.filter((c) => !c)).toEqual([]); // every component was resolved and modelled
    const props = ours.filter((c) => c!.properties?.length).length;
    const events = ours.filter((c) => c!.events?.length).length;
    console.log(
      `[hardening] ${lib.pkg}/${lib.dist}: ${components.length} components in ${ms.toFixed(0)} ms; properties recovered ${props}/${components.length} (${pct(share(props, components.length))}), events ${events}/${components.length} (${pct(share(events, components.length))}); ${res.diagnostics.length} diagnostics`,
    );
    expect(share(props, components.length)).toBeGreaterThanOrEqual(lib.minProperties);
    expect(share(events, components.length)).toBeGreaterThanOrEqual(lib.minEvents);
  });
});

/** The shapes behind the misses the libraries showed, reduced to a few lines each. */
const COMPONENT_PAGE = {
  'app.json': '{"pages":["pages/a/a"]}',
  'pages/a/a.js': 'Page({})',
  'pages/a/a.wxml': '<c/>',
  'pages/a/a.json': '{"usingComponents":{"c":"/c/index"}}',
  'c/index.json': '{"component":true}',
  'c/index.wxml': '<view bindtap="onClick"/>',
};
async function component(js: string): Promise<ComponentModel> {
  const res = await analyzeMemory({ ...COMPONENT_PAGE, 'c/index.js': js });
  return res.model!.components[0]!;
}

describe('shapes found on the libraries', () => {
  // TDesign's `toObject` copies the instance with reflection before calling Component().
  it('TDesign: options copied with Object.getOwnPropertyNames / getOwnPropertyDescriptor / defineProperty', async () => {
    const c = await component(
      [
        'class Button { constructor() { this.properties = { size: { type: String } }; this.methods = { onClick() { this.triggerEvent("click"); } }; } }',
        'const t = new Button();',
        'const o = {};',
        'Object.getOwnPropertyNames(t).forEach((k) => Object.defineProperty(o, k, Object.getOwnPropertyDescriptor(t, k)));',
        'Component(o);',
      ].join('\n'),
    );
    expect(c.properties).toEqual(['size']);
    expect(c.events).toEqual(['click']);
  });

  it('Vant: behaviors added with `o.behaviors = o.behaviors || []; o.behaviors.push(basic)` ($emit → triggerEvent)', async () => {
    const c = await component(
      [
        'const basic = Behavior({ methods: { $emit(name, detail) { this.triggerEvent(name, detail); } } });',
        'const o = { properties: { size: String }, methods: { onClick() { this.$emit("click"); } } };',
        'o.behaviors = o.behaviors || [];',
        'o.behaviors.push(basic);',
        'Component(o);',
      ].join('\n'),
    );
    expect(c.events).toEqual(['click']);
  });

  it("Vant lib/: properties built with TypeScript's `__assign` helper", async () => {
    const c = await component(
      [
        'var __assign = (this && this.__assign) || function () {',
        '  __assign = Object.assign || function (t) { for (var s, i = 1, n = arguments.length; i < n; i++) { s = arguments[i]; for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p]; } return t; };',
        '  return __assign.apply(this, arguments);',
        '};',
        'Component({ properties: __assign(__assign({}, { size: String }), { round: Boolean }) });',
      ].join('\n'),
    );
    expect(c.properties).toEqual(['round', 'size']);
  });

  it.each([
    ['a behavior literal in the options', 'const basic = Behavior({ methods: { $emit(n, d) { this.triggerEvent(n, d); } } }); Component({ behaviors: [basic], properties: { size: String }, methods: { onClick() { this.$emit("click"); } } })'],
    [
      'a class registered through a decorator (TDesign without toObject)',
      'function __decorate(ds, t) { for (var i = ds.length - 1; i >= 0; i--) t = ds[i](t) || t; return t; }\nconst wxComponent = () => (C) => { const t = new (class extends C {})(); Component({ properties: t.properties, methods: t.methods }); };\nclass Super { constructor() { this.app = getApp(); } }\nlet B = class extends Super { constructor() { super(...arguments); this.properties = { size: { type: String } }; this.methods = { onClick() { this.triggerEvent("click"); } }; } };\nB = __decorate([wxComponent()], B);',
    ],
  ])('for contrast, recovered: %s', async (_name, js) => {
    const c = await component(js);
    expect(c.properties).toEqual(['size']);
    expect(c.events).toEqual(['click']);
  });
});
