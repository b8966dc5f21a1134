import type { Interpreter } from '../flow/interpreter.js';
import { wxmlData, type UnitInstance } from '../flow/instance.js';
import { alternatives, join, str, UNDEF, unknown, type Value } from '../flow/values.js';
import { ELEMENT_ID_KEY, type WxmlBinding, type WxmlFacts } from '../wxml/types.js';
import { pureMustache } from '../wxml/mustache.js';
import { evalAttribute } from './wxml-expr.js';
import { isStaticFile } from '../flow/navigation.js';

/*
 * The `data-*` values a page's or component's WXML hands its handlers: which texts and rows each
 * binding fixes, and which of them are paths the app fixes (the values a handler is run with).
 */

/**
 * The bindings of each handler some binding of which carries `data-*` values (what
 * `knownDatasets` reads), by static handler name. A binding of it without any (the same
 * button elsewhere with no `data-name`) is a reading too, with every key undefined.
 */
export function datasetBindings(bindings: WxmlBinding[]): Map<string, WxmlBinding[]> {
  const all = new Map<string, WxmlBinding[]>();
  for (const b of bindings) {
    // A dynamic handler (`{{item.tapEvent}}`) hands its element's dataset to each function it may name.
    for (const h of b.handler !== null ? [b.handler] : (b.candidates ?? [])) {
      const one = b.handler !== null ? b : datasetFor(b, h);
      const list = all.get(h);
      if (list) list.push(one);
      else all.set(h, [one]);
    }
  }
  const out = new Map<string, WxmlBinding[]>();
  for (const [h, list] of all) if (list.some((b) => b.datasetValues)) out.set(h, list.map((b) => (b.datasetValues ? b : { ...b, datasetValues: {} })));
  return out;
}

/**
 * The dataset a dynamic handler's binding hands the function `name`: each `{{ }}` value holds only
 * where the handler expression names it (`data-key="{{item.key}}"` beside
 * `catchtap="{{item.tapEvent}}"`: the rows whose `tapEvent` is `toPage` give `toPage` their keys,
 * the others nothing), so a menu's rows keep their handler and target together.
 */
function datasetFor(b: WxmlBinding, name: string): WxmlBinding {
  const expr = b.dynamicExpr;
  if (!b.datasetValues || expr === undefined || expr.includes('{{')) return b;
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(b.datasetValues)) {
    const inner = pureMustache(v);
    values[k] = inner === null ? v : `{{ (${expr}) === ${JSON.stringify(name)} ? (${inner}) : undefined }}`;
  }
  return { ...b, datasetValues: values };
}


/**
 * Dataset values the WXML fixes for a handler (`mine`: its bindings, see `datasetBindings`; `keys`:
 * every `data-*` key they set), as the
 * datasets to run it with:
 * - `data-path="{{item.path}}"` in a wx:for over a list declared in page data gives the list's
 *   paths (only paths: a menu's targets are fixed by the app; ids in a data list are sample
 *   values, not the ids used);
 * - text written in the WXML itself on every binding (`data-name="confirmOrder"`, `data-type="@my"`)
 *   is the app's own, whatever it is. Each binding's texts go together, one run per binding
 *   (`'/pages/' + d.url + '/' + d.url` must not pair one row's folder with another's page), up to
 *   `MAX_DATASET_RUNS` runs; past that, each key reads as any of its texts.
 */
/**
 * The keys a handler's bindings set (`mine`, see `datasetBindings`): every one (what `knownDatasets`
 * reads), and the `data-*` keys alone — a key none of them sets reads as undefined (an element's
 * `id` is not one).
 */
export function datasetKeysOf(mine: WxmlBinding[] | undefined): { keys: Set<string> | undefined; dataKeys: Set<string> | undefined } {
  if (!mine) return { keys: undefined, dataKeys: undefined };
  const keys = new Set(mine.flatMap((b) => Object.keys(b.datasetValues!)));
  const dataOnly = [...keys].filter((k) => k !== ELEMENT_ID_KEY);
  return { keys, dataKeys: dataOnly.length ? new Set(dataOnly) : undefined };
}

export function knownDatasets(ip: Interpreter, mine: WxmlBinding[], keys: ReadonlySet<string>, wxml: WxmlFacts, inst: UnitInstance): KnownDatasets | undefined {
  const joined = new Map<string, Value>();
  const written: string[] = [];
  // Plain names of a rendered column with no path in it (`goal: 'order'` read into `/pages/${goal}/index`).
  const names = new Map<string, Value>();
  const literalNames: string[] = [];
  const data = wxmlData(inst);
  for (const key of keys) {
    const values: Value[] = [];
    const ownUrls = new Set<string>();
    let literal = true;
    for (const b of mine) {
      // A binding without the key (`data-status` on some menu rows only) reads it as undefined.
      const raw = b.datasetValues![key];
      if (raw !== undefined && raw.includes('{{')) literal = false;
      const v = raw === undefined ? UNDEF : evalAttribute(ip, raw, b, wxml.wxs, data, inst.staticData);
      values.push(v);
      // Outside loops and templates a name reads page data the page never writes: a URL built from
      // it (`data-src="{{base}}/a.jpg"`) is the app's own, not a sample row's.
      if (raw?.includes('{{') && !b.loops?.length && b.template === undefined) {
        for (const x of alternatives(v)) if (x.t === 'str' && /^https?:\/\//.test(x.v)) ownUrls.add(x.v);
      }
    }
    // An empty entry (a menu item without a target) stays a reading, as nothing: `if (url) navigateTo(url)
    // else …` takes both paths, and no target is read from it.
    const all = alternatives(join(...values));
    const readings = all.filter((x) => !(x.t === 'str' && x.v === '') && x.t !== 'undef');
    // Rendered values count only where they are paths the app fixes; the rest (a row from the
    // server, a sample id) stays unknown beside them.
    // An element's `id` counts only as a route (`<view id="../a/a">`): as any other text it is a
    // name for styles and selectors, and the handler that reads it mostly glues it into a query.
    const pathsOnly = !literal || key === ELEMENT_ID_KEY;
    // A column that holds a path holds routes: its bare names are pages beside the caller
    // (`navigateUrl: '../home/card'` next to `'myOrderListView'`, `'customerTracking?memIdentity=pt'`).
    const routes = pathsOnly && readings.some(isFixedPath);
    const kept = pathsOnly ? readings.filter((x) => isFixedPath(x) || isRouteRow(x) || (x.t === 'str' && ((routes && BARE_PAGE.test(x.v)) || ownUrls.has(x.v)))) : readings;
    const plain = pathsOnly && !routes ? readings.filter((x) => x.t === 'str' && PAGE_NAME.test(x.v)) : [];
    if (plain.length) {
      names.set(key, join(...plain));
      // Ids written in the WXML (`<view id="myInfo" bindtap="go">`) are tried one element at a time.
      if (literal) literalNames.push(key);
    }
    if (!kept.length) continue;
    joined.set(key, join(...kept, ...(kept.length < readings.length ? [unknown()] : []), ...(readings.length < all.length ? [UNDEF] : [])));
    if (literal) written.push(key);
  }
  // Keys the WXML writes as text: one run per distinct element (a menu of eight `data-type`s), at most
  // MAX_DATASET_RUNS, else one run with every value joined.
  const perElement = (base: Map<string, Value>, literalKeys: string[]): Map<string, Value>[] => {
    if (literalKeys.length === 0 || mine.length < 2) return [base];
    const runs = new Map<string, Map<string, Value>>();
    for (const b of mine) {
      const ds = new Map(base);
      for (const key of literalKeys) {
        const raw = b.datasetValues![key];
        ds.set(key, raw === undefined || raw === '' ? UNDEF : str(raw));
      }
      runs.set(literalKeys.map((k) => b.datasetValues![k] ?? '\u0000').join('\u0001'), ds);
    }
    return runs.size <= MAX_DATASET_RUNS ? [...runs.values()] : [base];
  };
  const runs = joined.size ? perElement(joined, written) : undefined;
  const candidates = names.size ? perElement(new Map([...joined, ...names]), [...written, ...literalNames]) : undefined;
  return runs || candidates ? { runs, candidates } : undefined;
}
const MAX_DATASET_RUNS = 8;

export interface KnownDatasets {
  /** The `dataset` of each run of the handler (undefined: one run with nothing known). */
  runs: Map<string, Value>[] | undefined;
  /** The same with a column's plain names as candidate values, for `candidateNavigations`. */
  candidates: Map<string, Value>[] | undefined;
}

/** A word that may name a page once glued into a path (`createActivity`, `order-list`). */
const PAGE_NAME = /^[A-Za-z_][\w-]*$/;

/**
 * A whole row of a menu handed over as one value (`data-item="{{item}}"` over `menuItems: [{ label,
 * path: '/package-user/pages/address/address' }, …]`): an object some field of which is a path the
 * app fixes. The handler reads `item.path` off it.
 */
function isRouteRow(v: Value): boolean {
  return v.t === 'obj' && !v.tag && [...v.props.values()].some((f) => alternatives(f).some((x) => isFixedPath(x) && !(x.t === 'str' && isStaticFile(x.v))));
}

/**
 * A path fixed by the app, absolute or relative to the page (`/pages/a/a`, `../a/a`): constant
 * text, or constant up to a query whose values vary (`/pages/d/d?id={{item.id}}`).
 */
export function isFixedPath(v: Value): boolean {
  if (v.t === 'str') return PATH_START.test(v.v) || BARE_ROUTE.test(v.v);
  if (v.t !== 'tpl') return false;
  const head = v.parts[0];
  return typeof head === 'string' && (((PATH_START.test(head) || BARE_ROUTE.test(head)) && head.includes('?')) || BARE_PAGE_QUERY.test(head));
}
/** A page beside the caller named with a query whose value varies (`data-url="detail?url={{post.url}}"`). */
const BARE_PAGE_QUERY = /^[A-Za-z_][\w-]*\?[A-Za-z_][\w-]*=$/;
const PATH_START = /^(\/|\.\.?\/)/;
/**
 * A route relative to the page written without `./` (`navigateUrl: 'myMember/myMember'`,
 * `data-url="swiperDetail/swiperDetail?id={{item.id}}"`): folders and a page name, no dots or
 * spaces, maybe a query.
 */
const BARE_ROUTE = /^[A-Za-z_][\w-]*(\/[A-Za-z_][\w-]*)+(\?|$)/;
/** A page name beside the caller, maybe with a query (`'myOrderListView'`, `'tracking?type=pt'`). */
const BARE_PAGE = /^[A-Za-z_][\w-]*(\/[A-Za-z_][\w-]*)*(\?[^\s]*)?$/;
