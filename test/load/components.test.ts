import { describe, expect, it } from 'vitest';
import { comp, load, page } from './helpers.js';

const PAGE_JSON = `{
  "usingComponents": {
    "card": "../../components/card/card",
    "abs": "/components/abs/index",
    "dir": "/components/folder",
    "van-button": "@vant/weapp/button/index",
    "van-cell": "@vant/weapp/cell",
    "plug": "plugin://myPlugin/comp",
    "esc": "../../../outside/x",
    "gone": "/components/none/none",
    "aliased": "~/components/abs/index",
    "with-ext": "/components/abs/index.js",
    "g-icon": "/components/card/card"
  }
}`;

const files = {
  'app.json': `{
  "pages": ["pages/index/index", "pages/plain/plain"],
  "resolveAlias": { "~/*": "/*" },
  "usingComponents": { "g-icon": "/components/icon/index", "shared": "components/shared" }
}`,
  ...page('pages/index/index', PAGE_JSON),
  ...page('pages/plain/plain'),
  ...comp('components/card/card', { child: './child/child' }),
  ...comp('components/card/child/child', { parent: '../card', abs: '/components/abs/index' }),
  ...comp('components/abs/index'),
  ...comp('components/folder/index'),
  ...comp('components/icon/index'),
  ...comp('components/shared'),
  ...comp('miniprogram_npm/@vant/weapp/button/index', { icon: '../icon/index' }),
  ...comp('miniprogram_npm/@vant/weapp/icon/index'),
  ...comp('miniprogram_npm/@vant/weapp/cell/index'),
};

/** `tag → path (origin)`, with `*` marking global refs. */
const refs = (units: { components: { tag: string; path: string | null; origin: string; global?: boolean }[] }) =>
  units.components.map((r) => `${r.global ? '*' : ''}${r.tag} → ${r.path} (${r.origin})`);

describe('usingComponents', () => {
  it('resolves every kind of spec, at the JSON location when it cannot', async () => {
    const { project, diags } = await load(files);
    expect(refs(project!.pages[0]!)).toEqual([
      'card → components/card/card (local)',
      'abs → components/abs/index (local)',
      'dir → components/folder/index (local)',
      'van-button → miniprogram_npm/@vant/weapp/button/index (npm)',
      'van-cell → miniprogram_npm/@vant/weapp/cell/index (npm)',
      'plug → null (plugin)',
      'esc → null (local)',
      'gone → null (local)',
      'aliased → components/abs/index (local)',
      'with-ext → components/abs/index (local)',
      'g-icon → components/card/card (local)',
      '*shared → components/shared (local)',
    ]);
    expect(diags).toEqual([
      'COMPONENT_PLUGIN pages/index/index.json:8:5',
      'PATH_ESCAPES_ROOT pages/index/index.json:9:5',
      'COMPONENT_UNRESOLVED pages/index/index.json:10:5',
    ]);
  });

  it('gives pages without JSON the global components', async () => {
    const { project } = await load(files);
    expect(refs(project!.pages[1]!)).toEqual(['*g-icon → components/icon/index (local)', '*shared → components/shared (local)']);
    expect(project!.pages[1]!.components[0]!.loc).toEqual({ file: 'app.json', line: 4, column: 24 });
  });

  it('discovers components transitively, once each, sorted by path', async () => {
    const { project } = await load(files);
    expect(project!.components.map((c) => c.path)).toEqual([
      'components/abs/index',
      'components/card/card',
      'components/card/child/child',
      'components/folder/index',
      'components/icon/index',
      'components/shared',
      'miniprogram_npm/@vant/weapp/button/index',
      'miniprogram_npm/@vant/weapp/cell/index',
      'miniprogram_npm/@vant/weapp/icon/index',
    ]);
    const child = project!.components.find((c) => c.path === 'components/card/child/child')!;
    expect(child).toMatchObject({
      isComponent: true,
      files: {
        script: 'components/card/child/child.js',
        wxml: 'components/card/child/child.wxml',
        json: 'components/card/child/child.json',
        wxss: null,
      },
    });
    expect(refs(child)).toEqual([
      'parent → components/card/card (local)',
      'abs → components/abs/index (local)',
      '*g-icon → components/icon/index (local)',
      '*shared → components/shared (local)',
    ]);
  });

  it.each([
    ['from a subpackage page, the nearest miniprogram_npm wins', 'pkg/pages/p/p', 'pkg/miniprogram_npm/x/index'],
    ['from a main page, only the root miniprogram_npm is visible', 'pages/m/m', 'miniprogram_npm/x/index'],
  ])('npm lookup: %s', async (_name, route, want) => {
    const { project, diags } = await load({
      'app.json': '{ "pages": ["pages/m/m"], "subpackages": [{ "root": "pkg", "pages": ["pages/p/p"] }] }',
      ...page('pages/m/m', '{ "usingComponents": { "x": "x" } }'),
      ...page('pkg/pages/p/p', '{ "usingComponents": { "x": "x" } }'),
      ...comp('pkg/miniprogram_npm/x/index'),
      ...comp('miniprogram_npm/x/index'),
    });
    expect(diags).toEqual([]);
    expect(project!.pages.find((p) => p.path === route)!.components[0]).toMatchObject({ path: want, origin: 'npm' });
  });

  it.each([
    ['bare spec climbing through miniprogram_npm', 'a/../../../x', 'PATH_ESCAPES_ROOT'],
    ['root-absolute spec climbing out', '/../x', 'PATH_ESCAPES_ROOT'],
    ['missing npm package', 'nope/button', 'COMPONENT_UNRESOLVED'],
    ['folder without index', '/components', 'COMPONENT_UNRESOLVED'],
    ['private plugin component', 'plugin-private://wx1/comp', 'COMPONENT_PLUGIN'],
    ['WeChat extended library', 'weui-miniprogram/cell/cell', 'COMPONENT_EXTENDED_LIB'],
    ['npm dependency not built into miniprogram_npm', '@vant/weapp/button/index', 'NPM_NOT_BUILT'],
  ])('%s → %s', async (_name, spec, code) => {
    const { project, diags } = await load({
      'app.json': '{ "pages": ["p/p"] }',
      'package.json': '{ "dependencies": { "@vant/weapp": "^1.11.0" } }',
      ...page('p/p', `{\n  "usingComponents": {\n    "t": ${JSON.stringify(spec)}\n  }\n}`),
      ...comp('components/other'),
      ...comp('x'),
    });
    expect(diags).toEqual([`${code} p/p.json:3:5`]);
    expect(project!.pages[0]!.components[0]!.path).toBeNull();
    expect(project!.components).toEqual([]);
  });

  it('reports global components once, in app.json', async () => {
    const { diags } = await load({
      'app.json': '{\n  "pages": ["a/a", "b/b"],\n  "usingComponents": { "g": "/missing" }\n}',
      ...page('a/a'),
      ...page('b/b'),
      ...comp('c/c'),
    });
    expect(diags).toEqual(['COMPONENT_UNRESOLVED app.json:3:24']);
  });

  it('records style sources and TypeScript scripts', async () => {
    const { project } = await load({
      'app.json': '{ "pages": ["a/a", "b/b"] }',
      'a/a.ts': 'Page({})',
      'a/a.js': '"compiled"',
      'a/a.wxml': '',
      'a/a.scss': '',
      'a/a.wxss': '',
      'b/b.js': 'Page({})',
      'b/b.wxml': '',
      'b/b.less': '',
    });
    expect(project!.pages.map((p) => p.files)).toEqual([
      { wxml: 'a/a.wxml', script: 'a/a.ts', json: null, wxss: 'a/a.wxss' },
      { wxml: 'b/b.wxml', script: 'b/b.js', json: null, wxss: 'b/b.less' },
    ]);
    expect(project!.typescript).toBe(true);
    expect(project!.info.typescript).toBe(true);
  });

  it('counts a TypeScript component as making a TypeScript project', async () => {
    const { project } = await load({
      'app.json': '{ "pages": ["a/a"], "usingComponents": { "c": "/c/c" } }',
      ...page('a/a'),
      'c/c.ts': 'Component({})',
      'c/c.json': '{ "component": true }',
    });
    expect(project!.typescript).toBe(true);
    expect(project!.components[0]!.files.script).toBe('c/c.ts');
  });
});
