import { describe, expect, it } from 'vitest';
import { parseJsonWithLocations } from '../../src/load/json-loc.js';

const pos = (text: string, path: string) => {
  const p = parseJsonWithLocations(text).index.get(path);
  return p ? [p.line, p.column] : null;
};

describe('parseJsonWithLocations', () => {
  it.each([
    ['{}', {}],
    ['[1, -2.5e3, true, false, null]', [1, -2500, true, false, null]],
    ['"a\\n\\u00e9"', 'a\né'],
    ['\uFEFF{"a": 1}', { a: 1 }],
    ['{"a": {"b": [{}, []]}}', { a: { b: [{}, []] } }],
    ['{"a": 1, "a": 2}', { a: 2 }],
  ])('parses %j like JSON.parse', (text, want) => {
    const r = parseJsonWithLocations(text);
    expect(r.error).toBeNull();
    expect(r.lenient).toEqual([]);
    expect(r.value).toEqual(want);
  });

  it('keeps "__proto__" as a plain key', () => {
    const v = parseJsonWithLocations('{"__proto__": {"x": 1}}').value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });

  const doc = ['{', '  "pages": [', '    "pages/a/a",', '    "pages/b/b"', '  ],', '  "usingComponents": { "goods-card": "/c" },', '  "sub": [{ "root": "p" }]', '}'].join('\n');

  it.each([
    ['', [1, 1]],
    ['pages', [2, 3]],
    ['pages[0]', [3, 5]],
    ['pages[1]', [4, 5]],
    ['usingComponents.goods-card', [6, 24]],
    ['sub[0]', [7, 11]],
    ['sub[0].root', [7, 13]],
    ['missing', null],
  ])('indexes %s at line/column %j', (path, want) => {
    expect(pos(doc, path)).toEqual(want);
  });

  it('counts CRLF lines', () => {
    expect(pos('{\r\n  "a": 1\r\n}', 'a')).toEqual([2, 3]);
  });

  it.each([
    ['{"a": 1 // note\n}', { a: 1 }, 'comment', [1, 9]],
    ['/* head */ {"a": 1}', { a: 1 }, 'comment', [1, 1]],
    ['{"a": [1, 2,],}', { a: [1, 2] }, 'trailing comma', [1, 12]],
  ])('accepts %j leniently', (text, want, what, at) => {
    const r = parseJsonWithLocations(text);
    expect(r.error).toBeNull();
    expect(r.value).toEqual(want);
    expect(r.lenient[0]?.what).toBe(what);
    expect([r.lenient[0]?.pos.line, r.lenient[0]?.pos.column]).toEqual(at);
  });

  it.each([
    ['{"a": 1,\n "b" 2}', 'Expected \':\' after property name, found character "2"', [2, 6]],
    ['{"a": 1\n  "b": 2}', 'Expected \',\' or \'}\', found character "\\""', [2, 3]],
    ['[1, 2', "Expected ',' or ']', found end of input", [1, 6]],
    ['{"a": "x', 'Unterminated string', [1, 7]],
    ['{"a": "x\ny"}', 'Control character in string (a string cannot span lines)', [1, 9]],
    ['{"a": "\\q"}', 'Invalid escape sequence in string', [1, 7]],
    ["{'a': 1}", 'Expected a property name, found character "\'"', [1, 2]],
    ['{"a": 01}', 'Expected \',\' or \'}\', found character "1"', [1, 8]],
    ['{"a": tru}', 'Unexpected character "t"', [1, 7]],
    ['{} x', 'Unexpected character "x" after the JSON value', [1, 4]],
    ['', 'Unexpected end of input', [1, 1]],
    ['/* open', 'Unterminated comment', [1, 1]],
    ['['.repeat(600), 'Nested deeper than 512 levels', [1, 514]],
  ])('reports %j with its position', (text, reason, at) => {
    const r = parseJsonWithLocations(text);
    expect(r.value).toBeUndefined();
    expect(r.error?.reason).toBe(reason);
    expect([r.error?.pos.line, r.error?.pos.column]).toEqual(at);
  });
});
