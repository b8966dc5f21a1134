import { TOOL_VERSION } from '../version.js';
import { CODES } from '../diagnostics/codes.js';
import type { Diagnostic, Loc, Severity } from '../model/types.js';
import { displayPath } from './location.js';
import { ciBase, type Reporter, type ReportInput } from './reporter.js';

/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the format
 * code-scanning services ingest (GitHub `upload-sarif`, Azure DevOps…).
 * One run; `tool.driver.rules` is the whole diagnostic code table, so a
 * result's `ruleIndex` is stable across runs. Spec sections: §3.13 sarifLog,
 * §3.14 run, §3.19 toolComponent, §3.49 reportingDescriptor, §3.27 result,
 * §3.28 location, §3.29 physicalLocation, §3.30 region.
 * Tests validate the output against schema/sarif-2.1.0-subset.schema.json.
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Message arguments shown as `{name}`: a code's message with placeholders is its rule description. */
const PLACEHOLDERS = new Proxy({} as Record<string, string>, {
  get: (_t, key) => (typeof key === 'string' ? `{${key}}` : undefined),
});

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
}

/** Every code of the table, in table order. */
export function sarifRules(): SarifRule[] {
  return Object.entries(CODES).map(([id, spec]) => ({
    id,
    shortDescription: { text: spec.message(PLACEHOLDERS) },
    defaultConfiguration: { level: LEVEL[spec.severity] },
  }));
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(loc: Loc, root: string, cwd: string): Record<string, unknown> {
  return {
    artifactLocation: { uri: pathToUri(displayPath(loc.file, { root, cwd })) },
    region: { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column) },
  };
}

export function toSarif(diags: Diagnostic[], input: Pick<ReportInput, 'root'> & { base: string }): Record<string, unknown> {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = diags.map((d) => {
    const r: Record<string, unknown> = { ruleId: d.code };
    const index = ruleIndex.get(d.code);
    if (index !== undefined) r.ruleIndex = index;
    r.level = LEVEL[d.severity];
    r.message = { text: d.message };
    if (d.loc) r.locations = [{ physicalLocation: physicalLocation(d.loc, input.root, input.base) }];
    if (d.related?.length) {
      r.relatedLocations = d.related.map((loc, i) => ({ id: i + 1, physicalLocation: physicalLocation(loc, input.root, input.base) }));
    }
    return r;
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'autoskill', version: TOOL_VERSION, rules } },
        // Our columns count UTF-16 code units (Babel and the WXML parser both do).
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export const sarifReporter: Reporter = {
  stream: 'stdout',
  render: (input: ReportInput) => JSON.stringify(toSarif(input.diagnostics, { root: input.root, base: ciBase(input) }), null, 2),
};
