import { cmp } from '../diagnostics/diagnostic.js';

/**
 * Set comparison and the usual retrieval measures. A ratio whose denominator
 * is zero is null ("nothing to measure"), not 0 or 1, so a page with nothing
 * to find and nothing predicted neither helps nor hurts, and reports can
 * print "-" for it.
 */

export interface Counts {
  /** Predicted and labelled. */
  tp: number;
  /** Predicted, not labelled. */
  fp: number;
  /** Labelled, not predicted. */
  fn: number;
}

export interface Measures extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface SetScore extends Measures {
  /** Labelled but not predicted, sorted. */
  missed: string[];
  /** Predicted but not labelled, sorted. */
  extra: string[];
}

export function measures(c: Counts): Measures {
  const { tp, fp, fn } = c;
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    // 2PR/(P+R) written with counts: defined whenever anything was expected or predicted.
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

export function compareSets(expected: readonly string[], predicted: readonly string[]): SetScore {
  const want = new Set(expected);
  const got = new Set(predicted);
  const missed = [...want].filter((x) => !got.has(x)).sort(cmp);
  const extra = [...got].filter((x) => !want.has(x)).sort(cmp);
  return { ...measures({ tp: want.size - missed.length, fp: extra.length, fn: missed.length }), missed, extra };
}

/** Micro-average: add the counts, then measure. */
export function sumCounts(items: Iterable<Counts>): Measures {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of items) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return measures(total);
}
