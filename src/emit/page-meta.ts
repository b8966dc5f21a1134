import { cmp, compareLoc } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import type { ApiPlan } from './plan-types.js';
import type { DraftContext, PageInfo } from './describe.js';
import { apiPhrase, objectLabel } from './describe.js';
import { cleanText, hasCjk } from './words.js';
import { apisByAction } from './data-flow.js';
import { textParts } from './naming.js';
import { ID_NAME, LINK_TEXT } from './vocabulary.js';

/**
 * page-meta.json (app.json `agent.pageMetadata`): every page with a name and
 * what it shows and lets the user do, so the AI can link into pages. `path`
 * in app.json form (no leading '/'), as the official demo writes it; `query`
 * (optional) maps the page's query parameters to what they carry.
 */

export interface PageMetaEntry {
  path: string;
  name: string;
  description: string;
  query?: Record<string, string>;
}

const MAX_ACTIONS = 8;
const MAX_TARGETS = 4;

function actions(ctx: DraftContext, info: PageInfo, byAction: Map<string, ApiPlan>): string[] {
  const { t } = ctx;
  const rows: { loc: Loc | null; text: string }[] = [];
  for (const h of info.page.handlers ?? []) {
    const api = byAction.get(`${info.route}#${h.name}`);
    const triggers = [...(h.triggers ?? [])].sort((a, b) => compareLoc(a.loc, b.loc));
    const text = triggers.map((x) => cleanText(x.text)).find((x): x is string => !!x && (t.lang === 'zh' || !hasCjk(x)));
    // A link ("我的订单") is covered by "leads to"; a text with a verb ("立即购买") is an action.
    const label = api && api.kind !== 'entry' ? apiPhrase(ctx, api) : text && textParts(text).verb && !LINK_TEXT.test(text) ? text : null;
    if (label && triggers.length) rows.push({ loc: triggers[0]!.loc, text: label });
  }
  // Actions of components on the page.
  for (const a of ctx.apis) {
    if (a.kind !== 'entry' && !ctx.pages.has(a.owner) && a.pages.includes(info.route)) {
      rows.push({ loc: a.loc, text: apiPhrase(ctx, a) });
    }
  }
  rows.sort((a, b) => compareLoc(a.loc, b.loc) || cmp(a.text, b.text));
  return [...new Set(rows.map((r) => r.text))].slice(0, MAX_ACTIONS);
}

export function pageMeta(ctx: DraftContext): { pages: PageMetaEntry[] } {
  const byAction = apisByAction(ctx.apis);
  const entryOf = (route: string) => ctx.apis.find((a) => a.kind === 'entry' && a.pages.includes(route)) ?? null;
  const pages: PageMetaEntry[] = [];
  for (const info of ctx.pages.values()) {
    const entry = entryOf(info.route);
    const goes = ctx.nav
      .from(info.route)
      .map((e) => ctx.pages.get(e.to)?.name)
      .filter((n): n is string => !!n);
    const description = ctx.t.pageDescription(info.name, {
      loads: entry ? objectLabel(ctx.t, entry.object) : null,
      actions: actions(ctx, info, byAction),
      goes: [...new Set(goes)].slice(0, MAX_TARGETS),
      inferred: info.inferred,
    });
    const entry2: PageMetaEntry = { path: info.route, name: info.name, description };
    const params = [...(info.page.query ?? [])].sort((a, b) => cmp(a.name, b.name));
    if (params.length) {
      const query: Record<string, string> = {};
      for (const q of params) {
        if (q.name in query) continue;
        // For an ID, say which action's result it comes from (the API of the page whose entry takes it).
        const input = ID_NAME.test(q.name) ? entry?.inputs.find((i) => i.from === 'query' && i.source === q.name) : undefined;
        const providers = (input?.providers ?? []).map((id) => ctx.byId.get(id)).filter((a): a is ApiPlan => !!a);
        const phrases = [...new Set(providers.map((a) => apiPhrase(ctx, a)))].slice(0, 2);
        query[q.name] = ctx.t.queryParam(q.name, phrases.length ? ctx.t.alternatives(phrases) : null, !!q.hasDefault);
      }
      entry2.query = query;
    }
    pages.push(entry2);
  }
  return { pages };
}
