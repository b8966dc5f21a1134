import { cmp } from '../diagnostics/diagnostic.js';
import type { NavGraph } from './nav-graph.js';
import type { ApiInput, ApiPlan } from './plan-types.js';
import { objectWords, splitWords } from './words.js';

/**
 * Data flow between APIs: which API's result provides an ID another API
 * needs, and the resulting use order. An ID comes from (a) an API that
 * returns a field of the same name, (b) where the value is picked in the app —
 * an item tapped on a page was loaded by that page's entry, a page's query
 * was passed by the page that opened it — or, failing both, (c) a read API
 * about the same business object.
 */

const GENERIC_ID = /^(?:id|_id|no|sn|uid)$/;
const MAX_PROVIDERS = 3;

/** `goodsId` → ['goods'], `order_no` → ['order'], `id` → []. */
export function idObject(name: string): string[] {
  const words = splitWords(name);
  return objectWords(words.slice(0, -1).length ? words.slice(0, -1) : []);
}

function returnsField(api: ApiPlan, field: string): boolean {
  return api.outputs.some((o) => o.key === field || o.key.endsWith('.' + field));
}

/** Action id (`route#handler`, also of merged duplicates) → its API. */
export function apisByAction(apis: readonly ApiPlan[]): Map<string, ApiPlan> {
  const m = new Map<string, ApiPlan>();
  for (const a of apis) for (const id of [a.id, ...a.mergedIds]) m.set(id, a);
  return m;
}

function providersOf(api: ApiPlan, input: ApiInput, apis: ApiPlan[], nav: NavGraph, byAction: Map<string, ApiPlan>): ApiPlan[] {
  const others = apis.filter((a) => a !== api);
  const entriesOn = (routes: Iterable<string>) => {
    const rs = new Set(routes);
    return others.filter((a) => a.kind === 'entry' && a.pages.some((p) => rs.has(p)));
  };
  const found = new Set<ApiPlan>();
  if (!GENERIC_ID.test(input.name)) for (const a of others) if (returnsField(a, input.name)) found.add(a);
  if (input.from === 'dataset' || input.from === 'mark' || input.from === 'data') {
    for (const a of entriesOn(api.pages)) found.add(a);
  } else if (input.from === 'query' && input.source) {
    // The page that opens this one passes the value: produced by the API that navigates (a submit that
    // returns the new order's id), or picked from what the opener page loaded (its entry).
    for (const edge of api.pages.flatMap((p) => nav.to(p)).filter((e) => e.query.includes(input.source!))) {
      const doers = edge.actions.map((id) => byAction.get(id)).filter((a): a is ApiPlan => !!a && a !== api && a.kind !== 'entry');
      for (const a of doers.length ? doers : entriesOn([edge.from])) found.add(a);
    }
  }
  if (found.size === 0) {
    const obj = idObject(input.name);
    if (obj.length) for (const a of others) if (a.readOnly && a.object[0] === obj[0]) found.add(a);
  }
  return [...found].sort((a, b) => cmp(a.name, b.name)).slice(0, MAX_PROVIDERS);
}

/** Fill `providers` (API ids) of every ID input. Call after naming. */
export function linkProviders(apis: ApiPlan[], nav: NavGraph): void {
  const byAction = apisByAction(apis);
  for (const api of apis) {
    for (const input of api.inputs) {
      if (input.isId && !input.userEntered) input.providers = providersOf(api, input, apis, nav, byAction).map((a) => a.id);
    }
  }
}

export interface FlowEdge {
  from: ApiPlan;
  to: ApiPlan;
  /** `data`: `to` needs an ID `from` returns (named by `input`); `nav`: `from`'s page opens `to`'s page. */
  kind: 'data' | 'nav';
  input: string | null;
}

/** Ordering edges among `apis`: data edges first, then navigation edges between pairs with no data edge. */
export function flowEdges(apis: ApiPlan[], nav: NavGraph): FlowEdge[] {
  const byId = new Map(apis.map((a) => [a.id, a]));
  const edges: FlowEdge[] = [];
  const pair = new Set<string>();
  for (const to of apis) {
    for (const input of to.inputs) {
      for (const pid of input.providers) {
        const from = byId.get(pid);
        if (!from || pair.has(`${from.id}\n${to.id}`)) continue;
        pair.add(`${from.id}\n${to.id}`);
        pair.add(`${to.id}\n${from.id}`);
        edges.push({ from, to, kind: 'data', input: input.name });
      }
    }
  }
  // Only APIs on pages the API's page links to can follow it (not every pair of APIs: that is quadratic in the app).
  const byRoute = new Map<string, ApiPlan[]>();
  for (const a of apis) {
    const list = byRoute.get(a.route);
    if (list) list.push(a);
    else byRoute.set(a.route, [a]);
  }
  for (const from of apis) {
    for (const route of new Set(nav.from(from.route).map((e) => e.to))) {
      if (route === from.route) continue;
      if (nav.from(route).some((e) => e.to === from.route)) continue; // mutual links say nothing about order
      for (const to of byRoute.get(route) ?? []) {
        if (pair.has(`${from.id}\n${to.id}`)) continue;
        if (to.kind === 'entry' && from.kind !== 'entry') continue;
        pair.add(`${from.id}\n${to.id}`);
        pair.add(`${to.id}\n${from.id}`);
        edges.push({ from, to, kind: 'nav', input: null });
      }
    }
  }
  return edges.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'data' ? -1 : 1) || cmp(a.from.name, b.from.name) || cmp(a.to.name, b.to.name));
}

/**
 * APIs in use order: providers before consumers (topological); ties go to
 * the page the user reaches first (navigation depth), a page's entry before
 * its actions, then the name; cycles break the same way.
 */
export function useOrder(apis: ApiPlan[], edges: FlowEdge[], nav: NavGraph): ApiPlan[] {
  const rank = (a: ApiPlan, b: ApiPlan) =>
    Math.min(...a.pages.map((p) => nav.depth(p))) - Math.min(...b.pages.map((p) => nav.depth(p))) ||
    (a.kind === 'entry' ? 0 : 1) - (b.kind === 'entry' ? 0 : 1) ||
    cmp(a.name, b.name);
  const indeg = new Map(apis.map((a) => [a, 0]));
  for (const e of edges) if (indeg.has(e.from) && indeg.has(e.to)) indeg.set(e.to, indeg.get(e.to)! + 1);
  const left = new Set(apis);
  const out: ApiPlan[] = [];
  while (left.size) {
    const ready = [...left].filter((a) => indeg.get(a) === 0);
    const pool = ready.length ? ready : [...left].sort((a, b) => indeg.get(a)! - indeg.get(b)!).filter((a, _, s) => indeg.get(a) === indeg.get(s[0]!));
    const next = pool.sort(rank)[0]!;
    left.delete(next);
    out.push(next);
    for (const e of edges) if (e.from === next && left.has(e.to)) indeg.set(e.to, indeg.get(e.to)! - 1);
  }
  return out;
}
