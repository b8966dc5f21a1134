import { describe, expect, it } from 'vitest';
import { load, page } from './helpers.js';

/** route → [subpackage, independent, tab] of the loaded pages. */
async function routes(files: Record<string, string>) {
  const { project, diags } = await load(files);
  const pages = Object.fromEntries((project?.pages ?? []).map((p) => [p.path, [p.subpackage, p.independent, p.tab]]));
  return { project, pages, diags };
}

type Files = Record<string, string>;

describe('app.json routes', () => {
  it.each<{ name: string; files: Files; pages: Record<string, unknown[]>; diags: string[] }>([
    {
      name: 'main pages only',
      files: { 'app.json': '{ "pages": ["pages/index/index"] }', ...page('pages/index/index') },
      pages: { 'pages/index/index': [null, false, false] },
      diags: [],
    },
    {
      name: 'both subpackage spellings, independent, tabBar',
      files: {
        'app.json': `{
  "pages": ["pages/a/a", "pages/b/b"],
  "subpackages": [{ "root": "pkgA", "pages": ["p/x"] }],
  "subPackages": [{ "root": "/pkgB/", "name": "b", "pages": ["p/y"], "independent": true }],
  "tabBar": { "list": [{ "pagePath": "pages/b/b" }, { "pagePath": "/pages/a/a" }] }
}`,
        ...page('pages/a/a'),
        ...page('pages/b/b'),
        ...page('pkgA/p/x'),
        ...page('pkgB/p/y'),
      },
      pages: {
        'pages/a/a': [null, false, true],
        'pages/b/b': [null, false, true],
        'pkgA/p/x': ['pkgA', false, false],
        'pkgB/p/y': ['pkgB', true, false],
      },
      diags: [],
    },
    {
      name: 'normalised, duplicate, escaping, empty and mistyped routes',
      files: {
        'app.json': `{
  "pages": [
    "/pages/a//a",
    "pages/b/b.js",
    "pages/a/a",
    "../outside/x",
    "",
    3
  ],
  "subpackages": [
    { "root": "pkg", "pages": ["../../etc/x", "p/z"] },
    { "name": "no-root", "pages": ["q"] },
    { "root": "../up", "pages": ["q"] },
    { "root": "/", "pages": ["q"] }
  ]
}`,
        ...page('pages/a/a'),
        ...page('pages/b/b'),
        ...page('pkg/p/z'),
      },
      pages: { 'pages/a/a': [null, false, false], 'pages/b/b': [null, false, false], 'pkg/p/z': ['pkg', false, false] },
      diags: [
        'ROUTE_DUPLICATE app.json:5:5',
        'PATH_ESCAPES_ROOT app.json:6:5',
        'ROUTE_INVALID app.json:7:5',
        'JSON_FIELD_TYPE app.json:8:5',
        'PATH_ESCAPES_ROOT app.json:11:32',
        'JSON_FIELD_TYPE app.json:12:5',
        'PATH_ESCAPES_ROOT app.json:13:7',
        'ROUTE_INVALID app.json:14:7',
      ],
    },
    {
      name: 'missing page files, reported at the route',
      files: {
        'app.json': `{
  "pages": ["pages/only-wxml/index", "pages/nothing/index", "pages/ts/index"],
  "subPackages": [{ "root": "pkg", "pages": ["gone"] }]
}`,
        'pages/only-wxml/index.wxml': '<view/>',
        'pages/ts/index.ts': 'Page({})',
        'pages/ts/index.wxml': '<view/>',
      },
      pages: {
        'pages/only-wxml/index': [null, false, false],
        'pages/nothing/index': [null, false, false],
        'pages/ts/index': [null, false, false],
        'pkg/gone': ['pkg', false, false],
      },
      diags: [
        'PAGE_FILES_MISSING app.json:2:13',
        'PAGE_FILES_MISSING app.json:2:38',
        'PAGE_FILES_MISSING app.json:2:38',
        'PAGE_FILES_MISSING app.json:3:46',
        'PAGE_FILES_MISSING app.json:3:46',
      ],
    },
    {
      name: 'unknown tabBar page and entryPagePath',
      files: {
        'app.json': `{
  "pages": ["pages/a/a"],
  "entryPagePath": "pages/nope/nope",
  "tabBar": { "list": [{ "pagePath": "pages/a/a" }, { "pagePath": "pages/x/x" }, { "pagePath": "../y" }] }
}`,
        ...page('pages/a/a'),
      },
      pages: { 'pages/a/a': [null, false, true] },
      diags: ['ENTRY_PAGE_UNKNOWN app.json:3:3', 'TABBAR_PAGE_UNKNOWN app.json:4:55', 'PATH_ESCAPES_ROOT app.json:4:84'],
    },
    {
      name: 'no pages',
      files: { 'app.json': '{\n  "window": {}\n}' },
      pages: {},
      diags: ['APP_NO_PAGES app.json:1:1'],
    },
    {
      name: 'empty pages array',
      files: { 'app.json': '{\n  "pages": []\n}' },
      pages: {},
      diags: ['APP_NO_PAGES app.json:2:3'],
    },
    {
      name: 'pages of the wrong type',
      files: { 'app.json': '{\n  "pages": "pages/a/a"\n}' },
      pages: {},
      diags: ['APP_NO_PAGES app.json:2:3', 'JSON_FIELD_TYPE app.json:2:3'],
    },
  ])('$name', async ({ files, pages, diags }) => {
    const r = await routes(files);
    expect(r.pages).toEqual(pages);
    expect(r.diags).toEqual(diags);
  });

  it('keeps app.json order and records where each route is declared', async () => {
    const { project } = await load({
      'app.json': '{\n  "pages": ["pages/b/b", "pages/a/a"],\n  "subpackages": [{ "root": "s", "pages": ["x"] }]\n}',
      ...page('pages/a/a'),
      ...page('pages/b/b'),
      ...page('s/x'),
    });
    expect(project!.pages.map((p) => p.path)).toEqual(['pages/b/b', 'pages/a/a', 's/x']);
    expect(project!.pages.map((p) => p.declaredAt)).toEqual([
      { file: 'app.json', line: 2, column: 13 },
      { file: 'app.json', line: 2, column: 26 },
      { file: 'app.json', line: 3, column: 44 },
    ]);
    expect([...project!.routes]).toEqual(['pages/b/b', 'pages/a/a', 's/x']);
    expect(project!.subpackages).toEqual([{ root: 's', name: null, independent: false, pages: ['s/x'] }]);
  });

  it('points a duplicate at its first declaration', async () => {
    const { bag } = await load({ 'app.json': '{ "pages": ["a/a", "a/a"] }', ...page('a/a') });
    expect(bag.items[0]).toMatchObject({
      code: 'ROUTE_DUPLICATE',
      severity: 'warning',
      loc: { file: 'app.json', line: 1, column: 20 },
      related: [{ file: 'app.json', line: 1, column: 13 }],
    });
  });
});

describe('app.json settings', () => {
  const files = {
    'app.json': `{
  "pages": ["pages/a/a", "pages/b/b"],
  "entryPagePath": "/pages/b/b",
  "window": { "navigationBarTitleText": "Shop" },
  "plugins": { "myPlugin": { "version": "1.0.0", "provider": "wx1" } },
  "subpackages": [{ "root": "s", "pages": [], "plugins": { "aPlugin": {}, "myPlugin": {} } }],
  "sitemapLocation": "/sitemap.json",
  "useExtendedLib": { "weui": true, "kbone": true },
  "lazyCodeLoading": "requiredComponents"
}`,
    ...page('pages/a/a', '{ "navigationBarTitleText": "Page A" }'),
    ...page('pages/b/b', '{}'),
  };

  it('fills ProjectInfo', async () => {
    const { project } = await load(files);
    expect(project!.info).toEqual({
      root: '.',
      appid: null,
      miniprogramRoot: '.',
      plugins: ['aPlugin', 'myPlugin'],
      entryPagePath: 'pages/b/b',
      typescript: false,
      lazyCodeLoading: 'requiredComponents',
      sitemapLocation: 'sitemap.json',
      useExtendedLib: ['kbone', 'weui'],
      name: null,
    });
    expect(project!.appJson.lazyCodeLoading).toBe('requiredComponents');
  });

  it('reports each plugin once, at its first declaration', async () => {
    const { diags, bag } = await load(files);
    expect(diags).toEqual(['PLUGIN_DEPENDENCY app.json:5:16', 'PLUGIN_DEPENDENCY app.json:6:60']);
    expect(bag.items.every((d) => d.severity === 'info')).toBe(true);
  });

  it('titles a page from its JSON, else from the app window', async () => {
    const { project } = await load(files);
    expect(project!.pages.map((p) => p.title)).toEqual(['Page A', 'Shop']);
  });

  it('finds app.ts before app.js', async () => {
    const base = { 'app.json': '{ "pages": ["a/a"] }', ...page('a/a') };
    expect((await load({ ...base, 'app.js': '' })).project!.appScript).toBe('app.js');
    expect((await load({ ...base, 'app.js': '', 'app.ts': '' })).project!.appScript).toBe('app.ts');
    expect((await load(base)).project!.appScript).toBeNull();
  });
});

describe('JSON problems', () => {
  it.each<{ name: string; files: Files; diags: string[]; routes: string[] }>([
    {
      name: 'invalid app.json: error at the failure, nothing loaded',
      files: { 'app.json': '{\n  "pages": ["a/a"]\n  "window": {}\n}' },
      diags: ['APP_JSON_INVALID app.json:3:3'],
      routes: [],
    },
    {
      name: 'app.json with comments and a trailing comma: read, with a warning at the first',
      files: { 'app.json': '{\n  // main pages\n  "pages": ["a/a",],\n}', ...page('a/a') },
      diags: ['JSON_NONSTANDARD app.json:2:3'],
      routes: ['a/a'],
    },
    {
      name: 'app.json that is not an object',
      files: { 'app.json': '\n  ["a/a"]' },
      diags: ['JSON_FIELD_TYPE app.json:2:3'],
      routes: [],
    },
    {
      name: 'invalid page JSON: error in that file, page still listed',
      files: { 'app.json': '{ "pages": ["a/a"] }', ...page('a/a', '{\n  "usingComponents": {\n    "x": "./x",\n  ,}\n}') },
      diags: ['JSON_INVALID a/a.json:4:3'],
      routes: ['a/a'],
    },
    {
      name: 'mistyped page JSON fields',
      files: {
        'app.json': '{ "pages": ["a/a"], "window": [], "usingComponents": { "x": 1 } }',
        ...page('a/a', '{\n  "navigationBarTitleText": 5,\n  "component": "yes",\n  "usingComponents": []\n}'),
      },
      diags: [
        'JSON_FIELD_TYPE a/a.json:2:3',
        'JSON_FIELD_TYPE a/a.json:3:3',
        'JSON_FIELD_TYPE a/a.json:4:3',
        'JSON_FIELD_TYPE app.json:1:21',
        'JSON_FIELD_TYPE app.json:1:56',
      ],
      routes: ['a/a'],
    },
  ])('$name', async ({ files, diags, routes }) => {
    const r = await load(files);
    expect(r.diags).toEqual(diags);
    expect(r.project!.pages.map((p) => p.path)).toEqual(routes);
  });

  it('words the invalid-JSON reason without positions (the location has them)', async () => {
    const { bag } = await load({ 'app.json': '{ "pages": [} ' });
    expect(bag.items[0]!.message).toBe('app.json is not valid JSON: Unexpected character "}"');
  });
});
