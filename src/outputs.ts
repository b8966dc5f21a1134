import { renderAnalysisJson } from './emit/analysis-json.js';
import type { AnalysisModel, Diagnostic } from './model/types.js';

export interface OutputOptions {
  lang?: 'zh' | 'en';
}

/**
 * Every file `autoskill analyze` writes, as output-relative path → bytes.
 * Pure: the CLI (or a caller) decides where and whether to write them.
 */
export function buildOutputs(model: AnalysisModel, _opts: OutputOptions = {}): { files: Record<string, string>; diagnostics: Diagnostic[] } {
  const files: Record<string, string> = { 'analysis.json': renderAnalysisJson(model) };
  return { files, diagnostics: [] };
}
