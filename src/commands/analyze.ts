import { InvalidArgumentError, Option, type Command } from 'commander';
import { CONFIG_FILE } from '../config/config-file.js';
import type { Grouping } from '../emit/plan-types.js';
import type { Io } from '../report/registry.js';
import { REPORTER_NAMES, type ReporterName } from '../report/reporter-names.js';
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
  /** Threads to analyse with. */
  jobs?: number;
}

export const DEFAULT_ANALYZE_OUT = 'autoskill-out';
export const GROUPINGS: readonly Grouping[] = ['domain', 'subpackage', 'single'];

/** `--jobs <n>`: threads to analyse with (the output is the same for any n). */
export function jobsOption(): Option {
  return new Option('-j, --jobs <n>', 'threads to analyse with, 1 for this one only (default: one per two cores, up to 4, for apps big enough to gain)').argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number from 1 to 64');
    return n;
  });
}

/**
 * `autoskill analyze [dir]`: its options and help only. What it does lives in
 * analyze-action.ts, loaded when it runs, so `--help` and `--version` never
 * load the analysis pipeline (Babel, htmlparser2, ajv…).
 */
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
    .addOption(jobsOption())
    .option('--cache', `keep an incremental cache in <out>/.autoskill-cache (unchanged pages are not analysed again)`, false)
    .option('--list-apis', 'print "<id> → <name>" for every API of the drafts (the ids autoskill.config.json uses) and write nothing', false)
    .option('--scaffold', 'also write skills/<skill>/ code packages (index.js, apis/, utils/) and print the app.json changes as a diff', false)
    .option('--scaffold-into-project', 'with --scaffold: write the packages into <miniprogramRoot>/skills/ instead of the output folder', false)
    .option('--write-app-json', 'with --scaffold: apply the app.json changes to the project (refused if app.json changed since the analysis began)', false)
    .action(async (dir: string, opts: AnalyzeCliOptions) => {
      ctx.setExitCode(await runAnalyze(dir, opts));
    });
}

/** Runs the command (io defaults to the process's streams); its code is loaded on first use. */
export async function runAnalyze(dir: string, opts: AnalyzeCliOptions, io?: Io): Promise<number> {
  const { analyzeAction } = await import('./analyze-action.js');
  return analyzeAction(dir, opts, io);
}
