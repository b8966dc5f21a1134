import { describe, expect, it } from 'vitest';
import { subVfs } from '../../src/util/sub-vfs.js';
import { MemoryVfs } from '../../src/util/vfs.js';

const outer = new MemoryVfs({
  'project.config.json': '{}',
  'miniprogram/app.json': '{"pages":[]}',
  'miniprogram/pages/a/a.js': 'Page({})',
});

describe('subVfs', () => {
  const sub = subVfs(outer, 'miniprogram/')!;

  it.each([
    ['app.json', '{"pages":[]}'],
    ['./pages/../app.json', '{"pages":[]}'],
    ['../project.config.json', null],
    ['pages/../../project.config.json', null],
    ['missing.json', null],
  ])('readText(%s)', (rel, want) => {
    expect(sub.readText(rel)).toBe(want);
  });

  it('lists, sizes and tests files inside the sub-root only', () => {
    expect(sub.list('')).toEqual(['app.json', 'pages']);
    expect(sub.list('..')).toEqual([]);
    expect(sub.isDir('pages/a')).toBe(true);
    expect(sub.isFile('pages/a/a.js')).toBe(true);
    expect(sub.isFile('../project.config.json')).toBe(false);
    expect(sub.isDir('..')).toBe(false);
    expect(sub.size('app.json')).toBe(12);
    expect(sub.size('../project.config.json')).toBe(-1);
  });

  it.each([
    ['..', 'escapes'],
    ['missing', 'is not a folder'],
    ['project.config.json', 'is a file'],
  ])('refuses prefix %s (%s)', (prefix) => {
    expect(subVfs(outer, prefix)).toBeNull();
  });

  it('returns the VFS itself for the empty prefix', () => {
    expect(subVfs(outer, '.')).toBe(outer);
  });
});
