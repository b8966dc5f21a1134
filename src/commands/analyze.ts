import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../model/types.js';
import { writeOutputs } from '../output/write-outputs.js';
import { posixRelative } from '../report/location.js';
import { countBySeverity } from '../report/pretty.js';
import { createProgress } from '../report/progress.js';
import { processIo, REPORTER_NAMES, writeReport, type Io, type ReporterName } from '../report/registry.js';
import type { CommandContext } from './context.js';
import { runPipeline } from './pipeline.js';

export interface AnalyzeCliOptions {
  out: string;
  format: ReporterName;
  lang: 'zh' | 'en';
  force: boolean;
}

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  program
    .command('analyze')
    .description('analyse a mini-program and write analysis.json (+ drafts) into the output folder')
    .argument('[dir]', 'project folder (holding project.config.json or app.json)', '.')
    .option('-o, --out <dir>', 'output folder', 'autoskill-out')
    .addOption(new Option('-f, --format <format>', 'how diagnostics are reported').choices(REPORTER_NAMES).default('pretty'))
    .addOption(new Option('--lang <lang>', 'language of the drafts').choices(['zh', 'en']).default('zh'))
    .option('--force', 'overwrite output files even when they were edited by hand', false)
    .action(async (dir: string, opts: AnalyzeCliOptions) => {
      ctx.setExitCode(await runAnalyze(dir, opts));
    });
}

export async function runAnalyze(dir: string, opts: AnalyzeCliOptions, io: Io = processIo()): Promise<number> {
  const cwd = io.cwd;
  const progress = createProgress(io.stderr, io.env);
  const run = await runPipeline(dir, cwd, { lang: opts.lang, onProgress: progress.onProgress });
  progress.done();
  if (!run.model) {
    report(run.diagnostics, opts.format, run.root, null, io);
    return 2;
  }
  const model = run.model;
  const diagnostics = run.diagnostics;
  const outDir = path.resolve(cwd, opts.out);
  const written = writeOutputs(outDir, run.files, { force: opts.force });
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
  if (written.refused.length) return 1;
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
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
