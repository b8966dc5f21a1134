import type { ValueOrigin } from '../model/types.js';
import type { Interpreter, Registration } from './interpreter.js';
import {
  UNDEF,
  alternatives,
  constString,
  obj,
  originOf,
  str,
  unknown,
  type FnValue,
  type NativeValue,
  type ObjValue,
  type Value,
} from './values.js';

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
}

export interface UnitInstance {
  kind: 'Page' | 'Component';
  thisObj: ObjValue;
  entries: UnitEntry[];
  dataKeys: string[];
  properties: string[];
  /** data key → origin of the value a setData stored (query id kept in data…). */
  dataOrigins: Map<string, ValueOrigin>;
  /** The `data` the options declare (initial values), when it is an object. */
  initialData: ObjValue | null;
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
  const entries = new Map<string, UnitEntry>();
  const add = (name: string, v: Value | undefined, lifecycle: boolean) => {
    if (!v) return;
    for (const alt of alternatives(v)) {
      if (alt.t !== 'fn') continue;
      entries.set(name, { name, fn: { ...alt, name, method: true }, lifecycle });
      return;
    }
  };
  if (kind === 'Page') {
    // Behaviors used by a page bring their `methods`, which become page methods.
    const methods = options.props.get('methods');
    if (methods?.t === 'obj') for (const [k, v] of methods.props) add(k, v, PAGE_LIFECYCLE.has(k));
    for (const [k, v] of options.props) if (k !== 'methods') add(k, v, PAGE_LIFECYCLE.has(k));
  } else {
    const methods = options.props.get('methods');
    if (methods?.t === 'obj') for (const [k, v] of methods.props) add(k, v, PAGE_LIFECYCLE.has(k));
    for (const k of COMPONENT_LIFETIMES) add(k, options.props.get(k), true);
    const lifetimes = options.props.get('lifetimes');
    if (lifetimes?.t === 'obj') for (const k of COMPONENT_LIFETIMES) add(k, lifetimes.props.get(k), true);
    const pageLifetimes = options.props.get('pageLifetimes');
    if (pageLifetimes?.t === 'obj') for (const k of PAGE_LIFETIMES) add(`pageLifetimes.${k}`, pageLifetimes.props.get(k), true);
    const observers = options.props.get('observers');
    if (observers?.t === 'obj') for (const [k, v] of observers.props) add(`observers.${k}`, v, true);
  }

  const dataOrigins = new Map<string, ValueOrigin>();
  const dataV = options.props.get('data');
  const dataKeys = dataV?.t === 'obj' ? [...dataV.props.keys()] : [];
  const propsV = options.props.get('properties');
  const properties = propsV?.t === 'obj' ? [...propsV.props.keys()] : [];
  const data: ObjValue = { t: 'obj', props: new Map(), unknownKeyOrigin: 'data', originMap: dataOrigins };

  const thisObj = obj([], kind === 'Page' ? 'page' : 'component');
  for (const e of entries.values()) thisObj.props.set(e.name, e.fn);
  // Page options' non-function fields are reachable on `this` too (`this.pageSize`), as WeChat copies them.
  if (kind === 'Page') for (const [k, v] of options.props) if (!thisObj.props.has(k) && k !== 'data' && k !== 'methods') thisObj.props.set(k, v);
  thisObj.props.set('data', data);
  thisObj.props.set('properties', data);
  thisObj.props.set('options', { t: 'src', root: 'query', path: [] });
  if (route) thisObj.props.set('route', str(route));
  thisObj.props.set('setData', setDataNative(ip, dataOrigins));
  thisObj.props.set('triggerEvent', {
    t: 'native',
    name: 'triggerEvent',
    call: (args) => {
      const name = constString(args[0] ?? UNDEF);
      if (name) ip.cur.trace.events.add(name);
      return UNDEF;
    },
  });
  return { kind, thisObj, entries: [...entries.values()], dataKeys, properties, dataOrigins, initialData: dataV?.t === 'obj' ? dataV : null };
}

function setDataNative(ip: Interpreter, dataOrigins: Map<string, ValueOrigin>): NativeValue {
  return {
    t: 'native',
    name: 'setData',
    call: (args) => {
      const patch = args[0] ?? UNDEF;
      for (const alt of alternatives(patch)) {
        if (alt.t !== 'obj') continue;
        for (const [k, v] of alt.props) {
          const root = k.split(/[.[]/)[0]!;
          if (!root) continue;
          ip.cur.trace.setData.add(root);
          const o = originOf(v);
          if (o && o.from !== 'data' && !dataOrigins.has(root)) dataOrigins.set(root, o);
        }
      }
      const cb = args[1];
      if (cb) for (const f of alternatives(cb)) if (f.t === 'fn') ip.callFunction(f, [], f.thisVal ?? UNDEF);
      return UNDEF;
    },
  };
}

/** Options with their behaviors (and the behaviors' behaviors) merged underneath. */
function mergeBehaviors(options: Value, depth: number): ObjValue {
  const own = options.t === 'obj' ? options : obj();
  const behaviors = own.props.get('behaviors');
  if (!behaviors || behaviors.t !== 'arr' || depth > 8) return own;
  const merged = obj([], own.tag);
  for (const b of behaviors.items) {
    if (b.t !== 'obj') continue;
    const bo = mergeBehaviors(b, depth + 1);
    mergeInto(merged, bo);
  }
  mergeInto(merged, own);
  return merged;
}

const NESTED = new Set(['methods', 'data', 'properties', 'lifetimes', 'pageLifetimes', 'observers']);

function mergeInto(target: ObjValue, src: ObjValue): void {
  for (const [k, v] of src.props) {
    const cur = target.props.get(k);
    if (NESTED.has(k) && cur?.t === 'obj' && v.t === 'obj') {
      const m = obj(cur.props);
      for (const [k2, v2] of v.props) m.props.set(k2, v2);
      target.props.set(k, m);
    } else target.props.set(k, v);
  }
}

/** The argument an entry function is called with. */
export function entryArgs(entry: UnitEntry, bound: boolean, dataset?: Map<string, Value>): Value[] {
  if (entry.name === 'onLoad') return [{ t: 'src', root: 'query', path: [] }];
  if (entry.lifecycle) return [unknown('arg')];
  if (bound) return [{ t: 'src', root: 'event', path: [], ...(dataset && dataset.size ? { dataset } : {}) }];
  const p = entry.fn.node.params[0];
  return [unknown(p && p.type === 'Identifier' ? p.name : undefined)];
}
