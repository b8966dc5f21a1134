import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../model/types.js';
import { listApiLines } from '../config/list-apis.js';
import { CONFIG_FILE } from '../config/load-config.js';
import type { Grouping } from '../emit/plan-types.js';
import { writeOutputs } from '../output/write-outputs.js';
import { posixRelative } from '../report/location.js';
import { countBySeverity } from '../report/pretty.js';
import { createProgress } from '../report/progress.js';
import { processIo, REPORTER_NAMES, writeReport, type Io, type ReporterName } from '../report/registry.js';
import type { CommandContext } from './context.js';

export interface AnalyzeCliOptions {
  /** Output folder; default: the config's `out`, else `autoskill-out`. */
  out?: string;
  format: ReporterName;
  /** Language of the drafts; default: the config's `lang`, else zh. */
  lang?: 'zh' | 'en';
  grouping?: Grouping;
  /** Config file; default: autoskill.config.json in the project folder, if any. */
  config?: string;
  force: boolean;
  /** Print `<id> → <name>` per API of the drafts instead of writing anything. */
  listApis?: boolean;
  /** Keep an incremental cache in the output folder. */
  cache?: boolean;
  /** Write skills/<skill>/ packages (docs/scaffold.md); into the project with scaffoldIntoProject; app.json only with writeAppJson. */
  scaffold?: boolean;
  scaffoldIntoProject?: boolean;
  writeAppJson?: boolean;
}

export const DEFAULT_ANALYZE_OUT = 'autoskill-out';
export const GROUPINGS: readonly Grouping[] = ['domain', 'subpackage', 'single'];

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  program
    .command('analyze')
    .description('analyse a mini-program and write analysis.json (+ drafts) into the output folder')
    .argument('[dir]', 'project folder (holding project.config.json or app.json)', '.')
    .option('-o, --out <dir>', `output folder (default: the config's "out", else ${DEFAULT_ANALYZE_OUT})`)
    .addOption(new Option('-f, --format <format>', 'how diagnostics are reported').choices(REPORTER_NAMES).default('pretty'))
    .addOption(new Option('--lang <lang>', `language of the drafts (default: the config's "lang", else zh)`).choices(['zh', 'en']))
    .addOption(new Option('--grouping <grouping>', `how APIs are grouped into skills (default: the config's "grouping", else domain)`).choices(GROUPINGS))
    .option('-c, --config <file>', `configuration file (default: <dir>/${CONFIG_FILE} when present)`)
    .option('--force', 'overwrite output files even when they were edited by hand', false)
    .option('--cache', `keep an incremental cache in <out>/.autoskill-cache (unchanged pages are not analysed again)`, false)
    .option('--list-apis', 'print "<id> → <name>" for every API of the drafts (the ids autoskill.config.json uses) and write nothing', false)
    .option('--scaffold', 'also write skills/<skill>/ code packages (index.js, apis/, utils/) and print the app.json changes as a diff', false)
    .option('--scaffold-into-project', 'with --scaffold: write the packages into <miniprogramRoot>/skills/ instead of the output folder', false)
    .option('--write-app-json', 'with --scaffold: apply the app.json changes to the project (refused if app.json changed since the analysis began)', false)
    .action(async (dir: string, opts: AnalyzeCliOptions) => {
      ctx.setExitCode(await runAnalyze(dir, opts));
    });
}

export async function runAnalyze(dir: string, opts: AnalyzeCliOptions, io: Io = processIo()): Promise<number> {
  const cwd = io.cwd;
  const progress = createProgress(io.stderr, io.env);
  const scaffolding = opts.scaffold || opts.scaffoldIntoProject || opts.writeAppJson;
  const sc = scaffolding && !opts.listApis ? await import('../scaffold/scaffold-cli.js') : null; // loaded on use, like the pipeline
  // Taken before the analysis, so --write-app-json can tell whether app.json changed meanwhile.
  const appJsonBefore = sc ? sc.snapshotAppJson(path.resolve(cwd, dir)) : null;
  const { resolveOut, runPipeline } = await import('./pipeline.js'); // loaded on use: `--help` stays light
  const run = await runPipeline(dir, cwd, {
    ...pick(opts),
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

/** The options the pipeline takes, only when given (so the config's values apply otherwise). */
function pick(opts: AnalyzeCliOptions): { lang?: 'zh' | 'en'; grouping?: Grouping; config?: string } {
  return { ...(opts.lang ? { lang: opts.lang } : {}), ...(opts.grouping ? { grouping: opts.grouping } : {}), ...(opts.config ? { config: opts.config } : {}) };
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
