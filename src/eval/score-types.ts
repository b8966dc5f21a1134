import type { SetMetric } from './labels.js';
import type { Measures, SetScore } from './metrics.js';

/** The result shapes of scoring (see score.ts). */

export interface PaymentScore {
  expected: boolean;
  predicted: boolean;
  correct: boolean;
}

export interface PageScore {
  route: string;
  /** The model has this page. A labelled page it lacks is scored as predicting nothing. */
  found: boolean;
  metrics: Record<SetMetric, SetScore>;
  payment: PaymentScore;
}

export interface PaymentTotals {
  correct: number;
  total: number;
  accuracy: number | null;
}

export interface ScoreTotals {
  /** Micro-averaged over pages, per list. */
  metrics: Record<SetMetric, Measures>;
  /** Micro-averaged over every list of every page. */
  all: Measures;
  payment: PaymentTotals;
}

export interface AppScore {
  /** One per labelled route, sorted by route. */
  pages: PageScore[];
  totals: ScoreTotals;
  /** Labelled routes the model has no page for. */
  missingPages: string[];
  /** Model pages with no labels; not scored. */
  unlabelledPages: string[];
}
