import fs from 'node:fs';
import path from 'node:path';
import { compareOutputs, type Comparison, type Drift, type DriftStatus } from '../check/compare-outputs.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic } from '../model/types.js';
import type { AutoskillConfig } from '../config/config-types.js';
import { writeOutputs } from '../output/write-outputs.js';
import { workflowCommand } from '../report/github.js';
import { posixRelative } from '../report/location.js';
import { countBySeverity } from '../report/pretty.js';
import { createProgress } from '../report/progress.js';
import { processIo, useColor, writeReport, type Io, type ReporterName } from '../report/registry.js';
import { NodeVfs } from '../util/vfs.js';
import { DEFAULT_CHECK_OUT, type CheckCliOptions } from './check.js';
import { givenOptions, resolveOut, runPipeline } from './pipeline.js';

const DRIFT_CODE: Record<DriftStatus, DiagnosticCode> = {
  changed: 'OUTPUT_DRIFT',
  missing: 'OUTPUT_MISSING',
  extra: 'OUTPUT_EXTRA',
};

/** A changed file someone edited by hand is told apart: rewriting it takes --force. */
const driftCode = (d: Drift): DiagnosticCode => (d.status === 'changed' && d.origin === 'edited' ? 'OUTPUT_EDITED' : DRIFT_CODE[d.status]);

/** What `autoskill check` does; check.ts holds its options and loads this module when the command runs. */
export async function checkAction(dir: string, opts: CheckCliOptions, io: Io = processIo()): Promise<number> {
  const progress = createProgress(io.stderr, io.env);
  const run = await runPipeline(dir, io.cwd, {
    ...givenOptions(opts),
    onProgress: progress.onProgress,
    ...(opts.cache !== false ? { cache: { out: opts.out, fallback: path.join(path.resolve(io.cwd, dir), DEFAULT_CHECK_OUT) } } : {}),
  });
  progress.done();
  if (!run.model) {
    writeReport(opts.format, { diagnostics: run.diagnostics, root: run.root }, io);
    return 2;
  }
  const outDir = resolveOut(opts.out, io.cwd, run.config, path.join(run.dir, DEFAULT_CHECK_OUT));
  const shownOut = posixRelative(io.cwd, outDir);
  const label = (file: string) => `${shownOut}/${file}`;
  const fix = fixCommand(dir, opts, run.config?.config ?? null);
  const comparison = compareOutputs(fs.existsSync(outDir) ? new NodeVfs(outDir) : null, run.files, { label });
  // Check stays quiet: the terminal gets errors only; machine formats also carry warnings (annotations, code scanning).
  const appDiags = run.diagnostics.filter((d) => d.severity === 'error' || (d.severity === 'warning' && opts.format !== 'pretty'));
  const counts = countBySeverity(run.diagnostics);

  if (opts.update) {
    const { diagnostics, line } = update(outDir, shownOut, run.files, comparison, opts.force, label, fix);
    const all = sortDiagnostics([...appDiags, ...diagnostics]);
    writeReport(opts.format, { diagnostics: all, root: run.root, summary: { out: shownOut, updated: line } }, io);
    if (opts.format !== 'json') io.stderr.write(`autoskill: ${line}\n`);
    return all.some((d) => d.severity === 'error') ? 1 : 0;
  }

  const driftDiags = comparison.drift.map((d) => diagnostic(driftCode(d), null, { file: label(d.file), fix }));
  const all = sortDiagnostics([...appDiags, ...driftDiags]);
  const summary = {
    out: shownOut,
    inSync: comparison.drift.length === 0,
    files: Object.keys(run.files).length,
    drift: comparison.drift.map(({ file, status, origin, diff }) => ({ file, status, origin, diff })),
    ...counts,
  };
  writeDiffs(opts.format, comparison.drift, io);
  writeReport(opts.format, { diagnostics: all, root: run.root, summary }, io);
  if (opts.format !== 'json') io.stderr.write(`autoskill: ${statusLine(shownOut, comparison, counts.warning, fix)}\n`);
  return all.some((d) => d.severity === 'error') ? 1 : 0;
}

/** Diff lines shown per file in a log; the json format carries whole diffs. A missing analysis.json alone is thousands. */
export const MAX_DIFF_LINES = 150;

export function capDiff(diff: string, max = MAX_DIFF_LINES): string {
  const lines = diff.split('\n');
  if (lines.length - 1 <= max) return diff;
  return lines.slice(0, max).join('\n') + `\n… ${lines.length - 1 - max} more diff lines (autoskill check --format json shows all)\n`;
}

/** The diffs, in the form each format's audience reads: a patch on stdout, collapsible groups in a GitHub log. */
function writeDiffs(format: ReporterName, drift: Drift[], io: Io): void {
  if (!drift.length) return;
  if (format === 'pretty') {
    const color = useColor(io.stdout, io.env);
    io.stdout.write(drift.map((d) => capDiff(color ? colorDiff(d.diff) : d.diff)).join(''));
  } else if (format === 'github') {
    for (const d of drift) io.stdout.write(`${workflowCommand('group', [], `autoskill: ${d.file} (${d.status})`)}\n${capDiff(d.diff)}::endgroup::\n`);
  }
}

const DIFF_COLORS: [string, string][] = [
  ['+++', '\x1b[1m'],
  ['---', '\x1b[1m'],
  ['@@', '\x1b[36m'],
  ['+', '\x1b[32m'],
  ['-', '\x1b[31m'],
];

function colorDiff(diff: string): string {
  return diff.replace(/^.*$/gm, (line) => {
    const c = DIFF_COLORS.find(([p]) => line.startsWith(p));
    return c && line ? `${c[1]}${line}\x1b[0m` : line;
  });
}

function statusLine(out: string, c: Comparison, warnings: number, fix: string): string {
  const warn = warnings ? `; ${plural(warnings, 'warning')} (autoskill analyze shows them)` : '';
  if (!c.drift.length) return `${out}/ is up to date (${plural(c.inSync.length, 'file')})${warn}`;
  const what = (Object.keys(DRIFT_CODE) as DriftStatus[])
    .map((s) => [c.drift.filter((d) => d.status === s).length, s] as const)
    .filter(([k]) => k)
    .map(([k, s]) => `${k} ${s}`)
    .join(', ');
  return `${out}/ is out of date (${what}); run \`${fix}\`${warn}`;
}

/** `--update`: delete stale files autoskill wrote, then write everything through writeOutputs. */
function update(
  outDir: string,
  shownOut: string,
  files: Record<string, string>,
  c: Comparison,
  force: boolean,
  label: (f: string) => string,
  fix: string,
): { diagnostics: Diagnostic[]; line: string } {
  const diagnostics: Diagnostic[] = [];
  let deleted = 0;
  for (const d of c.drift) {
    if (d.status !== 'extra') continue;
    // Only files autoskill itself wrote (in the manifest) are ever deleted: `--out` may name a folder holding other things.
    if (d.origin === 'autoskill' || (force && d.origin === 'edited')) {
      removeFile(outDir, d.file);
      deleted++;
    } else diagnostics.push(diagnostic('OUTPUT_EXTRA', null, { file: label(d.file), fix }));
  }
  const w = writeOutputs(outDir, files, { force });
  for (const f of w.refused) diagnostics.push(diagnostic('OUTPUT_EXISTS_MODIFIED', null, { file: label(f) }));
  const changed = w.written.length + deleted;
  const line = changed
    ? `updated ${shownOut}/ (${w.written.length} written, ${deleted} deleted, ${w.unchanged.length} unchanged${w.refused.length ? `, ${w.refused.length} left alone` : ''})`
    : `${shownOut}/ is up to date${w.refused.length ? ` (${w.refused.length} edited by hand, left alone)` : ''}`;
  return { diagnostics, line };
}

function removeFile(outDir: string, file: string): void {
  const abs = path.join(outDir, ...file.split('/'));
  fs.rmSync(abs);
  // Drop folders the deletion emptied (a skill that disappeared), never the output folder itself.
  for (let dir = path.dirname(abs); dir !== outDir && dir.startsWith(outDir); dir = path.dirname(dir)) {
    if (fs.readdirSync(dir).length) break;
    fs.rmdirSync(dir);
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The command that brings the folder up to date, as the user would type it (options the config already gives are left out). */
function fixCommand(dir: string, opts: CheckCliOptions, config: AutoskillConfig | null): string {
  const q = (s: string) => (/^[\w./@:-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const parts = ['autoskill', 'check', q(dir)];
  if (opts.out) parts.push('--out', q(opts.out));
  if (opts.config) parts.push('--config', q(opts.config));
  if (opts.lang && opts.lang !== (config?.lang ?? 'zh')) parts.push('--lang', opts.lang);
  if (opts.grouping && opts.grouping !== (config?.grouping ?? 'domain')) parts.push('--grouping', opts.grouping);
  parts.push('--update');
  return parts.join(' ');
}
