import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { renderAnalysisJson } from '../../src/emit/analysis-json.js';
import { parseLabels } from '../../src/eval/labels.js';
import { combineScores, scoreApp } from '../../src/eval/score.js';
import { buildOutputs } from '../../src/outputs.js';
import { validateAnalysis, validateWith } from '../schemas.js';

/** The shipped schema each emitted JSON file must satisfy. */
function schemaFor(file: string): string | null {
  if (file === 'analysis.json') return 'analysis.schema.json';
  if (file === 'mcp.json' || /^skills\/[^/]+\/mcp\.json$/.test(file)) return 'wechat-mcp.schema.json';
  if (file === 'page-meta.json') return 'page-meta.schema.json';
  if (file === 'capabilities.json') return 'capabilities.schema.json';
  return null;
}

/**
 * Every fixture app, end to end: its outputs are file snapshots beside it
 * (`fixtures/<app>/autoskill/…`, where `autoskill check` looks for them),
 * schema-valid before they are compared, identical across runs, and its
 * effects score against the hand-made labels.
 */
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const apps = fs
  .readdirSync(FIXTURES)
  .filter((n) => fs.existsSync(path.join(FIXTURES, n, 'labels.json')))
  .sort();

describe.each(apps)('fixture %s', (name) => {
  const dir = path.join(FIXTURES, name);

  it('analysis.json is schema-valid, matches its snapshot, and is deterministic', async () => {
    const a = await analyze({ dir });
    const b = await analyze({ dir });
    expect(a.model).not.toBeNull();
    const text = renderAnalysisJson(a.model!);
    expect(renderAnalysisJson(b.model!)).toBe(text);
    expect(text).not.toContain(FIXTURES);
    expect(validateAnalysis(JSON.parse(text))).toEqual([]);
    const files = buildOutputs(a.model!).files;
    expect(buildOutputs(b.model!).files).toEqual(files);
    for (const [file, content] of Object.entries(files).sort(([x], [y]) => (x < y ? -1 : 1))) {
      const schema = schemaFor(file);
      if (schema) expect(validateWith(schema, JSON.parse(content)), `${file} against ${schema}`).toEqual([]);
      await expect(content).toMatchFileSnapshot(path.join(dir, 'autoskill', file));
    }
  });

  it('every app.json route is a page of the model', async () => {
    const { model } = await analyze({ dir });
    const labels = parseLabels(JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')));
    if (!labels.ok) throw new Error(JSON.stringify(labels.problems));
    expect(model!.pages.map((p) => p.route)).toEqual(expect.arrayContaining(Object.keys(labels.labels.pages)));
  });
});

describe('accuracy against the hand-made labels', () => {
  it('precision and recall ≥ 0.95 per metric over all fixtures, payment pages exact', async () => {
    const scores = [];
    for (const name of apps) {
      const dir = path.join(FIXTURES, name);
      const { model } = await analyze({ dir });
      const labels = parseLabels(JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')));
      if (!labels.ok) throw new Error(JSON.stringify(labels.problems));
      scores.push(scoreApp(model!, labels.labels));
    }
    const totals = combineScores(scores);
    const summary = Object.fromEntries(Object.entries(totals.metrics).map(([k, m]) => [k, { p: m.precision, r: m.recall, tp: m.tp }]));
    console.log('fixture accuracy', JSON.stringify(summary), 'payment', JSON.stringify(totals.payment));
    for (const [metric, m] of Object.entries(totals.metrics)) {
      if (m.tp + m.fp + m.fn === 0) continue;
      expect(m.precision ?? 0, `${metric} precision`).toBeGreaterThanOrEqual(0.95);
      expect(m.recall ?? 0, `${metric} recall`).toBeGreaterThanOrEqual(0.95);
    }
    expect(totals.payment.correct).toBe(totals.payment.total);
  });
});
