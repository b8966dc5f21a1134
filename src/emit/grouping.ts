import { cmp } from '../diagnostics/diagnostic.js';
import type { NavGraph } from './nav-graph.js';
import type { ApiPlan, Grouping } from './plan-types.js';
import { effectWords } from './effect-facts.js';
import { routeWords } from './naming.js';
import { DOMAIN_AFFINITY, DOMAINS } from './vocabulary.js';
import { canonicalWords, splitWords } from './words.js';

/**
 * Skills = groups of APIs by business domain (keywords of names, endpoints,
 * routes and button texts), then balanced to WeChat's recommendation: groups
 * under 3 APIs merge into their most connected neighbour (domain affinity,
 * navigation, data flow) while staying ≤ 8, groups over 8 split by page
 * folder, and at most 30 skills. `subpackage` groups by subpackage, `single`
 * puts everything in one skill.
 */

export const MIN_APIS = 3;
export const MAX_APIS = 8;
export const MAX_SKILLS = 30;

export interface ApiGroup {
  /** Skill folder name (kebab-case). */
  id: string;
  /** Domains of its APIs, most APIs first. */
  domains: string[];
  apis: ApiPlan[];
}

const DOMAIN_RANK = new Map(DOMAINS.map((d, i) => [d.id, i]));

/** The business domain of one API, or a fallback from its route (`service`), or `general`. */
export function domainOf(api: ApiPlan): string {
  const sources: [string[], number][] = [
    [canonicalWords([api.verb, ...api.object]), 3],
    [canonicalWords(api.effects.flatMap(effectWords)), 2],
    [canonicalWords(splitWords(api.route)), 2],
  ];
  const text = [...api.texts, api.pageTitle ?? ''].join(' ');
  let best: { id: string; score: number } | null = null;
  for (const d of DOMAINS) {
    let score = 0;
    for (const [words, weight] of sources) if (words.some((w) => d.words.includes(w))) score += weight;
    if (d.zh.some((z) => text.includes(z))) score += 2;
    if (score > 0 && (!best || score > best.score)) best = { id: d.id, score };
  }
  if (best) return best.id;
  return kebab(routeWords(api.route)[0] ?? 'general');
}

export function kebab(s: string): string {
  return (
    s
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'skill'
  );
}

function domainsOf(apis: ApiPlan[]): string[] {
  const count = new Map<string, number>();
  for (const a of apis) count.set(a.domain, (count.get(a.domain) ?? 0) + 1);
  return [...count.entries()]
    .sort((x, y) => y[1] - x[1] || (DOMAIN_RANK.get(x[0]) ?? 99) - (DOMAIN_RANK.get(y[0]) ?? 99) || cmp(x[0], y[0]))
    .map(([d]) => d);
}

function make(id: string, apis: ApiPlan[]): ApiGroup {
  const sorted = [...apis].sort((a, b) => cmp(a.name, b.name));
  return { id, domains: domainsOf(sorted), apis: sorted };
}

/**
 * How strongly two groups belong together. Strong: neighbouring domains,
 * actions on the same page, an ID one returns that the other needs. Weak:
 * page links only (a profile page links to the order list; that does not make
 * them one skill).
 */
function affinity(a: ApiGroup, b: ApiGroup, nav: NavGraph): { strong: number; weak: number } {
  let strong = 0;
  let weak = 0;
  for (const [x, y] of DOMAIN_AFFINITY) {
    if ((a.domains.includes(x) && b.domains.includes(y)) || (a.domains.includes(y) && b.domains.includes(x))) strong += 3;
  }
  // Counted per pair of APIs (2 per pair on one page, 1 per pair of linked pages), through per-route counts.
  const sa = summary(a);
  const sb = summary(b);
  for (const [ra, na] of sa.routes) {
    for (const [rb, nb] of sb.routes) {
      if (ra === rb) strong += 2 * na * nb;
      else if (nav.linked(ra, rb)) weak += na * nb;
    }
  }
  // 2 per input naming an API of the other group as its provider.
  for (const [id, n] of sa.provided) if (sb.ids.has(id)) strong += 2 * n;
  for (const [id, n] of sb.provided) if (sa.ids.has(id)) strong += 2 * n;
  return { strong, weak };
}

/** What `affinity` needs of a group, computed once per group (merging makes a new group). */
interface GroupSummary {
  /** Route → how many of the group's APIs are on it. */
  routes: Map<string, number>;
  ids: Set<string>;
  /** API id → how many times the group's inputs name it as a provider. */
  provided: Map<string, number>;
}

const summaries = new WeakMap<ApiGroup, GroupSummary>();

function summary(g: ApiGroup): GroupSummary {
  let s = summaries.get(g);
  if (s) return s;
  s = { routes: new Map(), ids: new Set(), provided: new Map() };
  for (const p of g.apis) {
    s.routes.set(p.route, (s.routes.get(p.route) ?? 0) + 1);
    s.ids.add(p.id);
    for (const i of p.inputs) for (const id of i.providers) s.provided.set(id, (s.provided.get(id) ?? 0) + 1);
  }
  summaries.set(g, s);
  return s;
}

const KNOWN_DOMAINS: ReadonlySet<string> = new Set(DOMAINS.map((d) => d.id));

/** Merge `small` into `big`: the bigger group (then the higher-priority domain) keeps its name. */
function mergeInto(groups: ApiGroup[], x: ApiGroup, y: ApiGroup): ApiGroup[] {
  const keep = x.apis.length !== y.apis.length ? (x.apis.length > y.apis.length ? x : y) : [x, y].sort((p, q) => cmp(p.id, q.id))[0]!;
  const merged = make(keep.id, [...x.apis, ...y.apis]);
  return [...groups.filter((g) => g !== x && g !== y), merged].sort((p, q) => cmp(p.id, q.id));
}

/** Groups under 3 APIs join their most related group (≤ 8 together); a known domain needs a strong relation. */
function mergeSmall(groups: ApiGroup[], nav: NavGraph): ApiGroup[] {
  const stuck = new Set<string>();
  for (;;) {
    const small = groups
      .filter((g) => g.apis.length < MIN_APIS && !stuck.has(g.id))
      .sort((a, b) => a.apis.length - b.apis.length || cmp(a.id, b.id))[0];
    if (!small) return groups;
    const weakOk = small.domains.every((d) => !KNOWN_DOMAINS.has(d));
    let best: { g: ApiGroup; strong: number; weak: number } | null = null;
    for (const g of groups) {
      if (g === small || g.apis.length + small.apis.length > MAX_APIS) continue;
      const { strong, weak } = affinity(small, g, nav);
      if (strong === 0 && !(weakOk && weak > 0)) continue;
      if (!best || strong > best.strong || (strong === best.strong && (weak > best.weak || (weak === best.weak && cmp(g.id, best.g.id) < 0)))) {
        best = { g, strong, weak };
      }
    }
    if (!best) stuck.add(small.id);
    else groups = mergeInto(groups, small, best.g);
  }
}

/** Split groups over 8 APIs by page folder; a folder over 8 is cut into numbered parts by API name. */
function splitLarge(groups: ApiGroup[]): ApiGroup[] {
  const out: ApiGroup[] = [];
  for (const g of groups) {
    if (g.apis.length <= MAX_APIS) {
      out.push(g);
      continue;
    }
    const buckets = new Map<string, ApiPlan[]>();
    for (const a of g.apis) {
      const k = kebab(routeWords(a.route)[0] ?? 'main');
      buckets.set(k, [...(buckets.get(k) ?? []), a]);
    }
    const keys = [...buckets.keys()].sort(cmp);
    let chunk: ApiPlan[] = [];
    let chunkKey = '';
    const flush = () => {
      if (chunk.length) out.push(make(chunkKey === g.id ? g.id : `${g.id}-${chunkKey}`, chunk));
      chunk = [];
    };
    for (const k of keys) {
      const list = buckets.get(k)!;
      if (list.length > MAX_APIS) {
        flush();
        const parts = Math.ceil(list.length / MAX_APIS);
        const size = Math.ceil(list.length / parts);
        for (let i = 0; i < parts; i++) out.push(make(`${g.id}-${k}-${i + 1}`, list.slice(i * size, (i + 1) * size)));
        continue;
      }
      if (chunk.length + list.length > MAX_APIS) flush();
      if (!chunk.length) chunkKey = k;
      chunk.push(...list);
    }
    flush();
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}

/** At most 30 skills: merge the two most related of the smallest groups until it fits. */
function capCount(groups: ApiGroup[], nav: NavGraph): ApiGroup[] {
  while (groups.length > MAX_SKILLS) {
    const [small] = [...groups].sort((a, b) => a.apis.length - b.apis.length || cmp(a.id, b.id));
    let best: { g: ApiGroup; key: [number, number] } | null = null;
    for (const g of groups) {
      if (g === small) continue;
      const { strong, weak } = affinity(small!, g, nav);
      const key: [number, number] = [strong * 100 + weak, -g.apis.length];
      if (!best || key[0] > best.key[0] || (key[0] === best.key[0] && (key[1] > best.key[1] || (key[1] === best.key[1] && cmp(g.id, best.g.id) < 0)))) best = { g, key };
    }
    groups = mergeInto(groups, small!, best!.g);
  }
  return groups;
}

/** Unique folder names: a clash gets `-2`, `-3`… in id order. */
function uniqueIds(groups: ApiGroup[]): ApiGroup[] {
  const seen = new Map<string, number>();
  return groups.map((g) => {
    const n = (seen.get(g.id) ?? 0) + 1;
    seen.set(g.id, n);
    return n === 1 ? g : { ...g, id: `${g.id}-${n}` };
  });
}

/**
 * Group named APIs into skills (sets `domain` on each API). `subpackageOf`
 * maps a route to its subpackage root (null for the main package).
 */
export function groupApis(apis: ApiPlan[], nav: NavGraph, grouping: Grouping, subpackageOf: (route: string) => string | null): ApiGroup[] {
  for (const a of apis) a.domain = domainOf(a);
  if (apis.length === 0) return [];
  if (grouping === 'single') return [make('app', apis)];
  const by = new Map<string, ApiPlan[]>();
  for (const a of apis) {
    const k = grouping === 'subpackage' ? kebab(subpackageOf(a.route) ?? 'main') : a.domain;
    by.set(k, [...(by.get(k) ?? []), a]);
  }
  let groups = [...by.entries()].map(([k, list]) => make(k, list)).sort((a, b) => cmp(a.id, b.id));
  if (grouping === 'subpackage') return uniqueIds(groups);
  groups = mergeSmall(groups, nav);
  groups = splitLarge(groups);
  groups = capCount(groups, nav);
  return uniqueIds(groups.sort((a, b) => cmp(a.id, b.id)));
}
