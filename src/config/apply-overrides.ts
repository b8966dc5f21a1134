import { cmp, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import { planApis } from '../emit/api-plan.js';
import type { PageInfo } from '../emit/describe.js';
import type { ApiPlan, SkillPlan } from '../emit/plan-types.js';
import type { AnalysisModel } from '../model/types.js';
import type { ApiOverride, DraftOverrides } from './config-types.js';
import { displayPath } from './load-config.js';
import { pageScope, type PageScope } from './route-glob.js';

/**
 * A reviewer's overrides applied to the emitter's plan, in the emitter's own
 * order, so every draft file (mcp.json, skills/*, page-meta.json,
 * capabilities.json, mcp-tools.json) shows the same edit:
 *
 *   scope  include/exclude → the pages drafted (before planning)
 *   keep   `drop` → APIs left out (before naming, so the rest is named
 *          without them)
 *   edit   `name`, `description`, `params` (after naming, before data flow,
 *          so descriptions that cite other APIs use the final names)
 *   retitle  skill `title` / `description` (after grouping)
 *
 * Explicit skill grouping is skill-groups.ts. Overrides are matched by API
 * id and by the ids of the duplicates merged into an API. Every override
 * that matches nothing is CONFIG_STALE_OVERRIDE; an override for an API on
 * an excluded page is dormant, not stale. Pure: reports into the emitter's
 * bag, never reads files.
 */
export class OverrideSession {
  readonly scope: PageScope;
  /** The model the drafts are made from: only the pages in scope (analysis.json keeps them all). */
  readonly scopedModel: AnalysisModel;
  private readonly scoped: boolean;
  /** ids the overrides drop, resolved against the plan (with the ids merged into them). */
  private readonly dropped = new Set<string>();
  /** ids of APIs of the whole app, computed only when a scope hides some. */
  private allIds: Set<string> | null = null;

  constructor(
    private readonly model: AnalysisModel,
    readonly overrides: DraftOverrides,
    private readonly bag: DiagnosticBag,
  ) {
    this.scope = pageScope(overrides.include, overrides.exclude);
    this.scoped = (overrides.include?.length ?? 0) + (overrides.exclude?.length ?? 0) > 0;
    const routes = (model.pages ?? []).map((p) => p.route);
    for (const u of this.scope.unused(routes)) {
      bag.report('CONFIG_STALE_OVERRIDE', u.pattern.loc ?? null, { path: displayPath([u.list, u.index]), reason: `("${u.pattern.pattern}") selects no page of app.json` });
    }
    this.scopedModel = this.scoped ? { ...model, pages: (model.pages ?? []).filter((p) => this.scope.keeps(p.route)) } : model;
  }

  /** Whether an override id names an API: kept in the drafts, dropped by an override, on an excluded page, or unknown. */
  status(id: string, apis: readonly ApiPlan[]): 'kept' | 'dropped' | 'excluded' | 'unknown' {
    if (apis.some((a) => a.id === id || a.mergedIds.includes(id))) return 'kept';
    if (this.dropped.has(id)) return 'dropped';
    if (this.scoped) {
      this.allIds ??= new Set(planApis(this.model).flatMap((a) => [a.id, ...a.mergedIds]));
      if (this.allIds.has(id)) return 'excluded';
    }
    return 'unknown';
  }

  /** Overrides of one API, the ones of merged duplicates first, so its own id wins. */
  private overridesOf(api: ApiPlan): ApiOverride[] {
    return (this.overrides.apis ?? []).filter((o) => o.id === api.id || api.mergedIds.includes(o.id)).sort((a, b) => (a.id === api.id ? 1 : 0) - (b.id === api.id ? 1 : 0) || cmp(a.id, b.id));
  }

  /** The planned APIs without the dropped ones; overrides naming no API are reported. */
  keep(apis: ApiPlan[]): ApiPlan[] {
    const kept = apis.filter((a) => {
      const drop = this.overridesOf(a).some((o) => o.drop);
      if (drop) for (const id of [a.id, ...a.mergedIds]) this.dropped.add(id);
      return !drop;
    });
    for (const o of this.overrides.apis ?? []) {
      if (this.status(o.id, apis) === 'unknown') {
        this.bag.report('CONFIG_STALE_OVERRIDE', o.loc ?? null, { path: displayPath(['apis', o.id]), reason: 'matches no API of the app (autoskill analyze --list-apis prints the ids)' });
      }
    }
    return kept;
  }

  /** Apply names, descriptions and parameter edits to the named APIs. */
  edit(apis: ApiPlan[]): void {
    for (const api of apis) {
      for (const o of this.overridesOf(api)) {
        if (o.description) api.description = o.description;
        for (const p of o.params ?? []) {
          const input = api.inputs.find((i) => i.name === p.name);
          if (!input) {
            const has = api.inputs.map((i) => i.name).join(', ') || 'none';
            this.bag.report('CONFIG_STALE_OVERRIDE', p.loc ?? null, { path: displayPath(['apis', o.id, 'params', p.name]), reason: `is not a parameter of this API (its parameters: ${has})` });
            continue;
          }
          if (p.description) input.description = p.description;
          if (p.type) input.type = p.type;
          if (p.required !== undefined) input.required = p.required;
        }
      }
    }
    this.rename(apis);
  }

  /**
   * Renames, all at once (two APIs may swap names); a wanted name that another
   * API would also have is CONFIG_NAME_CONFLICT and the API keeps its
   * generated name — repeated until the names are unique again.
   */
  private rename(apis: ApiPlan[]): void {
    const wanted = new Map<ApiPlan, ApiOverride>();
    for (const api of apis) {
      const o = this.overridesOf(api).filter((x) => x.name).pop();
      if (o && o.name !== api.name) wanted.set(api, o);
    }
    for (;;) {
      const final = (a: ApiPlan) => wanted.get(a)?.name ?? a.name;
      const holders = new Map<string, ApiPlan[]>();
      for (const a of [...apis].sort((x, y) => cmp(x.id, y.id))) holders.set(final(a), [...(holders.get(final(a)) ?? []), a]);
      const clashing = [...wanted.keys()].filter((a) => holders.get(final(a))!.length > 1).sort((x, y) => cmp(x.id, y.id));
      if (clashing.length === 0) break;
      for (const a of clashing) {
        const o = wanted.get(a)!;
        const other = holders.get(o.name!)!.find((x) => x !== a)!;
        this.bag.report('CONFIG_NAME_CONFLICT', o.nameLoc ?? o.loc ?? null, {
          path: displayPath(['apis', o.id, 'name']),
          name: o.name!,
          other: `${other.id} (${final(other)})`,
          id: a.id,
          kept: a.name,
        });
      }
      for (const a of clashing) wanted.delete(a);
    }
    for (const [a, o] of wanted) a.name = o.name!;
  }

  /** Page infos of the drafted pages only (names were computed over the whole app, so they do not move). */
  pages(infos: Map<string, PageInfo>): Map<string, PageInfo> {
    if (!this.scoped) return infos;
    return new Map([...infos].filter(([route]) => this.scope.keeps(route)));
  }

  /** Skill titles and positioning lines the reviewer wrote, used verbatim. */
  retitle(skills: SkillPlan[]): void {
    for (const s of this.overrides.skills ?? []) {
      const skill = skills.find((k) => k.name === s.name);
      if (!skill) {
        if (!s.apis) this.bag.report('CONFIG_STALE_OVERRIDE', s.loc ?? null, { path: displayPath(['skills', s.name]), reason: 'names no skill of the drafts' });
        continue;
      }
      if (s.title) skill.title = s.title;
      if (s.description) skill.description = s.description;
    }
  }
}
