import { Option, type Command } from 'commander';
import { CONFIG_FILE } from '../config/config-file.js';
import type { Grouping } from '../emit/plan-types.js';
import type { Io } from '../report/registry.js';
import { GROUPINGS, jobsOption } from './analyze.js';
import type { CommandContext } from './context.js';

/**
 * `autoskill review [dir] --out report.html`: analyse in memory and write one
 * self-contained HTML page for a person to review. Exit 0 when the page is
 * written (diagnostics are in it), 2 when nothing could be analysed.
 */
export interface ReviewCliOptions {
  out: string;
  /** Language of the drafts; default: the config's `lang`, else zh. */
  lang?: 'zh' | 'en';
  grouping?: Grouping;
  /** Config file; default: autoskill.config.json in the project folder, if any. */
  config?: string;
  /** Threads to analyse with. */
  jobs?: number;
}

export const DEFAULT_REVIEW_OUT = 'autoskill-review.html';

export function registerReview(program: Command, ctx: CommandContext): void {
  program
    .command('review')
    .description('write a self-contained HTML page to review what autoskill inferred (pages, effects, drafts, diagnostics)')
    .argument('[dir]', 'project folder (holding project.config.json or app.json)', '.')
    .option('-o, --out <file>', 'HTML file to write', DEFAULT_REVIEW_OUT)
    .addOption(new Option('--lang <lang>', `language of the drafts (default: the config's "lang", else zh)`).choices(['zh', 'en']))
    .addOption(new Option('--grouping <grouping>', `how APIs are grouped into skills (default: the config's "grouping", else domain)`).choices(GROUPINGS))
    .option('-c, --config <file>', `configuration file (default: <dir>/${CONFIG_FILE} when present)`)
    .addOption(jobsOption())
    .action(async (dir: string, opts: ReviewCliOptions) => {
      ctx.setExitCode(await runReview(dir, opts));
    });
}

/** Runs the command (io defaults to the process's streams); its code (review-action.ts) is loaded on first use. */
export async function runReview(dir: string, opts: ReviewCliOptions, io?: Io): Promise<number> {
  const { reviewAction } = await import('./review-action.js');
  return reviewAction(dir, opts, io);
}
