#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time per function
// and per source file, highest first. `node bench/cpu-profile.mjs <file> [top]`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** A source URL as a short label: repo-relative, node_modules/<pkg>/…, or node:internal. */
function shortUrl(url) {
  if (!url) return '(native)';
  const p = url.startsWith('file://') ? new URL(url).pathname : url;
  const nm = p.lastIndexOf('/node_modules/');
  if (nm >= 0) return p.slice(nm + 1);
  return p.startsWith(REPO + '/') ? p.slice(REPO.length + 1) : p;
}

/** Functions of the pipeline whose inclusive time is reported (names as V8 records them). */
export const STAGES = [
  'loadProject', 'analyzeProject', 'runAppLaunch', 'collectWxml', 'analyzeUnit', 'loadModule', 'parse', 'parseScript', 'runEntry',
  'buildInstance', 'callFunction', 'addEffect', 'effectKey', 'mergeEffects', 'buildHandler', 'linkBindings', 'navigatorEffects',
  'realpathSync', 'sortDiagnostics',
];

/**
 * Self time of each node = its samples × the sampling interval; a profile
 * carries `samples` (node ids) and `timeDeltas` (µs before each sample).
 */
export function summarize(profile, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fnTotals = new Map();
  const fileTotals = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const file = shortUrl(cf.url);
    const fn = `${cf.functionName || '(anonymous)'} ${file}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
    fnTotals.set(fn, (fnTotals.get(fn) ?? 0) + us);
    const group = cf.url ? file : cf.functionName.startsWith('(') ? cf.functionName : '(native)';
    fileTotals.set(group, (fileTotals.get(group) ?? 0) + us);
  }
  const rank = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }));
  return { totalMs: total / 1000, functions: rank(fnTotals), files: rank(fileTotals), stages: inclusive(profile, STAGES) };
}

/**
 * Inclusive time of named functions (a sample counts for every named function
 * on its stack, once each), to see which stage the self time belongs to.
 */
export function inclusive(profile, names) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const want = new Set(names);
  const totals = new Map(names.map((n) => [n, 0]));
  const memo = new Map();
  const stagesOf = (id) => {
    if (memo.has(id)) return memo.get(id);
    const up = parent.has(id) ? stagesOf(parent.get(id)) : [];
    const fn = byId.get(id).callFrame.functionName;
    const mine = want.has(fn) && !up.includes(fn) ? [...up, fn] : up;
    memo.set(id, mine);
    return mine;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    for (const f of stagesOf(profile.samples[i])) totals.set(f, totals.get(f) + dt);
  }
  return [...totals].map(([name, us]) => ({ name, ms: us / 1000 }));
}

export function formatSummary(s) {
  const row = (r) => `${(100 * r.share).toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(6)} ms  ${r.name}`;
  return [
    `profile: ${s.totalMs.toFixed(0)} ms sampled`,
    'top self time by function:',
    ...s.functions.map(row),
    'top self time by file:',
    ...s.files.map(row),
    ...(s.stages ? ['inclusive time of stages (a function counts its callees):', ...s.stages.map((r) => `${r.ms.toFixed(0).padStart(6)} ms  ${r.name}`)] : []),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node bench/cpu-profile.mjs <file.cpuprofile> [top]\n');
    process.exit(2);
  }
  const s = summarize(JSON.parse(fs.readFileSync(file, 'utf8')), Number(process.argv[3] ?? 15));
  process.stdout.write(formatSummary(s) + '\n');
}
