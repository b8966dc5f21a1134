import { Option, type Command } from 'commander';
import type { Io } from '../report/registry.js';
import { REPORTER_NAMES, type ReporterName } from '../report/reporter-names.js';
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

/** Runs the command (io defaults to the process's streams); its code (validate-action.ts) is loaded on first use. */
export async function runValidate(dir: string, opts: ValidateCliOptions, io?: Io): Promise<number> {
  const { validateAction } = await import('./validate-action.js');
  return validateAction(dir, opts, io);
}
