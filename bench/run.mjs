#!/usr/bin/env node
// The scale benchmark (`npm run bench`, after `npm run build`).
//
//   node bench/run.mjs [--sizes 10,50,200,500,1000,2000] [--repeat 3] [--cpu-prof] [--keep] [--startup-only]
//   node bench/run.mjs --apps path/to/app1,path/to/app2 [--repeat 3]
//
// For each size it generates a synthetic app (bench/synthetic.mjs) and, each
// in a fresh child process (bench/measure.mjs): the floor (read + parse every
// file once with the analyser's parsers) and the full analyze(). It reports
// the median time of each, their ratio, peak RSS (maxRSS of the child), and
// the least-squares exponent of time against pages on a log-log scale
// (1.0 = linear). Start-up (bench/startup.mjs) is `autoskill --help`,
// `--version` and `analyze --help` against `node -e 0` and commander alone;
// --startup-only measures just that.
// Results: a table on stdout and bench/.results/latest.json (git-ignored).
// --cpu-prof profiles analyze() on the largest size and prints the functions
// and files with the most self time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, summarize } from './cpu-profile.mjs';
import { formatStartup, measureStartup } from './startup.mjs';
import { fitExponent, median } from './stats.mjs';
import { generateApp, writeApp } from './synthetic.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const RESULTS = path.join(HERE, '.results');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const flag = (name) => process.argv.includes(`--${name}`);

const sizes = arg('sizes', '10,50,200,500,1000,2000').split(',').map(Number);
const repeat = Number(arg('repeat', '3'));

if (!fs.existsSync(path.join(REPO, 'dist/analyze/analyze.js'))) {
  process.stderr.write('bench: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
warnIfStale();

if (flag('startup-only')) {
  process.stdout.write(formatStartup(measureStartup(REPO)) + '\n');
  process.exit(0);
}

function measure(mode, dir, nodeArgs = [], extra = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, path.join(HERE, 'measure.mjs'), mode, dir, ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`measure ${mode} ${dir} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function warnIfStale() {
  const built = fs.statSync(path.join(REPO, 'dist/analyze/analyze.js')).mtimeMs;
  let newest = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(path.join(REPO, 'src'));
  if (newest > built) process.stderr.write('bench: warning: src/ changed after the last build; run `npm run build` for current numbers\n');
}

// `--apps dir1,dir2`: the same floor and analyze measurements on apps of your own (no synthetic
// app, no incremental or start-up runs). Nothing is written into those folders.
const appDirs = arg('apps', '');
if (appDirs) {
  measureApps(appDirs.split(',').filter(Boolean));
  process.exit(process.exitCode ?? 0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-bench-'));
// Other work on the machine skews every number (most of all the threaded ones): recorded with them.
const loadBefore = os.loadavg()[0];
const rows = [];
try {
  const baseline = measure('baseline', work);
  for (const n of sizes) {
    const dir = path.join(work, `app-${n}`);
    const files = generateApp(n);
    writeApp(dir, files);
    const floors = [];
    const analyses = [];
    const twos = [];
    for (let i = 0; i < repeat; i++) {
      floors.push(measure('floor', dir));
      analyses.push(measure('analyze', dir, [], ['1']));
      twos.push(measure('analyze', dir, [], ['2']));
    }
    const a = analyses[0];
    const row = {
      pages: n,
      files: floors[0].files,
      kB: Math.round(floors[0].bytes / 1024),
      floorMs: median(floors.map((f) => f.ms)),
      analyzeMs: median(analyses.map((f) => f.ms)),
      analyze2Ms: median(twos.map((f) => f.ms)),
      threads2: twos[0].threads,
      floorCpuMs: median(floors.map((f) => f.cpuMs)),
      analyzeCpuMs: median(analyses.map((f) => f.cpuMs)),
      analyze2CpuMs: median(twos.map((f) => f.cpuMs)),
      floorRssMb: Math.max(...floors.map((f) => f.maxRssMb)),
      analyzeRssMb: Math.max(...analyses.map((f) => f.maxRssMb)),
      effects: a.effects,
      components: a.components,
      diagnostics: a.diagnostics,
      budgetHits: a.budgetHits,
    };
    row.ratio = row.analyzeMs / row.floorMs;
    row.ratio2 = row.analyze2Ms / row.floorMs;
    row.cpuRatio = row.analyzeCpuMs / row.floorCpuMs;
    row.cpuRatio2 = row.analyze2CpuMs / row.floorCpuMs;
    rows.push(row);
    process.stderr.write(`bench: ${n} pages: floor ${row.floorMs.toFixed(0)} ms, analyze ${row.analyzeMs.toFixed(0)} ms on one thread, ${row.analyze2Ms.toFixed(0)} ms with --jobs 2 (${row.threads2} used)\n`);
  }

  const incremental = measureIncremental(rows, repeat);
  const startup = measureStartup(REPO);

  // Small apps are dominated by fixed costs (JIT warm-up): fit the growth over 200 pages and up when there are two such sizes.
  const large = rows.filter((r) => r.pages >= 200);
  const fitRows = large.length >= 2 ? large : rows;
  const fit = {
    over: fitRows.map((r) => r.pages),
    analyze: fitExponent(fitRows.map((r) => r.pages), fitRows.map((r) => r.analyzeMs)),
    floor: fitExponent(fitRows.map((r) => r.pages), fitRows.map((r) => r.floorMs)),
    analyzeRss: fitExponent(fitRows.map((r) => r.pages), fitRows.map((r) => r.analyzeRssMb - baseline.maxRssMb)),
  };

  let profile = null;
  if (flag('cpu-prof')) {
    const n = Math.max(...sizes);
    const profDir = path.join(RESULTS, 'prof');
    fs.rmSync(profDir, { recursive: true, force: true });
    measure('analyze', path.join(work, `app-${n}`), ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=200']);
    const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    profile = { pages: n, file: path.relative(REPO, path.join(profDir, file)), ...summarize(JSON.parse(fs.readFileSync(path.join(profDir, file), 'utf8')), 20) };
  }

  const result = {
    command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    loadAverage: { before: loadBefore, after: os.loadavg()[0] },
    repeat,
    baselineRssMb: baseline.maxRssMb,
    rows,
    fit,
    incremental,
    startup,
    profile,
  };
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(formatTable(result) + '\n');
  if (profile) process.stdout.write(`\ncpu profile of analyze() on ${profile.pages} pages (${profile.file}):\n${formatSummary(profile)}\n`);
} finally {
  if (!flag('keep')) fs.rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`bench: apps kept in ${work}\n`);
}

/**
 * Incremental runs (`--cache`) on the largest app, each in a fresh process like the cold ones:
 * the run that writes the cache, re-runs with nothing changed, and a re-run after one page's
 * script changed (restored after). Ratios are against the cold analyze median of the same size.
 */
function measureIncremental(rows, times) {
  const row = rows[rows.length - 1];
  if (!row) return null;
  const dir = path.join(work, `app-${row.pages}`);
  const cacheFile = path.join(work, `cache-${row.pages}.json`);
  const write = measure('cached', dir, [], [cacheFile]);
  const unchanged = [];
  for (let i = 0; i < times; i++) unchanged.push(measure('cached', dir, [], [cacheFile]).ms);
  const page = path.join(dir, 'pages/p1/p1.js');
  const original = fs.readFileSync(page, 'utf8');
  const oneFile = [];
  try {
    for (let i = 0; i < times; i++) {
      fs.writeFileSync(page, `${original}\n// edit ${i}\n`);
      oneFile.push(measure('cached', dir, [], [cacheFile]).ms);
    }
  } finally {
    fs.writeFileSync(page, original);
  }
  const u = median(unchanged);
  const o = median(oneFile);
  return { pages: row.pages, coldMs: row.analyzeMs, writeMs: write.ms, unchangedMs: u, oneFileMs: o, unchangedRatio: u / row.analyzeMs, oneFileRatio: o / row.analyzeMs };
}

function formatIncremental(x) {
  if (!x) return '';
  return `incremental (--cache) on ${x.pages} pages: cold ${x.coldMs.toFixed(0)} ms, writing the cache ${x.writeMs.toFixed(0)} ms, unchanged ${x.unchangedMs.toFixed(0)} ms (${x.unchangedRatio.toFixed(2)}× cold), one page changed ${x.oneFileMs.toFixed(0)} ms (${x.oneFileRatio.toFixed(2)}× cold)`;
}

function formatTable(r) {
  const head = ['pages', 'files', 'kB', 'floor ms', 'analyze ms', 'ratio', 'CPU ratio', 'jobs 2 ms', 'jobs 2 ratio', 'jobs 2 CPU ratio', 'floor RSS MB', 'analyze RSS MB', 'effects'];
  const lines = r.rows.map((x) =>
    [
      x.pages,
      x.files,
      x.kB,
      x.floorMs.toFixed(0),
      x.analyzeMs.toFixed(0),
      `${x.ratio.toFixed(2)}×`,
      `${x.cpuRatio.toFixed(2)}×`,
      x.threads2 > 1 ? x.analyze2Ms.toFixed(0) : '–',
      x.threads2 > 1 ? `${x.ratio2.toFixed(2)}×` : '–',
      x.threads2 > 1 ? `${x.cpuRatio2.toFixed(2)}×` : '–',
      x.floorRssMb.toFixed(0),
      x.analyzeRssMb.toFixed(0),
      x.effects,
    ].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [
    fmt(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.map(fmt),
    '',
    `time ∝ pages^k over ${r.fit.over.join(', ')} pages: analyze k = ${r.fit.analyze.toFixed(2)}, floor k = ${r.fit.floor.toFixed(2)}; analyze RSS above baseline k = ${r.fit.analyzeRss.toFixed(2)}`,
    `baseline RSS of a process with the modules loaded: ${r.baselineRssMb.toFixed(0)} MB`,
    formatIncremental(r.incremental),
    formatStartup(r.startup),
    `analyze = one thread (--jobs 1); ratio = analyze ÷ floor (wall time); CPU ratio = CPU time (every thread of the process, V8's own included) ÷ the floor's; jobs 2 = two threads (– where the app is too small to share out)`,
    `${r.node}, ${r.platform}, ${r.cpus}; load average ${r.loadAverage.before.toFixed(1)} before, ${r.loadAverage.after.toFixed(1)} after; medians of ${r.repeat} runs, each in a fresh process`,
  ].join('\n');
}

/** Floor and one-thread analyze of each app in `dirs` (medians of --repeat runs), and the median ratio. */
function measureApps(dirs) {
  const rows = [];
  for (const d of dirs) {
    const dir = path.resolve(d);
    if (!fs.existsSync(dir)) {
      process.stderr.write(`bench: ${d}: no such folder\n`);
      process.exitCode = 2;
      continue;
    }
    const floors = [];
    const analyses = [];
    for (let i = 0; i < repeat; i++) {
      floors.push(measure('floor', dir));
      analyses.push(measure('analyze', dir, [], ['1']));
    }
    const floorMs = median(floors.map((f) => f.ms));
    const analyzeMs = median(analyses.map((f) => f.ms));
    rows.push({ app: d, files: floors[0].files, kB: Math.round(floors[0].bytes / 1024), floorMs, analyzeMs, ratio: analyzeMs / floorMs });
  }
  if (!rows.length) return;
  const w = Math.max(3, ...rows.map((r) => r.app.length));
  const lines = [`| ${'app'.padEnd(w)} | files |    kB | floor ms | analyze ms | ratio |`, `|${'-'.repeat(w + 2)}|-------|-------|----------|------------|-------|`];
  for (const r of rows) lines.push(`| ${r.app.padEnd(w)} | ${String(r.files).padStart(5)} | ${String(r.kB).padStart(5)} | ${r.floorMs.toFixed(0).padStart(8)} | ${r.analyzeMs.toFixed(0).padStart(10)} | ${r.ratio.toFixed(2).padStart(4)}× |`);
  lines.push('', `median ratio over ${rows.length} app${rows.length === 1 ? '' : 's'}: ${median(rows.map((r) => r.ratio)).toFixed(2)}× (analyze on one thread ÷ read + parse of every file; medians of ${repeat} run${repeat === 1 ? '' : 's'}, each in a fresh process)`);
  process.stdout.write(lines.join('\n') + '\n');
}
