import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { hasStackTrace, runCli } from './cli-run.js';
import { watchFs } from './fs-watch.js';
import { codesOf, expectWellFormed, isInside, makeTempDir, removeDir, writeTree } from './helpers.js';

/**
 * The file system as an attacker arranges it, on real temp folders (NodeVfs):
 * symlinks out of the root, symlink loops, a link to the root itself, a FIFO
 * where a script should be, folders where files should be, routes and
 * component paths that climb out. For each layout: analyze() resolves, no
 * file under the sibling `outside/` folder is ever opened or listed, nothing
 * from it reaches the output, and the CLI exits 0 or 1 without a stack trace
 * and writes only inside --out.
 */

const SECRET = 'SECRET-7f3a';
const OUTSIDE = {
  'secret.js': `module.exports = { go() { wx.request({ url: "https://${SECRET}.example.com/" }) } }; Page({ onLoad() { wx.request({ url: "https://${SECRET}.example.com/" }) } })`,
  'secret.wxml': `<button bindtap="${SECRET}">${SECRET}</button>`,
  'secret.json': `{"usingComponents": {"x": "./${SECRET}"}, "navigationBarTitleText": "${SECRET}"}`,
  'app.json': `{"pages": ["${SECRET}/p"]}`,
  'comp/index.js': `Component({ properties: { ${SECRET.replace(/-/g, '_')}: String } })`,
  'comp/index.json': '{"component": true}',
  'comp/index.wxml': `<view>${SECRET}</view>`,
  'target.txt': 'do not touch',
};

const APP = {
  'app.json': JSON.stringify({ pages: ['pages/home/home'] }),
  'pages/home/home.js': 'Page({ onLoad() { wx.request({ url: "https://api.example.com/home" }) } })',
  'pages/home/home.wxml': '<view>home</view>',
};

/** Each layout: extra files, symlinks (link → target, relative to the project root), app.json override. */
interface Layout {
  files?: Record<string, string>;
  links?: Record<string, string>;
  fifo?: string;
  app?: unknown;
  /** Codes that must be reported. */
  want?: string[];
  /** The project must not load (PROJECT_NOT_FOUND). */
  notLoaded?: boolean;
}

const LAYOUTS: [string, Layout][] = [
  ['page script is a symlink out of the root', { links: { 'pages/a/a.js': '../../../outside/secret.js' }, files: { 'pages/a/a.wxml': '<view/>' }, app: { pages: ['pages/home/home', 'pages/a/a'] }, want: ['PAGE_FILES_MISSING'] }],
  ['page template is a symlink out of the root', { links: { 'pages/a/a.wxml': '../../../outside/secret.wxml' }, files: { 'pages/a/a.js': 'Page({})' }, app: { pages: ['pages/home/home', 'pages/a/a'] }, want: ['PAGE_FILES_MISSING'] }],
  ['page json is a symlink out of the root', { links: { 'pages/home/home.json': '../../../outside/secret.json' } }],
  ['a helper folder is a symlink out of the root', { links: { utils: '../outside' }, files: { 'pages/home/home.js': 'const s = require("../../utils/secret.js"); Page({ onLoad() { s.go(); wx.request({ url: "https://api.example.com/home" }) } })' }, want: ['MODULE_UNRESOLVED'] }],
  ['require climbs out with ../', { files: { 'pages/home/home.js': 'const s = require("../../../outside/secret.js"); Page({ onLoad() { s.go(); wx.request({ url: "https://api.example.com/home" }) } })' }, want: ['PATH_ESCAPES_ROOT'] }],
  ['wxml include of a symlink out of the root', { links: { 'linked.wxml': '../outside/secret.wxml' }, files: { 'pages/home/home.wxml': '<include src="/linked.wxml"/><import src="../../../outside/secret.wxml"/>' }, want: ['PATH_ESCAPES_ROOT', 'WXML_IMPORT_UNRESOLVED'] }],
  ['usingComponents through a symlinked folder and a climbing path', { links: { 'components/ext': '../../outside/comp' }, files: { 'pages/home/home.json': '{"usingComponents": {"a": "/components/ext/index", "b": "../../../outside/comp/index"}}' }, want: ['COMPONENT_UNRESOLVED', 'PATH_ESCAPES_ROOT'] }],
  ['a symlink loop where a page should be', { links: { 'pages/loop/loop.js': 'loop.js', 'pages/l1': 'l2', 'pages/l2': 'l1' }, files: { 'pages/loop/loop.wxml': '<view/>' }, app: { pages: ['pages/home/home', 'pages/loop/loop', 'pages/l1/x'] }, want: ['PAGE_FILES_MISSING'] }],
  ['a symlink to the root itself', { links: { 'pages/self': '../..', 'self': '.' }, files: { 'pages/home/home.json': '{"usingComponents": {"a": "/self/self/self/components/c/index"}}', 'components/c/index.js': 'Component({})', 'components/c/index.json': '{"component":true}', 'components/c/index.wxml': '<view/>' }, app: { pages: ['pages/home/home', 'self/self/pages/home/home'] } }],
  ['a FIFO where a page script should be', { fifo: 'pages/f/f.js', files: { 'pages/f/f.wxml': '<view/>' }, app: { pages: ['pages/home/home', 'pages/f/f'] }, want: ['PAGE_FILES_MISSING'] }],
  ['routes naming folders and files with folder names', { files: { 'pages/dir/readme.md': 'x', 'pages/odd/odd.js/keep': 'x', 'pages/odd/odd.wxml': '<view/>' }, app: { pages: ['pages/home/home', 'pages/dir', 'pages', 'pages/odd/odd', '/'] }, want: ['PAGE_FILES_MISSING', 'ROUTE_INVALID'] }],
  ['routes, subpackage roots, tabBar and sitemap climbing out', { app: { pages: ['pages/home/home', '../outside/secret', '/../../outside/secret'], subPackages: [{ root: '../outside', pages: ['secret'] }], tabBar: { list: [{ pagePath: '../outside/secret' }] }, sitemapLocation: '../outside/secret.json', entryPagePath: '../../x' }, want: ['PATH_ESCAPES_ROOT'] }],
  ['component paths naming folders without index and the root', { files: { 'components/empty/readme.md': 'x', 'pages/home/home.json': '{"usingComponents": {"a": "/components/empty", "b": "/", "c": ".", "d": "/pages/home/home.wxml/"}}' }, want: ['COMPONENT_UNRESOLVED'] }],
  ['app.json itself is a symlink out of the root', { links: { 'app.json': '../outside/app.json' }, notLoaded: true }],
  ['miniprogramRoot is a symlink out of the root', { links: { mp: '../outside' }, files: { 'project.config.json': '{"miniprogramRoot": "mp/"}' }, notLoaded: true }],
];

let base = '';
let outside = '';
beforeAll(() => {
  base = makeTempDir('fs');
  outside = path.join(base, 'outside');
  writeTree(outside, OUTSIDE);
});
afterAll(() => removeDir(base));

let n = 0;
function build(layout: Layout): string {
  const root = path.join(base, `p${n++}`, 'root');
  const files: Record<string, string> = { ...APP, ...(layout.files ?? {}) };
  if (layout.app !== undefined) files['app.json'] = JSON.stringify(layout.app);
  for (const l of Object.keys(layout.links ?? {})) delete files[l];
  writeTree(root, files);
  for (const [link, target] of Object.entries(layout.links ?? {})) {
    const abs = path.join(root, link);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.symlinkSync(target, abs);
  }
  if (layout.fifo) {
    const abs = path.join(root, layout.fifo);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    mkfifo(abs);
  }
  return root;
}

/** A named pipe (reading it would block forever); a plain file stands in where mkfifo is unavailable. */
function mkfifo(abs: string): void {
  try {
    execFileSync('mkfifo', [abs]); // Node has no mkfifo of its own
  } catch {
    fs.writeFileSync(abs, 'Page({})');
  }
}

const touchedOutside = (paths: string[]) => paths.filter((p) => isInside(outside, p));

describe.each(LAYOUTS)('%s', (_name, layout) => {
  it('analyze(): resolves, never opens outside/, nothing of it in the model', async () => {
    const root = build(layout);
    const { result: res, log } = await watchFs(() => analyze({ dir: root }));
    expect(touchedOutside(log.reads)).toEqual([]);
    expect(log.writes).toEqual([]);
    expectWellFormed(res);
    if (layout.notLoaded) {
      expect(res.model).toBeNull();
      expect(codesOf(res)).toContain('PROJECT_NOT_FOUND');
      return;
    }
    expect(res.model).not.toBeNull();
    expect(log.reads.some((p) => isInside(root, p))).toBe(true); // the watch does see reads
    expect(JSON.stringify(res.model)).not.toContain(SECRET);
    for (const code of layout.want ?? []) expect(codesOf(res)).toContain(code);
    expect(res.model!.pages.find((p) => p.route === 'pages/home/home')?.effects.map((e) => e.kind)).toEqual(['request']);
  });

  it('CLI: exits 0/1 (2 only when nothing loads), no stack trace, writes only inside --out', async () => {
    const root = build(layout);
    const out = path.join(path.dirname(root), 'out');
    const { result: run, log } = await watchFs(() => runCli(['analyze', root, '--out', out, '--format', 'json']));
    expect(run.code).toBe(layout.notLoaded ? 2 : run.code === 0 ? 0 : 1);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    expect(touchedOutside(log.reads)).toEqual([]);
    expect(log.writes.filter((w) => !isInside(out, w))).toEqual([]);
    if (!layout.notLoaded) {
      const written = fs.readFileSync(path.join(out, 'analysis.json'), 'utf8');
      expect(written).not.toContain(SECRET);
      expect(written).not.toContain(base); // no absolute paths
    }
  });
});

describe('the output folder', () => {
  it('an analysis.json in --out that is a symlink to a file elsewhere is left alone (refused), not written through', async () => {
    const root = build({});
    const out = path.join(path.dirname(root), 'out');
    fs.mkdirSync(out, { recursive: true });
    fs.symlinkSync(path.join(outside, 'target.txt'), path.join(out, 'analysis.json'));
    const { result: run, log } = await watchFs(() => runCli(['analyze', root, '--out', out]));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('analysis.json');
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(fs.readFileSync(path.join(outside, 'target.txt'), 'utf8')).toBe('do not touch');
    expect(log.writes.filter((w) => !isInside(out, w))).toEqual([]);
  });

  it('a project that does not exist exits 2 with a diagnostic, no stack trace, nothing written', async () => {
    const out = path.join(base, 'never');
    const { result: run, log } = await watchFs(() => runCli(['analyze', path.join(base, 'no-such-project'), '--out', out]));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PROJECT_NOT_FOUND');
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(log.writes).toEqual([]);
  });
});
