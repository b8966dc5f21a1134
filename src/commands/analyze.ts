import path from 'node:path';
import { Option, type Command } from 'commander';
import { analyze } from '../analyze/analyze.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../model/types.js';
import { writeOutputs } from '../output/write-outputs.js';
import { buildOutputs } from '../outputs.js';
import { countBySeverity, formatPretty } from '../report/pretty.js';
import type { CommandContext } from './context.js';

export interface AnalyzeCliOptions {
  out: string;
  format: 'pretty' | 'json';
  lang: 'zh' | 'en';
  force: boolean;
}

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  program
    .command('analyze')
    .description('analyse a mini-program and write analysis.json (+ drafts) into the output folder')
    .argument('[dir]', 'project folder (holding project.config.json or app.json)', '.')
    .option('-o, --out <dir>', 'output folder', 'autoskill-out')
    .addOption(new Option('-f, --format <format>', 'how diagnostics are reported').choices(['pretty', 'json']).default('pretty'))
    .addOption(new Option('--lang <lang>', 'language of the drafts').choices(['zh', 'en']).default('zh'))
    .option('--force', 'overwrite output files even when they were edited by hand', false)
    .action(async (dir: string, opts: AnalyzeCliOptions) => {
      ctx.setExitCode(await runAnalyze(dir, opts));
    });
}

export async function runAnalyze(dir: string, opts: AnalyzeCliOptions): Promise<number> {
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
