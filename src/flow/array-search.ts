import { bool, native, num, unknown, type ArrValue, type NativeValue, type Value } from './values.js';

/**
 * `list.indexOf(x)`, `list.includes(x)`, `list.lastIndexOf(x)` on a list of
 * constants, answered as JavaScript would (strict equality): library code
 * sorts keys with them (TDesign keeps `['properties', 'data', 'methods', …]`
 * and asks `NATIVE_PROPS.indexOf(key) < 0` to decide where each key goes).
 * Anything not known exactly — an item or the needle not a constant, a list
 * that only stands for its contents (`approx`) — stays unknown, except that
 * a needle seen in such a list is known to be included.
 */

type Prim = string | number | boolean | null | undefined;

/** The primitive a value is known to be, or NOT when it is not one. */
const NOT = Symbol('not a constant');
function prim(v: Value | undefined): Prim | typeof NOT {
  if (!v) return undefined;
  switch (v.t) {
    case 'str':
    case 'num':
    case 'bool':
      return v.v;
    case 'null':
      return null;
    case 'undef':
      return undefined;
    default:
      return NOT;
  }
}

export function searchMember(arr: ArrValue, key: string): NativeValue {
  return native(key, (args) => {
    const needle = prim(args[0]);
    if (needle === NOT || args.length > 1) return unknown();
    const items = arr.items.map(prim);
    const found = key === 'lastIndexOf' ? items.lastIndexOf(needle) : items.indexOf(needle);
    if (arr.approx || items.includes(NOT)) return key === 'includes' && found >= 0 ? bool(true) : unknown();
    return key === 'includes' ? bool(found >= 0) : num(found);
  });
}
