import { cmp, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import { apisByAction } from '../emit/data-flow.js';
import { groupApis, type ApiGroup } from '../emit/grouping.js';
import type { NavGraph } from '../emit/nav-graph.js';
import type { ApiPlan, Grouping } from '../emit/plan-types.js';
import type { OverrideSession } from './apply-overrides.js';
import { displayPath } from './load-config.js';

/**
 * Skills with explicit grouping (config `skills.<name>.apis`): each listed
 * API goes to its named skill, taken as the reviewer wrote it (no merging
 * of small skills or splitting of large ones); every other API is grouped
 * automatically (grouping.ts, by `grouping`). An automatic skill whose
 * folder name an explicit one already has gets `-2`, `-3`…
 */
export function groupWithSkills(
  apis: ApiPlan[],
  nav: NavGraph,
  grouping: Grouping,
  subpackageOf: (route: string) => string | null,
  session: OverrideSession,
  bag: DiagnosticBag,
): ApiGroup[] {
  const explicit = (session.overrides.skills ?? []).filter((s) => s.apis);
  if (explicit.length === 0) return groupApis(apis, nav, grouping, subpackageOf);

  const byAction = apisByAction(apis);
  const taken = new Map<ApiPlan, string>();
  const groups: ApiGroup[] = [];
  for (const s of explicit) {
    const list: ApiPlan[] = [];
    s.apis!.forEach((ref, i) => {
      const path = displayPath(['skills', s.name, 'apis', i]);
      const api = byAction.get(ref.id);
      if (!api) {
        const status = session.status(ref.id, apis);
        // An API on an excluded page is dormant, not stale: the reviewer excluded its page.
        if (status === 'dropped') bag.report('CONFIG_STALE_OVERRIDE', ref.loc ?? null, { path, reason: `("${ref.id}") names an API that apis["${ref.id}"].drop removes` });
        else if (status === 'unknown') bag.report('CONFIG_STALE_OVERRIDE', ref.loc ?? null, { path, reason: `("${ref.id}") matches no API of the app (autoskill analyze --list-apis prints the ids)` });
        return;
      }
      const owner = taken.get(api);
      if (owner === s.name) return; // two ids of one merged API in the same skill
      if (owner !== undefined) {
        bag.report('CONFIG_INVALID', ref.loc ?? null, { path, reason: `"${ref.id}" is merged into API ${api.id}, which is already in skill "${owner}"` });
        return;
      }
      taken.set(api, s.name);
      list.push(api);
    });
    // The automatic grouping of one skill gives its domains (and sets each API's domain).
    const [one] = groupApis(list, nav, 'single', subpackageOf);
    if (one) groups.push({ ...one, id: s.name });
  }

  const names = new Set(groups.map((g) => g.id));
  for (const g of groupApis(apis.filter((a) => !taken.has(a)), nav, grouping, subpackageOf)) {
    let id = g.id;
    for (let n = 2; names.has(id); n++) id = `${g.id}-${n}`;
    names.add(id);
    groups.push({ ...g, id });
  }
  return groups.sort((a, b) => cmp(a.id, b.id));
}
