import type { ValueOrigin } from '../model/types.js';
import { isQueryObject, type Interpreter, type Registration } from './interpreter.js';
import { dataRoot, isTable, rememberPaths } from './data-paths.js';
import {
  UNDEF,
  alternatives,
  constString,
  join,
  obj,
  objectOf,
  originOf,
  str,
  unknown,
  type FnValue,
  type NativeValue,
  type ObjValue,
  type Value,
} from './values.js';
import { entryStateMap } from './isolation.js';
import { storeActions } from './store-bindings.js';

/**
 * A registered Page or Component as the follower sees it: the `this` object
 * its methods run with, and its entry functions (lifecycle hooks, handlers,
 * methods). Behaviors and mixins are merged in, as WeChat does: the unit's
 * own fields win.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/api/Component.html
 * https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/behaviors.html
 */
export interface UnitEntry {
  name: string;
  fn: FnValue;
  lifecycle: boolean;
  /**
   * A store action bound in as a method: the page runs it only where its WXML binds it (or its
   * code calls it), not merely because the binding put it there.
   */
  boundOnly?: true;
}

export interface UnitInstance {
  kind: 'Page' | 'Component';
  thisObj: ObjValue;
  entries: UnitEntry[];
  dataKeys: string[];
  properties: string[];
  /** data key → origin of the value a setData stored (query id kept in data…). */
  dataOrigins: Map<string, ValueOrigin>;
  /** `this.data` at run time: unknown keys, except what is known fixed (set by the unit analysis) or paths stored by setData. */
  data: ObjValue;
  /** Keys of `data` whose value setData never replaces or adds to (fixed tables, keys once set to a non-path, objects edited field by field). */
  fixedData: Set<string>;
  /** The `data` the options declare (initial values), when it is an object. */
  initialData: ObjValue | null;
  /**
   * Lists and objects setData stored whole under a key (`setData({ sections: buildSections(role) })`),
   * joined over every run so far: what the WXML may render besides the declared data.
   */
  dataTables: Map<string, Value>;
  /** Lists, objects and paths in `data` the unit never writes (set by the unit analysis): what a WXML name reads outside a template. */
  staticData: Map<string, Value>;
  /** Some setData stored an object whose keys are not known (`setData(res.data)`): any key may be there. */
  opaqueWrites: { seen: boolean };
  /**
   * Keys that are the unit's own, never the query kept in data (`setData(options)`): the declared ones, the
   * ones setData wrote so far, and (set by the unit analysis) every key its script sets anywhere.
   */
  ownKeys: Set<string>;
}

/**
 * The data a unit's WXML renders from: the declared data, with the lists and
 * objects setData stored under a key (a menu grid built in `onShow`) joined in.
 */
export function wxmlData(inst: UnitInstance): ObjValue | null {
  if (!inst.dataTables.size) return inst.initialData;
  const out = obj([...(inst.initialData?.props ?? [])]);
  for (const [k, v] of inst.dataTables) {
    const declared = out.props.get(k);
    out.props.set(k, declared ? join(declared, v) : v);
  }
  return out;
}

/** Page lifecycle and other framework-called hooks: not user-triggered handlers. */
export const PAGE_LIFECYCLE = new Set([
  'onLoad', 'onShow', 'onReady', 'onHide', 'onUnload', 'onPullDownRefresh', 'onReachBottom', 'onShareAppMessage',
  'onShareTimeline', 'onAddToFavorites', 'onPageScroll', 'onResize', 'onTabItemTap', 'onSaveExitState', 'onRouteDone',
]);
const COMPONENT_LIFETIMES = ['created', 'attached', 'ready', 'moved', 'detached', 'error'];
const PAGE_LIFETIMES = ['show', 'hide', 'resize', 'routeDone'];

export function buildInstance(ip: Interpreter, reg: Registration, route: string | null): UnitInstance {
  const kind = reg.kind === 'Component' ? 'Component' : 'Page';
  const options = mergeBehaviors(reg.options, 0);
  const field = (o: ObjValue, k: string): ObjValue | null => objectOf(o.props.get(k));
  const entries = new Map<string, UnitEntry>();
  const add = (name: string, v: Value | undefined, lifecycle: boolean) => {
    if (!v) return;
    // A field that may as well hold an object or a list (TDesign's `options`, wrapped in a function
    // only under a `typeof` the follower cannot decide) is not a method.
    if (alternatives(v).some((a) => a.t === 'obj' || a.t === 'arr')) return;
    for (const alt of alternatives(v)) {
      if (alt.t !== 'fn') continue;
      const entry: UnitEntry = { name, fn: { ...alt, name, method: true }, lifecycle };
      const before = BEFORE.get(alt);
      if (before) BEFORE.set(entry.fn, before);
      if (STORE_ACTIONS.has(v)) entry.boundOnly = true;
      entries.set(name, entry);
      return;
    }
  };
  if (kind === 'Page') {
    // Behaviors used by a page bring their `methods`, which become page methods.
    const methods = field(options, 'methods');
    if (methods) for (const [k, v] of methods.props) add(k, v, PAGE_LIFECYCLE.has(k));
    for (const [k, v] of options.props) if (k !== 'methods') add(k, v, PAGE_LIFECYCLE.has(k));
    // …and their `lifetimes`, which WeChat runs for a page too (a behavior binding a store in `attached`).
    const lifetimes = field(options, 'lifetimes');
    if (lifetimes) for (const k of COMPONENT_LIFETIMES) if (!entries.has(k)) add(k, lifetimes.props.get(k), true);
  } else {
    const methods = field(options, 'methods');
    if (methods) for (const [k, v] of methods.props) add(k, v, PAGE_LIFECYCLE.has(k));
    for (const k of COMPONENT_LIFETIMES) add(k, options.props.get(k), true);
    const lifetimes = field(options, 'lifetimes');
    if (lifetimes) for (const k of COMPONENT_LIFETIMES) add(k, lifetimes.props.get(k), true);
    const pageLifetimes = field(options, 'pageLifetimes');
    if (pageLifetimes) for (const k of PAGE_LIFETIMES) add(`pageLifetimes.${k}`, pageLifetimes.props.get(k), true);
    const observers = field(options, 'observers');
    if (observers) for (const [k, v] of observers.props) add(`observers.${k}`, v, true);
  }

  const dataOrigins = new Map<string, ValueOrigin>();
  const dataV = field(options, 'data');
  const dataKeys = dataV ? [...dataV.props.keys()] : [];
  const propsV = field(options, 'properties');
  const properties = propsV ? [...propsV.props.keys()] : [];
  const data: ObjValue = { t: 'obj', props: entryStateMap(), unknownKeyOrigin: 'data', originMap: dataOrigins };

  const thisObj: ObjValue = { t: 'obj', props: entryStateMap(), tag: kind === 'Page' ? 'page' : 'component' };
  for (const e of entries.values()) thisObj.props.set(e.name, e.fn);
  // Page options' non-function fields are reachable on `this` too (`this.pageSize`), as WeChat copies them.
  if (kind === 'Page') for (const [k, v] of options.props) if (!thisObj.props.has(k) && k !== 'data' && k !== 'methods') thisObj.props.set(k, v);
  thisObj.props.set('data', data);
  thisObj.props.set('properties', data);
  thisObj.props.set('options', { t: 'src', root: 'query', path: [] });
  if (route) thisObj.props.set('route', str(route));
  const fixedData = new Set<string>();
  const dataTables = new Map<string, Value>();
  const opaqueWrites = { seen: false };
  const ownKeys = new Set(dataKeys);
  thisObj.props.set('setData', setDataNative(ip, data, dataOrigins, fixedData, ownKeys, dataTables, dataV, opaqueWrites));
  thisObj.props.set('triggerEvent', {
    t: 'native',
    name: 'triggerEvent',
    call: (args) => {
      // `this.triggerEvent(idx === -1 ? 'close' : 'open')`: each name the argument can be is an event.
      const trace = ip.cur.trace;
      for (const alt of alternatives(args[0] ?? UNDEF)) {
        const name = constString(alt);
        if (!name) continue;
        trace.events.add(name);
        // What a page listening to the event reads as `e.detail` (component-events.ts).
        const details = (trace.details ??= new Map());
        const handed = details.get(name);
        if (handed) handed.push(args[1] ?? UNDEF);
        else details.set(name, [args[1] ?? UNDEF]);
      }
      return UNDEF;
    },
  });
  return { kind, thisObj, entries: [...entries.values()], dataKeys, properties, dataOrigins, data, fixedData, initialData: dataV, dataTables, staticData: new Map(), opaqueWrites, ownKeys };
}

/** `written`: the data keys declared or set so far (grows with every call). */
function setDataNative(
  ip: Interpreter,
  data: ObjValue,
  dataOrigins: Map<string, ValueOrigin>,
  fixedData: Set<string>,
  written: Set<string>,
  tables: Map<string, Value>,
  declared: ObjValue | null,
  opaque: { seen: boolean },
): NativeValue {
  return {
    t: 'native',
    name: 'setData',
    call: (args) => {
      const patch = args[0] ?? UNDEF;
      for (const alt of alternatives(patch)) {
        // `setData({ ...options })`, `setData(options)`: the query is now in data, under names of its own (not the declared or written ones).
        const query = isQueryObject(alt);
        if (query) data.spreadQuery ??= { except: written };
        if (alt.t !== 'obj') {
          if (alt.t !== 'undef' && alt.t !== 'null' && !query) opaque.seen = true;
          continue;
        }
        if (alt.unknownKeyOrigin) opaque.seen = true;
        for (const [k, v] of alt.props) {
          const root = dataRoot(k);
          if (!root) continue;
          written.add(root);
          ip.cur.trace.setData.add(root);
          const o = originOf(v);
          if (o && o.from !== 'data' && !dataOrigins.has(root)) dataOrigins.set(root, o);
          if (root === k) {
            const table = alternatives(v).filter(isTable);
            const prev = tables.get(k);
            if (table.length) tables.set(k, prev ? join(prev, ...table) : join(...table));
          }
        }
      }
      const cb = args[1];
      if (cb) for (const f of alternatives(cb)) if (f.t === 'fn') ip.callFunction(f, [], f.thisVal ?? UNDEF);
      rememberPaths(data, patch, fixedData, declared);
      return UNDEF;
    },
  };
}

/** Options with their behaviors (and the behaviors' behaviors) merged underneath. */
function mergeBehaviors(options: Value, depth: number): ObjValue {
  const own = withStoreActions(objectOf(options) ?? obj());
  // `o.behaviors = o.behaviors || []; o.behaviors.push(basic)`: the list, or whatever was there before.
  const lists = alternatives(own.props.get('behaviors') ?? UNDEF).filter((b) => b.t === 'arr');
  if (!lists.length || depth > 8) return own;
  const merged = obj([], own.tag);
  for (const b of lists.flatMap((l) => l.items)) {
    const bo = objectOf(b);
    if (bo) mergeInto(merged, mergeBehaviors(bo, depth + 1));
  }
  mergeInto(merged, own);
  return merged;
}

/**
 * `storeBindings: { store, actions: ['login'] }` (mobx-miniprogram-bindings, WeChat's own store
 * binding): the store's actions become methods of the page or component (an object maps method
 * names to action names). Methods of the same name the options define themselves win.
 * https://github.com/wechat-miniprogram/mobx-miniprogram-bindings
 */
const STORE_ACTIONS = new WeakSet<Value>();

function withStoreActions(o: ObjValue): ObjValue {
  const bindings = o.props.get('storeBindings');
  if (!bindings) return o;
  const actions: [string, Value][] = [];
  for (const b of alternatives(bindings).flatMap((x) => (x.t === 'arr' ? x.items : [x]))) {
    const binding = objectOf(b);
    for (const [method, fn] of binding ? storeActions(binding) : []) {
      actions.push([method, fn]);
      STORE_ACTIONS.add(fn);
    }
  }
  if (!actions.length) return o;
  const out = obj(o.props, o.tag);
  const methods = obj(actions);
  for (const [k, v] of objectOf(o.props.get('methods'))?.props ?? []) methods.props.set(k, v);
  out.props.set('methods', methods);
  return out;
}

const NESTED = new Set(['methods', 'data', 'properties', 'lifetimes', 'pageLifetimes', 'observers']);

function mergeInto(target: ObjValue, src: ObjValue): void {
  for (const [k, v] of src.props) {
    const cur = target.props.get(k);
    const curObj = cur && NESTED.has(k) ? objectOf(cur) : null;
    const vObj = curObj ? objectOf(v) : null;
    if (curObj && !vObj) continue; // the unit's own field is not known to be an object: the behaviors' entries stand
    if (curObj && vObj) {
      const m = obj(curObj.props);
      for (const [k2, v2] of vObj.props) m.props.set(k2, k === 'lifetimes' || k === 'pageLifetimes' ? chained(curObj.props.get(k2), v2) : v2);
      target.props.set(k, m);
    } else target.props.set(k, COMPONENT_LIFETIMES.includes(k) ? chained(cur, v) : v);
  }
}

/**
 * Lifetimes of several behaviors all run, in order (`attached` of a behavior binding one store,
 * then of another binding a second): the later function keeps the ones before it (`BEFORE`),
 * which its entry runs first. Methods of one name do not chain: the later one wins.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/behaviors.html
 */
const BEFORE = new WeakMap<FnValue, FnValue[]>();

function chained(before: Value | undefined, after: Value): Value {
  const b = before?.t === 'fn' ? before : null;
  if (!b || after.t !== 'fn' || b === after) return after;
  const copy: FnValue = { ...after };
  BEFORE.set(copy, [...(BEFORE.get(b) ?? []), b]);
  return copy;
}

/** The lifetime functions of earlier behaviors an entry's function runs after. */
export function runsAfter(fn: FnValue): readonly FnValue[] {
  return BEFORE.get(fn) ?? [];
}

/** The argument an entry function is called with. */
export function entryArgs(entry: UnitEntry, bound: boolean, dataset?: Map<string, Value>, datasetKeys?: ReadonlySet<string>, detail?: Map<string, Value>): Value[] {
  if (entry.name === 'onLoad') return [{ t: 'src', root: 'query', path: [] }];
  if (entry.lifecycle) return [unknown('arg')];
  if (bound) return [{ t: 'src', root: 'event', path: [], ...(dataset && dataset.size ? { dataset } : {}), ...(datasetKeys ? { datasetKeys } : {}), ...(detail ? { detail } : {}) }];
  // A method nothing binds, run on its own (`showTips(title, content, flag)`): every parameter may be anything.
  const params = entry.fn.node.params;
  if (params.length === 0) return [unknown()];
  return params.map((p) => {
    const id = p.type === 'AssignmentPattern' ? p.left : p;
    return unknown(id.type === 'Identifier' ? id.name : undefined);
  });
}
