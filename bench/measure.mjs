#!/usr/bin/env node
// One measurement in a fresh process (so peak memory belongs to it alone):
//   node bench/measure.mjs baseline|floor <dir>
//   node bench/measure.mjs analyze <dir> [jobs]
//   node bench/measure.mjs cached <dir> <cache file>
// prints one JSON line: { mode, ms, cpuMs, maxRssMb, files, bytes, … }.
//
// floor:   read and parse every file the analyser could look at, once, with
//          the analyser's own parsers (Babel via parseScript for .js/.ts/.wxs,
//          parseWxml for .wxml, JSON.parse for .json). No analysis can be
//          faster than this; it is the yardstick.
// analyze: the full library call, analyze({ dir }) (with `jobs` when given;
//          by default it shares units out between threads, see
//          src/analyze/parallel.ts). cpuMs counts every thread of the process.
// baseline: nothing (the memory of a process that loaded the modules).
// Times exclude module loading (start-up is measured separately).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const [mode, dir, third] = process.argv.slice(2);
const cacheFile = mode === 'cached' ? third : undefined;
const jobs = mode === 'analyze' && third ? Number(third) : undefined;
if (!['baseline', 'floor', 'analyze', 'cached'].includes(mode ?? '') || !dir || (mode === 'cached' && !cacheFile)) {
  process.stderr.write('usage: node bench/measure.mjs baseline|floor <dir> | analyze <dir> [jobs] | cached <dir> <cache file>\n');
  process.exit(2);
}

const { analyze } = await import(`${DIST}/analyze/analyze.js`);
const { parseScript } = await import(`${DIST}/script/parse-script.js`);
const { parseWxml } = await import(`${DIST}/wxml/parse.js`);
const { DiagnosticBag } = await import(`${DIST}/diagnostics/diagnostic.js`);

const PARSED = /\.(js|ts|wxs|wxml|json)$/;

function listFiles(root) {
  const out = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(r);
      } else if (PARSED.test(e.name) && !e.name.endsWith('.d.ts')) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

function floor(root) {
  const bag = new DiagnosticBag();
  let bytes = 0;
  const files = listFiles(root);
  for (const f of files) {
    const text = fs.readFileSync(path.join(root, f), 'utf8');
    bytes += text.length;
    if (f.endsWith('.wxml')) parseWxml(text, f, bag);
    else if (f.endsWith('.json')) JSON.parse(text);
    else parseScript(text, f, bag);
  }
  return { files: files.length, bytes, diagnostics: bag.items.length };
}

async function full(root, cache) {
  const res = await analyze({ dir: root, ...(cache ? { cacheFile: cache } : {}), ...(jobs ? { jobs } : {}) });
  const m = res.model;
  return {
    pages: m?.pages.length ?? 0,
    components: m?.components.length ?? 0,
    effects: m ? m.pages.reduce((n, p) => n + p.effects.length, 0) : 0,
    diagnostics: res.diagnostics.length,
    budgetHits: res.diagnostics.filter((d) => d.code === 'ANALYSIS_BUDGET').length,
    threads: res.threads ?? 1,
  };
}

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const info = mode === 'floor' ? floor(dir) : mode === 'analyze' ? await full(dir) : mode === 'cached' ? await full(dir, cacheFile) : {};
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
// resourceUsage().maxRSS is in kilobytes.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ mode, ms, cpuMs, maxRssMb, ...info }) + '\n');
