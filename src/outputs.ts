import { renderAnalysisJson } from './emit/analysis-json.js';
import { emitDrafts } from './emit/emit-drafts.js';
import type { AnalysisModel, Diagnostic } from './model/types.js';

export interface OutputOptions {
  lang?: 'zh' | 'en';
  /** How APIs are grouped into skills (see src/emit/grouping.ts). */
  grouping?: 'domain' | 'subpackage' | 'single';
}

/**
 * Every file `autoskill analyze` writes, as output-relative path → bytes:
 * `analysis.json` and the WeChat AI drafts (`mcp.json`, `skills/<skill>/…`,
 * `page-meta.json`, `capabilities.json`, `mcp-tools.json`).
 * Pure: the CLI (or a caller) decides where and whether to write them.
 */
export function buildOutputs(model: AnalysisModel, opts: OutputOptions = {}): { files: Record<string, string>; diagnostics: Diagnostic[] } {
  const drafts = emitDrafts(model, { lang: opts.lang ?? 'zh', ...(opts.grouping ? { grouping: opts.grouping } : {}) });
  const files: Record<string, string> = { 'analysis.json': renderAnalysisJson(model), ...drafts.files };
  return { files, diagnostics: drafts.diagnostics };
}
