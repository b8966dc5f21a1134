import type { AnalysisModel, PageModel } from '../model/types.js';
import { cmp } from '../diagnostics/diagnostic.js';
import { SET_METRICS } from './labels.js';
import type { Labels, PageLabels, SetMetric } from './labels.js';
import { compareSets } from './metrics.js';
import type { SetScore } from './metrics.js';
import { normalizeRequestKey } from './normalize.js';
import { EMPTY_PREDICTION, predictPage } from './predict.js';
import type { AppScore, PageScore } from './score-types.js';
import { totalsOf } from './totals.js';

/**
 * Score an analysis model against hand-made labels: per page and in total,
 * precision / recall / F1 for each list (set comparison after normalisation,
 * see normalize.ts and predict.ts) and exactness for `payment`.
 */

export type { AppScore, PageScore, PaymentScore, PaymentTotals, ScoreTotals } from './score-types.js';
export type { Measures, SetScore } from './metrics.js';
export { combineScores } from './totals.js';
export { formatScore } from './format-score.js';

function scorePage(route: string, want: PageLabels, page: PageModel | undefined): PageScore {
  const got = page ? predictPage(page) : EMPTY_PREDICTION;
  const metrics = {} as Record<SetMetric, SetScore>;
  // Labels may keep a query string in a URL; endpoints are compared without it (normalize.ts).
  const wanted = { ...want, requests: [...new Set(want.requests.map(normalizeRequestKey))].sort(cmp) };
  for (const m of SET_METRICS) metrics[m] = compareSets(wanted[m], got[m]);
  return {
    route,
    found: page !== undefined,
    metrics,
    payment: { expected: want.payment, predicted: got.payment, correct: want.payment === got.payment },
  };
}

export function scoreApp(model: AnalysisModel, labels: Labels): AppScore {
  const byRoute = new Map(model.pages.map((p) => [p.route, p] as const));
  const routes = Object.keys(labels.pages).sort(cmp);
  const pages = routes.map((r) => scorePage(r, labels.pages[r]!, byRoute.get(r)));
  return {
    pages,
    totals: totalsOf(pages),
    missingPages: pages.filter((p) => !p.found).map((p) => p.route),
    unlabelledPages: [...byRoute.keys()].filter((r) => !Object.hasOwn(labels.pages, r)).sort(cmp),
  };
}
