import { describe, expect, it } from 'vitest';
import { joinRel, normalizeRel, stripExt } from '../../src/util/paths.js';

describe('root-relative paths', () => {
  it.each([
    ['a/b/../c', 'a/c'],
    ['./a//b/', 'a/b'],
    ['../x', null],
    ['a/../../x', null],
    ['', ''],
  ])('normalizeRel(%s) = %s', (given, want) => {
    expect(normalizeRel(given)).toBe(want);
  });

  it.each([
    ['pages/a', '../b/b', 'pages/b/b'],
    ['pages/a', '/components/x', 'components/x'],
    ['pages/a', '../../../etc/passwd', null],
    ['', '/../x', null],
  ])('joinRel(%s, %s) = %s', (base, spec, want) => {
    expect(joinRel(base, spec)).toBe(want);
  });

  it('stripExt keeps dotted directories', () => {
    expect(stripExt('a.b/c')).toBe('a.b/c');
    expect(stripExt('a/c.wxml')).toBe('a/c');
  });
});
