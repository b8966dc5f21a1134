import type { AnalysisModel } from '../model/types.js';
import { stableStringify } from '../util/stable-json.js';

/**
 * `analysis.json`: the model as JSON with sorted keys, two-space indent and
 * a trailing newline, so two runs give identical bytes.
 * Contract: shared/reference/analysis-format.md.
 */
export function renderAnalysisJson(model: AnalysisModel): string {
  return stableStringify(model);
}
