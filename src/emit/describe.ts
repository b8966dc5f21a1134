import type { AnalysisModel, PageModel } from '../model/types.js';
import { cmp } from '../diagnostics/diagnostic.js';
import type { NavGraph } from './nav-graph.js';
import type { FlowEdge } from './data-flow.js';
import type { ApiPlan, SkillPlan } from './plan-types.js';
import type { Texts } from './texts.js';
import { routeWords, textParts } from './naming.js';
import { cleanText, hasCjk } from './words.js';
import { ADJECTIVE_WORDS, READ_VERBS, ZH_VERBS } from './vocabulary.js';

/**
 * Business-language texts for APIs, pages and skills, composed from the
 * plan's facts with the templates of texts.ts: the phrase for an action
 * ("加入购物车"), the API description, page names, skill titles.
 */

export interface PageInfo {
  route: string;
  name: string;
  /** The name was inferred from the route (no distinctive title). */
  inferred: boolean;
  page: PageModel;
}

export interface DraftContext {
  t: Texts;
  appName: string | null;
  /** All APIs, sorted by name. */
  apis: ApiPlan[];
  byId: Map<string, ApiPlan>;
  /** Provider id → APIs that need its result, sorted by name. */
  consumers: Map<string, ApiPlan[]>;
  pages: Map<string, PageInfo>;
  nav: NavGraph;
  /** Ordering edges among all APIs (data-flow.ts). */
  edges: FlowEdge[];
  /** API id → its skill (filled after grouping). */
  skillOf: Map<string, SkillPlan>;
}

/** A title shared by several pages is the app's window title, not a page name. */
function sharedTitles(model: AnalysisModel): Map<string, number> {
  const count = new Map<string, number>();
  for (const p of model.pages ?? []) {
    const t = cleanText(p.title, 30);
    if (t) count.set(t, (count.get(t) ?? 0) + 1);
  }
  return count;
}

export function pageInfos(model: AnalysisModel, t: Texts): Map<string, PageInfo> {
  const shared = sharedTitles(model);
  const out = new Map<string, PageInfo>();
  for (const p of [...(model.pages ?? [])].sort((a, b) => cmp(a.route, b.route))) {
    const title = cleanText(p.title, 30);
    // A title shared with other pages, or the app's own name, does not name this page.
    if (title && shared.get(title) === 1 && title !== model.project?.name) out.set(p.route, { route: p.route, name: title, inferred: false, page: p });
    else out.set(p.route, { route: p.route, name: t.pageName(routeWords(p.route)), inferred: true, page: p });
  }
  return out;
}

/** The app's name: project name, else the window title most pages share. */
export function appName(model: AnalysisModel): string | null {
  if (model.project?.name) return model.project.name;
  const best = [...sharedTitles(model).entries()].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
  return best ? best[0] : null;
}

export function objectLabel(t: Texts, words: readonly string[]): string {
  const ordered = [...words.filter((w) => ADJECTIVE_WORDS.has(w)), ...words.filter((w) => !ADJECTIVE_WORDS.has(w))];
  return t.joinWords(ordered.map((w) => t.words[w] ?? w));
}

/** Title words that make a page an action page (not in the naming verbs). */
const ACTION_TITLE = /^(?:填写|选择|编辑|修改|新增|添加|提交|确认)/;
const ZH_VERB_WORDS: ReadonlySet<string> = new Set(ZH_VERBS.map(([zh]) => zh));
/** A two-character verb alone ("删除", "保存") says nothing about what it acts on. */
const isBareVerb = (text: string) => [...text].length <= 2 && ZH_VERB_WORDS.has(text) && textParts(text).object.length === 0;

/** A trigger text usable in this language (Chinese labels only in Chinese drafts). */
function usableText(t: Texts, api: ApiPlan): string | null {
  const text = api.texts[0] ?? null;
  return text && (t.lang === 'zh' || !hasCjk(text)) ? text : null;
}

/** The business phrase of an action: its button text, "view <page>" for an entry, else verb + object. */
export function apiPhrase(ctx: DraftContext, api: ApiPlan): string {
  const { t } = ctx;
  const text = usableText(t, api);
  // A bare verb ("删除") needs its object: "删除购物车".
  if (text && api.kind !== 'entry') return isBareVerb(text) && api.object.length ? text + objectLabel(t, api.object) : text;
  const key = `${api.verb} ${api.object.join(' ')}`;
  if (t.phrases[key]) return t.phrases[key]!;
  const page = ctx.pages.get(api.route);
  if (api.kind === 'entry' && page && !page.inferred && t.lang === 'zh') {
    // A title that is itself an action ("确认订单", "编辑地址") names a page to open, not a thing to view.
    return textParts(page.name).verb || ACTION_TITLE.test(page.name) ? t.openPage(page.name) : t.phrase(t.verbs.get ?? 'get', page.name);
  }
  return t.phrase(t.verbs[api.verb] ?? api.verb, objectLabel(t, api.object));
}

/** The phrase is backed by something the user sees (button text, page title), not only identifiers. */
export function phraseConfirmed(ctx: DraftContext, api: ApiPlan): boolean {
  if (usableText(ctx.t, api) && api.kind !== 'entry') return true;
  return api.kind === 'entry' && ctx.pages.get(api.route)?.inferred === false;
}

/** Title for MCP clients: the phrase, capitalised in English. */
export function apiTitle(ctx: DraftContext, api: ApiPlan): string {
  const p = apiPhrase(ctx, api);
  return ctx.t.lang === 'en' ? p[0]!.toUpperCase() + p.slice(1) : p;
}

/**
 * Reads for the user: provably read-only, a page entry (what the page shows
 * on opening, whatever HTTP method it uses) or named as a read by its
 * endpoint (`getVenues` cloud function). Annotations stay evidence-only.
 */
export function isReadLike(api: ApiPlan): boolean {
  return !api.payment && !api.isLogin && (api.readOnly || api.kind === 'entry' || READ_VERBS.has(api.verb));
}

/** mcp.json description: business object first, when to call, when not, preconditions, payment rules, follow-up. */
export function apiDescription(ctx: DraftContext, api: ApiPlan): string {
  if (api.description) return api.description; // a reviewer's text (config) replaces the inferred one
  const { t } = ctx;
  const page = ctx.pages.get(api.route);
  const object = objectLabel(t, api.object);
  const text = api.kind === 'entry' ? null : usableText(t, api);
  const mark = phraseConfirmed(ctx, api) ? '' : t.toConfirm;
  const parts = [t.apiWhat(object, apiPhrase(ctx, api), page && !page.inferred ? page.name : null, text, mark)];
  // A page entry is what the page shows when opened: a read for the user, whatever HTTP method it uses.
  if (api.isLogin) parts.push(t.isLoginApi);
  else if (isReadLike(api)) parts.push(api.verb === 'search' ? t.whenSearch(object) : t.whenRead(object), t.notRead);
  else parts.push(t.whenWrite(apiPhrase(ctx, api)), t.notWrite, ...(api.idempotent || api.payment ? [] : [t.notRepeat]));
  if (api.needsLogin) parts.push(t.needLogin);
  if (api.needsLocation) parts.push(t.needLocation);
  if (api.payment) parts.push(t.payment);
  const next = (ctx.consumers.get(api.id) ?? []).slice(0, 3).map((a) => a.name);
  if (next.length) parts.push(t.followUp(next));
  return parts.join(t.lang === 'zh' ? '' : ' ');
}

/** Skill title from its main domains (at most two), with a qualifier for split parts. */
export function skillTitle(t: Texts, id: string, domains: readonly string[]): string {
  const label = (d: string) => t.domainTitles[d] ?? t.fallbackTitle(objectLabel(t, d.split('-')));
  // Known business domains name the skill; a route-word fallback only when there is nothing else.
  const known = domains.filter((d) => t.domainTitles[d] !== undefined);
  const main = (known.length ? known : domains).slice(0, 2).map(label);
  const base = main.length === 2 ? t.both(main[0]!, main[1]!) : main[0] ?? label('general');
  const qualifier = domains[0] && id.startsWith(domains[0] + '-') ? id.slice(domains[0].length + 1).split('-').filter((w) => !/^\d+$/.test(w)) : [];
  const num = /-(\d+)$/.exec(id)?.[1];
  const q = [qualifier.length ? objectLabel(t, qualifier) : '', num ?? ''].filter(Boolean).join(' ');
  return q ? t.titleWithQualifier(base, q) : base;
}
