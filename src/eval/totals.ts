import { SET_METRICS } from './labels.js';
import type { SetMetric } from './labels.js';
import { sumCounts } from './metrics.js';
import type { Measures } from './metrics.js';
import type { AppScore, PageScore, ScoreTotals } from './score-types.js';

/** Micro-averaged totals over pages: counts are added first, then measured. */
export function totalsOf(pages: readonly PageScore[]): ScoreTotals {
  const metrics = {} as Record<SetMetric, Measures>;
  for (const m of SET_METRICS) metrics[m] = sumCounts(pages.map((p) => p.metrics[m]));
  const correct = pages.filter((p) => p.payment.correct).length;
  return {
    metrics,
    all: sumCounts(pages.flatMap((p) => SET_METRICS.map((m) => p.metrics[m]))),
    payment: { correct, total: pages.length, accuracy: pages.length ? correct / pages.length : null },
  };
}

/** Totals over several apps, micro-averaged over all their pages. */
export function combineScores(scores: readonly AppScore[]): ScoreTotals {
  return totalsOf(scores.flatMap((s) => s.pages));
}
