import { Option, type Command } from 'commander';
import { CONFIG_FILE } from '../config/config-file.js';
import type { Grouping } from '../emit/plan-types.js';
import type { Io } from '../report/registry.js';
import { REPORTER_NAMES, type ReporterName } from '../report/reporter-names.js';
import { GROUPINGS, jobsOption } from './analyze.js';
import type { CommandContext } from './context.js';

/**
 * `autoskill check [dir]`: are the committed outputs what the code gives
 * now? Like `prettier --check`: re-analyse in memory, compare, exit 1 with a
 * unified diff when anything drifted (or the app has error diagnostics),
 * exit 0 with one line when in sync. `--update` rewrites the folder through
 * writeOutputs, which leaves hand-edited files alone unless `--force`.
 */
export interface CheckCliOptions {
  /** Output folder; default: the config's `out`, else `<project dir>/autoskill`. */
  out?: string;
  update: boolean;
  force: boolean;
  format: ReporterName;
  /** Language of the drafts; default: the config's `lang`, else zh. */
  lang?: 'zh' | 'en';
  grouping?: Grouping;
  /** Config file; default: autoskill.config.json in the project folder, if any. */
  config?: string;
  /** Incremental cache in the output folder (on unless --no-cache). */
  cache?: boolean;
  /** Threads to analyse with. */
  jobs?: number;
}

/** The folder `check` compares with when `--out` is not given, relative to the project folder. */
export const DEFAULT_CHECK_OUT = 'autoskill';

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description('fail when the committed outputs differ from what the code gives now (for CI); --update rewrites them')
    .argument('[dir]', 'project folder (holding project.config.json or app.json)', '.')
    .option('-o, --out <dir>', `folder of the committed outputs (default: the config's "out", else <dir>/${DEFAULT_CHECK_OUT})`)
    .option('-u, --update', 'rewrite the outputs instead of comparing', false)
    .option('--force', 'with --update: also overwrite or delete files edited by hand', false)
    .addOption(new Option('-f, --format <format>', 'how findings are reported').choices(REPORTER_NAMES).default('pretty'))
    .addOption(new Option('--lang <lang>', `language of the drafts (default: the config's "lang", else zh)`).choices(['zh', 'en']))
    .addOption(new Option('--grouping <grouping>', `how APIs are grouped into skills (default: the config's "grouping", else domain)`).choices(GROUPINGS))
    .option('-c, --config <file>', `configuration file (default: <dir>/${CONFIG_FILE} when present)`)
    .option('--no-cache', 'analyse everything again instead of reusing <out>/.autoskill-cache')
    .addOption(jobsOption())
    .action(async (dir: string, opts: CheckCliOptions) => {
      ctx.setExitCode(await runCheck(dir, opts));
    });
}

/** Runs the command (io defaults to the process's streams); its code (check-action.ts) is loaded on first use. */
export async function runCheck(dir: string, opts: CheckCliOptions, io?: Io): Promise<number> {
  const { checkAction } = await import('./check-action.js');
  return checkAction(dir, opts, io);
}
