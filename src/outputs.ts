import type { DraftOverrides } from './config/config-types.js';
import { renderAnalysisJson } from './emit/analysis-json.js';
import { emitDrafts } from './emit/emit-drafts.js';
import type { SkillPlan } from './emit/plan-types.js';
import type { AnalysisModel, Diagnostic } from './model/types.js';

export interface OutputOptions {
  lang?: 'zh' | 'en';
  /** How APIs are grouped into skills (see src/emit/grouping.ts). */
  grouping?: 'domain' | 'subpackage' | 'single';
  /** Reviewer overrides from autoskill.config.json (docs/config.md); drafts only, analysis.json is never filtered. */
  overrides?: DraftOverrides;
}

/**
 * Every file `autoskill analyze` writes, as output-relative path → bytes:
 * `analysis.json` and the WeChat AI drafts (`mcp.json`, `skills/<skill>/…`,
 * `page-meta.json`, `capabilities.json`, `mcp-tools.json`), plus the skill
 * plan the drafts show (API ids and names, for `--list-apis`).
 * Pure: the CLI (or a caller) decides where and whether to write them.
 */
export function buildOutputs(
  model: AnalysisModel,
  opts: OutputOptions = {},
): { files: Record<string, string>; diagnostics: Diagnostic[]; skills: SkillPlan[] } {
  const drafts = emitDrafts(model, {
    lang: opts.lang ?? 'zh',
    ...(opts.grouping ? { grouping: opts.grouping } : {}),
    ...(opts.overrides ? { overrides: opts.overrides } : {}),
  });
  const files: Record<string, string> = { 'analysis.json': renderAnalysisJson(model), ...drafts.files };
  return { files, diagnostics: drafts.diagnostics, skills: drafts.skills };
}
