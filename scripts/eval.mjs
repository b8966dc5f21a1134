#!/usr/bin/env node
// Accuracy harness: analyse every fixture app that has hand-made labels (fixtures/*/labels.json)
// and print per-page and total precision/recall. Extra apps can be scored too:
//   npm run eval -- <projectDir> <labels.json> [<projectDir> <labels.json> …]
// Needs a build (npm ci runs it; or `npm run build`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../dist/index.js';
import { parseLabels } from '../dist/eval/labels.js';
import { combineScores, formatScore, scoreApp } from '../dist/eval/score.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const apps = [];
const fixtures = path.join(root, 'fixtures');
for (const name of fs.readdirSync(fixtures).sort()) {
  const labels = path.join(fixtures, name, 'labels.json');
  if (fs.existsSync(labels)) apps.push([name, path.join(fixtures, name), labels]);
}
const extra = process.argv.slice(2);
for (let i = 0; i + 1 < extra.length; i += 2) apps.push([path.basename(path.resolve(extra[i])), path.resolve(extra[i]), path.resolve(extra[i + 1])]);

const scores = {};
for (const [name, dir, labelsFile] of apps) {
  const parsed = parseLabels(JSON.parse(fs.readFileSync(labelsFile, 'utf8')));
  if (!parsed.ok) {
    console.error(`${labelsFile}: invalid labels: ${JSON.stringify(parsed.problems)}`);
    process.exitCode = 2;
    continue;
  }
  const { model } = await analyze({ dir });
  if (!model) {
    console.error(`${dir}: could not be analysed`);
    process.exitCode = 2;
    continue;
  }
  scores[name] = scoreApp(model, parsed.labels);
}
console.log(formatScore(scores));
const totals = combineScores(Object.values(scores));
console.log(JSON.stringify({ all: totals.all, payment: totals.payment }));
