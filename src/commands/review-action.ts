import fs from 'node:fs';
import path from 'node:path';
import { posixRelative } from '../report/location.js';
import { createProgress } from '../report/progress.js';
import { processIo, writeReport, type Io } from '../report/registry.js';
import { renderReview } from '../review/render-review.js';
import { NodeVfs } from '../util/vfs.js';
import { givenOptions, runPipeline } from './pipeline.js';
import type { ReviewCliOptions } from './review.js';

/** What `autoskill review` does; review.ts holds its options and loads this module when the command runs. */
export async function reviewAction(dir: string, opts: ReviewCliOptions, io: Io = processIo()): Promise<number> {
  const progress = createProgress(io.stderr, io.env);
  const run = await runPipeline(dir, io.cwd, {
    ...givenOptions(opts),
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
