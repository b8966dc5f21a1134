import { alternatives, join, type ObjValue, type Value } from './values.js';

/**
 * Paths a page keeps in its data (`onLoad` picks `url` from the query and `onShow` requests
 * `this.data.url`): after `setData({ url: … })` with a value that is a URL or a route in every
 * reading, the key reads as the paths set so far. A key ever set to anything else is forgotten
 * for good, so flags and ids stay unknown and no branch is cut.
 */
export function rememberPaths(data: ObjValue, update: Value | undefined, forgotten: Set<string>): void {
  if (update?.t !== 'obj') return;
  for (const [k, v] of update.props) {
    if (forgotten.has(k)) continue;
    if (/[.[]/.test(k) || !alternatives(v).every(isPathText)) {
      forgotten.add(k);
      data.props.delete(k);
      continue;
    }
    const prev = data.props.get(k);
    data.props.set(k, prev ? join(prev, v) : v);
  }
}

/** Text that is a URL or a route in the app (starts with `/` or `http(s)://`), at least up to its first hole. */
export function isPathText(v: Value): boolean {
  const head = v.t === 'str' ? v.v : v.t === 'tpl' && typeof v.parts[0] === 'string' ? v.parts[0] : null;
  return head !== null && (head.startsWith('/') || /^https?:\/\//.test(head));
}
