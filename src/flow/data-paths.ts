import { Env, alternatives, join, knownStart, unknown, type ObjValue, type Value } from './values.js';

/**
 * Paths a page keeps in its data (`onLoad` picks `url` from the query and `onShow` requests
 * `this.data.url`): after `setData({ url: … })` with a value that is a URL or a route in every
 * reading (or a table of rows some of which hold one, see `isRouteTable`), the key reads as the paths set so far
 * (and the path `data` declares there). So does the page's whole query kept in data
 * (`setData({ options })`, then `this.data.options.v` in another method): reading it reads the
 * query. A key ever set to anything else is forgotten for good, so flags and ids stay unknown
 * and no branch is cut.
 */
export function rememberPaths(data: ObjValue, update: Value | undefined, forgotten: Set<string>, declared: ObjValue | null = null): void {
  if (update?.t !== 'obj') return;
  const forget = (k: string) => {
    forgotten.add(k);
    data.props.delete(k);
  };
  for (const [k, v] of update.props) {
    // `setData({ 'form.name': v })` writes into the object kept under `form`: forget it (a fixed table stays).
    const root = dataRoot(k);
    if (root !== k) {
      if (!forgotten.has(root)) forget(root);
      forgetEdited(forgotten, root);
      continue;
    }
    // The whole query stored under a key that also holds other objects (`options: scene ? parsed : options`)
    // reads as the query or anything: `this.data.options.pid` still reads the query's `pid`. Not so
    // once the user edits it field by field (`'info.name': e.detail.value`): then it is a form.
    const query = forgotten.has(EDITED + k) ? undefined : alternatives(v).find(isWholeQuery);
    if (forgotten.has(k)) {
      if (query) data.props.set(k, join(unknown(), query));
      continue;
    }
    if (!alternatives(v).every((x) => isPathText(x) || isWholeQuery(x) || isRouteTable(x))) {
      forget(k);
      if (query) data.props.set(k, join(unknown(), query));
      continue;
    }
    // The first path set in code that may not run joins the one `data` declares there, if a path
    // (`inter: '/comment/upload'` until onLoad switches it to '/comment/update' for an edit).
    const initial = Env.mayNotRun ? declared?.props.get(k) : undefined;
    const prev = data.props.get(k) ?? (initial && alternatives(initial).every(isPathText) ? initial : undefined);
    data.props.set(k, prev ? join(prev, v) : v);
  }
}

/** Marks, in the forgotten set, a key written field by field (no data key holds this character). */
const EDITED = '\u0000';

/** Forget `key` for good as an object the user edits field by field: a form, not a query or a path. */
export function forgetEdited(forgotten: Set<string>, key: string): void {
  forgotten.add(key);
  forgotten.add(EDITED + key);
}

/** A non-empty list or object: a table (a menu's entries), not a slot code fills (`[]`, `{}`). */
export function isTable(v: Value): boolean {
  return (v.t === 'arr' && v.items.length > 0) || (v.t === 'obj' && v.props.size > 0);
}

/** Text that is a URL or a route in the app (starts with `/`, `./`, `../` or `http(s)://`), at least up to its first hole. */
export function isPathText(v: Value): boolean {
  const head = knownStart(v);
  return head !== null && /^(\/|\.\.?\/|https?:\/\/)/.test(head);
}

/** The data key a setData path writes under (`'list[0].x'` → `list`, `'form.name'` → `form`). */
export function dataRoot(path: string): string {
  return /^[^.[]*/.exec(path)![0];
}

/**
 * Rows the code writes out, some holding a URL or a route (`setData({ gridList: [{ name, path:
 * '/pages/rent-order/rent-order' }, …] })` in onLoad): the menu a tap picks its target from
 * (`this.data.gridList[index].path`).
 */
function isRouteTable(v: Value): boolean {
  return (
    v.t === 'arr' &&
    !v.approx &&
    v.items.length > 0 &&
    v.items.every((i) => i.t === 'obj' && !i.unknownKeyOrigin) &&
    v.items.some((i) => i.t === 'obj' && [...i.props.values()].some(isPathText))
  );
}

/** The page's query object itself (`onLoad(options)`, `this.options`). */
function isWholeQuery(v: Value): boolean {
  return v.t === 'src' && v.root === 'query' && v.path.length === 0;
}
