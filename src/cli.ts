import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from './version.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerCheck } from './commands/check.js';
import { registerReview } from './commands/review.js';
import { registerValidate } from './commands/validate.js';
import type { CommandContext } from './commands/context.js';

/** Every sub-command registers itself; adding a command is one line here. */
const COMMANDS: ((program: Command, ctx: CommandContext) => void)[] = [
  registerAnalyze,
  registerCheck,
  registerReview,
  registerValidate,
];

/**
 * The command line: a thin shell over the library. Exit codes:
 * 0 clean, 1 outputs written but error diagnostics present, 2 could not run.
 */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command();
  program
    .name('autoskill')
    .description('Static analysis for WeChat Mini Programs: infer what every page can do and draft WeChat AI-mode skills.')
    .version(TOOL_VERSION, '-v, --version')
    .showHelpAfterError('(run autoskill --help for usage)')
    .exitOverride();

  const ctx: CommandContext = {
    setExitCode: (c) => {
      exitCode = c;
    },
  };
  for (const register of COMMANDS) register(program, ctx);

  try {
    await program.parseAsync(argv);
  } catch (e) {
    // Only commander's own exits (usage, --help) end here normally; anything else is our bug and must not pass for success.
    if (!(e instanceof CommanderError)) throw e;
    const err = e as { code?: string; exitCode?: number };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return typeof err.exitCode === 'number' && err.exitCode !== 0 ? 2 : 0;
  }
  return exitCode;
}

