import type { Interpreter, Registration } from './interpreter.js';
import { awaited, isClosed, isQueryObject, openUp } from './interpreter.js';
import { dbMember } from './wx-calls.js';
import { hasOwnProperty, reflectionMembers } from './reflection.js';
import { searchMember } from './array-search.js';
import { joinItems, textMethod } from './string-methods.js';
import { regexConstructor, regexMember, regexOf } from './regexps.js';
import { jsonParse, jsonStringify } from './json-values.js';
import { notZero } from './equality.js';
import { mapConstructor } from './map-values.js';
import {
  Env,
  UNDEF,
  alternatives,
  concat,
  bool,
  constString,
  join,
  knownStart,
  nonNullish,
  native,
  num,
  obj,
  str,
  truthy,
  unknown,
  type ArrValue,
  type CallSite,
  type FnValue,
  type NativeValue,
  type ObjValue,
  type Value,
  normalizeTpl,
} from './values.js';
import { inUnitNow, journalField, journalItems, valueMap } from './isolation.js';
import { assignedName, walkAst } from '../util/ast-walk.js';

/**
 * The global names analysed code can use, and the built-in methods of
 * values (promises, arrays, functions, strings) — modelled just far enough to
 * keep values and callbacks flowing. Nothing here executes analysed code; it
 * only tells the interpreter what a call evaluates to.
 */

/** The same value back (keeps origins): `decodeURIComponent(options.q)`, `String(id)`. */
const passThrough = (name: string) =>
  native(name, (args) => {
    const a = args[0] ?? UNDEF;
    return a;
  });

export function createGlobals(ip: Interpreter): Map<string, Value> {
  // Shared state (a unit's writes through `globalThis.x = …` are undone after it).
  const g = valueMap<string, Value>();
  const callFn = (f: Value, args: Value[], thisVal: Value = UNDEF): Value => {
    let out: Value = UNDEF;
    const results: Value[] = [];
    for (const alt of alternatives(f)) {
      if (alt.t === 'fn') results.push(ip.callFunction(alt, args, alt.thisVal ?? thisVal, false, true));
      else if (alt.t === 'native') results.push(alt.call(args, thisVal, NO_SITE));
    }
    if (results.length) out = join(...results);
    return out;
  };

  g.set('wx', { t: 'wx', path: '' });
  // `globalThis.wx.request(…)`: the global object's members are the globals themselves.
  g.set('globalThis', { t: 'obj', props: g });
  g.set('getApp', native('getApp', () => ip.getApp()));
  // The page stack as seen from the page being analysed: itself on top (`pages[pages.length - 1].options`
  // is its query); how many pages are open, and which, is not known. Shared state (a module's top
  // level) sees no page: what it computes must not depend on which unit loaded it.
  g.set(
    'getCurrentPages',
    native('getCurrentPages', (): Value => (ip.currentPage && inUnitNow() ? { t: 'arr', items: [ip.currentPage], approx: true, knownTop: true } : { t: 'arr', items: [], approx: true })),
  );
  g.set(
    'require',
    native('require', (args, _t, site) => {
      const spec = constString(args[0] ?? UNDEF);
      if (spec === null) {
        ip.diags.report('DYNAMIC_CALL', ip.loc(site.node, site.file), { what: 'a dynamic require()' });
        return unknown();
      }
      return ip.requireFrom(site.file, spec, site.node);
    }),
  );
  g.set('requirePlugin', native('requirePlugin', () => unknown('plugin')));

  // Registrations: Page/Component/App record their options on the module being evaluated.
  for (const kind of ['Page', 'Component', 'App'] as const) {
    g.set(
      kind,
      native(kind, (args, _t, site) => {
        // `run() { Page(this) }` called by us as a callback (with no `this`) registers nothing.
        if (!alternatives(args[0] ?? UNDEF).some((a) => a.t === 'obj')) return UNDEF;
        const rec = ip.evaluating[ip.evaluating.length - 1] ?? ip.modules.get(site.file);
        const reg: Registration = { kind, options: args[0] ?? UNDEF, loc: ip.loc(site.node, site.file) };
        rec?.registrations.push(reg);
        return UNDEF;
      }),
    );
  }
  g.set(
    'Behavior',
    native('Behavior', (args) => {
      const o = args[0];
      const b = obj(o && o.t === 'obj' ? o.props : [], 'behavior');
      return b;
    }),
  );

  // `toString.call(x)` (the global, which is Object.prototype.toString): the type tag a jQuery-style
  // `isPlainObject` tests, or `Object.prototype.toString.call(elt) === '[object String]'`.
  // (`Object.prototype`'s other members stay unknown: bundles call them.)
  const toStringTag = native('Object.prototype.toString', (_args, thisVal) => join(...alternatives(thisVal).map(typeTag)));
  g.set('toString', toStringTag);
  const objectNs = obj([
    [
      'assign',
      native('Object.assign', (args) => {
        // The target is written and returned; a target that may be one of several objects has each written.
        const target = args[0] ?? UNDEF;
        const targets = alternatives(target).filter((t): t is ObjValue => t.t === 'obj');
        const out = targets.length ? targets : [obj()];
        for (const a of args.slice(1)) {
          const alts = alternatives(a);
          for (const alt of alts) if (alt.t === 'obj') for (const [k, v] of alt.props) for (const o of out) o.props.set(k, v);
          // `Object.assign({}, { type: 'movie' }, options)`: the query copied in, over the defaults.
          if (alts.some(isQueryObject)) for (const o of out) if (!o.tag && !o.unknownKeyOrigin) o.spreadQuery ??= { except: new Set(), over: new Set(o.props.keys()) };
          // A source whose keys are not all known may add any key.
          if (alts.some((alt) => !(alt.t === 'obj' ? isClosed(alt) : alt.t === 'null' || alt.t === 'undef'))) out.forEach(openUp);
        }
        return targets.length ? target : out[0]!;
      }),
    ],
    ['keys', native('Object.keys', (args) => keysArray(args[0]))],
    ['values', native('Object.values', (args) => (args[0]?.t === 'obj' ? { t: 'arr', items: [...args[0].props.values()] } : unknown()))],
    ['freeze', passThrough('Object.freeze')],
    ['create', native('Object.create', (args) => (args[0]?.t === 'obj' ? Object.assign(obj(), { proto: args[0] }) : obj()))],
    ...reflectionMembers(ip),
    // Only `toString` is known; `hasOwnProperty` stays an unknown function there, as a bundle's module
    // loader copies its table under it (an object's own `hasOwnProperty` is modelled).
    ['prototype', obj([['toString', toStringTag], ['hasOwnProperty', unknown('hasOwnProperty')]])],
  ]);
  g.set('Object', objectNs);
  // `Array.isArray(copy)` decides a deep extend's branch: known for every value but an unknown one.
  const isArray = (v: Value): Value => {
    const kinds = alternatives(v).map((a) => (a.t === 'arr' ? true : a.t === 'unk' || a.t === 'src' ? null : false));
    return kinds.every((k) => k === true) ? bool(true) : kinds.every((k) => k === false) ? bool(false) : unknown('isArray');
  };
  g.set('Map', mapConstructor(callFn));
  // `Array.prototype.slice.call(arguments, 1)`: a list method borrowed and called on a list.
  const borrowed = (key: string) =>
    native(`Array.prototype.${key}`, (args, thisVal) =>
      join(
        ...nonNullish(thisVal).map((recv) => {
          const m = recv.t === 'arr' ? arrayMember(recv, key, callFn) : UNDEF;
          return m.t === 'undef' ? unknown(key) : callFn(m, args, recv);
        }),
      ),
    );
  const arrayProto = obj(BORROWED_ARRAY_METHODS.map((k) => [k, borrowed(k)]));
  // `new Array()`, `new Array('', '空位', '人')`, `Array(3)`: a list, as in JavaScript.
  const arrayCtor = native('Array', (args) => {
    if (args.length !== 1) return { t: 'arr', items: [...args] };
    const n = args[0]!;
    if (n.t !== 'num') return ['str', 'tpl', 'obj', 'arr', 'bool', 'null', 'fn'].includes(n.t) ? { t: 'arr', items: [n] } : unknown('array');
    return Number.isInteger(n.v) && n.v >= 0 && n.v <= 64 ? { t: 'arr', items: Array.from({ length: n.v }, () => UNDEF) } : unknown('array');
  });
  arrayCtor.props = new Map<string, Value>([
    ['isArray', native('Array.isArray', (args) => isArray(args[0] ?? UNDEF))],
    ['prototype', arrayProto],
  ]);
  g.set('Array', arrayCtor);

  const promiseCtor = native('Promise', (args) => {
    const resolved: Value[] = [];
    const resolve = native('resolve', (a) => {
      resolved.push(awaited(a[0] ?? UNDEF));
      return UNDEF;
    });
    const reject = native('reject', () => UNDEF);
    callFn(args[0] ?? UNDEF, [resolve, reject]);
    return { t: 'promise', value: resolved.length ? join(...resolved) : unknown() };
  });
  g.set('Promise', promiseCtor);
  g.set(
    '%Promise.static',
    obj([
      ['resolve', native('Promise.resolve', (a) => ({ t: 'promise', value: awaited(a[0] ?? UNDEF) }))],
      ['reject', native('Promise.reject', () => ({ t: 'promise', value: unknown() }))],
      ['all', native('Promise.all', (a) => ({ t: 'promise', value: a[0]?.t === 'arr' ? { t: 'arr', items: a[0].items.map(awaited) } : unknown() }))],
      ['allSettled', native('Promise.allSettled', () => ({ t: 'promise', value: unknown() }))],
      ['race', native('Promise.race', (a) => ({ t: 'promise', value: a[0]?.t === 'arr' ? join(...a[0].items.map(awaited)) : unknown() }))],
      ['any', native('Promise.any', (a) => ({ t: 'promise', value: a[0]?.t === 'arr' ? join(...a[0].items.map(awaited)) : unknown() }))],
    ]),
  );

  for (const name of ['decodeURIComponent', 'encodeURIComponent', 'decodeURI', 'encodeURI', 'escape', 'unescape']) {
    g.set(name, passThrough(name));
  }
  // Conversions of known values are done (`switch (Number(dataset.type)) { case 0: … }`); any other
  // value passes through, keeping where it came from (`Number(options.id)` is still the query's id).
  for (const [name, convert] of CONVERSIONS) g.set(name, native(name, (args) => join(...alternatives(args[0] ?? UNDEF).map((v) => convert(v, args[1]) ?? v))));
  g.set('Boolean', native('Boolean', () => unknown()));
  // `note && isNaN(note) ? note : ''`: decided for values whose number JavaScript knows.
  g.set('isNaN', native('isNaN', (a) => join(...alternatives(a[0] ?? UNDEF).map(isNaNOf))));
  g.set('RegExp', native('RegExp', (a) => regexConstructor(a[0], a[1])));
  g.set('JSON', obj([
    ['stringify', native('JSON.stringify', (a) => jsonStringify(a[0]))],
    ['parse', native('JSON.parse', (a) => jsonParse(a[0]))],
  ]));
  const noop = native('noop', () => UNDEF);
  g.set('console', obj(['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'group', 'groupEnd', 'time', 'timeEnd'].map((k) => [k, noop])));
  const runCallback = (name: string) =>
    native(name, (args) => {
      if (name === 'setInterval') widenRepeated(args[0] ?? UNDEF);
      callFn(args[0] ?? UNDEF, []);
      return unknown('timer');
    });
  for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame']) g.set(name, runCallback(name));
  g.set('clearTimeout', noop);
  g.set('clearInterval', noop);

  // Built-in members of values: `p.then(cb)`, `arr.map(cb)`, `fn.call(x)`, `s.trim()`…
  g.set(
    '%member',
    native('%member', (args) => {
      const recv = args[0]!;
      const key = constString(args[1] ?? UNDEF) ?? '';
      return memberOf(ip, recv, key, callFn);
    }),
  );
  return g;
}

/**
 * A callback that runs again and again (`setInterval(() => { time--; if (time < 0) redirectTo(…) })`):
 * a variable of an enclosing scope it assigns holds anything by the time a later run reads it, so
 * the run followed once does not decide the countdown's test from its first tick.
 */
function widenRepeated(f: Value): void {
  for (const fn of alternatives(f)) {
    if (fn.t !== 'fn') continue;
    const names = new Set<string>();
    walkAst(fn.node.body, (n) => {
      const name = assignedName(n);
      if (name !== null) names.add(name);
    });
    for (const name of names)
      for (let e: Env | null = fn.env; e; e = e.parent) {
        const v = e.vars.get(name);
        if (v === undefined) continue;
        e.vars.set(name, join(v, unknown(name)));
        break;
      }
  }
}

/** The value JavaScript's conversion gives for a known primitive; null for any other value (passed through). */
const CONVERSIONS: [string, (v: Value, radix: Value | undefined) => Value | null][] = [
  // `undefined` stays: a reading the code guards against (`x !== undefined ? Number(x) : …`) is no NaN to send.
  ['Number', (v) => (v.t === 'str' || v.t === 'bool' || v.t === 'null' ? num(Number(primitive(v))) : null)],
  ['parseInt', (v, radix) => (v.t === 'str' || v.t === 'num' ? num(parseInt(String(v.v), radix?.t === 'num' ? radix.v : undefined)) : null)],
  ['parseFloat', (v) => (v.t === 'str' || v.t === 'num' ? num(parseFloat(String(v.v))) : null)],
  ['String', (v) => (v.t === 'num' || v.t === 'bool' || v.t === 'null' || v.t === 'undef' ? str(String(primitive(v))) : null)],
];
const primitive = (v: Value): string | number | boolean | null | undefined => (v.t === 'str' || v.t === 'num' || v.t === 'bool' ? v.v : v.t === 'null' ? null : undefined);

/** `isNaN(v)` of one reading: `Number(v)` is NaN. */
function isNaNOf(v: Value): Value {
  switch (v.t) {
    case 'num':
      return bool(Number.isNaN(v.v));
    case 'str':
      return bool(Number.isNaN(Number(v.v)));
    case 'bool':
    case 'null':
      return bool(false);
    case 'undef':
    case 'obj':
    case 'fn':
      return bool(true);
    default:
      return unknown();
  }
}

/** The list methods `Array.prototype.x.call(list, …)` reaches (those a bundle borrows for `arguments`). */
const BORROWED_ARRAY_METHODS = ['concat', 'every', 'filter', 'find', 'findIndex', 'forEach', 'includes', 'indexOf', 'join', 'map', 'pop', 'push', 'reduce', 'shift', 'slice', 'some', 'splice', 'unshift'];

/** How many property names a list callback (`Object.keys(o).forEach`) or a `for…in` is run for one by one. */
export const MAX_KEY_WALK = 64;

const NO_SITE: CallSite = { node: { type: 'Noop' } as CallSite['node'], file: '', argNodes: [] };

function keysArray(v: Value | undefined): Value {
  if (v?.t !== 'obj') return unknown();
  const items = [...v.props.keys()].map(str);
  return v.keysMaybe ? { t: 'arr', items, approx: true } : { t: 'arr', items };
}

type CallFn = (f: Value, args: Value[], thisVal?: Value) => Value;

function memberOf(ip: Interpreter, recv: Value, key: string, callFn: CallFn): Value {
  switch (recv.t) {
    case 'promise':
      return promiseMember(recv.value, key, callFn);
    case 'native':
      if (recv.name === 'Promise') {
        const s = ip.globals.get('%Promise.static') as ObjValue;
        return s.props.get(key) ?? UNDEF;
      }
      return fnMember(recv, key, callFn);
    case 'fn':
      return fnMember(recv, key, callFn);
    case 'arr':
      return arrayMember(recv, key, callFn);
    case 'str':
    case 'tpl':
      return stringMember(recv, key, callFn);
    case 'db':
      return dbMember(ip, recv, key);
    case 'obj': {
      if (key === 'hasOwnProperty') return hasOwnProperty;
      const re = regexOf(recv);
      if (re) return regexMember(re, key) ?? UNDEF;
      // A class's `prototype` is the object its instances inherit from.
      if (key === 'prototype' && recv.tag === 'class' && recv.classProto) return recv.classProto;
      return UNDEF;
    }
    default:
      return UNDEF;
  }
}

function promiseMember(value: Value, key: string, callFn: CallFn): Value {
  if (key === 'then')
    return native('then', (args) => {
      const r = args[0] ? callFn(args[0], [value]) : value;
      if (args[1]) callFn(args[1], [unknown('err')]);
      return { t: 'promise', value: args[0] ? awaited(r) : value };
    });
  if (key === 'catch')
    return native('catch', (args) => {
      const r = args[0] ? callFn(args[0], [unknown('err')]) : UNDEF;
      return { t: 'promise', value: join(value, awaited(r)) };
    });
  if (key === 'finally')
    return native('finally', (args) => {
      if (args[0]) callFn(args[0], []);
      return { t: 'promise', value };
    });
  return UNDEF;
}

function fnMember(fn: FnValue | NativeValue, key: string, callFn: CallFn): Value {
  if (key === 'call') return native('call', (args) => callFn(fn, args.slice(1), args[0] ?? UNDEF));
  if (key === 'apply') return native('apply', (args) => callFn(fn, args[1]?.t === 'arr' ? args[1].items : [], args[0] ?? UNDEF));
  if (key === 'bind')
    return native('bind', (args) => {
      const bound = args.slice(1);
      if (fn.t === 'fn' && bound.length === 0) return { ...fn, thisVal: args[0] ?? UNDEF };
      return native(`bound ${fn.name ?? ''}`, (rest) => callFn(fn, [...bound, ...rest], args[0] ?? UNDEF));
    });
  return UNDEF;
}

/**
 * Whether a list is walked item by item: a short list of known items (keys of a mapping table…),
 * and up to a larger bound property names (`Object.keys(o)`) — code copying an object key by key
 * would otherwise give every key every value — or, where `objectRows` allows it, a table of objects
 * known exactly (see `ROW_BY_ROW`: routes searched by name, `pages.filter((p) => p.name === name)`).
 * A long list is walked once, with any item, and so is a table of numbers (a hash's round
 * constants, a calendar's month data).
 */
function walksItems(items: Value[], objectRows: boolean): boolean {
  if (items.length === 0) return false;
  if (items.length <= 16) return true;
  return items.length <= MAX_KEY_WALK && items.every((x) => x.t === 'str' || (objectRows && x.t === 'obj'));
}

/**
 * `find`/`findLast`/`findIndex` on a list walked item by item: the first item whose test holds, with
 * the ones before it whose test is not known as other candidates; none holding gives `undefined` (-1).
 */
function searched(key: string, items: Value[], tests: (boolean | null)[]): Value {
  const order = key === 'findLast' ? items.map((_, i) => items.length - 1 - i) : items.map((_, i) => i);
  const found: Value[] = [];
  for (const i of order) {
    if (tests[i] === false) continue;
    found.push(key === 'findIndex' ? num(i) : items[i]!);
    if (tests[i] === true) return join(...found);
  }
  found.push(key === 'findIndex' ? num(-1) : UNDEF);
  return join(...found);
}

/**
 * The methods that walk a table of objects of up to `MAX_KEY_WALK` rows row by row: searches (a
 * route looked up by name) and `forEach` (a table normalised in place, `item.url = '/' + item.url`).
 * A `map` or `reduce` over such a table (a faculty list mapped to its majors on every tap) is
 * walked once: row by row it cost more than it found.
 */
const ROW_BY_ROW = new Set(['filter', 'find', 'findIndex', 'findLast', 'forEach']);

/** How many walks of more than 16 rows are under way (see `arrayMember`). */
let wideWalks = 0;

function arrayMember(arr: ArrValue, key: string, callFn: CallFn): Value {
  const items = arr.items;
  const exact = !arr.approx;
  // Any item, joined only where a method needs it (a long list's join is not free).
  const item = (): Value => (items.length ? join(...items) : unknown('item'));
  switch (key) {
    case 'forEach':
    case 'map':
    case 'filter':
    case 'find':
    case 'findIndex':
    case 'some':
    case 'every':
    case 'flatMap':
    case 'findLast':
      return native(key, (args) => {
        // A table walked row by row inside another one's walk (a region tree's states, each state's
        // cities) is walked once: nested, the rows multiply.
        const each = walksItems(items, exact && wideWalks === 0 && ROW_BY_ROW.has(key)) ? items : [item()];
        const wide = each.length > 16;
        if (wide) wideWalks++;
        let rs: Value[];
        try {
          rs = args[0] ? each.map((it, i) => callFn(args[0]!, [it, each.length > 1 ? num(i) : unknown('index')])) : [];
        } finally {
          if (wide) wideWalks--;
        }
        const r = rs.length ? join(...rs) : UNDEF;
        // A known list walked item by item maps one to one (`['Created', …].map((s) => s.toLowerCase())`).
        if (key === 'map' && exact && each === items) return { t: 'arr', items: rs };
        if (key === 'map' || key === 'flatMap') return { t: 'arr', items: [r], approx: true };
        if (key === 'filter') {
          // Each item's test decided: the list JavaScript gives (`list.filter((u, i) => list.indexOf(u) === i)`).
          const kept = exact && each === items ? rs.map(truthy) : [];
          if (kept.length && kept.every((k) => k !== null)) return { t: 'arr', items: items.filter((_, i) => kept[i]) };
          // Items whose test is known false are out; the rest stand for the contents.
          return { t: 'arr', items: kept.length ? items.filter((_, i) => kept[i] !== false) : [...items], approx: true };
        }
        if (key === 'find' || key === 'findLast' || key === 'findIndex') {
          if (exact && each === items && rs.length) return searched(key, items, rs.map(truthy));
          return key === 'findIndex' ? unknown() : item();
        }
        return unknown();
      });
    case 'reduce':
      return native(key, (args) => {
        const f = args[0];
        if (!f) return unknown();
        // Folded item by item as `walksItems` says (`names.reduce((acc, n) => { acc[n] = bind(n); return acc }, {})`
        // builds one entry per name); an approximate list once, with any item.
        if (!exact || !walksItems(items, false)) return callFn(f, [args[1] ?? item(), item()]);
        let acc = args.length > 1 ? args[1]! : items[0]!;
        for (let i = args.length > 1 ? 0 : 1; i < items.length; i++) acc = callFn(f, [acc, items[i]!, num(i), arr]);
        return acc;
      });
    case 'push':
    case 'unshift':
      return native(key, (args) => {
        // Pushed in a loop or a branch arm (as `setProp` writes there): the items now stand for the
        // contents, not list them (`if (!valid) errors.push(…)` leaves the length unknown).
        if (Env.mayNotRun && !arr.approx) {
          journalField(arr, 'approx');
          arr.approx = true;
        }
        journalItems(items);
        items.push(...args);
        return num(items.length);
      });
    case 'concat':
      return native(key, (args) => ({ t: 'arr', items: [...items, ...args.flatMap((a) => (a.t === 'arr' ? a.items : [a]))] }));
    case 'slice':
      return native(key, (args) => {
        const [a, b] = [args[0] ?? num(0), args[1]];
        // Known bounds cut the list as JavaScript would; unknown ones keep every item as a candidate.
        if (exact && a.t === 'num' && (b === undefined || b.t === 'num')) return { t: 'arr', items: items.slice(a.v, b?.v) };
        return { t: 'arr', items: [...items], approx: true };
      });
    case 'reverse':
      return native(key, () => ({ t: 'arr', items: [...items].reverse() }));
    case 'sort':
      return native(key, () => ({ t: 'arr', items: [...items] }));
    case 'indexOf':
    case 'lastIndexOf':
    case 'includes':
      return searchMember(arr, key);
    case 'join':
      return native(key, (args) => joinItems(items, args[0]));
    case 'length':
      // A list that only stands for its contents (filtered, pushed to in a loop) has no known length.
      return items.length && exact ? num(items.length) : unknown('length');
    default:
      return UNDEF;
  }
}

/**
 * `s.trim()`: the known text at either end loses its white space (`' https://host/api' + path`, a
 * base URL typed with a space). A hole at an end may hold white space of its own: that stays.
 */
function trimmed(s: Value, start: boolean, end: boolean): Value {
  if (s.t === 'union') return join(...s.options.map((o) => trimmed(o, start, end)));
  if (s.t !== 'str' && s.t !== 'tpl') return s;
  // A constant is a template of one text part.
  const parts = s.t === 'str' ? [s.v] : [...s.parts];
  const first = parts[0];
  if (start && typeof first === 'string') parts[0] = first.trimStart();
  const last = parts[parts.length - 1];
  if (end && typeof last === 'string') parts[parts.length - 1] = last.trimEnd();
  return normalizeTpl(parts);
}

function stringMember(s: Value, key: string, callFn: CallFn): Value {
  const c = constString(s);
  if (/^(0|[1-9]\d{0,8})$/.test(key)) {
    // `url[0] === '/'`: a character of the known text (of a template's literal start too).
    const i = Number(key);
    if (c !== null) return i < c.length ? str(c[i]!) : UNDEF;
    const prefix = knownStart(s) ?? '';
    return i < prefix.length ? str(prefix[i]!) : unknown();
  }
  switch (key) {
    case 'trim':
    case 'trimStart':
    case 'trimEnd':
    case 'trimLeft':
    case 'trimRight':
      return native(key, () => trimmed(s, key !== 'trimEnd' && key !== 'trimRight', key !== 'trimStart' && key !== 'trimLeft'));
    case 'toString':
    case 'valueOf':
      return native(key, () => s);
    case 'toUpperCase':
      return native(key, () => (c !== null ? str(c.toUpperCase()) : s));
    case 'toLowerCase':
      return native(key, () => (c !== null ? str(c.toLowerCase()) : s));
    case 'length':
      return c !== null ? num(c.length) : unknown('length');
    case 'concat':
      // `baseUrl.concat('api/rank')`: the text and each argument as a string, as `+` glues them.
      return native(key, (args) => args.reduce(concat, s));
    case 'indexOf':
    case 'startsWith':
    case 'endsWith':
    case 'includes':
      return native(key, (args) => {
        const needle = constString(args[0] ?? UNDEF);
        if (needle === null) return unknown();
        // A known prefix answers `startsWith` / `indexOf(x) == 0` even when the rest is dynamic.
        const prefix = c ?? knownStart(s);
        if (c !== null) {
          if (key === 'indexOf') return num(c.indexOf(needle));
          if (key === 'startsWith') return bool(c.startsWith(needle));
          if (key === 'endsWith') return bool(c.endsWith(needle));
          return bool(c.includes(needle));
        }
        if (prefix !== null && prefix.length >= needle.length) {
          if (key === 'startsWith') return bool(prefix.startsWith(needle));
          if (key === 'includes' && prefix.includes(needle)) return bool(true);
          if (key === 'indexOf' && prefix.includes(needle)) return num(prefix.indexOf(needle));
          // Not at the start, wherever else it may be: `url.indexOf('http') !== 0` on `/book/{id}`.
          if (key === 'indexOf') return notZero(unknown());
        }
        return unknown();
      });
    default:
      return textMethod(c, key, s, (fn, args) => callFn(fn, args)) ?? UNDEF;
  }
}

const TYPE_TAGS: Partial<Record<Value['t'], string>> = {
  obj: 'Object',
  arr: 'Array',
  fn: 'Function',
  native: 'Function',
  str: 'String',
  tpl: 'String',
  num: 'Number',
  bool: 'Boolean',
  null: 'Null',
  undef: 'Undefined',
  promise: 'Promise',
};

function typeTag(v: Value): Value {
  const tag = TYPE_TAGS[v.t];
  return tag ? str(`[object ${tag}]`) : unknown('toString');
}
