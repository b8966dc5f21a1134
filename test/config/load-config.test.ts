import fs from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { displayPath, parseConfig } from '../../src/config/load-config.js';
import type { AutoskillConfig } from '../../src/config/config-types.js';

/**
 * Loading autoskill.config.json: every finding is a diagnostic at the key it
 * is about (file:line:column), the rest of the file still applies.
 */

const FILE = 'autoskill.config.json';
const lines = (...ls: string[]) => ls.join('\n') + '\n';

interface Want {
  code: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  message?: string | RegExp;
}

const CASES: [string, string, Want[]][] = [
  ['an unknown top-level key (with a suggestion)', lines('{', '  "lang": "en",', '  "exlude": ["pages/a"]', '}'), [
    { code: 'CONFIG_UNKNOWN_KEY', severity: 'warning', line: 3, column: 3, message: 'Unknown key "exlude" in the top level (did you mean "exclude"?); it is ignored' },
  ]],
  ['an unknown key inside an API override', lines('{', '  "apis": {', '    "pages/a/a#tap": { "descripton": "x" }', '  }', '}'), [
    { code: 'CONFIG_UNKNOWN_KEY', severity: 'warning', line: 3, column: 24, message: 'Unknown key "descripton" in apis["pages/a/a#tap"] (did you mean "description"?); it is ignored' },
  ]],
  ['an unknown key inside a parameter, no close match', lines('{"apis": {"p#entry": {"params": {"id": {', '  "source": "query"', '}}}}}'), [
    { code: 'CONFIG_UNKNOWN_KEY', severity: 'warning', line: 2, column: 3, message: 'Unknown key "source" in apis["p#entry"].params.id; it is ignored' },
  ]],
  ['a language that is not zh or en', lines('{', '  "lang": "fr"', '}'), [
    { code: 'CONFIG_INVALID', severity: 'error', line: 2, column: 3, message: 'lang: must be one of "zh", "en"; this setting is ignored' },
  ]],
  ['an unknown grouping', lines('{ "grouping": "page" }'), [{ code: 'CONFIG_INVALID', severity: 'error', line: 1, column: 3, message: /^grouping: must be one of "domain", "subpackage", "single"/ }]],
  ['out that is not a string', lines('{', '  "out": 3', '}'), [{ code: 'CONFIG_INVALID', severity: 'error', line: 2, column: 3, message: 'out: must be a string; this setting is ignored' }]],
  ['a selector that is not a string, and an empty one', lines('{', '  "include": [', '    "pages/a",', '    7,', '    ""', '  ]', '}'), [
    { code: 'CONFIG_INVALID', severity: 'error', line: 4, column: 5, message: 'include[1]: must be a string; this setting is ignored' },
    { code: 'CONFIG_INVALID', severity: 'error', line: 5, column: 5, message: 'include[2]: must not be empty; this setting is ignored' },
  ]],
  ['an API id without #', lines('{', '  "apis": {', '    "pages/a/a": { "name": "x" }', '  }', '}'), [
    { code: 'CONFIG_INVALID', severity: 'error', line: 3, column: 5, message: /^apis\["pages\/a\/a"\]: must be a stable API id/ },
  ]],
  ['a name that is not camelCase', lines('{"apis": {', '  "pages/a/a#tap": {', '    "name": "Add-To-Cart"', '  }', '}}'), [
    { code: 'CONFIG_INVALID', severity: 'error', line: 3, column: 5, message: /^apis\["pages\/a\/a#tap"\]\.name: must be camelCase/ },
  ]],
  ['a parameter type JSON Schema drafts do not use here', lines('{"apis": {"p#tap": {"params": {"id": {', '  "type": "integer"', '}}}}}'), [
    { code: 'CONFIG_INVALID', severity: 'error', line: 2, column: 3, message: /^apis\["p#tap"\]\.params\.id\.type: must be one of "string", "number", "boolean", "array"/ },
  ]],
  ['drop that is not a boolean', lines('{"apis": {"p#tap": {', '  "drop": "yes"', '}}}'), [{ code: 'CONFIG_INVALID', severity: 'error', line: 2, column: 3 }]],
  ['a skill name that is not a folder name', lines('{"skills": {', '  "My Skill": { "apis": ["p#tap"] }', '}}'), [
    { code: 'CONFIG_INVALID', severity: 'error', line: 2, column: 3, message: /^skills\["My Skill"\]: a skill name must be a kebab-case folder name/ },
  ]],
  ['a skill with an empty API list', lines('{"skills": {"cart": {', '  "apis": []', '}}}'), [
    { code: 'CONFIG_INVALID', severity: 'error', line: 2, column: 3, message: 'skills.cart.apis: must list at least 1 item; this setting is ignored' },
  ]],
  ['an API listed twice in one skill', lines('{"skills": {"cart": {"apis": [', '  "p#a",', '  "p#a"', ']}}}'), [
    { code: 'CONFIG_INVALID', severity: 'error', line: 3, column: 3, message: 'skills.cart.apis[1]: repeats item 0; this setting is ignored' },
  ]],
  ['an API in two skills', lines('{"skills": {', '  "a": { "apis": ["p#x"] },', '  "b": { "apis": ["p#y", "p#x"] }', '}}'), [
    { code: 'CONFIG_INVALID', severity: 'error', line: 3, column: 26, message: 'skills.b.apis: "p#x" is already in skill "a"; this setting is ignored' },
  ]],
  ['not JSON', lines('{', '  "lang": "en"', '  "out": "x"', '}'), [{ code: 'CONFIG_INVALID', severity: 'error', line: 3, column: 3, message: /^autoskill\.config\.json: not valid JSON \(Expected ',' or '}'/ }]],
  ['not an object', lines('["lang"]'), [{ code: 'CONFIG_INVALID', severity: 'error', line: 1, column: 1, message: 'autoskill.config.json: must be a JSON object; this setting is ignored' }]],
  ['comments: read, with a warning', lines('{', '  // reviewed 2026-07', '  "lang": "en"', '}'), [{ code: 'JSON_NONSTANDARD', severity: 'warning', line: 2, column: 3 }]],
  ['a valid file', lines('{', '  "$schema": "./node_modules/autoskill/schema/autoskill.config.schema.json",', '  "lang": "en"', '}'), []],
];

describe('parseConfig: diagnostics at the key they are about', () => {
  it.each(CASES)('%s', (_name, text, want) => {
    const { diagnostics } = parseConfig(text, FILE);
    expect(diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.loc?.line, column: d.loc?.column, file: d.loc?.file }))).toEqual(
      want.map((w) => ({ code: w.code, severity: w.severity, line: w.line, column: w.column, file: FILE })),
    );
    want.forEach((w, i) => {
      if (w.message) expect(diagnostics[i]!.message).toMatch(w.message);
    });
  });
});

describe('parseConfig: what is read', () => {
  const full = lines(
    '{',
    '  "include": ["pages/**", "packageOrder"],',
    '  "exclude": ["pages/auth/*"],',
    '  "grouping": "subpackage",',
    '  "lang": "en",',
    '  "out": "ai/drafts",',
    '  "skills": {',
    '    "checkout": { "title": "Checkout", "description": "Pay for the cart.", "apis": ["pages/cart/cart#entry", "packageOrder/checkout/checkout#submitOrder"] },',
    '    "goods": { "title": "Browse goods" }',
    '  },',
    '  "apis": {',
    '    "pages/goods/goods#addToCart": {',
    '      "name": "addGoodsToCart",',
    '      "description": "Adds the chosen goods to the cart.",',
    '      "params": { "goodsId": { "description": "From getGoodsDetail.", "type": "number", "required": true } }',
    '    },',
    '    "pages/goods/goods#buyGoods": { "drop": true }',
    '  }',
    '}',
  );

  it('reads every key, with the location of each override', () => {
    const { config, diagnostics } = parseConfig(full, FILE);
    expect(diagnostics).toEqual([]);
    const at = (line: number, column: number) => ({ file: FILE, line, column });
    expect(config).toEqual<AutoskillConfig>({
      out: 'ai/drafts',
      lang: 'en',
      grouping: 'subpackage',
      overrides: {
        include: [
          { pattern: 'pages/**', loc: at(2, 15) },
          { pattern: 'packageOrder', loc: at(2, 27) },
        ],
        exclude: [{ pattern: 'pages/auth/*', loc: at(3, 15) }],
        skills: [
          {
            name: 'checkout',
            title: 'Checkout',
            description: 'Pay for the cart.',
            loc: at(8, 5),
            apis: [
              { id: 'pages/cart/cart#entry', loc: at(8, 85) },
              { id: 'packageOrder/checkout/checkout#submitOrder', loc: at(8, 110) },
            ],
          },
          { name: 'goods', title: 'Browse goods', loc: at(9, 5) },
        ],
        apis: [
          {
            id: 'pages/goods/goods#addToCart',
            loc: at(12, 5),
            name: 'addGoodsToCart',
            nameLoc: at(13, 7),
            description: 'Adds the chosen goods to the cart.',
            params: [{ name: 'goodsId', description: 'From getGoodsDetail.', type: 'number', required: true, loc: at(15, 19) }],
          },
          { id: 'pages/goods/goods#buyGoods', loc: at(17, 5), drop: true },
        ],
      },
    });
  });

  it('ignores an invalid value and keeps the rest of the file', () => {
    const { config, diagnostics } = parseConfig(
      lines('{', '  "lang": "fr",', '  "out": "drafts",', '  "apis": { "p#a": { "name": "Bad", "description": "kept" } }', '}'),
      FILE,
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['CONFIG_INVALID', 'CONFIG_INVALID']);
    expect(config.lang).toBeUndefined();
    expect(config.out).toBe('drafts');
    expect(config.overrides.apis).toEqual([{ id: 'p#a', loc: { file: FILE, line: 4, column: 13 }, description: 'kept' }]);
  });

  it('reads nothing from a file that is not JSON', () => {
    expect(parseConfig('{ "lang": ', FILE).config).toEqual({ overrides: {} });
  });

  it('treats "__proto__" as a plain (unknown) key', () => {
    const { config, diagnostics } = parseConfig('{ "__proto__": { "lang": "en" } }', FILE);
    expect(diagnostics.map((d) => d.code)).toEqual(['CONFIG_UNKNOWN_KEY']);
    expect(config.lang).toBeUndefined();
  });
});

describe('displayPath', () => {
  it.each([
    [['lang'], 'lang'],
    [['apis', 'pages/a#b', 'name'], 'apis["pages/a#b"].name'],
    [['skills', 'cart', 'apis', 2], 'skills.cart.apis[2]'],
    [[], '(top level)'],
  ] as [(string | number)[], string][])('%j → %s', (segments, want) => {
    expect(displayPath(segments)).toBe(want);
  });
});

describe('schema/autoskill.config.schema.json', () => {
  const schema = JSON.parse(fs.readFileSync('schema/autoskill.config.schema.json', 'utf8')) as Record<string, unknown>;

  it('is a strict draft-07 schema', () => {
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('describes every key, for editor completion', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [k, v] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
        if (!(v as { description?: string }).description) missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
      if (n.additionalProperties && typeof n.additionalProperties === 'object') walk(n.additionalProperties, `${path}.*`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});
