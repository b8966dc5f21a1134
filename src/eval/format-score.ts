import { cmp } from '../diagnostics/diagnostic.js';
import { SET_METRICS } from './labels.js';
import type { Measures } from './metrics.js';
import type { AppScore, ScoreTotals } from './score-types.js';
import { combineScores } from './totals.js';

/**
 * A compact plain-text table of scores: one block per app (in name order)
 * and, for more than one app, an ALL block micro-averaged over every page.
 *
 *   app     metric             P      R     F1  tp  fp  fn
 *   coffee  requests       1.000  0.950  0.974  19   0   1
 *           payment        exact 9/9 (1.000)
 *
 * A ratio with nothing to measure prints as "-". Labelled pages missing
 * from the model and unlabelled model pages are listed under the table.
 */

const HEAD = ['app', 'metric', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
/** Columns from this index on are numbers, right-aligned. */
const FIRST_NUMERIC = 2;

function ratio(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}

function measureCells(m: Measures): string[] {
  return [ratio(m.precision), ratio(m.recall), ratio(m.f1), String(m.tp), String(m.fp), String(m.fn)];
}

/** Rows of one block; the payment row is [app, 'payment', text] and spans the numeric columns. */
function blockRows(name: string, t: ScoreTotals): string[][] {
  const rows = SET_METRICS.map((m) => ['', m, ...measureCells(t.metrics[m])]);
  rows.push(['', 'all', ...measureCells(t.all)]);
  rows.push(['', 'payment', `exact ${t.payment.correct}/${t.payment.total} (${ratio(t.payment.accuracy)})`]);
  rows[0]![0] = name;
  return rows;
}

function render(rows: string[][]): string {
  const widths = HEAD.map((_, i) => Math.max(...rows.filter((r) => r.length === HEAD.length).map((r) => r[i]!.length)));
  return rows
    .map((r) => {
      if (r.length !== HEAD.length) return [r[0]!.padEnd(widths[0]!), r[1]!.padEnd(widths[1]!), ...r.slice(2)].join('  ');
      return r.map((c, i) => (i < FIRST_NUMERIC ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    })
    .map((line) => line.trimEnd())
    .join('\n');
}

export function formatScore(scores: Readonly<Record<string, AppScore>>): string {
  const names = Object.keys(scores).sort(cmp);
  const rows: string[][] = [HEAD];
  for (const n of names) rows.push(...blockRows(n, scores[n]!.totals));
  if (names.length > 1) rows.push(...blockRows('ALL', combineScores(names.map((n) => scores[n]!))));

  const notes: string[] = [];
  for (const n of names) {
    const s = scores[n]!;
    if (s.missingPages.length) notes.push(`${n}: labelled but not in the model: ${s.missingPages.join(', ')}`);
    if (s.unlabelledPages.length) notes.push(`${n}: in the model but not labelled: ${s.unlabelledPages.join(', ')}`);
  }
  return [render(rows), ...notes].join('\n') + '\n';
}
