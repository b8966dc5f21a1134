import type { AnalysisModel, ComponentModel, Effect, Form, Handler, HandlerInput, Loc, PageModel, QueryParam } from '../model/types.js';
import { cmp, compareLoc } from '../diagnostics/diagnostic.js';
import type { ApiKind, ApiPlan } from './plan-types.js';
import { effectSignature, isBusinessEffect, isIdempotentEffect, isLoginEffect, isReadEffect, isRemoteEffect, readsLoginState, uniqueEffects } from './effect-facts.js';
import { inferInputs, inferOutputs, mergeInputs, mergeOutputs } from './io-infer.js';
import { ENTRY_HOOKS, IGNORED_HOOKS, LOCATION_APIS, LOGIN_STORAGE_KEY, REFRESH_HOOKS } from './vocabulary.js';
import { cleanText, uniqSorted } from './words.js';

/**
 * What becomes an API: one per business action a user can trigger — an event
 * handler, a form submit, or the page entry (onLoad/onShow, with refresh hooks
 * folded in) — whose effects reach the network, the cloud, payment or storage
 * writes. Pure navigation/UI handlers are not APIs; a page entry needs a
 * remote effect ("get…" the page's data). Actions hitting the same endpoint
 * set are one API (duplicates merged deterministically).
 */

/** One action before merging, with everything io-infer and naming need. */
export interface RawAction {
  id: string;
  kind: ApiKind;
  owner: string;
  isPage: boolean;
  route: string;
  routes: string[];
  handler: string | null;
  texts: string[];
  pageTitle: string | null;
  /** Every effect the action reaches (business and context), sorted. */
  allEffects: Effect[];
  effects: Effect[];
  handlerInputs: HandlerInput[];
  setData: string[];
  query: QueryParam[];
  /** Forms of the owner: the submitted one (kind form) and the `model:value` fields. */
  forms: Form[];
  /** Page data keys the user changes through UI handlers (a quantity stepper, a spec picker). */
  uiKeys: string[];
  /** Keys declared in the owner's `data` (they have an initial value); null when the model does not say. */
  dataKeys: string[] | null;
  loc: Loc | null;
}

/** An effect of the action itself: business, and not a request wrapper's plumbing (re-login on 401). */
const isActionEffect = (e: Effect) => isBusinessEffect(e) && !e.plumbing;

/** Last part of a hook path (`lifetimes.attached` → `attached`). */
function hookName(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? name : name.slice(i + 1);
}

const isEntryHook = (name: string) => ENTRY_HOOKS.has(hookName(name)) || REFRESH_HOOKS.has(hookName(name));

/** Component path → the pages that use it, directly or through other components (sorted). */
function componentPages(model: AnalysisModel): Map<string, string[]> {
  const usedBy = new Map<string, Set<string>>(); // component → direct users (pages or components)
  const add = (comp: string, user: string) => {
    let s = usedBy.get(comp);
    if (!s) usedBy.set(comp, (s = new Set()));
    s.add(user);
  };
  for (const p of model.pages ?? []) for (const c of p.components ?? []) add(c, `page:${p.route}`);
  for (const c of model.components ?? []) for (const d of c.components ?? []) add(d, `comp:${c.path}`);
  const out = new Map<string, string[]>();
  for (const c of model.components ?? []) {
    const pages = new Set<string>();
    const seen = new Set<string>([c.path]);
    const stack = [c.path];
    while (stack.length) {
      for (const u of usedBy.get(stack.pop()!) ?? []) {
        if (u.startsWith('page:')) pages.add(u.slice(5));
        else if (!seen.has(u.slice(5))) {
          seen.add(u.slice(5));
          stack.push(u.slice(5));
        }
      }
    }
    out.set(c.path, uniqSorted(pages));
  }
  return out;
}

interface OwnerView {
  key: string;
  isPage: boolean;
  unit: PageModel | ComponentModel;
  routes: string[];
  title: string | null;
  query: QueryParam[];
}

function owners(model: AnalysisModel): OwnerView[] {
  const titles = new Map((model.pages ?? []).map((p) => [p.route, p.title ?? null]));
  const out: OwnerView[] = [...(model.pages ?? [])]
    .sort((a, b) => cmp(a.route, b.route))
    .map((p) => ({ key: p.route, isPage: true, unit: p, routes: [p.route], title: p.title ?? null, query: p.query ?? [] }));
  const used = componentPages(model);
  for (const c of [...(model.components ?? [])].sort((a, b) => cmp(a.path, b.path))) {
    const routes = used.get(c.path) ?? [];
    if (routes.length === 0) continue; // not on any page: no place for the user to trigger it
    out.push({ key: c.path, isPage: false, unit: c, routes, title: titles.get(routes[0]!) ?? null, query: [] });
  }
  return out;
}

function firstLoc(locs: (Loc | null | undefined)[]): Loc | null {
  const ls = locs.filter((l): l is Loc => !!l).sort(compareLoc);
  return ls[0] ?? null;
}

/** Effects of one handler: its own list plus the owner's effects whose call chain starts at it. */
function handlerEffects(unit: PageModel | ComponentModel, names: (n: string) => boolean, handlers: Handler[]): Effect[] {
  const own = handlers.flatMap((h) => h.effects ?? []);
  const viaOwner = (unit.effects ?? []).filter((e) => e.via && e.via.length > 0 && names(e.via[0]!));
  return uniqueEffects([...own, ...viaOwner]);
}

function rawActions(model: AnalysisModel): RawAction[] {
  const out: RawAction[] = [];
  for (const o of owners(model)) {
    const handlers = [...(o.unit.handlers ?? [])].sort((a, b) => cmp(a.name, b.name));
    const forms = o.unit.forms ?? [];
    const uiKeys = uniqSorted(
      handlers
        .filter((h) => (h.triggers ?? []).length > 0 && !isEntryHook(h.name) && !handlerEffects(o.unit, (n) => n === h.name, [h]).some(isActionEffect))
        .flatMap((h) => (h.setData ?? []).map((k) => k.split(/[.[]/)[0]!)),
    );
    const dataKeys = o.unit.dataKeys ?? null;
    const base = { owner: o.key, isPage: o.isPage, route: o.routes[0]!, routes: o.routes, pageTitle: o.title, forms, uiKeys, dataKeys };

    // Page entry: onLoad/onShow (+ refresh hooks), as handlers or as call chains of the owner's effects.
    const entryHandlers = handlers.filter((h) => isEntryHook(h.name));
    const entryAll = handlerEffects(o.unit, isEntryHook, entryHandlers);
    if (entryAll.some((e) => isRemoteEffect(e) && !e.plumbing)) {
      out.push({
        ...base,
        id: `${o.key}#entry`,
        kind: 'entry',
        handler: null,
        texts: [],
        allEffects: entryAll,
        effects: entryAll.filter(isActionEffect),
        handlerInputs: entryHandlers.flatMap((h) => h.inputs ?? []),
        setData: entryHandlers.flatMap((h) => h.setData ?? []),
        query: o.query,
        loc: firstLoc(entryHandlers.map((h) => h.loc)) ?? firstLoc(entryAll.map((e) => e.loc)),
      });
    }

    for (const h of handlers) {
      if (isEntryHook(h.name) || IGNORED_HOOKS.has(hookName(h.name))) continue;
      // A method nothing in the template binds is a helper (loadCart, getGoodsInfo): its effects are
      // already reached from the entry or the handlers that call it; the user cannot trigger it.
      const isForm = forms.some((f) => f.submitHandler === h.name);
      if ((h.triggers ?? []).length === 0 && !isForm) continue;
      const all = handlerEffects(o.unit, (n) => n === h.name, [h]);
      const effects = all.filter(isActionEffect);
      if (effects.length === 0) continue;
      out.push({
        ...base,
        id: `${o.key}#${h.name}`,
        kind: isForm ? 'form' : 'handler',
        handler: h.name,
        texts: uniqSorted((h.triggers ?? []).map((t) => cleanText(t.text)).filter((t): t is string => !!t)),
        allEffects: all,
        effects,
        handlerInputs: h.inputs ?? [],
        setData: h.setData ?? [],
        query: [],
        // Where the action is defined: the handler, else its first trigger, else its first effect.
        loc: h.loc ?? firstLoc((h.triggers ?? []).map((t) => t.loc)) ?? firstLoc(effects.map((e) => e.loc)),
      });
    }
  }
  return out;
}

/** Representative of merged duplicates: pages before components, entry before handlers, then id. */
function repOrder(a: RawAction, b: RawAction): number {
  const rank = (x: RawAction) => (x.isPage ? 0 : 2) + (x.kind === 'entry' ? 0 : 1);
  return rank(a) - rank(b) || cmp(a.id, b.id);
}

function toPlan(group: RawAction[]): ApiPlan {
  const [rep] = group as [RawAction, ...RawAction[]];
  const all = uniqueEffects(group.flatMap((g) => g.allEffects));
  const effects = uniqueEffects(group.flatMap((g) => g.effects));
  // What the action itself does; a wrapper's plumbing (dropping the token on 401) does not make a read a write.
  const own = all.filter((e) => !e.plumbing);
  const isLogin = effects.some(isLoginEffect) || all.some((e) => !e.plumbing && e.kind === 'jsapi' && e.api === 'wx.login');
  // Login evidence: a token read, a session check, or the request wrapper's re-login plumbing.
  const needsLogin =
    !isLogin &&
    (all.some(readsLoginState) ||
      all.some((e) => e.plumbing && (isLoginEffect(e) || (e.kind === 'storage' && e.key !== null && LOGIN_STORAGE_KEY.test(e.key)) || (e.kind === 'navigate' && !!e.target && /login|auth/i.test(e.target)))) ||
      all.some((e) => Object.values(e.inputs ?? {}).some((v) => v.from === 'storage' && /token|session|openid/i.test(v.name))));
  return {
    id: rep.id,
    mergedIds: group.slice(1).map((g) => g.id).sort(cmp),
    name: '',
    kind: rep.kind,
    owner: rep.owner,
    route: rep.route,
    handler: rep.handler,
    pages: uniqSorted(group.flatMap((g) => g.routes)),
    texts: uniqSorted(group.flatMap((g) => g.texts)),
    pageTitle: rep.pageTitle,
    effects: dedupeBySignature(effects),
    endpoints: uniqSorted(effects.map(effectSignature)),
    inputs: mergeInputs(group.map(inferInputs)),
    outputs: mergeOutputs(group.map(inferOutputs)),
    verb: '',
    object: [],
    readOnly: own.every(isReadEffect),
    idempotent: own.every(isIdempotentEffect),
    openWorld: effects.some(isRemoteEffect),
    payment: effects.some((e) => e.kind === 'payment'),
    isLogin,
    needsLogin,
    needsLocation: all.some((e) => e.kind === 'jsapi' && LOCATION_APIS.has(e.api)),
    needsComponent:
      effects.some((e) => e.kind === 'payment') || all.some((e) => e.kind === 'jsapi' && (e.aiMode === 'card-side' || e.aiMode === 'dynamic-card')),
    domain: '',
    loc: rep.loc,
  };
}

function dedupeBySignature(effects: Effect[]): Effect[] {
  const seen = new Set<string>();
  return effects.filter((e) => {
    const s = effectSignature(e);
    if (seen.has(s)) return false;
    seen.add(s);
    return true;
  });
}

/** Every API of the app, unnamed (naming.ts names them), sorted by id. */
export function planApis(model: AnalysisModel): ApiPlan[] {
  const groups = new Map<string, RawAction[]>();
  for (const a of rawActions(model)) {
    const key = uniqSorted(a.effects.map(effectSignature)).join('\n');
    const g = groups.get(key);
    if (g) g.push(a);
    else groups.set(key, [a]);
  }
  return [...groups.values()].map((g) => toPlan(g.sort(repOrder))).sort((a, b) => cmp(a.id, b.id));
}
