import path from 'node:path';
import { countBySeverity } from '../report/pretty.js';
import { processIo, writeReport, type Io } from '../report/registry.js';
import { validate } from '../validate/validate.js';
import type { ValidateCliOptions } from './validate.js';

/** What `autoskill validate` does; validate.ts holds its options and loads this module when the command runs. */
export async function validateAction(dir: string, opts: ValidateCliOptions, io: Io = processIo()): Promise<number> {
  const result = await validate({ dir: path.resolve(io.cwd, dir) });
  const root = result.root ?? path.resolve(io.cwd, dir);
  const counts = countBySeverity(result.diagnostics);
  const summary = { mode: result.mode, root: path.relative(io.cwd, root) || '.', skills: result.skills, ...counts };
  writeReport(opts.format, { diagnostics: result.diagnostics, root, summary }, io);
  if (opts.format !== 'json') {
    io.stderr.write(
      result.usable
        ? `autoskill: ${result.skills.length} skill${result.skills.length === 1 ? '' : 's'} validated (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info)\n`
        : 'autoskill: nothing validated\n',
    );
  }
  if (!result.usable) return 2;
  return counts.error > 0 ? 1 : 0;
}
