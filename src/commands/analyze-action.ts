import path from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { listApiLines } from '../config/list-apis.js';
import { writeOutputs } from '../output/write-outputs.js';
import { posixRelative } from '../report/location.js';
import { countBySeverity } from '../report/pretty.js';
import { createProgress } from '../report/progress.js';
import { processIo, writeReport, type Io, type ReporterName } from '../report/registry.js';
import { DEFAULT_ANALYZE_OUT, type AnalyzeCliOptions } from './analyze.js';
import { givenOptions, resolveOut, runPipeline } from './pipeline.js';

/** What `autoskill analyze` does; analyze.ts holds its options and loads this module when the command runs. */
export async function analyzeAction(dir: string, opts: AnalyzeCliOptions, io: Io = processIo()): Promise<number> {
  const cwd = io.cwd;
  const progress = createProgress(io.stderr, io.env);
  const scaffolding = opts.scaffold || opts.scaffoldIntoProject || opts.writeAppJson;
  const sc = scaffolding && !opts.listApis ? await import('../scaffold/scaffold-cli.js') : null; // loaded only with --scaffold
  // Taken before the analysis, so --write-app-json can tell whether app.json changed meanwhile.
  const appJsonBefore = sc ? sc.snapshotAppJson(path.resolve(cwd, dir)) : null;
  const run = await runPipeline(dir, cwd, {
    ...givenOptions(opts),
    onProgress: progress.onProgress,
    ...(opts.cache ? { cache: { out: opts.out, fallback: path.resolve(cwd, DEFAULT_ANALYZE_OUT) } } : {}),
  });
  progress.done();
  if (!run.model) {
    report(run.diagnostics, opts.format, run.root, null, io);
    return 2;
  }
  if (opts.listApis) return listApis(run.skills, run.diagnostics, run.root, io);
  const model = run.model;
  const diagnostics = run.diagnostics;
  const outDir = resolveOut(opts.out, cwd, run.config, path.resolve(cwd, DEFAULT_ANALYZE_OUT));
  const scaffold = sc && appJsonBefore ? sc.prepareScaffold(run, appJsonBefore, opts, cwd) : null;
  const written = writeOutputs(outDir, scaffold ? { ...run.files, ...scaffold.outFiles } : run.files, { force: opts.force });
  const scaffoldWrites = sc && scaffold ? sc.applyScaffold(scaffold, run, opts) : null;
  const summary = {
    pages: model.pages.length,
    components: model.components.length,
    effects: model.pages.reduce((n, p) => n + p.effects.length, 0),
    out: posixRelative(cwd, outDir),
    written: written.written,
    unchanged: written.unchanged,
    refused: written.refused,
    ...countBySeverity(diagnostics),
  };
  report(diagnostics, opts.format, run.root, summary, io);
  const scaffoldRefused = sc && scaffold && scaffoldWrites ? sc.reportScaffold(scaffold, scaffoldWrites, run, opts.format, io) : false;
  if (written.refused.length || scaffoldRefused) return 1;
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** `--list-apis`: the id lines on stdout; config problems (which change the list) on stderr. */
function listApis(skills: Parameters<typeof listApiLines>[0], diags: Diagnostic[], root: string, io: Io): number {
  io.stdout.write(listApiLines(skills).map((l) => `${l}\n`).join(''));
  const config = diags.filter((d) => d.code.startsWith('CONFIG_'));
  if (config.length) writeReport('pretty', { diagnostics: config, root }, io);
  return config.some((d) => d.severity === 'error') ? 1 : 0;
}

function report(diags: Diagnostic[], format: ReporterName, root: string, summary: Record<string, unknown> | null, io: Io): void {
  writeReport(format, { diagnostics: diags, root, summary }, io);
  // The json format carries the summary itself; every other format gets the human summary on stderr.
  if (format === 'json') return;
  if (summary) {
    const s = summary as { pages: number; components: number; effects: number; out: string; error: number; warning: number; info: number; refused: string[] };
    for (const f of s.refused) io.stderr.write(`${s.out}/${f}: edited by hand since autoskill wrote it; left alone (use --force to overwrite)\n`);
    io.stderr.write(
      `autoskill: ${s.pages} pages, ${s.components} components, ${s.effects} page effects → ${s.out}/ (${s.error} errors, ${s.warning} warnings, ${s.info} info)\n`,
    );
  } else io.stderr.write('autoskill: nothing analysed\n');
}
