// Start-up of the built CLI (part of `npm run bench`; alone: `node bench/run.mjs --startup-only`).
//
// Each case is a fresh `node` process, timed from spawn to exit; the cases
// are interleaved run by run so a busy moment of a shared machine hits all of
// them alike, and the median of each is reported:
//   node        `node -e 0`: the floor no CLI can beat
//   commander   loading commander alone: the floor of a commander CLI
//   --help, --version, analyze --help: what users type first
// `--help` should cost little more than commander; the analysis pipeline
// (Babel, htmlparser2, ajv) is loaded only by a command that runs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { median } from './stats.mjs';

export const STARTUP_RUNS = 11;

/** The cases, as node arguments; `cwd` is the repository (so `commander` resolves from its node_modules). */
function cases(repo) {
  const bin = path.join(repo, 'bin/autoskill.js');
  return {
    node: ['-e', '0'],
    commander: ['--input-type=module', '-e', "import 'commander'"],
    help: [bin, '--help'],
    version: [bin, '--version'],
    analyzeHelp: [bin, 'analyze', '--help'],
  };
}

function wallMs(args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median wall time (ms) of each case over `runs` interleaved runs, after one unmeasured warm-up round (disk cache). */
export function measureStartup(repo, runs = STARTUP_RUNS) {
  const all = cases(repo);
  const times = Object.fromEntries(Object.keys(all).map((k) => [k, []]));
  for (let i = -1; i < runs; i++) {
    for (const [k, args] of Object.entries(all)) {
      const ms = wallMs(args, repo);
      if (i >= 0) times[k].push(ms);
    }
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
  return {
    runs,
    nodeMs: m.node,
    commanderMs: m.commander,
    helpMs: m.help,
    versionMs: m.version,
    analyzeHelpMs: m.analyzeHelp,
    helpRatio: m.help / m.node,
  };
}

export function formatStartup(s) {
  const over = (ms) => `${ms.toFixed(0)} ms (${(ms / s.nodeMs).toFixed(2)}× node, +${(ms - s.nodeMs).toFixed(0)} ms)`;
  return [
    `start-up (medians of ${s.runs}): node -e 0 ${s.nodeMs.toFixed(0)} ms; commander alone ${over(s.commanderMs)}`,
    `  autoskill --help ${over(s.helpMs)}; --version ${over(s.versionMs)}; analyze --help ${over(s.analyzeHelpMs)}`,
  ].join('\n');
}
