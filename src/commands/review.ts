import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { CONFIG_FILE } from '../config/load-config.js';
import type { Grouping } from '../emit/plan-types.js';
import { posixRelative } from '../report/location.js';
import { createProgress } from '../report/progress.js';
import { processIo, writeReport, type Io } from '../report/registry.js';
import { renderReview } from '../review/render-review.js';
import { NodeVfs } from '../util/vfs.js';
import { GROUPINGS } from './analyze.js';
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
    .action(async (dir: string, opts: ReviewCliOptions) => {
      ctx.setExitCode(await runReview(dir, opts));
    });
}

export async function runReview(dir: string, opts: ReviewCliOptions, io: Io = processIo()): Promise<number> {
  const progress = createProgress(io.stderr, io.env);
  const { runPipeline } = await import('./pipeline.js'); // loaded on use: `--help` stays light
  const run = await runPipeline(dir, io.cwd, {
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.grouping ? { grouping: opts.grouping } : {}),
    ...(opts.config ? { config: opts.config } : {}),
    onProgress: progress.onProgress,
  });
  progress.done();
  if (!run.model) {
    writeReport('pretty', { diagnostics: run.diagnostics, root: run.root }, io);
    return 2;
  }
  const html = renderReview({ model: run.model, files: run.files, diagnostics: run.diagnostics, vfs: new NodeVfs(run.root), lang: run.lang });
  const out = path.resolve(io.cwd, opts.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, html);
  io.stderr.write(`autoskill: review page → ${posixRelative(io.cwd, out)}\n`);
  return 0;
}
