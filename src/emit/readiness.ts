import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { AnalysisModel } from '../model/types.js';
import type { ApiPlan } from './plan-types.js';

/**
 * What would stop WeChat's official generator, reported as diagnostics
 * instead (wechat-ai-mode.md, "How the official generator works"): no
 * business function at all, app.json without `"lazyCodeLoading":
 * "requiredComponents"`, a response shape static analysis cannot establish.
 * Plugin dependencies are reported by the loader (PLUGIN_DEPENDENCY).
 */
export function checkReadiness(model: AnalysisModel, apis: readonly ApiPlan[], bag: DiagnosticBag): void {
  const appJson = { file: 'app.json', line: 1, column: 1 };
  if (apis.length === 0) bag.report('NO_BUSINESS_ACTIONS', appJson);
  // `undefined` = the loader did not say; only a known absence is reported.
  const lazy = model.project?.lazyCodeLoading;
  if (lazy !== undefined && lazy !== 'requiredComponents') bag.report('LAZY_CODE_LOADING_MISSING', appJson);
  for (const a of apis) if (a.outputs.length === 0) bag.report('OUTPUT_SHAPE_UNKNOWN', a.loc, { api: a.name });
}
