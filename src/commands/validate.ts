import path from 'node:path';
import { Option, type Command } from 'commander';
import { countBySeverity } from '../report/pretty.js';
import { processIo, REPORTER_NAMES, writeReport, type Io, type ReporterName } from '../report/registry.js';
import type { CommandContext } from './context.js';

export interface ValidateCliOptions {
  format: ReporterName;
}

/**
 * `autoskill validate [dir]`: WeChat's official static skill rules
 * (V001–V018) and autoskill's own checks over the skills of a mini-program
 * (or one skill folder). Reads only. Exit codes: 0 no errors, 1 errors,
 * 2 the folder is neither a project nor a skill folder.
 */
export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description('check the skill packages of a mini-program (skills/<name>/) against WeChat\'s validator rules; never writes')
    .argument('[dir]', 'project folder, a skill folder or a folder of skills', '.')
    .addOption(new Option('-f, --format <format>', 'how diagnostics are reported').choices(REPORTER_NAMES).default('pretty'))
    .action(async (dir: string, opts: ValidateCliOptions) => {
      ctx.setExitCode(await runValidate(dir, opts));
    });
}

export async function runValidate(dir: string, opts: ValidateCliOptions, io: Io = processIo()): Promise<number> {
  const { validate } = await import('../validate/validate.js'); // loaded on use: `--help` stays light
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
