import { valueMap } from './isolation.js';
import { Env, UNDEF, alternatives, bool, constString, join, native, obj, str, unknown, type ObjValue, type Value } from './values.js';

/**
 * `new Map()` on abstract values: an environment table (`maps.set('develop',
 * 'http://…')`, then `maps.get(envVersion)`), a cache keyed by URL. Entries
 * with a known key are kept by it; a value set under a key that is not known
 * is one any `get` may return. A `get` of a key the follower does not know
 * is any value set (an environment read at run time picks one of the table's
 * hosts); of a known key not set, `undefined` when every key is known, else
 * unknown. The entries are shared state like an object's fields (isolation.ts:
 * a unit's writes are undone after it).
 */

type CallFn = (f: Value, args: Value[], thisVal?: Value) => Value;

/** Under this key, the join of the values set under keys that are not known. */
const ANY_KEY = '\u0000any';

export function mapConstructor(callFn: CallFn): Value {
  return native('Map', (args) => {
    const entries = valueMap<string, Value>();
    let keysKnown = true;
    const put = (k: Value, v: Value): void => {
      const key = constString(k);
      if (key === null) {
        keysKnown = false;
        entries.set(ANY_KEY, join(entries.get(ANY_KEY) ?? v, v));
        return;
      }
      const prev = entries.get('k' + key);
      entries.set('k' + key, Env.mayNotRun && prev ? join(prev, v) : v);
    };
    for (const init of args[0] ? alternatives(args[0]) : []) {
      if (init.t !== 'arr') {
        if (init.t !== 'undef' && init.t !== 'null') keysKnown = false;
        continue;
      }
      for (const pair of init.items) {
        if (pair.t === 'arr') put(pair.items[0] ?? UNDEF, pair.items[1] ?? UNDEF);
        else keysKnown = false;
      }
    }
    const known = () => [...entries].filter(([k]) => k !== ANY_KEY);
    const keyOf = (k: string) => str(k.slice(1));
    /** Every value set, those under keys not known included. */
    const values = () => [...known().map(([, v]) => v), ...(entries.has(ANY_KEY) ? [entries.get(ANY_KEY)!] : [])];
    const m: ObjValue = obj();
    const method = (name: string, impl: (a: Value[]) => Value) => m.props.set(name, native(`Map.${name}`, impl));
    method('set', (a) => {
      put(a[0] ?? UNDEF, a[1] ?? UNDEF);
      return m;
    });
    method('get', (a) => {
      const key = constString(a[0] ?? UNDEF);
      const any = entries.get(ANY_KEY);
      if (key === null) {
        const all = values();
        return all.length ? join(...all) : unknown('get');
      }
      const v = entries.get('k' + key);
      if (v) return any ? join(v, any) : v;
      return any ?? (keysKnown ? UNDEF : unknown('get'));
    });
    method('has', (a) => {
      const key = constString(a[0] ?? UNDEF);
      if (key !== null && entries.has('k' + key)) return bool(true);
      return key !== null && keysKnown && !entries.has(ANY_KEY) ? bool(false) : unknown('has');
    });
    method('delete', (a) => {
      const key = constString(a[0] ?? UNDEF);
      if (key !== null && !Env.mayNotRun) entries.delete('k' + key);
      return unknown('delete');
    });
    method('clear', () => {
      if (!Env.mayNotRun) entries.clear();
      return UNDEF;
    });
    method('forEach', (a) => {
      for (const [k, v] of known()) callFn(a[0] ?? UNDEF, [v, keyOf(k), m]);
      const any = entries.get(ANY_KEY);
      if (any) callFn(a[0] ?? UNDEF, [any, unknown('key'), m]);
      return UNDEF;
    });
    const list = (items: Value[]): Value => (entries.has(ANY_KEY) ? { t: 'arr', items, approx: true } : { t: 'arr', items });
    method('keys', () => list(known().map(([k]) => keyOf(k))));
    method('values', () => list(values()));
    method('entries', () => list(known().map(([k, v]) => ({ t: 'arr', items: [keyOf(k), v] }))));
    // `size` is a getter in JavaScript; as a field it would go stale after `set`: left unknown.
    return m;
  });
}
