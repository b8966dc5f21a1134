import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { parseConfig } from '../../src/config/load-config.js';
import { emitDrafts } from '../../src/emit/emit-drafts.js';

/** docs/config.md stays true: its examples are valid configs, and every key of the schema is documented. */

const doc = fs.readFileSync('docs/config.md', 'utf8');
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
const schema = JSON.parse(fs.readFileSync('schema/autoskill.config.schema.json', 'utf8')) as { properties: Record<string, unknown> };

describe('docs/config.md', () => {
  it.each(examples.map((text, i) => [i, text] as const))('example %i is a clean config', (_i, text) => {
    expect(parseConfig(text, 'autoskill.config.json').diagnostics).toEqual([]);
  });

  it('documents every top-level key under its own heading', () => {
    const headings = [...doc.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
    const documented = new Set(headings.flatMap((h) => [...h.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));
    expect(Object.keys(schema.properties).filter((k) => !documented.has(k))).toEqual([]);
  });

  it('the full example matches the mall fixture: no stale override, no conflict', async () => {
    const { model } = await analyze({ dir: 'fixtures/mall' });
    const out = emitDrafts(model!, { lang: 'zh', overrides: parseConfig(examples[0]!, 'autoskill.config.json').config.overrides });
    expect(out.diagnostics.filter((d) => d.code.startsWith('CONFIG_'))).toEqual([]);
    expect(out.files['skills/checkout/SKILL.md']!.startsWith('# 结算下单\n')).toBe(true);
  });
});
