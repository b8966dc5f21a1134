import { describe, expect, it } from 'vitest';
import { safeRegExp } from '../../src/flow/regexps.js';

/** Regular expressions from analysed code run only when they cannot backtrack catastrophically. */
describe('safeRegExp', () => {
  it.each([
    ['^\\/', '', true],
    ['\\?.*$', '', true],
    ['[a-z]+\\/(\\d+)', 'g', true],
    ['(ab)?c', '', true],
    ['(a+)+$', '', false],
    ['(a|aa)*b', '', false],
    ['((a)*)*', '', false],
    ['(x+x+)+y', '', false],
    ['(a)\\1', '', false],
    ['[(]+', '', true],
    ['a'.repeat(201), '', false],
    ['a', 'z', false],
    ['(', '', false],
  ])('%s /%s → %s', (pattern, flags, ok) => {
    expect(safeRegExp(pattern, flags) !== null).toBe(ok);
  });
});
