import { cmp } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../types.js';
import { pageRoute } from './v017-page-path.js';

/**
 * V018 — every key of an API's `handoff.query` is one the handoff page
 * reads (`options.<key>` in its onLoad, `this.options.<key>`…). What the
 * page reads comes from autoskill's own analysis of the page (its `query`
 * list), not from a text search. The page is `handoff.path` when the API
 * sets it literally, else its `_meta.ui.pagePath`.
 */
export const v018HandoffQuery: Rule = {
  id: 'V018',
  severity: 'error',
  title: 'handoff query keys are read by the target page',
  check(ctx) {
    if (!ctx.app) return;
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      for (const api of facts.mcp()?.apis ?? []) {
        if (api.name === null) continue;
        const ret = facts.returns(api.name);
        for (const shape of ret?.shapes ?? []) {
          const h = shape.handoff;
          if (typeof h !== 'object' || !h.query?.keys.length) continue;
          const target = h.path ?? api.pagePath;
          const route = target === null ? null : pageRoute(target);
          if (route === null || !ctx.app.routes.has(route)) continue;
          const page = ctx.analysis()?.pages.find((p) => p.route === route);
          if (!page) continue;
          const reads = new Set(page.query.map((q) => q.name));
          for (const k of h.query.keys) {
            if (!reads.has(k.name)) ctx.report('V018_QUERY_NOT_READ', k.loc, { key: k.name, page: route, reads: [...reads].sort(cmp).join(', ') || 'no query' });
          }
        }
      }
    }
  },
};
