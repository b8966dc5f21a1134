import fs from 'node:fs';
import path from 'node:path';
import { analyze, type AnalyzeOptions } from '../analyze/analyze.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { AnalysisModel, Diagnostic } from '../model/types.js';
import { buildOutputs, type OutputOptions } from '../outputs.js';

/**
 * What every command starts from: the project analysed and its output files
 * built, in memory. Commands decide what to write, compare or render.
 */
export interface PipelineResult {
  /** Absolute project folder the user named. */
  dir: string;
  /** Absolute mini-program root (holding app.json): diagnostic paths are relative to it. */
  root: string;
  /** Null when nothing could be analysed (no app.json…): report and exit 2. */
  model: AnalysisModel | null;
  /** Output-relative path → bytes, as `analyze` writes them. */
  files: Record<string, string>;
  /** Analysis and emit diagnostics, sorted. */
  diagnostics: Diagnostic[];
}

export async function runPipeline(
  dir: string,
  cwd: string,
  opts: OutputOptions & Pick<AnalyzeOptions, 'onProgress'> = {},
): Promise<PipelineResult> {
  const named = path.resolve(cwd, dir);
  // The user may name app.json or project.config.json itself (openProject accepts both).
  const absDir = isFile(named) ? path.dirname(named) : named;
  const result = await analyze({ dir: named, onProgress: opts.onProgress });
  if (!result.model) return { dir: absDir, root: absDir, model: null, files: {}, diagnostics: result.diagnostics };
  const model = result.model;
  const outputs = buildOutputs(model, { lang: opts.lang });
  const mpRoot = model.project.miniprogramRoot;
  return {
    dir: absDir,
    root: path.join(absDir, mpRoot === '.' ? '' : mpRoot),
    model,
    files: outputs.files,
    diagnostics: sortDiagnostics([...result.diagnostics, ...outputs.diagnostics]),
  };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
