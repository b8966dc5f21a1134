import type { Node } from '@babel/types';
import type { ValueOrigin } from '../model/types.js';
import { journalField, valueMap } from './isolation.js';
import { sourceOrigin } from './sources.js';

/**
 * The abstract values the code follower computes with.
 *
 * The follower is an abstract interpreter: it evaluates the analysed code
 * without running it, with values that are either known exactly (constants,
 * object literals, functions) or partly known (a string with holes, a value
 * read from user input). Every value that came from user input carries its
 * `origin` (a dataset key, a query parameter, a form field…) so that the
 * emitters can say "this API takes goodsId, which comes from data-id".
 */
export type Value =
  | StrValue
  | NumValue
  | BoolValue
  | NullValue
  | UndefValue
  | TplValue
  | ObjValue
  | ArrValue
  | FnValue
  | NativeValue
  | UnknownValue
  | UnionValue
  | WxValue
  | SourceValue
  | PromiseValue
  | DbValue
  | LazyValue;

/**
 * An import binding not evaluated until first read (only ever stored in an
 * Env): an import used only as a type, or never, resolves nothing.
 */
export interface LazyValue { t: 'lazy'; get: () => Value }

export interface StrValue { t: 'str'; v: string; origin?: ValueOrigin }
export interface NumValue { t: 'num'; v: number }
export interface BoolValue { t: 'bool'; v: boolean }
export interface NullValue { t: 'null' }
export interface UndefValue { t: 'undef' }

/** A string known in part: literal text and holes named after where the value came from. */
export interface TplValue { t: 'tpl'; parts: TplPart[] }
export type TplPart = string | { hole: string; origin?: ValueOrigin };

export interface ObjValue {
  t: 'obj';
  props: Map<string, Value>;
  /** What the object is, when it matters to the follower. */
  tag?: 'page' | 'component' | 'app' | 'behavior' | 'module' | 'class' | 'instance' | 'dataset';
  /** For classes: the prototype methods; for instances: their class. */
  proto?: ObjValue;
  /** Reads of unknown keys return an unknown with this origin (e.g. `this.data.x`). */
  unknownKeyOrigin?: ValueOrigin['from'];
  /** A key it does not hold reads wx's API of that name (`promisifyAll(wx, wx.p)`, api-promise.ts). */
  wxMirror?: true;
  /** Per-key origins that override `unknownKeyOrigin` (a page's data key set from a query param). */
  originMap?: Map<string, ValueOrigin>;
  /**
   * The page's query was spread in (`{ ...options }`, `setData({ ...options })`): a key
   * not otherwise known is a query parameter, and reading it reads that parameter.
   * `except`: keys known to hold something else (a page's declared data, keys setData wrote).
   * `over`: keys set before the query came in (`{ type: 'movie', ...options }`,
   * `Object.assign({}, defaults, options)`): defaults the query may override, so a read is both.
   */
  spreadQuery?: { except: ReadonlySet<string>; over?: Set<string> };
  /**
   * Every key is known: an object literal of known keys (and spreads of such objects) built
   * by a unit's code, so a key it lacks reads as `undefined` (`options.baseURL || ''`), as in
   * JavaScript. Not for objects built at a module's top level (registries). Cleared
   * when code we cannot see may add keys (the object handed to an unknown function, written
   * with an unknown key, assigned an unknown source).
   */
  closed?: true;
  /**
   * A key was added by a write that may not run (`if (!name) errors.name = '…'`): the key
   * set is one reading, so `Object.keys(errors).length === 0` stays undecided.
   */
  keysMaybe?: true;
  /**
   * Getters that only read (`get baseUrl() { return this.env[this.currentEnv].baseUrl }`), run on
   * each read of their property while it still holds the placeholder the literal put there.
   */
  getters?: Map<string, FnValue>;
  /** Classes: the object instances inherit methods from, the constructor, the instance field initialiser. */
  classProto?: ObjValue;
  ctor?: FnValue;
  fieldInit?: (inst: Value) => void;
}

export interface ArrValue {
  t: 'arr';
  items: Value[];
  /** The items stand for the list's contents (a `map` result…) rather than being them one by one. */
  approx?: true;
  /**
   * A stack of unknown height whose top is known (`getCurrentPages()`): `a[a.length - 1]` is
   * the last item, any other index unknown.
   */
  knownTop?: true;
  /** Items written far past the end (`modules[211] = f` on `[]`, a bundle's module table): by index. */
  sparse?: Map<number, Value>;
}

/** A function of the analysed code: its AST, the scope it closes over, and (for arrows) the captured `this`. */
export interface FnValue {
  t: 'fn';
  node: FunctionNode;
  env: Env;
  file: string;
  name: string | null;
  /** Arrow functions capture `this`; `bind()` fixes it. */
  thisVal?: Value;
  /** Page/component methods: shown by bare name in `via`. */
  method?: boolean;
  /** Class methods: the class they belong to (for `super`). */
  home?: ObjValue;
  /** Properties assigned on the function (`Fn.prototype.x = …`, `fn.extra = …`). */
  props?: Map<string, Value>;
}

/** A function implemented by the follower itself (Object.assign, Promise, getApp, setData…). */
export interface NativeValue {
  t: 'native';
  name: string;
  call: NativeImpl;
  /** Properties of its own (a modelled library's callable export, `axios.create`). */
  props?: Map<string, Value>;
}
export type NativeImpl = (args: Value[], thisVal: Value, call: CallSite) => Value;

/** A function the follower implements itself. */
export const native = (name: string, call: NativeImpl): NativeValue => ({ t: 'native', name, call });

export interface CallSite {
  node: Node;
  file: string;
  /** Argument nodes, for locations and hints. */
  argNodes: Node[];
}

/** Nothing known. `hint` names holes in strings (`{id}`); `origin` marks user input. */
export interface UnknownValue { t: 'unk'; hint?: string; origin?: ValueOrigin }

/** One of several values (both branches of a conditional…). Never nested; bounded in size. */
export interface UnionValue { t: 'union'; options: Value[] }

/** `wx` itself or a member path of it: '' for wx, 'cloud', 'request', 'cloud.callFunction'. */
export interface WxValue { t: 'wx'; path: string }

/**
 * A value read from outside the code, tracked by the path read off it:
 * the event object of a handler, the `options` of onLoad, a response.
 */
export interface SourceValue {
  t: 'src';
  root: 'event' | 'query' | 'response' | 'storage';
  path: string[];
  /** For responses: the effect whose response this is (its responseKeys are filled on reads). */
  effect?: { responseKeys?: string[] };
  /** For responses: how many leading path segments are transport (res.data) rather than payload. */
  payloadDepth?: number;
  /** For events: dataset values known from the WXML (`data-path="{{item.path}}"` over a data list). */
  dataset?: Map<string, Value>;
  /**
   * For events: every `data-*` key some binding of the handler sets. `e.currentTarget.dataset.x`
   * for any other key is undefined (`data['url'] || data['path']` on rows that set only `data-path`).
   */
  datasetKeys?: ReadonlySet<string>;
  /**
   * For events of a custom component: the `detail` fields its `triggerEvent` hands over that the
   * page fixes (a path from a table the page passes down), by field (`e.detail.url`).
   */
  detail?: Map<string, Value>;
  /**
   * Fields the code wrote on this very value (`e.targetUrl = '../detail?id=' + id` on the event), read
   * back as written; `orRead` when the write may not have run (the field may still be the original).
   */
  written?: Map<string, { value: Value; orRead: boolean }>;
}

/** A promise with the value it resolves to, as far as known. */
export interface PromiseValue { t: 'promise'; value: Value }

/** A cloud database handle, collection, query or document reference. */
export interface DbValue { t: 'db'; collection: string | null; chain: string[] }

export type FunctionNode =
  | import('@babel/types').FunctionDeclaration
  | import('@babel/types').FunctionExpression
  | import('@babel/types').ArrowFunctionExpression
  | import('@babel/types').ObjectMethod
  | import('@babel/types').ClassMethod
  | import('@babel/types').ClassPrivateMethod;

/** A lexical scope. */
export class Env {
  /**
   * How many conditionally-executed regions (a branch whose test is unknown,
   * a loop body, a catch block) the evaluation is inside. Assigning, from
   * inside such a region, to a variable declared outside it may or may not
   * happen: the variable then holds either value (a weak update).
   */
  static condDepth = 0;
  /**
   * Open if/else branches, innermost last: each records the value a variable
   * declared before the branch had when the branch first wrote it, so the
   * branches can be run one after the other and their results joined.
   * `depth` is `condDepth` inside the arm.
   */
  static branches: { startId: number; prev: Map<Env, Map<string, Value>>; depth: number }[] = [];
  private static nextId = 0;
  readonly vars: Map<string, Value> = valueMap<string, Value>();
  /**
   * Variables holding something derived from a function's parameters, each with the scope of the
   * function whose parameters it came from (param-taint.ts).
   */
  tainted?: Map<string, Env>;
  readonly depth: number;
  readonly id = Env.nextId++;
  constructor(
    readonly parent: Env | null,
    /** The enclosing function's scope (for `var`), or the module scope. */
    readonly fnScope: boolean = false,
  ) {
    this.depth = Env.condDepth;
  }

  /** Inside an open branch or a region that may not run: a write there may not happen. */
  static get mayNotRun(): boolean {
    return Env.condDepth > 0 || Env.branches.length > 0;
  }

  /**
   * Run code that runs whole whatever the caller's branch (a module's top level, evaluated when
   * first read, maybe inside `if (…) new Tab(this)`): outside every open branch and region.
   */
  static unconditionally<T>(fn: () => T): T {
    const depth = Env.condDepth;
    const open = Env.branches;
    Env.condDepth = 0;
    Env.branches = [];
    try {
      return fn();
    } finally {
      Env.condDepth = depth;
      Env.branches = open;
    }
  }

  static get nextEnvId(): number {
    return Env.nextId;
  }

  lookup(name: string): Value | undefined {
    for (let e: Env | null = this; e; e = e.parent) {
      let v = e.vars.get(name);
      if (v !== undefined && v.t === 'lazy') {
        v = v.get();
        e.vars.set(name, v);
      }
      if (v !== undefined) return v;
      if (e.vars.has(name)) return UNDEF;
    }
    return undefined;
  }

  /** Assign to the nearest scope that declares `name`; declare it in the function scope otherwise. */
  assign(name: string, v: Value): void {
    for (let e: Env | null = this; e; e = e.parent) {
      if (e.vars.has(name)) {
        const stored = e.vars.get(name)!;
        const prev = stored.t === 'lazy' ? UNDEF : stored;
        for (const b of Env.branches) {
          if (e.id >= b.startId) continue;
          let m = b.prev.get(e);
          if (!m) b.prev.set(e, (m = new Map()));
          if (!m.has(name)) m.set(name, prev);
        }
        // In code that may not run, a write joins with what was there — unless a branch arm records
        // it (the arm's later reads see the write; the join is made when the arm ends).
        const arm = Env.branches[Env.branches.length - 1];
        const recorded = arm !== undefined && e.id < arm.startId && Env.condDepth <= arm.depth;
        e.vars.set(name, e.depth < Env.condDepth && !recorded ? join(prev, v) : v);
        return;
      }
    }
    this.functionScope().vars.set(name, v);
  }

  declare(name: string, v: Value): void {
    this.vars.set(name, v);
  }

  functionScope(): Env {
    let e: Env = this;
    while (!e.fnScope && e.parent) e = e.parent;
    return e;
  }
}

export const UNDEF: UndefValue = { t: 'undef' };
export const NULL: NullValue = { t: 'null' };
export const unknown = (hint?: string, origin?: ValueOrigin): UnknownValue => {
  const u: UnknownValue = { t: 'unk' };
  if (hint) u.hint = hint;
  if (origin) u.origin = origin;
  return u;
};
export const str = (v: string): StrValue => ({ t: 'str', v });
export const num = (v: number): NumValue => ({ t: 'num', v });
export const bool = (v: boolean): BoolValue => ({ t: 'bool', v });
export const obj = (props?: Iterable<[string, Value]>, tag?: ObjValue['tag']): ObjValue => {
  const o: ObjValue = { t: 'obj', props: valueMap(props) };
  if (tag) o.tag = tag;
  return o;
};

/** The properties put on a function (`Fn.prototype`, `fn.extra = …`), created on first write. */
export function fnProps(fn: FnValue): Map<string, Value> {
  if (!fn.props) {
    journalField(fn, 'props');
    fn.props = valueMap();
  }
  return fn.props;
}

const MAX_UNION = 16;
/**
 * Scalars (strings, numbers, text with holes…) are cheap to keep and are what a menu table of
 * targets or a list of codes gives (`data-url="{{item.url}}"` over a 25-entry feature grid): more
 * of them are kept before the rest becomes unknown.
 */
const MAX_SCALAR_UNION = 64;

/** Evaluate `fn` as a region that may or may not run. */
export function conditionally<T>(fn: () => T): T {
  Env.condDepth++;
  try {
    return fn();
  } finally {
    Env.condDepth--;
  }
}

/**
 * Statements that may not run (a loop body, a catch block): inside, each write is seen by what
 * follows it (`copy = o[k]; t[k] = copy`); afterwards a variable holds what it held before or
 * what the statements left. Objects they write are written as maybe (`condDepth`).
 */
export function maybeRuns(body: () => void): void {
  branches(body, null, true);
}

/**
 * Run the two arms of an if/else whose test is unknown: each arm sees the
 * state before the if, and afterwards every variable either arm wrote holds
 * the join of what each arm left (an arm that did not write it leaves the old value).
 * An arm that returns true ended the function (`if (count === 0) return`): what
 * follows in it sees only the other arm's values of its own variables (`local`);
 * a variable outside it (module state the arm set before returning) keeps both.
 */
export function branches(thenArm: () => void | boolean, elseArm: (() => void | boolean) | null, maybe = false, local?: (env: Env) => boolean): void {
  const run = (arm: (() => void | boolean) | null) => {
    if (maybe) Env.condDepth++;
    const b = { startId: Env.nextEnvId, prev: new Map<Env, Map<string, Value>>(), depth: Env.condDepth };
    Env.branches.push(b);
    let ended = false;
    try {
      ended = arm?.() === true;
    } finally {
      Env.branches.pop();
      if (maybe) Env.condDepth--;
    }
    // The values this arm left; then back to the state before it.
    const after = new Map<Env, Map<string, Value>>();
    for (const [env, m] of b.prev) {
      const a = new Map<string, Value>();
      for (const [name, prev] of m) {
        a.set(name, env.vars.get(name) ?? UNDEF);
        env.vars.set(name, prev);
      }
      after.set(env, a);
    }
    return { prev: b.prev, after, ended };
  };
  const t = run(thenArm);
  const e = run(elseArm);
  const envs = new Set([...t.prev.keys(), ...e.prev.keys()]);
  for (const env of envs) {
    const names = new Set([...(t.prev.get(env)?.keys() ?? []), ...(e.prev.get(env)?.keys() ?? [])]);
    for (const name of names) {
      const before = t.prev.get(env)?.get(name) ?? e.prev.get(env)!.get(name)!;
      const tv = t.after.get(env)?.get(name) ?? before;
      const ev = e.after.get(env)?.get(name) ?? before;
      const mine = local?.(env) === true;
      env.assign(name, mine && t.ended && !e.ended ? ev : mine && e.ended && !t.ended ? tv : join(tv, ev));
    }
  }
}

/** Join values: the result stands for any of them. Flattens, dedupes constants, bounds the size. */
export function join(...vs: Value[]): Value {
  const out: Value[] = [];
  const seen = new Set<string>();
  // Objects, functions and other non-scalars are the same value when they are the same object.
  const same = new Set<Value>();
  const add = (v: Value) => {
    if (v.t === 'union') {
      v.options.forEach(add);
      return;
    }
    const key = v.t === 'str' ? `s:${v.v}` : v.t === 'num' ? `n:${v.v}` : v.t === 'bool' ? `b:${v.v}` : v.t === 'null' || v.t === 'undef' ? v.t : null;
    if (key !== null) {
      if (seen.has(key)) return;
      seen.add(key);
    } else {
      if (same.has(v)) return;
      same.add(v);
    }
    out.push(v);
  };
  vs.forEach(add);
  if (out.length === 0) return UNDEF;
  if (out.length === 1) return out[0]!;
  if (out.length <= MAX_UNION) return { t: 'union', options: out };
  // Too many alternatives: keep the first ones and say the rest may be anything. Dropping them
  // would make a test of the value look decided (`msg == 'ok'` false when 'ok' was the 17th).
  // Scalars count towards the larger bound only.
  let others = 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i]!;
    if (!isScalar(v)) others++;
    if (i < MAX_SCALAR_UNION && others <= MAX_UNION) continue;
    const kept = out.slice(0, i);
    if (!kept.some((x) => x.t === 'unk')) kept.push(out.slice(i).find((x) => x.t === 'unk') ?? unknown());
    return { t: 'union', options: kept };
  }
  return { t: 'union', options: out };
}

function isScalar(v: Value): boolean {
  return v.t === 'str' || v.t === 'num' || v.t === 'bool' || v.t === 'null' || v.t === 'undef' || v.t === 'tpl';
}

/** The alternatives of a value (itself when not a union). */
export function alternatives(v: Value): Value[] {
  return v.t === 'union' ? v.options : [v];
}

/**
 * The object an options field holds. A field may be one of several values (`__assign(…)` behind a
 * `this.__assign || function…` guard, a key copied under an unknown condition): the objects among
 * them are merged, later ones winning, as they are the readings the follower could see.
 */
export function objectOf(v: Value | undefined): ObjValue | null {
  if (!v) return null;
  if (v.t === 'obj') return v;
  const objs = alternatives(v).filter((a): a is ObjValue => a.t === 'obj');
  if (objs.length === 0) return null;
  if (objs.length === 1) return objs[0]!;
  const m = obj([], objs[0]!.tag);
  for (const o of objs) for (const [k, x] of o.props) m.props.set(k, x);
  return m;
}

/** Unknown values that are never undefined: the outcome of arithmetic (`this.data.page + 1`). */
const DEFINED = new WeakSet<Value>();

/** `v`, known to be defined whatever it is (a parameter's default does not apply to it). */
export function definedValue<T extends Value>(v: T): T {
  DEFINED.add(v);
  return v;
}

/** Whether `v` may be undefined in some reading: an unknown or a query value may be. */
export function mayBeUndefined(v: Value): boolean {
  if (v.t === 'union') return v.options.some(mayBeUndefined);
  return v.t === 'undef' || ((v.t === 'unk' || v.t === 'src') && !DEFINED.has(v));
}

/** The alternatives that are not null or undefined (reading a property of those throws; `for…in` over them runs nothing). */
export function nonNullish(v: Value): Value[] {
  return alternatives(v).filter((x) => x.t !== 'null' && x.t !== 'undef');
}

/**
 * Text or numbers that an undecided `&&` produced (`data.name == '' && '活动名称'`): they read as
 * the right operand, but may also be the falsy left, so a following `||` or test is undecided.
 */
const MAYBE_FALSY = new WeakSet<Value>();

/** `v`, as the outcome of an `&&` whose left side is undecided (a copy, so `v` itself keeps its truthiness). */
export function orFalsy(v: Value): Value {
  if (v.t !== 'str' && v.t !== 'num' && v.t !== 'tpl') return v;
  const copy = { ...v };
  MAYBE_FALSY.add(copy);
  return copy;
}

/** Known truthiness: true / false / null when unknown. */
export function truthy(v: Value): boolean | null {
  if (MAYBE_FALSY.has(v)) return null;
  switch (v.t) {
    case 'str':
      return v.v !== '';
    case 'num':
      return v.v !== 0 && !Number.isNaN(v.v);
    case 'bool':
      return v.v;
    case 'tpl':
      // Known text around the holes: a non-empty string.
      return v.parts.some((p) => typeof p === 'string' && p.length > 0) ? true : null;
    case 'null':
    case 'undef':
      return false;
    case 'wx':
      // `wx` is always there; `wx.cloud`, `wx.getUpdateManager`… depend on the base library version
      // (`if (!wx.cloud) { redirect to an upgrade page }`): both readings are real.
      return v.path === '' ? true : null;
    case 'obj':
    case 'arr':
    case 'fn':
    case 'native':
    case 'promise':
    case 'db':
      return true;
    case 'union': {
      const ts = v.options.map(truthy);
      return ts.every((x) => x === true) ? true : ts.every((x) => x === false) ? false : null;
    }
    default:
      return null;
  }
}

/** The text a string is known to start with: all of a constant, the literal start of a template; else null. */
export function knownStart(v: Value): string | null {
  if (v.t === 'str') return v.v;
  return v.t === 'tpl' && typeof v.parts[0] === 'string' ? v.parts[0] : null;
}

/** Exact string value, or null. Numbers convert as JS would. */
export function constString(v: Value): string | null {
  if (v.t === 'str') return v.v;
  if (v.t === 'num') return String(v.v);
  if (v.t === 'bool') return String(v.v);
  if (v.t === 'tpl' && v.parts.every((p) => typeof p === 'string')) return v.parts.join('');
  return null;
}

/** A hole name for a value that is not a constant. */
export function holeName(v: Value): string {
  if (v.t === 'unk') return v.origin?.name ?? v.hint ?? '';
  if (v.t === 'src') return sourceOrigin(v)?.name ?? v.path[v.path.length - 1] ?? '';
  if (v.t === 'str' && v.origin) return v.origin.name;
  return '';
}

/** The origin of a value read from user input, if any. */
export function originOf(v: Value): ValueOrigin | undefined {
  if (v.t === 'unk' || v.t === 'str') return v.origin;
  if (v.t === 'src') return sourceOrigin(v);
  if (v.t === 'tpl') {
    for (const p of v.parts) if (typeof p !== 'string' && p.origin) return p.origin;
  }
  if (v.t === 'union') {
    for (const o of v.options) {
      const r = originOf(o);
      if (r) return r;
    }
  }
  return undefined;
}

/** Turn any value into template parts: constants as text, the rest as named holes. */
export function toTplParts(v: Value): TplPart[] {
  const c = constString(v);
  if (c !== null) return [c];
  if (v.t === 'tpl') return v.parts;
  const hole: TplPart = { hole: holeName(v) };
  const o = originOf(v);
  if (o) hole.origin = o;
  return [hole];
}

/** Concatenate two values as `a + b` on strings. */
export function concat(a: Value, b: Value): Value {
  // A few alternatives on either side: concatenate each pair, so `base + path` keeps every full reading.
  // Past the bound, the first readings are kept (join keeps MAX_UNION) rather than none.
  if (a.t === 'union') a = holeOrEmpty(a);
  if (b.t === 'union') b = holeOrEmpty(b);
  if (a.t === 'union' || b.t === 'union') {
    const out: Value[] = [];
    for (const x of alternatives(a)) for (const y of alternatives(b)) if (out.length < MAX_UNION * 2) out.push(concat(x, y));
    return join(...out);
  }
  const parts = [...toTplParts(a), ...toTplParts(b)];
  return normalizeTpl(parts);
}

/**
 * `''` beside a wholly unknown text (`cond ? id : ''`, `String(v || '')`) adds no reading
 * when concatenated: the hole may be empty anyway. Without this, each such part doubles
 * the readings of a URL (`/pages/${page}/${page}` gives four).
 */
export function holeOrEmpty(u: UnionValue): Value {
  if (!u.options.some((o) => o.t === 'str' && o.v === '')) return u;
  if (!u.options.some((o) => o.t === 'unk' || o.t === 'src')) return u;
  return join(...u.options.filter((o) => !(o.t === 'str' && o.v === '')));
}

export function normalizeTpl(parts: TplPart[]): Value {
  const out: TplPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (typeof p === 'string') {
      if (p === '') continue;
      if (typeof last === 'string') out[out.length - 1] = last + p;
      else out.push(p);
    } else out.push(p);
  }
  if (out.length === 0) return str('');
  if (out.length === 1 && typeof out[0] === 'string') return str(out[0]);
  return { t: 'tpl', parts: out };
}

/** Render template parts as text with `{hole}` placeholders. */
export function renderTpl(parts: TplPart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : `{${p.hole}}`)).join('');
}

/** Could this value be a string-ish thing (for deciding `+` means concatenation)? */
export function isStringy(v: Value): boolean {
  if (v.t === 'str' || v.t === 'tpl') return true;
  if (v.t === 'union') return v.options.some(isStringy);
  return false;
}

/** A value that only holds a place until code sets it: `null`, `undefined`, `false`, `0`, `''`, and `-1` ("none picked"). */
export function isPlaceholder(v: Value): boolean {
  return v.t === 'null' || v.t === 'undef' || (v.t === 'bool' && !v.v) || (v.t === 'num' && (v.v === 0 || v.v === -1)) || (v.t === 'str' && v.v === '');
}

/**
 * Shared state that any page may set (`App({ globalData: { userInfo: null, isLogin: false } })`):
 * after launch, a placeholder field reads as "this, or whatever some page stored there", so
 * `if (app.globalData.userInfo)` follows both arms. Fields holding real constants (a base URL,
 * an env name) keep them. Nested plain objects are widened too, to a small depth.
 */
export function widenPlaceholders(o: ObjValue, depth = 3): void {
  for (const [k, v] of o.props) {
    if (isPlaceholder(v)) o.props.set(k, join(v, unknown(k)));
    else if (v.t === 'obj' && !v.tag && depth > 1) widenPlaceholders(v, depth - 1);
  }
}
