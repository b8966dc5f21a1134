import type { Effect } from '../model/types.js';
import { cmp } from '../diagnostics/diagnostic.js';
import type { ApiPlan } from './plan-types.js';
import { effectWords, isReadEffect, isRemoteEffect } from './effect-facts.js';
import { GENERIC_VERBS, HANDLER_NOISE, HOME_WORDS, READ_VERBS, SEARCH_PARAM, VERB_OF, ZH_OBJECTS, ZH_VERBS } from './vocabulary.js';
import { KNOWN_WORDS } from './texts.js';
import { camel, canonicalWords, capitalize, objectWords, shortHash, singular, splitWords, urlPath } from './words.js';

/**
 * API names: camelCase verb + business object (`getGoodsDetail`,
 * `addToCart`, `payOrder`), from the endpoint, the handler name, the trigger
 * text and the page route, in that order of trust. A name depends only on the
 * API's own facts, so it is stable across runs and unrelated edits; colliding
 * names are qualified by their own route/handler, then by a hash of the id.
 */

export const MAX_NAME = 64;
const MAX_OBJECT_WORDS = 4;

export interface NameParts {
  verb: string | null;
  object: string[];
  /** The verb is written in the endpoint/handler/text itself (not implied by an HTTP method or op). */
  explicit?: boolean;
  /** The identifier word the explicit verb was read from (`checkout` in `/cart/checkout`). */
  verbWord?: string;
}

const METHOD_VERB: Record<string, string> = { GET: 'get', HEAD: 'get', PUT: 'update', PATCH: 'update', DELETE: 'delete' };
const DB_OP_VERB: Record<string, string> = { get: 'get', count: 'count', add: 'add', update: 'update', remove: 'delete', watch: 'get', aggregate: 'get' };
const STORAGE_OP_VERB: Record<string, string> = { set: 'save', remove: 'delete', clear: 'clear' };
/** Verb + object-head phrases that read better with a preposition. */
const PREPOSITIONS: readonly { verb: string; head: string; insert: string }[] = [
  { verb: 'add', head: 'cart', insert: 'to' },
  { verb: 'add', head: 'favorite', insert: 'to' },
];
/** Verbs that need no object: `login`, not `loginUserCenter`. */
const INTRANSITIVE: ReadonlySet<string> = new Set(['login', 'logout', 'register', 'sign']);
/** Verbs that start a transaction: when such a write comes with a payment, it names the API (`submitOrder`). */
const TRANSACTION_VERBS: ReadonlySet<string> = new Set(['create', 'submit', 'book', 'buy', 'checkout', 'apply', 'redeem']);
/** Object words that say which view of an object a read returns. */
const KIND_WORDS: ReadonlySet<string> = new Set(['list', 'detail', 'info', 'page', 'count', 'total', 'summary']);

/** Split words into (verb, remaining object words): the first business verb, else the first verb. */
function verbAndNouns(words: readonly string[]): NameParts {
  const canon = canonicalWords(words);
  const verbWord = canon.find((w) => VERB_OF.has(w) && !GENERIC_VERBS.has(VERB_OF.get(w)!)) ?? canon.find((w) => VERB_OF.has(w));
  const verb = verbWord ? VERB_OF.get(verbWord)! : null;
  const rest = canon.filter((w) => !VERB_OF.has(w));
  return { verb, object: objectWords(rest), explicit: verb !== null, ...(verbWord ? { verbWord } : {}) };
}

/** REST reads: `GET /orders` is a list, `GET /orders/{id}` a detail (when the path names neither). */
function restObject(raw: readonly string[], object: string[]): string[] {
  const last = raw[raw.length - 1];
  if (!last || object.length === 0 || object.some((w) => KIND_WORDS.has(w))) return object;
  if (/^\{[^}]*\}$/.test(last)) return [...object, 'detail'];
  const words = splitWords(last);
  if (words.length === 1 && singular(words[0]!) !== words[0] && !/^(?:goods|news)$/.test(words[0]!)) return [...object, 'list'];
  return object;
}

/** Name parts of an endpoint. URLs use their last two meaningful path segments (`/api/goods/detail`). */
export function endpointParts(e: Effect): NameParts {
  switch (e.kind) {
    case 'request':
    case 'cloudContainer': {
      const path = e.kind === 'request' ? (e.url === null ? '' : urlPath(e.url)) : (e.path ?? '');
      const raw = path.split('/').filter(Boolean);
      const segs = raw
        .filter((s) => !/^\{[^}]*\}$/.test(s))
        .map((s) => splitWords(s.replace(/\{[^}]*\}/g, ' ')))
        .filter((ws) => objectWords(ws).length > 0 || ws.some((w) => VERB_OF.has(w)));
      // The verb of the last segment that has one (`/search/clearhistory` → clear); earlier verb words are nouns.
      const last2 = segs.slice(-2);
      const at = [...last2.keys()].reverse().find((i) => last2[i]!.some((w) => VERB_OF.has(w)));
      if (at !== undefined) {
        let own = verbAndNouns(last2[at]!);
        const others = last2.filter((_, i) => i !== at).flat();
        // `/collect/addordelete`: plain CRUD on a business verb — the business verb is the action.
        const lastVerbs = canonicalWords(last2[at]!).map((w) => VERB_OF.get(w)).filter((v): v is string => !!v);
        const business = canonicalWords(others).find((w) => VERB_OF.has(w) && !GENERIC_VERBS.has(VERB_OF.get(w)!));
        if (business && lastVerbs.every((v) => GENERIC_VERBS.has(v))) own = { verb: VERB_OF.get(business)!, verbWord: business, explicit: true, object: own.object };
        const words = objectWords([...others, ...own.object]).filter((w) => VERB_OF.get(w) !== own.verb);
        return { ...own, object: words };
      }
      const p = verbAndNouns(last2.flat());
      // A file transfer says what it does by its API.
      if (e.kind === 'request' && e.api !== 'wx.request') return { ...p, verb: e.api === 'wx.uploadFile' ? 'upload' : 'download', explicit: true };
      const method = (e.method || 'GET').toUpperCase();
      return { verb: METHOD_VERB[method] ?? null, object: method === 'GET' ? restObject(raw, p.object) : p.object };
    }
    case 'cloudFunction': {
      // `getVenues` reads a list, like `GET /venues`.
      const words = effectWords(e);
      const p = verbAndNouns(words);
      const last = words[words.length - 1];
      const plural = !!last && singular(last) !== last && !/^(?:goods|news)$/.test(last);
      return p.verb === 'get' && plural && !p.object.some((w) => KIND_WORDS.has(w)) ? { ...p, object: [...p.object, 'list'] } : p;
    }
    case 'cloudDatabase':
      return { verb: DB_OP_VERB[e.op] ?? null, object: objectWords(effectWords(e)) };
    case 'payment':
      return { verb: 'pay', object: [], explicit: true };
    case 'storage':
      return { verb: STORAGE_OP_VERB[e.op] ?? null, object: objectWords(effectWords(e)) };
    default:
      return { verb: null, object: [] };
  }
}

export function handlerParts(handler: string): NameParts {
  return verbAndNouns(splitWords(handler).filter((w) => !HANDLER_NOISE.has(w)));
}

const ZH_VERBS_LONGEST = [...ZH_VERBS].sort((a, b) => b[0].length - a[0].length || cmp(a[0], b[0]));

/** `加入购物车` → add + cart. */
export function textParts(text: string): NameParts {
  const verb = ZH_VERBS_LONGEST.find(([zh]) => text.includes(zh))?.[1] ?? null;
  const object = ZH_OBJECTS.filter(([zh]) => text.includes(zh)).map(([, w]) => w);
  return { verb, object: [...new Set(object)], explicit: verb !== null };
}

const SUBPACKAGE_WORD = /^(?:sub)?(?:packages?|pkgs?|packs?)\d*[a-z]?$/;

/** Route words for naming the page itself, verbs kept (`pages/search/search` → search). */
export function routeWords(route: string): string[] {
  const words = splitWords(route).filter((w) => !SUBPACKAGE_WORD.test(w));
  const object = objectWords(words);
  // `pages/index/index` is the home page; `pages/goods/index` is about goods.
  return object.length === 0 && words.some((w) => HOME_WORDS.has(w)) ? ['home'] : object;
}

/** Route words that can be an API's object: verbs dropped (`packageOrder/pages/pay/pay` → order). */
export function routeObject(route: string): string[] {
  return routeWords(route).filter((w) => !VERB_OF.has(w));
}

/**
 * Which remote effect names a write: a transaction-starting one, then
 * payment, other writes, reads; among equals the one the handler's own verb
 * names, then the most direct (shortest call chain: `changeCount` calls
 * update itself and delete only through `removeItem`).
 */
function remoteOrder(effects: readonly Effect[], handlerVerb: string | null): NameParts[] {
  const rank = (e: Effect, p: NameParts) => (e.kind === 'payment' ? 1 : isReadEffect(e) ? 3 : p.verb && TRANSACTION_VERBS.has(p.verb) ? 0 : 2);
  return effects
    .filter(isRemoteEffect)
    .map((e) => ({ e, p: endpointParts(e) }))
    .sort(
      (a, b) =>
        rank(a.e, a.p) - rank(b.e, b.p) ||
        (a.p.verb === handlerVerb ? 0 : 1) - (b.p.verb === handlerVerb ? 0 : 1) ||
        (a.e.via?.length ?? 0) - (b.e.via?.length ?? 0),
    )
    .map((x) => x.p);
}

/**
 * The object of a page entry: the endpoints' common object; when they differ
 * but share a head that is the page's subject, the one view (detail/list)
 * among them; else the route (`pages/index/index` → home data).
 */
function entryObject(api: ApiPlan, route: string[]): string[] {
  const parts = api.effects.filter(isRemoteEffect).map(endpointParts);
  // An explicit non-read verb names what the page loads (`/cart/checkout` → cart checkout).
  const objects = parts.map((p) => (p.explicit && p.verb !== 'get' && p.verbWord ? [...p.object, p.verbWord] : p.object)).filter((o) => o.length);
  const same = objects.length > 0 && objects.length === parts.length && objects.every((o) => o.join(' ') === objects[0]!.join(' '));
  if (same) return objects[0]!.length === 1 && objects[0]![0] === 'home' ? ['home', 'data'] : objects[0]!;
  // The endpoints about the page's subject (`pages/goods/goods` → goods/detail, goods/related): its one view.
  const mine = objects.filter((o) => o[0] === route[0]);
  const views = mine.filter((o) => o.some((w) => KIND_WORDS.has(w)));
  if (mine.length && views.length === 1) return views[0]!;
  // A route that only says "detail" (`pages/detail/detail`) takes the subject of its endpoints.
  const heads = new Set(objects.map((o) => o[0]));
  if (route.length && route.every((w) => KIND_WORDS.has(w)) && heads.size === 1) return [objects[0]![0]!, ...route];
  if (route.length === 1 && route[0] === 'home') return ['home', 'data'];
  return route.length ? route : objects[0] ?? ['page'];
}

/**
 * Verb and object of an API from its own facts. `subject` is what its page
 * is about (the object its page entry loads): the last resort for an action
 * on a page whose route says only "detail".
 */
export function nameParts(api: ApiPlan, subject: readonly string[] = []): { verb: string; object: string[] } {
  const route = routeObject(api.route);
  if (api.kind === 'entry') return api.isLogin ? { verb: 'login', object: [] } : { verb: 'get', object: entryObject(api, routeWords(api.route)) };
  const handler = api.handler ? handlerParts(api.handler) : { verb: null, object: [] };
  const remote = remoteOrder(api.effects, handler.verb);
  const local = api.effects.filter((e) => !isRemoteEffect(e)).map(endpointParts);
  const texts = api.texts.map(textParts);
  const explicitRemote = remote.find((p) => p.explicit && p.verb);
  let verb: string;
  if (api.readOnly) {
    // Reads are gets, unless the endpoint says otherwise or the user types what to look for.
    const searching = api.inputs.some((i) => i.userEntered && SEARCH_PARAM.test(i.source ?? i.name)) || api.inputs.some((i) => SEARCH_PARAM.test(i.name));
    verb = explicitRemote && READ_VERBS.has(explicitRemote.verb!) ? explicitRemote.verb! : searching ? 'search' : 'get';
    // `GET /collect/list` reads collections: the business verb is a noun here.
    if (explicitRemote && !READ_VERBS.has(explicitRemote.verb!) && explicitRemote.verbWord) {
      return { verb, object: objectWords([explicitRemote.verbWord, ...explicitRemote.object]) };
    }
  } else {
    verb =
      (remote[0]?.explicit ? remote[0].verb : null) ??
      handler.verb ??
      texts.find((t) => t.verb)?.verb ??
      remote.find((p) => p.verb)?.verb ??
      local.find((p) => p.verb)?.verb ??
      'submit';
  }
  if (INTRANSITIVE.has(verb)) return { verb, object: (remote.find((p) => p.verb === verb)?.object ?? []).filter((w) => w !== verb) };
  // Object words that only restate the verb (`collect` + favorite, `book` + booking) or a page view
  // (detail) say nothing; handler names are trusted only for business words (`addCannelCollect`).
  const restates = (w: string) => w === verb || VERB_OF.get(w) === verb || [`${verb}ing`, `${verb}ment`, `${verb}ion`].includes(w);
  const clean = (o: readonly string[] | undefined, kinds: boolean) => (o ?? []).filter((w) => !restates(w) && !(kinds && KIND_WORDS.has(w)));
  const searchOrWrite = verb === 'search' || !api.readOnly;
  const object = [
    ...remote.map((p) => clean(p.object, verb === 'search')),
    clean(handler.object, false).filter((w) => KNOWN_WORDS.has(w)),
    ...texts.map((t) => clean(t.object, false)),
    clean(route, searchOrWrite),
    ...local.map((p) => clean(p.object, false)),
    clean(subject, true),
  ].find((o) => o.length > 0);
  // Booking with nothing more specific to book is creating a booking.
  if (verb === 'book' && !object) return { verb: 'create', object: ['booking'] };
  return { verb, object: object ?? ['action'] };
}

/** verb + object → camelCase, ≤ 64 chars. */
export function composeName(verb: string, object: readonly string[]): string {
  const obj = object.slice(-MAX_OBJECT_WORDS);
  const prep = PREPOSITIONS.find((p) => p.verb === verb && obj[0] === p.head);
  const name = camel([verb, ...(prep ? [prep.insert] : []), ...obj]);
  return name.slice(0, MAX_NAME);
}

function qualified(base: string, words: readonly string[]): string {
  const q = words.map(capitalize).join('');
  return (base.slice(0, MAX_NAME - q.length - 2) + 'In' + q).slice(0, MAX_NAME);
}

function clashes(apis: ApiPlan[]): ApiPlan[][] {
  const by = new Map<string, ApiPlan[]>();
  for (const a of apis) by.set(a.name, [...(by.get(a.name) ?? []), a]);
  return [...by.values()].filter((g) => g.length > 1);
}

/** Name every API (sets verb, object, name); unique across the app. */
export function assignNames(apis: ApiPlan[]): void {
  const subjects = new Map<string, string[]>();
  const entriesFirst = [...apis].sort((a, b) => (a.kind === 'entry' ? 0 : 1) - (b.kind === 'entry' ? 0 : 1));
  for (const a of entriesFirst) {
    const p = nameParts(a, subjects.get(a.route) ?? []);
    a.verb = p.verb;
    a.object = p.object;
    a.name = composeName(p.verb, p.object);
    const head = p.object.filter((w) => !KIND_WORDS.has(w) && w !== 'home' && w !== 'data').slice(0, 1);
    if (a.kind === 'entry' && head.length) for (const r of a.pages) if (!subjects.has(r)) subjects.set(r, head);
  }
  const keepers = new Set<ApiPlan>();
  // 0. An API whose own handler has the name keeps it (`addToCart` stays, its look-alike moves).
  for (const group of clashes(apis)) {
    const own = group.filter((a) => a.handler === a.name);
    if (own.length === 1) keepers.add(own[0]!);
  }
  const movers = () => clashes(apis).map((g) => g.filter((a) => !keepers.has(a)));
  // 1. Qualify by the owner's route words not already in the name, when they tell the group apart.
  for (const group of movers()) {
    const words = group.map((a) => {
      const have = new Set(splitWords(a.name));
      return routeWords(a.owner).filter((w) => !have.has(w)).slice(0, 2);
    });
    const distinct = new Set(words.map((w) => w.join(' ')));
    if (distinct.size < group.length && group.length > 1) continue;
    group.forEach((a, i) => {
      if (words[i]!.length) a.name = qualified(a.name, words[i]!);
    });
  }
  // 2. Then by the handler name (a page entry: `Page`); 3. then by a hash of the id.
  for (const group of movers()) {
    for (const a of group) a.name = (a.name + (a.handler ? capitalize(a.handler.replace(/[^A-Za-z0-9]/g, '')) : 'Page')).slice(0, MAX_NAME);
  }
  for (const group of movers()) for (const a of group) a.name = a.name.slice(0, MAX_NAME - 4) + shortHash(a.id);
  // A keeper can still clash with a qualified name by chance; the hash settles it.
  for (const group of clashes(apis)) for (const a of group.slice(1).filter((x) => !keepers.has(x))) a.name = a.name.slice(0, MAX_NAME - 4) + shortHash(a.id);
}
