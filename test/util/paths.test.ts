import { describe, expect, it } from 'vitest';
import { joinRel, normalizeRel, stripExt } from '../../src/util/paths.js';

describe('root-relative paths', () => {
  it.each([
    ['a/b/../c', 'a/c'],
    ['./a//b/', 'a/b'],
    ['../x', null],
    ['a/../../x', null],
    ['', ''],
    ['pages/a/a.wxml', 'pages/a/a.wxml'],
    ['a/', 'a'],
    ['/a', 'a'],
    ['a\\b', 'a/b'],
    ['.a/..b/...', '.a/..b/...'],
    ['a/.', 'a'],
    ['a/..', ''],
  ])('normalizeRel(%s) = %s', (given, want) => {
    expect(normalizeRel(given)).toBe(want);
  });

  it('normalizeRel agrees with splitting on every short path over its alphabet', () => {
    const bySplitting = (p: string): string | null => {
      const out: string[] = [];
      for (const seg of p.replace(/\\/g, '/').split('/')) {
        if (seg === '' || seg === '.') continue;
        if (seg === '..') {
          if (out.length === 0) return null;
          out.pop();
        } else out.push(seg);
      }
      return out.join('/');
    };
    const alphabet = ['a', '.', '/', '\\'];
    let paths = [''];
    for (let n = 0; n < 6; n++) {
      paths = paths.flatMap((p) => alphabet.map((c) => p + c));
      for (const p of paths) expect(normalizeRel(p), p).toBe(bySplitting(p));
    }
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
