import { describe, expect, it } from 'vitest';
import { comp, load, page } from './helpers.js';

type Files = Record<string, string>;

/** A TypeScript project with its mini-program under miniprogram/, plus `extra` project files. */
function tsProject(extra: Files, pageJson = '{}'): Files {
  const mp: Files = {
    'app.json': '{ "pages": ["pages/a/a"] }',
    ...page('pages/a/a', pageJson),
    ...comp('components/c/index'),
  };
  return {
    'project.config.json': '{ "miniprogramRoot": "miniprogram/", "setting": { "useCompilerPlugins": ["typescript"] } }',
    ...Object.fromEntries(Object.entries(mp).map(([k, v]) => [`miniprogram/${k}`, v])),
    ...extra,
  };
}

describe('tsconfig paths → pathAliases', () => {
  it.each<{ name: string; files: Files; aliases: { pattern: string; targets: string[] }[]; diags: string[] }>([
    {
      name: 'baseUrl in the config, paths inherited through extends; targets outside the mini-program dropped',
      files: {
        'tsconfig.json': '{\n  // JSONC is fine here\n  "extends": "./configs/base.json",\n  "compilerOptions": { "baseUrl": ".", },\n}',
        'configs/base.json': `{
  "compilerOptions": {
    "paths": {
      "@/*": ["./miniprogram/*"],
      "@utils/*": ["miniprogram/utils/*", "typings/*"],
      "@types/*": ["typings/*"],
      "root": ["miniprogram"]
    }
  }
}`,
      },
      aliases: [
        { pattern: '@/*', targets: ['*'] },
        { pattern: '@utils/*', targets: ['utils/*'] },
        { pattern: 'root', targets: [''] },
      ],
      diags: ['TSCONFIG_PATH_OUTSIDE_ROOT configs/base.json:5:7', 'TSCONFIG_PATH_OUTSIDE_ROOT configs/base.json:6:7'],
    },
    {
      name: 'without baseUrl, paths are relative to the file that declares them',
      files: {
        'tsconfig.json': '{ "extends": "./configs/base" }',
        'configs/base.json': '{ "compilerOptions": { "paths": { "@/*": ["../miniprogram/*"] } } }',
      },
      aliases: [{ pattern: '@/*', targets: ['*'] }],
      diags: [],
    },
    {
      name: 'the config overrides what it extends; later extends override earlier ones',
      files: {
        'tsconfig.json': '{ "extends": ["./a.json", "./b.json"], "compilerOptions": { "baseUrl": "miniprogram" } }',
        'a.json': '{ "compilerOptions": { "paths": { "@a/*": ["a/*"] }, "baseUrl": "nowhere" } }',
        'b.json': '{ "compilerOptions": { "paths": { "@b/*": ["b/*"] } } }',
      },
      aliases: [{ pattern: '@b/*', targets: ['b/*'] }],
      diags: [],
    },
    {
      name: 'a package config under node_modules',
      files: {
        'tsconfig.json': '{ "extends": "@company/tsconfig" }',
        'node_modules/@company/tsconfig/tsconfig.json': '{ "compilerOptions": { "baseUrl": "../../../miniprogram", "paths": { "~/*": ["*"] } } }',
      },
      aliases: [{ pattern: '~/*', targets: ['*'] }],
      diags: [],
    },
    {
      name: 'cyclic extends end',
      files: {
        'tsconfig.json': '{ "extends": "./a.json", "compilerOptions": { "paths": { "@/*": ["miniprogram/*"] } } }',
        'a.json': '{ "extends": "./tsconfig.json" }',
      },
      aliases: [{ pattern: '@/*', targets: ['*'] }],
      diags: [],
    },
    {
      name: 'unresolvable and escaping extends',
      files: {
        'tsconfig.json': '{\n  "extends": ["./missing.json", "../outside.json", "/abs/tsconfig.json"],\n  "compilerOptions": { "paths": { "@/*": ["./miniprogram/*"] } }\n}',
      },
      aliases: [{ pattern: '@/*', targets: ['*'] }],
      diags: ['TSCONFIG_EXTENDS_UNRESOLVED tsconfig.json:2:15', 'PATH_ESCAPES_ROOT tsconfig.json:2:33', 'PATH_ESCAPES_ROOT tsconfig.json:2:52'],
    },
    {
      name: 'baseUrl escaping the project',
      files: { 'tsconfig.json': '{\n  "compilerOptions": {\n    "baseUrl": "..",\n    "paths": { "@/*": ["*"] }\n  }\n}' },
      aliases: [],
      diags: ['PATH_ESCAPES_ROOT tsconfig.json:3:5'],
    },
    {
      name: 'absolute target',
      files: { 'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["/usr/src/*"] } } }' },
      aliases: [],
      diags: ['TSCONFIG_PATH_OUTSIDE_ROOT tsconfig.json:1:35'],
    },
    {
      name: 'invalid tsconfig',
      files: { 'tsconfig.json': '{\n  "compilerOptions": {\n    "paths": { "@/*": [miniprogram] }\n  }\n}' },
      aliases: [],
      diags: ['JSON_INVALID tsconfig.json:3:24'],
    },
    { name: 'no tsconfig', files: {}, aliases: [], diags: [] },
  ])('$name', async ({ files, aliases, diags }) => {
    const r = await load(tsProject(files));
    expect(r.diags).toEqual(diags);
    expect(r.project!.pathAliases).toEqual(aliases);
  });

  it('resolves usingComponents through the aliases', async () => {
    const { project, diags } = await load(
      tsProject(
        { 'tsconfig.json': '{ "compilerOptions": { "baseUrl": "miniprogram", "paths": { "@/*": ["*"] } } }' },
        '{ "usingComponents": { "c": "@/components/c/index" } }',
      ),
    );
    expect(diags).toEqual([]);
    expect(project!.pages[0]!.components[0]).toMatchObject({ tag: 'c', path: 'components/c/index', origin: 'local' });
    expect(project!.components.map((c) => c.path)).toEqual(['components/c/index']);
  });

  it('puts app.json resolveAlias before tsconfig paths', async () => {
    const files = tsProject({ 'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["miniprogram/*"] } } }' });
    files['miniprogram/app.json'] = '{ "pages": ["pages/a/a"], "resolveAlias": { "~/*": "/src/*", "bad/*": "../../*" } }';
    const { project, diags } = await load(files);
    expect(project!.pathAliases).toEqual([
      { pattern: '~/*', targets: ['src/*'] },
      { pattern: '@/*', targets: ['*'] },
    ]);
    expect(diags).toEqual(['PATH_ESCAPES_ROOT app.json:1:62']);
  });

  it('ignores tsconfig.json in a JavaScript project', async () => {
    const { project } = await load({
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["*"] } } }',
      'app.json': '{ "pages": ["a/a"] }',
      ...page('a/a'),
    });
    expect(project!.typescript).toBe(false);
    expect(project!.pathAliases).toEqual([]);
  });
});
