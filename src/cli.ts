import path from 'node:path';
import { Command, Option } from 'commander';
import { analyze, TOOL_VERSION } from './analyze/analyze.js';
import type { Diagnostic } from './model/types.js';
import { buildOutputs } from './outputs.js';
import { writeOutputs } from './output/write-outputs.js';
import { countBySeverity, formatPretty } from './report/pretty.js';
import { sortDiagnostics } from './diagnostics/diagnostic.js';

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

  program
    .command('analyze')
    .description('analyse a mini-program and write analysis.json (+ drafts) into the output folder')
    .argument('[dir]', 'project folder (holding project.config.json or app.json)', '.')
    .option('-o, --out <dir>', 'output folder', 'autoskill-out')
    .addOption(new Option('-f, --format <format>', 'how diagnostics are reported').choices(['pretty', 'json']).default('pretty'))
    .addOption(new Option('--lang <lang>', 'language of the drafts').choices(['zh', 'en']).default('zh'))
    .option('--force', 'overwrite output files even when they were edited by hand', false)
    .action(async (dir: string, opts: { out: string; format: 'pretty' | 'json'; lang: 'zh' | 'en'; force: boolean }) => {
      exitCode = await runAnalyze(dir, opts);
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return typeof err.exitCode === 'number' && err.exitCode !== 0 ? 2 : 0;
  }
  return exitCode;
}

async function runAnalyze(dir: string, opts: { out: string; format: 'pretty' | 'json'; lang: 'zh' | 'en'; force: boolean }): Promise<number> {
  const cwd = process.cwd();
  const absDir = path.resolve(cwd, dir);
  const result = await analyze({ dir: absDir });
  if (!result.model) {
    report(result.diagnostics, opts.format, absDir, null);
    return 2;
  }
  const model = result.model;
  const outputs = buildOutputs(model, { lang: opts.lang });
  const diagnostics = sortDiagnostics([...result.diagnostics, ...outputs.diagnostics]);
  const outDir = path.resolve(cwd, opts.out);
  const written = writeOutputs(outDir, outputs.files, { force: opts.force });
  const root = path.join(absDir, model.project.miniprogramRoot === '.' ? '' : model.project.miniprogramRoot);
  const summary = {
    pages: model.pages.length,
    components: model.components.length,
    effects: model.pages.reduce((n, p) => n + p.effects.length, 0),
    out: path.relative(cwd, outDir) || '.',
    written: written.written,
    unchanged: written.unchanged,
    refused: written.refused,
    ...countBySeverity(diagnostics),
  };
  report(diagnostics, opts.format, root, summary);
  if (written.refused.length) return 1;
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

function report(diags: Diagnostic[], format: 'pretty' | 'json', root: string, summary: Record<string, unknown> | null): void {
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ summary, diagnostics: diags }, null, 2) + '\n');
    return;
  }
  const color = !!process.stderr.isTTY && !process.env.NO_COLOR;
  const text = formatPretty(diags, { root, cwd: process.cwd(), color });
  if (text) process.stderr.write(text + '\n');
  if (summary) {
    const s = summary as { pages: number; components: number; effects: number; out: string; error: number; warning: number; info: number; refused: string[] };
    for (const f of s.refused) process.stderr.write(`${s.out}/${f}: edited by hand since autoskill wrote it; left alone (use --force to overwrite)\n`);
    process.stderr.write(
      `autoskill: ${s.pages} pages, ${s.components} components, ${s.effects} page effects → ${s.out}/ (${s.error} errors, ${s.warning} warnings, ${s.info} info)\n`,
    );
  } else process.stderr.write('autoskill: nothing analysed\n');
}
