import type { Effect, Loc } from '../model/types.js';
import { lineComment } from './js-writer.js';
import type { ScaffoldTexts } from './texts.js';

/**
 * The two kinds of comment the scaffold leaves in code: provenance
 * (`// [ai-mode:static] pages/order/pay.js:53 wx.request POST …`, where a
 * step comes from) and open questions (`// TODO(autoskill): 【待确认】 …`,
 * what the analysis could not determine, with the location it came from).
 */
export const at = (loc: Loc | null | undefined): string => (loc ? `${loc.file}:${loc.line}` : '?');
export const todo = (t: ScaffoldTexts, text: string): string => lineComment(`TODO(autoskill): ${t.mark} ${text}`);
export const provenance = (e: Effect, what: string): string => lineComment(`[ai-mode:static] ${at(e.loc)} ${what}`);
