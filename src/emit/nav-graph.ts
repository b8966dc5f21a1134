import type { AnalysisModel, Effect, NavigateEffect } from '../model/types.js';
import { cmp } from '../diagnostics/diagnostic.js';

/**
 * Page-to-page navigation from the model's `navigate` effects (of pages and
 * of the components they use): which page opens which, with which query keys.
 * Used for skill grouping (connected pages belong together), use order and
 * ID provenance (a detail page's `id` comes from the page that opened it).
 */

export interface NavEdge {
  from: string;
  to: string;
  query: string[];
  /** Action ids (`route#handler`, `component#handler`) whose code performs this navigation, sorted. */
  actions: string[];
}

export class NavGraph {
  readonly edges: NavEdge[];
  private readonly out = new Map<string, NavEdge[]>();
  private readonly into = new Map<string, NavEdge[]>();

  /** Steps from a start page (tab pages, the entry page, pages nothing opens); unreachable pages come last. */
  private readonly depths = new Map<string, number>();

  constructor(edges: NavEdge[], starts: readonly string[] = []) {
    this.edges = edges;
    const add = (m: Map<string, NavEdge[]>, k: string, e: NavEdge) => {
      const list = m.get(k);
      if (list) list.push(e);
      else m.set(k, [e]);
    };
    for (const e of edges) {
      add(this.out, e.from, e);
      add(this.into, e.to, e);
    }
    let frontier = [...starts];
    for (const r of frontier) this.depths.set(r, 0);
    for (let d = 1; frontier.length; d++) {
      const next: string[] = [];
      for (const r of frontier) {
        for (const e of this.from(r)) {
          if (this.depths.has(e.to)) continue;
          this.depths.set(e.to, d);
          next.push(e.to);
        }
      }
      frontier = next;
    }
  }

  depth(route: string): number {
    return this.depths.get(route) ?? Number.MAX_SAFE_INTEGER;
  }

  from(route: string): NavEdge[] {
    return this.out.get(route) ?? [];
  }

  to(route: string): NavEdge[] {
    return this.into.get(route) ?? [];
  }

  linked(a: string, b: string): boolean {
    return this.from(a).some((e) => e.to === b) || this.from(b).some((e) => e.to === a);
  }
}

/** Navigations of a page or component, each with the handler it belongs to (from the handler list or `via`). */
function navigations(owner: string, unit: { effects?: Effect[]; handlers?: { name: string; effects?: Effect[] }[] }): { e: NavigateEffect; action: string | null }[] {
  const out: { e: NavigateEffect; action: string | null }[] = [];
  // A request wrapper's jump to the login page (plumbing) is not a path the user takes.
  const isNav = (e: Effect): e is NavigateEffect => e.kind === 'navigate' && !!e.target && !e.plumbing;
  for (const h of unit.handlers ?? []) for (const e of h.effects ?? []) if (isNav(e)) out.push({ e, action: `${owner}#${h.name}` });
  for (const e of unit.effects ?? []) if (isNav(e)) out.push({ e, action: e.via?.length ? `${owner}#${e.via[0]}` : null });
  return out;
}

export function buildNavGraph(model: AnalysisModel): NavGraph {
  const routes = new Set((model.pages ?? []).map((p) => p.route));
  const merged = new Map<string, { query: Set<string>; actions: Set<string> }>(); // "from\nto" → facts
  const add = (from: string, e: NavigateEffect, action: string | null) => {
    if (!e.target || e.target === from || !routes.has(e.target)) return;
    const k = `${from}\n${e.target}`;
    const m = merged.get(k) ?? { query: new Set<string>(), actions: new Set<string>() };
    for (const q of e.query ?? []) m.query.add(q);
    if (action) m.actions.add(action);
    merged.set(k, m);
  };
  const comps = new Map((model.components ?? []).map((c) => [c.path, navigations(c.path, c)]));
  for (const p of model.pages ?? []) {
    for (const { e, action } of navigations(p.route, p)) add(p.route, e, action);
    for (const c of p.components ?? []) for (const { e, action } of comps.get(c) ?? []) add(p.route, e, action);
  }
  const edges = [...merged.entries()]
    .map(([k, m]) => {
      const [from, to] = k.split('\n') as [string, string];
      return { from, to, query: [...m.query].sort(cmp), actions: [...m.actions].sort(cmp) };
    })
    .sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to));
  const opened = new Set(edges.map((e) => e.to));
  const starts = (model.pages ?? [])
    .filter((p) => p.tab || p.route === model.project?.entryPagePath || !opened.has(p.route))
    .map((p) => p.route)
    .sort(cmp);
  return new NavGraph(edges, starts);
}
