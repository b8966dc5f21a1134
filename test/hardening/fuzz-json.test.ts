import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadProject } from '../../src/load/load-project.js';
import { MemoryVfs, type Vfs } from '../../src/util/vfs.js';
import { normalizeRel } from '../../src/util/paths.js';
import { expectWellFormed, logRuns, runs } from './helpers.js';

/**
 * app.json, page json and project.config.json as an attacker (or a careless
 * generator) writes them: every field with the wrong type, routes and
 * component paths that climb out of the root, name folders, carry Windows
 * separators, NULs or query strings; then the same text truncated or with
 * bytes flipped. Loading never throws, and every path the loader asks the
 * VFS for stays inside the root: escapes are refused before any read.
 */

const PATHS = [
  'pages/a/a', '/pages/a/a', 'pages/a/a.js', 'pages/a/a.wxml', 'pages/b', 'pages', 'pages/', '', '.', '..', '../x', '../../etc/passwd',
  'pages/../../x', 'pages\\a\\a', 'C:/x', 'C:\\x', '/abs/../../x', 'pages/a/a?x=1', ' pages/a/a ', 'pages/a/\u0000', 'comp/c/index', 'comp/c',
  './comp/c/index', '../comp/c/index', 'lib/button/index', 'lib/button', 'plugin://p/c', 'plugin-private://wx/c', 'miniprogram_npm/lib/button/index',
  'weui-miniprogram/dialog/dialog', '~/comp/c/index', '@/comp/c/index', 'sub', 'sub/p', 'sub/../pages/a/a', '😀', 'a'.repeat(300),
];
const aPath = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PATHS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
/** A value of the wrong type, sometimes. */
const junk = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.string({ maxLength: 5 }), fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 2 }));
const orJunk = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: junk });
const components = orJunk(fc.dictionary(fc.constantFrom('c', 'x-btn', 'van-button', 'a b', ''), orJunk(aPath), { maxKeys: 4 }));

const appJson = fc.record(
  {
    pages: orJunk(fc.array(orJunk(aPath), { maxLength: 5 })),
    subPackages: orJunk(
      fc.array(orJunk(fc.record({ root: orJunk(aPath), pages: orJunk(fc.array(orJunk(aPath), { maxLength: 3 })), independent: orJunk(fc.boolean()), name: junk }, { requiredKeys: [] })), { maxLength: 3 }),
    ),
    subpackages: orJunk(fc.array(fc.record({ root: orJunk(aPath), pages: orJunk(fc.array(aPath, { maxLength: 2 })) }), { maxLength: 2 })),
    tabBar: orJunk(fc.record({ list: orJunk(fc.array(orJunk(fc.record({ pagePath: orJunk(aPath), text: junk })), { maxLength: 3 })), custom: junk }, { requiredKeys: [] })),
    usingComponents: components,
    window: orJunk(fc.record({ navigationBarTitleText: orJunk(fc.string({ maxLength: 8 })) }, { requiredKeys: [] })),
    entryPagePath: orJunk(aPath),
    resolveAlias: orJunk(fc.dictionary(fc.constantFrom('~/*', '@/*', '*', ''), orJunk(aPath), { maxKeys: 2 })),
    plugins: orJunk(fc.dictionary(fc.string({ maxLength: 4 }), junk, { maxKeys: 2 })),
    sitemapLocation: orJunk(aPath),
    lazyCodeLoading: orJunk(fc.constant('requiredComponents')),
    useExtendedLib: orJunk(fc.dictionary(fc.constantFrom('weui', 'kbone'), junk, { maxKeys: 2 })),
    __proto__: junk,
  },
  { requiredKeys: [] },
);
const pageJson = fc.record({ usingComponents: components, component: junk, navigationBarTitleText: junk, componentGenerics: junk }, { requiredKeys: [] });
const projectConfig = fc.record({ miniprogramRoot: orJunk(aPath), compileType: junk, appid: junk, setting: orJunk(fc.record({ useCompilerPlugins: junk }, { requiredKeys: [] })) }, { requiredKeys: [] });

/** Files every generated project can point at: a page, a folder, a local component, an npm one. */
const TREE: Record<string, string> = {
  'pages/a/a.js': 'Page({ go() { wx.navigateTo({ url: "/pages/b/b" }) } })',
  'pages/a/a.wxml': '<c bindtap="go"/>',
  'pages/b/readme.md': 'a folder, not a page',
  'comp/c/index.js': 'Component({ properties: { x: String } })',
  'comp/c/index.json': '{"component": true, "usingComponents": {"self": "./index", "up": "../../../x"}}',
  'comp/c/index.wxml': '<view/>',
  'miniprogram_npm/lib/button/index.js': 'Component({})',
  'miniprogram_npm/lib/button/index.json': '{"component": true}',
  'miniprogram_npm/lib/button/index.wxml': '<view/>',
  'sub/p.js': 'Page({})',
  'sub/p.wxml': '<view/>',
};

/** A VFS that records every path it is asked about. */
function recording(files: Record<string, string>): { vfs: Vfs; asked: string[] } {
  const inner = new MemoryVfs(files);
  const asked: string[] = [];
  const rec =
    <A extends unknown[], R>(f: (p: string, ...a: A) => R) =>
    (p: string, ...a: A): R => {
      asked.push(p);
      return f.call(inner, p, ...a);
    };
  return {
    asked,
    vfs: { readText: rec(inner.readText), isFile: rec(inner.isFile), isDir: rec(inner.isDir), list: rec(inner.list), size: rec(inner.size) },
  };
}

/** The JSON text as written, or damaged: truncated, a byte flipped, comments and trailing commas, a BOM. */
const damage = (text: string) =>
  fc.oneof(
    fc.constant(text),
    fc.nat({ max: Math.max(0, text.length - 1) }).map((n) => text.slice(0, n)),
    fc.tuple(fc.nat({ max: text.length }), fc.constantFrom('\u0000', '\ufffd', '"', '{', '}', ',', '//x\n', '/*', '\r\n', '\\')).map(([i, c]) => text.slice(0, i) + c + text.slice(i)),
    fc.constant('\ufeff' + text.replace(/\}$/, ',}')),
  );

describe('generated and damaged JSON configuration', () => {
  it('analyze() resolves; no VFS path asked for climbs out of the root; diagnostics well-formed', async () => {
    const numRuns = runs(1000);
    let loaded = 0;
    await fc.assert(
      fc.asyncProperty(
        appJson.chain((a) => damage(JSON.stringify(a))),
        pageJson.chain((p) => damage(JSON.stringify(p))),
        fc.option(projectConfig.map((p) => JSON.stringify(p)), { nil: undefined }),
        async (app, page, project) => {
          const files: Record<string, string> = { ...TREE, 'app.json': app, 'pages/a/a.json': page };
          if (project !== undefined) files['project.config.json'] = project;
          const { vfs, asked } = recording(files);
          const res = await analyze({ vfs });
          expectWellFormed(res, files);
          // `/x` and `C:/x` are fine (root-absolute / a folder named `C:`): what must never be asked is a climb.
          expect(asked.filter((p) => normalizeRel(p) === null)).toEqual([]);
          if (res.model) loaded++;
        },
      ),
      { numRuns },
    );
    logRuns('app.json/page json/project.config.json generated + damaged (full analyze)', numRuns, `${loaded} loaded a project`);
  });

  it('loadProject resolves on arbitrary JSON values as app.json', async () => {
    const numRuns = runs(300);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (v) => {
        const bag = new DiagnosticBag();
        await loadProject(new MemoryVfs({ ...TREE, 'app.json': JSON.stringify(v) }), bag);
      }),
      { numRuns },
    );
    logRuns('loadProject on arbitrary JSON values', numRuns);
  });
});
