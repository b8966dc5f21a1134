import type { Interpreter } from './interpreter.js';
import {
  UNDEF,
  alternatives,
  bool,
  constString,
  join,
  native,
  obj,
  str,
  unknown,
  type FnValue,
  type NativeValue,
  type ObjValue,
  type Value,
} from './values.js';
import type * as t from '@babel/types';
import { journalField } from './isolation.js';
import { readsOnly, soleReturn } from '../util/ast-walk.js';

/**
 * `Object.*` reflection on the follower's values: libraries copy objects
 * property by property through descriptors (TDesign flattens a class
 * instance with `getOwnPropertyNames` + `getOwnPropertyDescriptor` +
 * `defineProperty` before calling `Component()`), and compiled TypeScript
 * wires classes with `setPrototypeOf`. Each function answers from what the
 * follower knows of the object: its own keys, its prototype chain; anything
 * it cannot know (a getter's value, the keys of an unknown object) stays unknown.
 * https://tc39.es/ecma262/#sec-properties-of-the-object-constructor
 */

/** The objects among a value's alternatives (a union of an unknown and an instance reflects on the instance). */
function objects(v: Value | undefined): ObjValue[] {
  return v ? alternatives(v).filter((a): a is ObjValue => a.t === 'obj') : [];
}

/** The keys a key argument can be: each constant string, or null when unknown. */
function keysOf(v: Value | undefined): string[] | null {
  if (!v) return null;
  const out: string[] = [];
  for (const alt of alternatives(v)) {
    const c = constString(alt);
    if (c === null) return null;
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** Own keys of a value, in insertion order; null when they cannot be known. */
function ownKeys(v: Value | undefined): string[] | null {
  if (!v) return null;
  const out: string[] = [];
  let known = false;
  for (const alt of alternatives(v)) {
    let ks: Iterable<string> | null = null;
    if (alt.t === 'obj') ks = alt.props.keys();
    else if (alt.t === 'arr') ks = [...alt.items.keys()].map(String).concat('length');
    else if (alt.t === 'fn') ks = alt.props?.keys() ?? [];
    if (!ks) continue;
    known = true;
    for (const k of ks) if (!out.includes(k)) out.push(k);
  }
  return known ? out : null;
}

/** A data descriptor for a value, as `getOwnPropertyDescriptor` returns it. */
function dataDescriptor(value: Value): ObjValue {
  return obj([
    ['value', value],
    ['writable', bool(true)],
    ['enumerable', bool(true)],
    ['configurable', bool(true)],
  ]);
}

/**
 * The value a descriptor puts on its property: `value`; for an accessor, what
 * a plain getter returns (see `plainGetter`), else an unknown named after the key.
 */
function descriptorValue(ip: Interpreter, target: Value, desc: Value, key: string): Value | null {
  const vs: Value[] = [];
  for (const d of objects(desc)) {
    const v = d.props.get('value');
    const get = d.props.get('get');
    if (v !== undefined) vs.push(v);
    else if (get !== undefined) vs.push(plainGetter(get) ? ip.callFunction(get, [], target) : unknown(key));
  }
  return vs.length ? join(...vs) : null;
}

/**
 * A getter that only reads (`get: function () { return m._tempexports }`):
 * it is read once, when defined. The npm bundles WeChat DevTools builds
 * (`__DEFINE__` / `__REQUIRE__` in miniprogram_npm) put a module's exports
 * behind such a getter and then write into the object it returns; read as
 * unknown, every such package lost its exports. A getter that calls anything
 * may compute something new on each read and stays unknown.
 */
function plainGetter(v: Value): v is FnValue {
  const returned = v.t === 'fn' ? soleReturn(v.node) : null;
  return returned !== null && readsOnly(returned);
}

/** Object.getOwnPropertyDescriptor(o, k): the descriptor of each alternative of `o` that owns `k`. */
function getOwnPropertyDescriptor(o: Value | undefined, key: Value | undefined): Value {
  const keys = keysOf(key);
  if (!keys) return unknown('descriptor');
  const values: Value[] = [];
  for (const k of keys) {
    for (const alt of objects(o)) {
      const v = alt.props.get(k);
      if (v !== undefined) values.push(v);
    }
  }
  return values.length ? dataDescriptor(join(...values)) : unknown('descriptor');
}

/** Whether `target` is on the prototype chain starting at `from` (itself included). */
function reaches(from: ObjValue, target: ObjValue): boolean {
  const seen = new Set<ObjValue>();
  for (let p: ObjValue | undefined = from; p && !seen.has(p); p = p.proto) {
    if (p === target) return true;
    seen.add(p);
  }
  return false;
}

/** The prototype of a value: an instance's class prototype, a class's parent class. */
function getPrototypeOf(v: Value | undefined): Value {
  const out: Value[] = [];
  for (const alt of objects(v)) if (alt.proto) out.push(alt.proto);
  return out.length ? join(...out) : unknown('prototype');
}

export function reflectionMembers(ip: Interpreter): [string, Value][] {
  const define = (target: Value, key: string, desc: Value): void => {
    const v = descriptorValue(ip, target, desc, key);
    if (v !== null) ip.setProp(target, key, v);
  };
  return [
    ['getOwnPropertyNames', native('Object.getOwnPropertyNames', (args) => {
      const ks = ownKeys(args[0]);
      return ks ? { t: 'arr', items: ks.map(str) } : unknown('names');
    })],
    ['getOwnPropertyDescriptor', native('Object.getOwnPropertyDescriptor', (args) => getOwnPropertyDescriptor(args[0], args[1]))],
    ['getOwnPropertyDescriptors', native('Object.getOwnPropertyDescriptors', (args) => {
      const out = obj();
      for (const k of ownKeys(args[0]) ?? []) out.props.set(k, getOwnPropertyDescriptor(args[0], str(k)));
      return out;
    })],
    ['defineProperty', native('Object.defineProperty', (args) => {
      const target = args[0] ?? UNDEF;
      for (const k of keysOf(args[1]) ?? []) define(target, k, args[2] ?? UNDEF);
      return target;
    })],
    ['defineProperties', native('Object.defineProperties', (args) => {
      const target = args[0] ?? UNDEF;
      for (const descs of objects(args[1])) for (const [k, d] of descs.props) define(target, k, d);
      return target;
    })],
    ['getPrototypeOf', native('Object.getPrototypeOf', (args) => getPrototypeOf(args[0]))],
    ['setPrototypeOf', native('Object.setPrototypeOf', (args) => {
      const target = args[0] ?? UNDEF;
      const proto = args[1];
      // A prototype chain never loops (JavaScript throws on `setPrototypeOf(a, a)`); lookups walk it to the end.
      if (target.t === 'obj' && proto?.t === 'obj' && !reaches(proto, target)) {
        journalField(target, 'proto');
        target.proto = proto;
      }
      return target;
    })],
    ['entries', native('Object.entries', (args) => {
      const os = objects(args[0]);
      if (!os.length) return unknown('entries');
      const ks = ownKeys(join(...os)) ?? [];
      return { t: 'arr', items: ks.map((k) => ({ t: 'arr', items: [str(k), join(...os.flatMap((o) => o.props.get(k) ?? []))] })) };
    })],
  ];
}

/**
 * `hasOwnProperty` with `this` the object asked about (`Object.prototype.hasOwnProperty.call(o, k)`,
 * `o.hasOwnProperty(k)`): true when the follower knows `o` owns `k`, unknown otherwise (an object
 * may have gained keys the follower did not see).
 */
export const hasOwnProperty: NativeValue = native('hasOwnProperty', (args, thisVal) => {
  const keys = keysOf(args[0]);
  const objs = objects(thisVal);
  if (keys && objs.length && objs.length === alternatives(thisVal).length && keys.every((k) => objs.every((o) => o.props.has(k)))) return bool(true);
  return unknown();
});
