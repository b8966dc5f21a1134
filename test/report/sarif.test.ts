import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../src/model/types.js';
import { pathToUri, sarifReporter, sarifRules, toSarif } from '../../src/report/sarif.js';
import { officialSchemaPath, validateSarifOfficial, validateSarifSubset } from './sarif-schema.js';

const root = path.resolve('/work/app');
const DIAGS: Diagnostic[] = [
  diagnostic('APP_NO_PAGES', null),
  diagnostic('WXML_UNCLOSED_TAG', { file: 'pages/商品 #1/a.wxml', line: 3, column: 5 }, { tag: 'view' }),
  diagnostic('HANDLER_NOT_FOUND', { file: 'pages/a/a.wxml', line: 9, column: 2 }, { binding: 'bindtap', handler: 'go', owner: 'x' }, [
    { file: 'pages/a/a.js', line: 4, column: 1 },
  ]),
  diagnostic('MODULE_CYCLE', { file: 'utils/x.js', line: 1, column: 1 }, { file: 'utils/x.js' }),
  { code: 'NOT_IN_TABLE', severity: 'warning', message: 'from a newer emitter', loc: null },
];

type Log = {
  runs: { tool: { driver: { rules: { id: string; defaultConfiguration: { level: string }; shortDescription: { text: string } }[] } }; results: Record<string, unknown>[] }[];
};

const log = toSarif(DIAGS, { root, base: root }) as Log;
const fixtureLogs = await Promise.all(
  ['broken', 'coffee'].map(async (name) => {
    const dir = path.resolve('fixtures', name);
    const res = await analyze({ dir });
    return [name, toSarif(res.diagnostics, { root: dir, base: process.cwd() })] as const;
  }),
);

describe('sarif', () => {
  it('lists every code of the table as a rule, in table order, with its severity', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(Object.keys(CODES));
    const unclosed = rules.find((r) => r.id === 'WXML_UNCLOSED_TAG')!;
    expect(unclosed).toEqual({ id: 'WXML_UNCLOSED_TAG', shortDescription: { text: '<{tag}> is never closed' }, defaultConfiguration: { level: 'error' } });
    expect(sarifRules().find((r) => r.id === 'MODULE_CYCLE')!.defaultConfiguration.level).toBe('note');
  });

  it('turns diagnostics into results with physical locations and rule indexes', () => {
    const results = log.runs[0]!.results;
    const ids = Object.keys(CODES);
    expect(results[0]).toEqual({ ruleId: 'APP_NO_PAGES', ruleIndex: ids.indexOf('APP_NO_PAGES'), level: 'error', message: { text: 'app.json declares no pages' } });
    expect(results[1]).toEqual({
      ruleId: 'WXML_UNCLOSED_TAG',
      ruleIndex: ids.indexOf('WXML_UNCLOSED_TAG'),
      level: 'error',
      message: { text: '<view> is never closed' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'pages/%E5%95%86%E5%93%81%20%231/a.wxml' }, region: { startLine: 3, startColumn: 5 } } }],
    });
    expect(results[2]!.relatedLocations).toEqual([{ id: 1, physicalLocation: { artifactLocation: { uri: 'pages/a/a.js' }, region: { startLine: 4, startColumn: 1 } } }]);
    expect(results[3]!.level).toBe('note');
    expect(results[4]).toEqual({ ruleId: 'NOT_IN_TABLE', level: 'warning', message: { text: 'from a newer emitter' } });
  });

  it.each([
    ['pages/a/a.js', 'pages/a/a.js'],
    ['../x/a b.js', '../x/a%20b.js'],
    ['a?b#c:d.js', 'a%3Fb%23c%3Ad.js'],
  ])('writes path %j as the URI reference %j', (p, uri) => {
    expect(pathToUri(p)).toBe(uri);
  });

  it('makes URIs relative to GITHUB_WORKSPACE when set (code scanning resolves them against the checkout)', () => {
    const text = sarifReporter.render({ diagnostics: [DIAGS[3]!], root, cwd: root, color: false, summary: null, env: { GITHUB_WORKSPACE: path.dirname(root) } });
    expect(text).toContain('"uri": "app/utils/x.js"');
  });

  it.each([['synthetic', log] as const, ...fixtureLogs])('%s: valid against the SARIF 2.1.0 subset schema', (_name, sarif) => {
    expect(validateSarifSubset(sarif)).toEqual([]);
  });

  it('the subset schema rejects what SARIF forbids', () => {
    const bad = JSON.parse(JSON.stringify(log)) as Log;
    (bad.runs[0]!.results[1]!.locations as { physicalLocation: { region: { startLine: number } } }[])[0]!.physicalLocation.region.startLine = 0;
    (bad.runs[0]!.results[0] as Record<string, unknown>).level = 'fatal';
    expect(validateSarifSubset(bad)).toEqual(['/runs/0/results/0/level must be equal to one of the allowed values', '/runs/0/results/1/locations/0/physicalLocation/region/startLine must be >= 1']);
  });

  it('valid against the official SARIF 2.1.0 schema (shipped by the @microsoft/jest-sarif devDependency)', () => {
    expect(officialSchemaPath()).toBeTruthy();
    for (const [, sarif] of [['synthetic', log] as const, ...fixtureLogs]) expect(validateSarifOfficial(sarif)).toEqual([]);
    const bad = JSON.parse(JSON.stringify(log)) as Log;
    (bad.runs[0]!.results[0] as Record<string, unknown>).level = 'fatal';
    expect(validateSarifOfficial(bad)).not.toEqual([]);
  });
});
