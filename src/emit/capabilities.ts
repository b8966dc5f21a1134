import { cmp } from '../diagnostics/diagnostic.js';
import type { ApiPlan } from './plan-types.js';
import type { DraftContext } from './describe.js';
import { apiPhrase } from './describe.js';
import { sourceApiText } from './effect-facts.js';

/**
 * The official generator's phase-2 capability list (wxa-skills-generate:
 * `[{ functionName, pages, sourceApis, suggestedAtomicInterfaces,
 * needsComponent }]`), from static analysis, so the official flow can start
 * from it and the user can confirm it.
 */

export interface Capability {
  functionName: string;
  pages: string[];
  sourceApis: string[];
  suggestedAtomicInterfaces: string[];
  needsComponent: boolean;
}

export function capabilities(ctx: DraftContext, apis: readonly ApiPlan[]): Capability[] {
  return [...apis]
    .sort((a, b) => cmp(a.name, b.name))
    .map((a) => ({
      functionName: apiPhrase(ctx, a),
      pages: a.pages,
      sourceApis: [...new Set(a.effects.map(sourceApiText))].sort(cmp),
      suggestedAtomicInterfaces: [a.name],
      needsComponent: a.needsComponent,
    }));
}
