import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadProject, openProject } from '../../src/load/load-project.js';
import { load, page, summarize } from './helpers.js';

const APP = '{ "pages": ["pages/a/a"] }';

type Files = Record<string, string>;

describe('finding the project', () => {
  it.each<{ name: string; files: Files }>([
    { name: 'empty folder', files: {} },
    { name: 'project.config.json pointing at a folder without app.json', files: { 'project.config.json': '{ "miniprogramRoot": "mp/" }', 'app.json': APP } },
    { name: 'miniprogramRoot that is a file', files: { 'project.config.json': '{ "miniprogramRoot": "mp" }', mp: '' } },
  ])('$name → null with PROJECT_NOT_FOUND (no location)', async ({ files }) => {
    const r = await load(files);
    expect(r.project).toBeNull();
    expect(r.diags).toEqual(['PROJECT_NOT_FOUND -']);
  });

  it('a bare mini-program folder', async () => {
    const { project, diags } = await load({ 'app.json': APP, ...page('pages/a/a') });
    expect(diags).toEqual([]);
    expect(project!.info).toMatchObject({ root: '.', appid: null, miniprogramRoot: '.' });
    expect(project!.compileType).toBeNull();
  });

  it('honours miniprogramRoot; paths are relative to it', async () => {
    const { project, diags } = await load({
      'project.config.json': '{ "appid": "wx0123", "miniprogramRoot": "./miniprogram", "compileType": "miniprogram", "projectname": "shop" }',
      'app.json': '{ "pages": ["decoy/decoy"] }',
      'miniprogram/app.json': APP,
      ...Object.fromEntries(Object.entries(page('pages/a/a', '{}')).map(([k, v]) => [`miniprogram/${k}`, v])),
    });
    expect(diags).toEqual([]);
    expect(project!.info).toMatchObject({ appid: 'wx0123', miniprogramRoot: 'miniprogram/', name: 'shop' });
    expect(project!.compileType).toBe('miniprogram');
    expect(project!.pages[0]!.files).toEqual({ wxml: 'pages/a/a.wxml', script: 'pages/a/a.js', json: 'pages/a/a.json', wxss: null });
    expect(project!.vfs.readText('app.json')).toBe(APP);
    expect(project!.vfs.readText('../project.config.json')).toBeNull();
  });

  it('lets project.private.config.json override fields and settings', async () => {
    const { project } = await load({
      'project.config.json': '{ "appid": "wxpublic", "setting": { "useCompilerPlugins": ["sass"], "urlCheck": true } }',
      'project.private.config.json': '{ "appid": "wxprivate", "setting": { "useCompilerPlugins": ["typescript"] } }',
      'app.json': APP,
      ...page('pages/a/a'),
    });
    expect(project!.info.appid).toBe('wxprivate');
    expect(project!.typescript).toBe(true);
  });

  it.each<{ name: string; files: Files; diags: string[] }>([
    {
      name: 'miniprogramRoot escaping the folder: reported, the folder itself is used',
      files: { 'project.config.json': '{\n  "miniprogramRoot": "../elsewhere"\n}', 'app.json': APP, ...page('pages/a/a') },
      diags: ['PATH_ESCAPES_ROOT project.config.json:2:3'],
    },
    {
      name: 'invalid project.config.json: reported, defaults used',
      files: { 'project.config.json': '{\n  "appid": wx1\n}', 'app.json': APP, ...page('pages/a/a') },
      diags: ['PROJECT_CONFIG_INVALID project.config.json:2:12'],
    },
    {
      name: 'invalid project.private.config.json',
      files: { 'project.config.json': '{}', 'project.private.config.json': '{,}', 'app.json': APP, ...page('pages/a/a') },
      diags: ['JSON_INVALID project.private.config.json:1:2'],
    },
    {
      name: 'mistyped fields point into the file that set them',
      files: {
        'project.config.json': '{ "appid": "wx1", "setting": [] }',
        'project.private.config.json': '{\n  "appid": 7\n}',
        'app.json': APP,
        ...page('pages/a/a'),
      },
      diags: ['JSON_FIELD_TYPE project.config.json:1:19', 'JSON_FIELD_TYPE project.private.config.json:2:3'],
    },
  ])('$name', async ({ files, diags }) => {
    const r = await load(files);
    expect(r.diags).toEqual(diags);
    expect(r.project!.info.miniprogramRoot).toBe('.');
    expect(r.project!.pages.map((p) => p.path)).toEqual(['pages/a/a']);
  });
});

describe('openProject (real folders)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-load-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), text);
  };
  write('project.config.json', '{ "miniprogramRoot": "src/" }');
  write('secret.txt', 'outside the mini-program root');
  write('src/app.json', APP);
  write('src/pages/a/a.js', 'Page({})');
  write('src/pages/a/a.wxml', '<view/>');

  it.each([tmp, path.join(tmp, 'project.config.json')])('loads the project of %s through a VFS rooted at miniprogramRoot', async (dir) => {
    const diags = new DiagnosticBag();
    const opened = openProject(dir, diags);
    const project = await loadProject(opened!.projectVfs, diags);
    expect(summarize(diags)).toEqual([]);
    expect(project!.info.miniprogramRoot).toBe('src/');
    expect(project!.pages[0]!.files.script).toBe('pages/a/a.js');
    expect(project!.vfs.readText('../secret.txt')).toBeNull();
  });

  it('reports a folder that does not exist', () => {
    const diags = new DiagnosticBag();
    expect(openProject(path.join(tmp, 'nope'), diags)).toBeNull();
    expect(summarize(diags)).toEqual(['PROJECT_NOT_FOUND -']);
  });
});
