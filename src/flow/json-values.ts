import { NULL, UNDEF, alternatives, bool, join, num, obj, str, unknown, type ObjValue, type Value } from './values.js';

/**
 * `JSON.stringify` and `JSON.parse` on abstract values.
 *
 * The text of a stringified value is not built: it is an unknown that
 * remembers the value, so that parsing it back gives a copy
 * (`JSON.parse(JSON.stringify(config))`, the deep copy HTTP clients make of
 * their defaults before merging a request's options into them). A constant
 * string that is JSON parses to its value. Anything else parses to itself
 * (keeps its origin: `JSON.parse(options.item)` still reads the query).
 */

/** How deep a copy goes; below, a value is unknown (cycles end here too). */
const MAX_DEPTH = 8;
/**
 * Most values a copy holds; a bigger one (a state store's whole state, cloned on every
 * `setState` before it is diffed key by key) stays unknown, as following its diff finds nothing.
 */
const MAX_NODES = 32;

const stringified = new WeakMap<Value, Value>();

export function jsonStringify(v: Value | undefined): Value {
  if (v === undefined || v.t === 'undef' || v.t === 'fn' || v.t === 'native') return UNDEF;
  if (v.t === 'unk') return unknown(v.hint ?? 'json', v.origin);
  if (v.t === 'src') return unknown('json');
  const text = unknown('json');
  if (size(v, 0) > MAX_NODES) return text;
  // A snapshot: later writes to the object are not in the text.
  stringified.set(text, jsonCopy(v, 0));
  return text;
}

export function jsonParse(v: Value | undefined): Value {
  if (v === undefined) return unknown('json');
  const snapshot = stringified.get(v);
  if (snapshot) return jsonCopy(snapshot, 0);
  if (v.t === 'str') {
    try {
      return fromJson(JSON.parse(v.v));
    } catch {
      return unknown('json');
    }
  }
  return v;
}

/** How many values `v` holds (counted up to past `MAX_NODES`). */
function size(v: Value, n: number): number {
  n++;
  if (n > MAX_NODES) return n;
  if (v.t === 'obj') for (const x of v.props.values()) if ((n = size(x, n)) > MAX_NODES) return n;
  if (v.t === 'arr') for (const x of v.items) if ((n = size(x, n)) > MAX_NODES) return n;
  if (v.t === 'union') for (const x of v.options) if ((n = size(x, n)) > MAX_NODES) return n;
  return n;
}

/** What `JSON.parse(JSON.stringify(v))` gives: functions and `undefined` dropped, a fresh object. */
function jsonCopy(v: Value, depth: number): Value {
  switch (v.t) {
    case 'str':
    case 'num':
    case 'bool':
    case 'null':
    case 'tpl':
    case 'unk':
    case 'src':
      return v;
    case 'undef':
    case 'fn':
    case 'native':
      return UNDEF;
    case 'union':
      return join(...alternatives(v).map((x) => jsonCopy(x, depth)));
    case 'arr':
      if (depth >= MAX_DEPTH) return unknown('json');
      return {
        t: 'arr',
        items: v.items.map((x) => {
          const c = jsonCopy(x, depth + 1);
          return c.t === 'undef' ? NULL : c;
        }),
      };
    case 'obj': {
      if (depth >= MAX_DEPTH) return unknown('json');
      const out = obj();
      for (const [k, x] of v.props) {
        const c = jsonCopy(x, depth + 1);
        if (c.t !== 'undef') out.props.set(k, c);
      }
      copyOpenness(v, out);
      return out;
    }
    default:
      return unknown('json');
  }
}

/** The copy is as open as the original: keys it may have that we do not know stay possible. */
function copyOpenness(from: ObjValue, to: ObjValue): void {
  if (from.closed && !from.proto && !from.tag) to.closed = true;
  if (from.keysMaybe) to.keysMaybe = true;
  if (from.unknownKeyOrigin) to.unknownKeyOrigin = from.unknownKeyOrigin;
  if (from.originMap) to.originMap = new Map(from.originMap);
  if (from.spreadQuery) to.spreadQuery = { except: from.spreadQuery.except, ...(from.spreadQuery.over ? { over: new Set(from.spreadQuery.over) } : {}) };
}

/** JSON data (a `require('./config.json')`, a constant `JSON.parse('{…}')`) as values. */
export function fromJson(v: unknown): Value {
  if (v === null) return NULL;
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number') return num(v);
  if (typeof v === 'boolean') return bool(v);
  if (Array.isArray(v)) return { t: 'arr', items: v.map(fromJson) };
  if (typeof v === 'object') return obj(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, fromJson(x)]));
  return unknown();
}
