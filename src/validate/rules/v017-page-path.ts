import { jsonPath } from '../../load/json-loc.js';
import { normalizeRoute } from '../../load/route.js';
import type { Loc } from '../../model/types.js';
import type { Rule, RuleContext } from '../types.js';

/**
 * V017 — the page behind a card (`apis[]._meta.ui.pagePath`, and the
 * `components[]` `relatedPage`) is absolute, carries no query (the query
 * travels in the API's `handoff.query`), and is a routable page of app.json
 * (main pages ∪ every subpackage root + page). An API with a pagePath that
 * never returns `handoff` is a warning: the page opens without context.
 * (wechat-ai-mode.md, "mcp.json")
 */
export const v017PagePath: Rule = {
  id: 'V017',
  severity: 'error',
  title: 'pagePath is absolute, has no query and is routable; warning when the API never returns handoff',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const mcp = facts.mcp();
      if (!mcp) continue;
      for (const api of mcp.apis) {
        if (api.pagePath === null) continue;
        const at = mcp.at(jsonPath(jsonPath(jsonPath(api.path, '_meta'), 'ui'), 'pagePath'));
        checkPage(ctx, api.pagePath, `_meta.ui.pagePath of API "${api.name ?? api.index}"`, at);
        const ret = api.name !== null ? facts.returns(api.name) : null;
        if (ret && ret.shapes.every((s) => s.handoff === 'absent')) ctx.report('V017_NO_HANDOFF', at, { api: api.name ?? String(api.index) });
      }
      for (const c of mcp.components) {
        if (c.page === null) continue;
        checkPage(ctx, c.page.value, `${c.path}.${c.page.key}`, mcp.at(jsonPath(c.path, c.page.key)));
      }
    }
  },
};

function checkPage(ctx: RuleContext, value: string, field: string, at: Loc): void {
  if (!value.startsWith('/')) ctx.report('V017_PAGE_PATH_NOT_ABSOLUTE', at, { field, path: value });
  if (value.includes('?')) ctx.report('V017_PAGE_PATH_QUERY', at, { field, path: value });
  const route = pageRoute(value);
  if (ctx.app && (route === null || !ctx.app.routes.has(route))) ctx.report('V017_PAGE_PATH_UNKNOWN', at, { field, path: value });
}

/** `/pages/a/a?x=1` → `pages/a/a`; null when it is no route at all. */
export function pageRoute(value: string): string | null {
  const r = normalizeRoute(value.replace(/^\/+/, ''));
  return 'route' in r ? r.route : null;
}
