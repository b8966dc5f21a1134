import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { MAX_SCRIPT_NESTING, parseScript } from '../../src/script/parse-script.js';
import { nestingDepthExceeds } from '../../src/script/nesting-depth.js';

/** The deepest bracket nesting, by asking the scanner at each limit. */
function depth(text: string): number {
  let d = 0;
  while (nestingDepthExceeds(text, d)) d++;
  return d;
}

describe('nestingDepthExceeds', () => {
  it.each([
    ['', 0],
    ['f(a[b{c}])', 3],
    ['((((x))))', 4],
    ['")))(((("', 0],
    ["'((((' + \"[[[\"", 0],
    ['// ((((\nx', 0],
    ['/* (((( */ (x)', 1],
    ['`((( ${ a({}) } ((`', 3],
    ['`${ `${ `${ x }` }` }`', 3],
    ['`a\\${ ((( `', 0],
    [')))(((', 3], // closers before openers never go below zero
    ['"unterminated (((\n(x)', 1],
  ])('%j → %i', (text, want) => {
    expect(depth(text)).toBe(want);
  });
});

describe('parseScript refuses deep files before Babel sees them', () => {
  it.each([
    ['parentheses', (n: number) => `var v = ${'('.repeat(n)}1${')'.repeat(n)};`],
    ['async arrows (the shape that overflows a cold TypeScript parse first)', (n: number) => `var v = ${'async () => {'.repeat(n)}${'}'.repeat(n)};`],
    ['template literals', (n: number) => `var v = ${'`${'.repeat(n)}x${'}`'.repeat(n)};`],
  ])('%s: at the limit parsed, past it JS_TOO_DEEP', (_name, gen) => {
    for (const file of ['a.js', 'a.ts']) {
      const ok = new DiagnosticBag();
      expect(parseScript(gen(MAX_SCRIPT_NESTING), file, ok)).not.toBeNull();
      expect(ok.items).toEqual([]);
      const deep = new DiagnosticBag();
      expect(parseScript(gen(MAX_SCRIPT_NESTING + 1), file, deep)).toBeNull();
      expect(deep.items.map((d) => ({ code: d.code, loc: d.loc }))).toEqual([{ code: 'JS_TOO_DEEP', loc: { file, line: 1, column: 1 } }]);
    }
  });

  it('the outcome is the same cold and warm (found by fuzzing: 2,000 nested `[` parsed on a warm run, overflowed on a cold one)', () => {
    const text = `var v = ${'['.repeat(2007)}${']'.repeat(10)}`;
    const results = Array.from({ length: 5 }, () => {
      const bag = new DiagnosticBag();
      parseScript(text, 'a.ts', bag);
      return bag.items.map((d) => d.code);
    });
    expect(new Set(results.map((r) => r.join()))).toEqual(new Set(['JS_TOO_DEEP']));
  });
});
