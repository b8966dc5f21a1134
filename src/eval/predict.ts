import type { Loc, PageModel } from '../model/types.js';
import { cmp } from '../diagnostics/diagnostic.js';
import type { PageLabels, SetMetric } from './labels.js';
import { normalizeRoute, requestKey, requestMethod } from './normalize.js';
import { isPluginPage } from '../flow/navigation.js';

/**
 * What the analyser says a page can reach, in the shape of the labels, so
 * both sides are compared the same way. Only `page.effects` is read: by the
 * contract it is the union of everything the page's own code reaches
 * (components' effects are not in it, as the labels also leave them out).
 */

/**
 * A prediction that can never equal a label: an effect whose target the
 * analyser could not resolve. Keyed by location so the same unresolved call
 * reached along two paths counts once, and two different calls count twice.
 */
function unresolved(prefix: string, loc: Loc): string {
  return `${prefix}<unresolved ${loc.file}:${loc.line}:${loc.column}>`;
}

function sortedUnique(items: Iterable<string>): string[] {
  return [...new Set(items)].sort(cmp);
}

export function predictPage(page: PageModel): PageLabels {
  const sets: Record<SetMetric, string[]> = {
    requests: [],
    cloudFunctions: [],
    navigations: [],
    query: page.query.map((q) => q.name),
    formFields: [],
  };
  let payment = false;

  for (const e of page.effects) {
    switch (e.kind) {
      case 'request':
        // A request whose URL is unknown is a wrong prediction, never a hit.
        sets.requests.push(requestKey(e) ?? unresolved(`${requestMethod(e)} `, e.loc));
        break;
      case 'cloudFunction':
        sets.cloudFunctions.push(e.name ?? unresolved('', e.loc));
        break;
      case 'navigate':
        // Labels omit dynamic targets and navigateBack has none: neither is a prediction.
        // A plugin's page is not a route of the app (the labels list routes).
        if (e.target !== null && e.mode !== 'navigateBack' && !isPluginPage(e.target)) sets.navigations.push(normalizeRoute(e.target));
        break;
      case 'payment':
        payment = true;
        break;
      default:
        break;
    }
  }

  for (const form of page.forms) {
    for (const f of form.fields) {
      // A name built in WXML (`remark{{index}}`, `{{'input' + index}}`) is compared like a URL: its dynamic part is `{}`.
      sets.formFields.push(f.name.replace(/\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => foldConcat(expr)));
      if (f.model) sets.formFields.push(f.model);
    }
  }

  return {
    requests: sortedUnique(sets.requests),
    cloudFunctions: sortedUnique(sets.cloudFunctions),
    navigations: sortedUnique(sets.navigations.filter((n) => n !== '')),
    query: sortedUnique(sets.query),
    payment,
    formFields: sortedUnique(sets.formFields.filter((n) => n !== '')),
  };
}

/** The prediction for a labelled page the analyser did not produce at all. */
export const EMPTY_PREDICTION: PageLabels = Object.freeze({
  requests: [],
  cloudFunctions: [],
  navigations: [],
  query: [],
  payment: false,
  formFields: [],
}) as PageLabels;

/**
 * A mustache expression as text with holes: the quoted parts of a plain concatenation
 * (`'input' + index` → `input{}`) are text, everything else one `{}`.
 */
function foldConcat(expr: string): string {
  const terms = expr.match(/'[^']*'|"[^"]*"|[^+'"]+/g) ?? [];
  // Only `a + b + …`: anything with operators of its own (`a ? 'x' : 'y'`, calls) is a hole.
  const plain = terms.join('') === expr.replace(/\+/g, '') && terms.every((t) => /^['"]/.test(t) || /^\s*[\w$.[\]]*\s*$/.test(t));
  if (!plain) return '{}';
  return terms
    .filter((t) => t.trim() !== '')
    .map((t) => (/^['"]/.test(t) ? t.slice(1, -1) : '{}')).join('').replace(/(\{\})+/g, '{}');
}
