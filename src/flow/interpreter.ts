import { makeRegex } from './regexps.js';
import { equalsKnown, instanceOf, isPure, narrowByEquality, narrowByReadings } from './equality.js';
import type * as t from '@babel/types';
import { rewiden, widenModuleState, type ModuleState } from './module-state.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Diagnostic, Loc, ValueOrigin } from '../model/types.js';
import { parseScript } from '../script/parse-script.js';
import type { ProbeSet, TrackingVfs } from '../util/tracking-vfs.js';
import type { Vfs } from '../util/vfs.js';
import { createGlobals, MAX_KEY_WALK } from './builtins.js';
import { ModuleResolver } from './module-resolver.js';
import { sameOrigin, sourceOrigin } from './sources.js';
import { ELEMENT_ID_KEY } from '../wxml/types.js';
import { Trace } from './trace.js';
import { isEsModule, knownLibrary, vendoredLibrary } from './known-libraries.js';
import { chainWalk, mayLeaveEarly } from './loop-chain.js';
import { mayNestAgain, mayReenter } from './recursion.js';
import { evalSelfDefault } from './self-default.js';
import { compareKnown } from './compare.js';
import { fromJson } from './json-values.js';
import { escapeRe } from './strings.js';
import { soleReturn } from '../util/ast-walk.js';
import {
  Env,
  definedValue,
  mayBeUndefined,
  NULL,
  branches,
  conditionally,
  maybeRuns,
  nonNullish,
  UNDEF,
  alternatives,
  bool,
  concat,
  holeName,
  originOf,
  constString,
  isStringy,
  join,
  num,
  obj,
  str,
  truthy,
  orFalsy,
  unknown,
  type FnValue,
  type NativeValue,
  type FunctionNode,
  type ObjValue,
  type SourceValue,
  type TplPart,
  type Value,
  fnProps,
  holeOrEmpty,
  type UnionValue,
} from './values.js';
import { markParams, markTainted, patternNames, taintSource, urlFromParams } from './param-taint.js';
import { wxMember } from './wx-calls.js';
import { readJsonDoc } from '../load/json-doc.js';
import { inUnitNow, journalField, journalItems, lazyMap, shared, valueMap } from './isolation.js';

/**
 * The code follower: an abstract interpreter over Babel ASTs.
 *
 * It evaluates the analysed mini-program without running it. Both branches
 * of every condition are taken, loops run once, calls into the app's own
 * functions are followed with the argument values of that call site (so a
 * wrapper `request(url, data, method = 'GET')` resolves to the URL its
 * caller passed), and every `wx.*` call it meets becomes an effect in the
 * current trace. Budgets bound the work: a hostile or huge app ends with a
 * diagnostic, never a hang.
 */

export interface Registration {
  kind: 'Page' | 'Component' | 'App' | 'Behavior';
  options: Value;
  loc: Loc;
}

export interface ModuleRecord {
  file: string;
  ast: t.File | null;
  env: Env;
  moduleObj: ObjValue;
  state: 'evaluating' | 'done';
  esm: boolean;
  registrations: Registration[];
  /** What evaluating the module read (its own files and the modules it required): for incremental runs. */
  probes: ProbeSet;
  /** What evaluating the module reported (its own code and the modules it required). */
  diagnostics: Diagnostic[];
  /** The state a helper module keeps between pages, widened (module-state.ts). */
  keeps?: ModuleState | null;
}

export interface Frame {
  label: string | null;
  fn: FunctionNode | null;
  file: string;
  thisVal: Value;
  returns: Value[];
  /** The class whose method this is (for `super`). */
  home?: ObjValue;
  /** The function's own scope. */
  env?: Env;
  /**
   * Set when this function is a generic request wrapper: the requests it made on its caller's
   * behalf (their URL came from its parameters).
   */
  onBehalf?: Set<object>;
  /** What the function was called with (a recursive call re-enters only with other constants). */
  args?: Value[];
  /** Called by a built-in (a promise's `then`, a list's `forEach`), not by a call in the code. */
  byBuiltin?: true;
  /**
   * The path being followed has returned: the statements after it do not run. Set by `return`,
   * kept past a branch only when every arm returned.
   */
  done?: boolean;
}

export interface RunState {
  trace: Trace;
  stack: Frame[];
  steps: number;
  /** The page whose code is followed (relative navigation URLs resolve against it). */
  route: string | null;
  /** Name of the entry function, for diagnostics. */
  entry: string;
  budgetHit: boolean;
  /**
   * A run with candidate readings of a value (`data-name` of a menu of page names): only the
   * navigations whose target is a declared route count, see `navigateEffects`.
   */
  candidate?: boolean;
}

export interface InterpreterOptions {
  vfs: Vfs;
  diags: DiagnosticBag;
  routes: Set<string>;
  appScript: string | null;
  pathAliases?: { pattern: string; targets: string[] }[];
  /** Maximum AST nodes evaluated per entry function. */
  stepBudget?: number;
  /** Maximum depth of followed calls. */
  maxDepth?: number;
  /** Files larger than this are not parsed (a diagnostic says so). */
  maxFileBytes?: number;
  /** Records what each module and page depended on (incremental runs). */
  tracker?: TrackingVfs;
}

class BudgetExceeded extends Error {}
/** Top-level statements of one module that may run out of steps and let the next ones run with a fresh budget. */
const MODULE_FRESH_BUDGETS = 2;

/** How far past its end a list index may be written (the gap is filled with undefined). */
const MAX_ARRAY_GAP = 64;
/** The engine limit a RangeError hit: the call stack, or the size of a string or list. */
const engineLimit = (e: RangeError): string => (/call stack/i.test(e.message) ? 'call-stack' : 'value-size');

const FUNCTION_METHODS: ReadonlySet<string> = new Set(['call', 'apply', 'bind']);
const CALLBACK_NAMES = new Set(['success', 'fail', 'complete', 'then', 'catch', 'resolve', 'reject']);
/** Entries of a table read with an unknown key that are all kept as readings. */
const MAX_TABLE_READ = 16;
/** What every object has (`constructor`, `hasOwnProperty`, `__proto__`…) and every string (`charCodeAt`…), from the engine itself. */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
const STRING_METHODS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(String.prototype));
const DEFAULT_STEP_BUDGET = 250_000;
/** Loops over at most this many known keys or items run once per key or item. */
const MAX_UNROLL = 16;
/** A counting loop run iteration by iteration stops doing so past this many steps. */
const MAX_UNROLL_STEPS = 5_000;
const DEFAULT_MAX_DEPTH = 24;

export class Interpreter {
  readonly resolver: ModuleResolver;
  readonly modules = new Map<string, ModuleRecord>();
  readonly globals: Map<string, Value>;
  /** Members the app assigned to `wx` itself (`wx.http = createHttp()`): shared state, like a module's. */
  readonly wxOwn: Map<string, Value> = valueMap();
  private readonly parseCache = new Map<string, t.File | null>();
  private appInstance: Value | null = null;
  /** The scope of the call being made (for wx calls to inspect their argument expressions). */
  callEnv: Env | null = null;
  /**
   * The instance of the page being analysed (null in a component): the last entry of
   * `getCurrentPages()` while the unit's own code runs, whose `options` are that page's query
   * (set by the unit analysis).
   */
  currentPage: ObjValue | null = null;
  /**
   * Data origins whose every access is a read of user input: a Component-built page's properties,
   * which WeChat fills from the query (set by the unit analysis).
   */
  readonly readOnAccess = new WeakSet<ValueOrigin>();
  /** A counting loop is being run iteration by iteration (loops inside it run their body once). */
  private unrolling = false;
  /** A wrapper frame that just returned to the call at this stack depth, with its requests. */
  private returnedWrapper: { depth: number; requests: Set<object> } | null = null;
  /** The member expression being read as the callee of a call (`q.charCodeAt(i)`), while it is read. */
  private methodCallee: t.Node | null = null;
  /** Modules whose top level is being evaluated, innermost last (registrations go to the innermost). */
  readonly evaluating: ModuleRecord[] = [];
  private appLoading = false;
  cur: RunState;

  constructor(readonly opts: InterpreterOptions) {
    this.resolver = new ModuleResolver(opts.vfs, opts.pathAliases ?? [], opts.tracker ?? null);
    this.globals = createGlobals(this);
    this.cur = this.newRun(null, '(module)');
  }

  get diags(): DiagnosticBag {
    return this.opts.diags;
  }

  newRun(route: string | null, entry: string): RunState {
    const stack: Frame[] = [];
    return { trace: new Trace(stack), stack, steps: 0, route, entry, budgetHit: false };
  }

  /** Run `fn` with `run` as the current state, restoring the previous one after. */
  withRun<T>(run: RunState, fn: () => T): T {
    const prev = this.cur;
    this.cur = run;
    try {
      return fn();
    } finally {
      this.cur = prev;
    }
  }

  /**
   * What `wx.getExtConfigSync()` returns: the `ext` object of the mini-program's `ext.json` when it
   * sets `extEnable` (a third-party platform's template app reads its base URL there); unknown
   * otherwise. Read at each call, through the project's VFS, so a cached unit depends on it.
   * https://developers.weixin.qq.com/miniprogram/dev/devtools/ext.html
   */
  extConfig(): Value {
    const doc = readJsonDoc(this.opts.vfs, 'ext.json', this.diags);
    const ext = doc?.valid && doc.value['extEnable'] === true ? doc.value['ext'] : undefined;
    return ext !== null && typeof ext === 'object' && !Array.isArray(ext) ? fromJson(ext) : unknown('extConfig');
  }

  // ---------------------------------------------------------------- modules

  parse(file: string): t.File | null {
    if (this.parseCache.has(file)) return this.parseCache.get(file)!;
    let ast: t.File | null = null;
    const size = this.opts.vfs.size(file);
    const limit = this.opts.maxFileBytes ?? 5_000_000;
    if (size > limit) {
      this.diags.report('FILE_TOO_LARGE', { file, line: 1, column: 1 }, { file, size, limit });
    } else {
      const text = this.opts.vfs.readText(file);
      if (text !== null && this.opts.vfs.wasLossy?.(file)) this.diags.report('FILE_ENCODING', { file, line: 1, column: 1 }, { file });
      if (text === null) this.diags.report('FILE_UNREADABLE', { file, line: 1, column: 1 }, { file, reason: 'not readable' });
      else if (file.endsWith('.json')) ast = null;
      else ast = parseScript(text, file, this.diags);
    }
    this.parseCache.set(file, ast);
    return ast;
  }

  /** Evaluate a module once (in its own run, so its top-level effects don't leak into a page's). */
  /** Code that is not a file of its own (an inline `<wxs>` module), evaluated once under `key`. */
  loadInlineModule(key: string, file: string, code: string): ModuleRecord {
    return this.loadModule(file, { key, code });
  }

  loadModule(file: string, inline?: { key: string; code: string }): ModuleRecord {
    // A module's scope and exports are shared by every unit that requires it, whichever loads it first;
    // its top level runs once, whole, even when its first importer reads it in code that may not run.
    return shared(() => Env.unconditionally(() => this.loadModuleShared(file, inline)));
  }

  private loadModuleShared(file: string, inline?: { key: string; code: string }): ModuleRecord {
    const key = inline?.key ?? file;
    const existing = this.modules.get(key);
    if (existing) {
      if (existing.state === 'evaluating') this.reportCycle(existing);
      // What evaluating the module reported belongs to every unit that uses it, not only to the first.
      else for (const d of existing.diagnostics) this.diags.push(d);
      return existing;
    }
    const exportsObj = obj([], 'module');
    const moduleObj = obj([['exports', exportsObj]]);
    const env = new Env(null, true);
    const rec: ModuleRecord = { file, ast: null, env, moduleObj, state: 'evaluating', esm: false, registrations: [], probes: new Map(), diagnostics: [] };
    this.modules.set(key, rec);
    const tracker = this.opts.tracker;
    const diagnostics = this.diags.capture(() => (tracker ? tracker.recording(rec.probes, () => this.evaluateModule(rec, inline?.code)) : this.evaluateModule(rec, inline?.code)));
    rec.diagnostics.push(...diagnostics);
    if (rec.registrations.length === 0) rec.keeps = widenModuleState(rec.ast, rec.env);
    return rec;
  }

  /** After launch: helper modules' state reads as what launch stored there, or what it held before. */
  widenModulesAfterLaunch(): void {
    for (const rec of this.modules.values()) if (rec.keeps) rewiden(rec.keeps, rec.env);
  }

  /**
   * A require that closes a cycle, reported as the ring of modules, at its first file in path
   * order: the same diagnostic whichever module of the ring the analysis happened to enter first.
   */
  private reportCycle(rec: ModuleRecord): void {
    const at = this.evaluating.indexOf(rec);
    const ring = (at >= 0 ? this.evaluating.slice(at) : [rec]).map((r) => r.file);
    const first = ring.reduce((a, b) => (b < a ? b : a));
    const start = ring.indexOf(first);
    const rotated = [...ring.slice(start), ...ring.slice(0, start), first];
    this.diags.report('MODULE_CYCLE', { file: first, line: 1, column: 1 }, { file: first, ring: rotated.join(' → ') });
  }

  private evaluateModule(rec: ModuleRecord, inlineCode?: string): void {
    const { file, env, moduleObj } = rec;
    const exportsObj = moduleObj.props.get('exports') as ObjValue;
    if (file.endsWith('.json') && inlineCode === undefined) {
      const text = this.opts.vfs.readText(file);
      try {
        moduleObj.props.set('exports', fromJson(text === null ? null : JSON.parse(text)));
      } catch {
        /* invalid JSON module: exports stay unknown */
      }
      rec.state = 'done';
      return;
    }
    rec.ast = inlineCode !== undefined ? parseScript(inlineCode, file, this.diags) : this.parse(file);
    env.declare('module', moduleObj);
    env.declare('exports', exportsObj);
    if (rec.ast) {
      const run = this.newRun(null, `(module ${file})`);
      const frame: Frame = { label: null, fn: null, file, thisVal: exportsObj, returns: [] };
      this.evaluating.push(rec);
      const limit = `${this.opts.stepBudget ?? DEFAULT_STEP_BUDGET}-step`;
      let fresh = MODULE_FRESH_BUDGETS;
      // A top-level statement that runs out of steps (a date library formatting at load time) ends
      // itself, not the module: the page registered after it is still found.
      const blown = (s: t.Statement): boolean => {
        this.diags.report('ANALYSIS_BUDGET', this.loc(s, file), { entry: run.entry, limit });
        if (fresh-- <= 0) return false;
        run.steps = 0;
        run.stack.length = 1;
        return true;
      };
      this.withRun(run, () => {
        run.stack.push(frame);
        try {
          this.execBlock(rec.ast!.program.body, env, frame, rec, blown);
        } catch (e) {
          // Engine limits (a 100,000-link `a.b.b…` chain overflows the stack) end the module like a blown budget.
          if (e instanceof RangeError) this.diags.report('ANALYSIS_BUDGET', { file, line: 1, column: 1 }, { entry: run.entry, limit: engineLimit(e) });
          else if (!(e instanceof BudgetExceeded)) throw e;
        } finally {
          this.evaluating.pop();
        }
      });
    }
    rec.state = 'done';
  }

  /**
   * Forget a module nobody else needs any more (a page's own script once the
   * page is done), so its syntax tree and values can be collected instead of
   * being copied from GC generation to generation for the rest of the run. A
   * later `require` of it evaluates it afresh.
   */
  release(file: string): void {
    const rec = this.modules.get(file);
    if (!rec || rec.state !== 'done') return;
    this.modules.delete(file);
    this.parseCache.delete(file);
  }

  exportsOf(rec: ModuleRecord): Value {
    return rec.moduleObj.props.get('exports') ?? UNDEF;
  }

  /** `require(spec)` / `import … from spec` evaluated from `fromFile`. */
  requireFrom(fromFile: string, spec: string, node: t.Node, esmDefault = false): Value {
    // Helper libraries with fixed semantics (tslib) are modelled, not followed (known-libraries.ts).
    const known = knownLibrary(this, spec);
    if (known) return esmDefault && isEsModule(known) ? (known.props?.get('default') ?? UNDEF) : known;
    const r = this.resolver.resolve(fromFile, spec);
    if (!r.file) {
      if (r.escapes) this.diags.report('PATH_ESCAPES_ROOT', this.loc(node, fromFile), { path: spec });
      else this.diags.report('MODULE_UNRESOLVED', this.loc(node, fromFile), { spec });
      return unknown(spec.split('/').pop());
    }
    // A known library copied into the app's folders is modelled as if installed.
    const vendored = vendoredLibrary(this.opts.vfs, r.file);
    const model = vendored === null ? null : knownLibrary(this, vendored);
    if (model) return model;
    const rec = this.loadModule(r.file);
    this.opts.tracker?.merge(rec.probes);
    const exp = this.exportsOf(rec);
    if (esmDefault) {
      // An ES module, or CommonJS compiled from one (npm packages built by DevTools, tsc, Babel).
      // A module that replaced `module.exports` after all (`export const MODE = …` beside
      // `module.exports = new Store()`): compiled, its new exports lack `__esModule`, so the
      // importer's interop takes them whole as the default.
      const replaced = exp.t === 'obj' && exp.tag !== 'module' && !exp.props.has('default') && !isEsModule(exp);
      if ((rec.esm || isEsModule(exp)) && exp.t === 'obj' && !replaced) return exp.props.get('default') ?? UNDEF;
      return exp;
    }
    return exp;
  }

  /** The `App({...})` object, for `getApp()`. */
  getApp(): Value {
    if (this.appInstance) return this.appInstance;
    if (!this.opts.appScript || this.appLoading) return unknown('app');
    this.appLoading = true;
    const rec = this.loadModule(this.opts.appScript);
    this.appLoading = false;
    const reg = rec.registrations.find((r) => r.kind === 'App');
    const o = reg && reg.options.t === 'obj' ? reg.options : obj([], 'app');
    o.tag = 'app';
    this.appInstance = o;
    return o;
  }

  // ---------------------------------------------------------------- calls

  /** `call`, `apply` and `bind` of a wx API (`wx.request.bind(this)` kept as a request function). */
  private wxFunctionMethod(path: string, key: string): NativeValue {
    const api = (args: Value[], site: { node: t.Node; file: string }) => wxMember(this, path, args, site.node, site.file);
    if (key === 'call') return { t: 'native', name: 'call', call: (args, _this, site) => api(args.slice(1), site) };
    if (key === 'apply') return { t: 'native', name: 'apply', call: (args, _this, site) => api(args[1]?.t === 'arr' ? args[1].items : [], site) };
    return {
      t: 'native',
      name: 'bind',
      call: (args) => {
        const bound = args.slice(1);
        return { t: 'native', name: `bound ${path}`, call: (rest, _this, site) => api([...bound, ...rest], site) };
      },
    };
  }

  /** Call a value with arguments; the heart of following the code. */
  callValue(callee: Value, args: Value[], thisVal: Value, node: t.Node, argNodes: t.Node[], file: string): Value {
    switch (callee.t) {
      case 'fn':
        return this.callFunction(callee, args, callee.thisVal ?? thisVal);
      case 'native':
        return callee.call(args, thisVal, { node, file, argNodes });
      case 'wx':
        return wxMember(this, callee.path, args, node, file);
      case 'union': {
        const results = callee.options.map((c) => this.callValue(c, args, thisVal, node, argNodes, file));
        return join(...results);
      }
      default:
        // `App.Page({...})`, `store.Component({...})`: state libraries (wxministore and the like) wrap
        // the registration functions; an unknown `*.Page`/`*.Component` called with options registers.
        if (callee.t === 'unk' && (callee.hint === 'Page' || callee.hint === 'Component') && args[0]?.t === 'obj') {
          const g = this.globals.get(callee.hint);
          if (g && g.t === 'native') return g.call(args, thisVal, { node, file, argNodes });
        }
        // Unknown callee: callbacks handed to it may still run (success handlers, timers, library hooks),
        // and objects handed to it may gain keys.
        this.invokeCallbacks(args);
        args.forEach(openUp);
        return unknown(callee.t === 'unk' ? callee.hint : undefined);
    }
  }

  /** Functions passed to code we cannot follow are assumed to be called, with unknown arguments. */
  invokeCallbacks(args: Value[]): void {
    for (const a of args) {
      for (const alt of alternatives(a)) {
        if (alt.t === 'fn') this.callFunction(alt, unknownArgs(alt), alt.thisVal ?? UNDEF);
        else if (alt.t === 'obj' && !alt.tag) {
          for (const v of alt.props.values()) if (v.t === 'fn') this.callFunction(v, unknownArgs(v), v.thisVal ?? UNDEF);
        }
      }
    }
  }

  /**
   * `asCallback`: the follower calls it as a wx API would (`success(res)`): its parameters are a
   * response, not values a caller chose, so a request built from them does not make a wrapper.
   */
  callFunction(fn: FnValue, args: Value[], thisVal: Value, asCallback = false, byBuiltin = false): Value {
    const run = this.cur;
    const depth = run.stack.length;
    const maxDepth = this.opts.maxDepth ?? DEFAULT_MAX_DEPTH;
    // The frames of this closure: one built by another run of its enclosing function (a
    // wrapper's `success` callback when the wrapper is called again from inside it) is another
    // function, once: a third run of the same code is not followed.
    let outer: Frame | undefined;
    const mine: Frame[] = [];
    let others = 0;
    for (const f of run.stack) {
      if (f.fn !== fn.node) continue;
      if (f.env?.parent !== fn.env) others++;
      else {
        outer ??= f;
        mine.push(f);
      }
    }
    const reenters = outer && (mine.length === 1 ? mayReenter(fn.node, args, outer) : mayNestAgain(fn, args, mine, run.stack));
    // A callback of a wrapper nested that deep is run as often as the wrapper was. A closure kept
    // from a run that has ended (a callback queued in a module's list while a token refreshes,
    // called back for every queued request) whose code is already running adds nothing new.
    if ((outer && !reenters) || (!outer && others > 0 && others >= this.creatorRuns(fn)) || depth >= maxDepth) return unknown(fn.name ?? undefined);
    const node = fn.node;
    const env = new Env(fn.env, true);
    const frame: Frame = { label: this.frameLabel(fn), fn: node, file: fn.file, thisVal, returns: [], args };
    if (fn.home) frame.home = fn.home;
    if (byBuiltin) frame.byBuiltin = true;
    env.declare('arguments', { t: 'arr', items: args });
    node.params.forEach((p, i) => {
      if (p.type === 'RestElement') this.bindPattern(p.argument, { t: 'arr', items: args.slice(i) }, env, frame, 'let');
      else if (p.type === 'TSParameterProperty') {
        const param = p.parameter;
        const v = args[i] ?? UNDEF;
        if (param.type === 'Identifier') {
          env.declare(param.name, v);
          this.setProp(thisVal, param.name, v);
        } else this.bindPattern(param, v, env, frame, 'let');
      } else this.bindPattern(p as t.LVal, args[i] ?? UNDEF, env, frame, 'let');
    });
    if (!asCallback) markParams(env, node.params);
    frame.env = env;
    const traceStart = run.trace.reaches.length;
    run.stack.push(frame);
    try {
      if (node.body.type === 'BlockStatement') {
        this.execBlock(node.body.body, env, frame, null);
        // A path that runs off the end returns undefined (`if (!value) return 'required'` and nothing after).
        if (!frame.done && frame.returns.length) frame.returns.push(UNDEF);
      } else frame.returns.push(this.evalExpr(node.body, env, frame));
    } finally {
      run.stack.pop();
      // What a generic request wrapper did besides the request (a jump to the login page, a token
      // re-fetched by a model it calls, an auth check, its interceptors) is plumbing shared by every
      // caller. Code of the callers themselves is not: the unit's own file, and callbacks a caller
      // handed in (see `handedIn`).
      const onBehalf = frame.onBehalf;
      if (onBehalf) {
        const unitFile = run.stack[0]?.file;
        const fromCaller = handedIn(run.stack, frame);
        run.trace.markPlumbing(traceStart, (r) => !onBehalf.has(r.e) && r.e.loc.file !== unitFile && !fromCaller(r.at as Frame[]));
        this.returnedWrapper = { depth: run.stack.length, requests: onBehalf };
        // `promise.then(this.__http)` in a client's `__defaultRequest(config)`: the method that chained
        // its own file's wrapper into a promise is the wrapper its callers call (its interceptors,
        // run after the request on the same chain, are plumbing too).
        const parent = run.stack[run.stack.length - 1];
        if (frame.byBuiltin && parent && parent.file === frame.file && parent !== run.stack[0]) this.markWrapper(parent.env!, onBehalf);
      }
    }
    let result = frame.returns.length ? join(...frame.returns) : UNDEF;
    if (node.async) result = result.t === 'promise' ? result : { t: 'promise', value: result };
    return result;
  }

  /**
   * How many runs of the function that made closure `fn` are on the stack (a wrapper nested in
   * its own callbacks makes one `success` callback per run), at least 2; 1 where none is: the
   * closure was kept from a run that has ended.
   */
  private creatorRuns(fn: FnValue): number {
    const stack = this.cur.stack;
    for (let env: Env | null = fn.env; env; env = env.parent) {
      const made = stack.find((f) => f.env === env);
      if (made) return Math.max(2, stack.filter((f) => f.fn === made.fn).length);
    }
    return 1;
  }

  /** A wx.request whose URL comes from the parameters of the function owning `scope`: that function is a wrapper. */
  markWrapper(scope: Env, requests: Iterable<object>): void {
    const frame = this.cur.stack.find((f) => f.env === scope);
    // The page's (or component's) own code is what the page does, even when its URL comes from an event.
    if (!frame || frame.file === this.cur.stack[0]?.file) return;
    frame.onBehalf ??= new Set();
    for (const r of requests) frame.onBehalf.add(r);
  }

  /**
   * `promisic(wx.request)({ url: base + url })` inside `Http.request({ url })`: a wrapper handed a
   * URL that comes from the caller's own parameters makes the caller a wrapper too, for the
   * same requests. Only for `{ url }` option objects, or an options object passed whole (a
   * positional `getDetail(id)` is not a URL), and never for the page's or component's own methods.
   */
  private passOnWrapper(e: t.CallExpression | t.OptionalCallExpression, env: Env, depth: number, args: Value[]): void {
    const w = this.returnedWrapper;
    this.returnedWrapper = null;
    if (!w || w.depth !== depth || w.requests.size === 0) return;
    // The options, wherever they are passed: `wrapper({ url })`, or after the API name in a
    // generic dispatcher (`wechat.api('request', { ...arg })`).
    // An options object passed whole whose URL is the one this function was given
    // (`this.__http(config)` after `config = Object.assign({}, options, …)`): the same URL value,
    // not one built here (`this.request({ url: 'pay/pre_order', data })` is a service).
    let at = e.arguments.findIndex((a) => a.type === 'ObjectExpression');
    if (at < 0) at = this.givenUrlArg(args);
    if (at < 0) return;
    const scope = urlFromParams(e, env, at);
    if (scope && (!ownsPath(args[at]) || this.givenText(scope))) this.markWrapper(scope, w.requests);
  }

  /**
   * Whether the function owning `scope` was handed text at this run (`get('/goods/list')`, `api({ url:
   * 'user/login' })`, a list of such options): what a wrapper is given. A model method that writes
   * its own path and is handed only an id to put in it (`getTop2CouponsByCategory(spu.category_id)`
   * building `/coupon/by/category/${cid}`, see `ownsPath`) is no wrapper: what else it requests is its own.
   */
  private givenText(scope: Env): boolean {
    const frame = this.cur.stack.find((f) => f.env === scope);
    const text = (v: Value): boolean => v.t === 'str' || (v.t === 'tpl' && v.parts.some((p) => typeof p === 'string'));
    // Text, an options object holding some, or a list of those (`requestAll([{ url: … }, …])`).
    const given = (v: Value, depth: number): boolean =>
      alternatives(v).some(
        (alt) =>
          text(alt) ||
          (depth > 0 && alt.t === 'obj' && [...alt.props.values()].some((x) => given(x, 0))) ||
          (depth > 1 && alt.t === 'arr' && alt.items.some((x) => given(x, 1))),
      );
    return (frame?.args ?? []).some((a) => given(a, 2));
  }

  /** Which of `args` is an options object (in every reading) whose URL is one this function was given, or -1. */
  private givenUrlArg(args: Value[]): number {
    const given = this.cur.stack[this.cur.stack.length - 1]?.args ?? [];
    const urls = new Set<Value>();
    const add = (alt: Value) => urls.add(alt.t === 'obj' ? (alt.props.get('url') ?? alt) : alt);
    // A list of options (`requestAll([{ url: … }, …])` handing each to `request(opt)`) gives each item's URL.
    for (const g of given)
      for (const alt of alternatives(g)) {
        if (alt.t === 'arr') for (const item of alt.items) alternatives(item).forEach(add);
        else add(alt);
      }
    return args.findIndex((options) => {
      const opts = alternatives(options);
      return opts.length > 0 && opts.every((o) => o.t === 'obj' && o.props.has('url') && urls.has(o.props.get('url')!));
    });
  }

  private frameLabel(fn: FnValue): string | null {
    // Anonymous functions and wx callback options (`success(res) {…}`) are not steps a reviewer follows.
    if (!fn.name || (!fn.method && CALLBACK_NAMES.has(fn.name))) return null;
    return fn.method ? fn.name : `${fn.file}:${fn.name}`;
  }

  /** The call chain from the entry, for an effect's `via`. */
  via(): string[] {
    const out: string[] = [];
    for (const f of this.cur.stack) if (f.label && out[out.length - 1] !== f.label) out.push(f.label);
    return out;
  }

  // ---------------------------------------------------------------- locations

  loc(node: t.Node, file: string): Loc {
    const s = node.loc?.start;
    return { file, line: s?.line ?? 1, column: (s?.column ?? 0) + 1 };
  }

  private tick(): void {
    const run = this.cur;
    if (++run.steps > (this.opts.stepBudget ?? DEFAULT_STEP_BUDGET)) {
      run.budgetHit = true;
      throw new BudgetExceeded();
    }
  }

  /** Run an entry with a budget: a blown budget ends this entry, with a diagnostic. */
  runEntry(run: RunState, body: () => void, at: Loc): void {
    this.withRun(run, () => {
      try {
        body();
      } catch (e) {
        if (!(e instanceof BudgetExceeded) && !(e instanceof RangeError)) throw e;
        const limit = e instanceof RangeError ? engineLimit(e) : `${this.opts.stepBudget ?? DEFAULT_STEP_BUDGET}-step`;
        this.diags.report('ANALYSIS_BUDGET', at, { entry: run.entry, limit });
      }
    });
    run.trace.settle();
  }

  // ---------------------------------------------------------------- statements

  /** `blown`: a statement ran out of steps; true to go on with the next one (a module's top level). */
  execBlock(body: t.Statement[], env: Env, frame: Frame, mod: ModuleRecord | null, blown?: (s: t.Statement) => boolean): void {
    // Function declarations are hoisted: calls may precede them.
    for (const s of body) {
      const d = s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' ? s.declaration : s;
      if (d && d.type === 'FunctionDeclaration' && d.id) env.declare(d.id.name, this.makeFn(d, env, frame, d.id.name));
    }
    for (const s of body) {
      if (!blown) this.execStmt(s, env, frame, mod);
      else
        try {
          this.execStmt(s, env, frame, mod);
        } catch (e) {
          if (!(e instanceof BudgetExceeded) || !blown(s)) throw e;
        }
      if (frame.done) break;
    }
    if (mod) this.finishEsmExports(body, env, mod);
  }

  /**
   * `switch (unit) { case 'year': …; break; case 'month': … }` on a value known here: the
   * statements that run, from the matching case (or `default`) to the first `break`. Null when
   * the value or a case's test is not a known constant (then every case may run).
   */
  private switchArm(s: t.SwitchStatement, d: Value, env: Env, frame: Frame): t.Statement[] | null {
    const key = (v: Value): string | null => (v.t === 'str' ? `s${v.v}` : v.t === 'num' ? `n${v.v}` : v.t === 'bool' ? `b${v.v}` : v.t === 'null' ? 'null' : v.t === 'undef' ? 'undef' : null);
    const want = key(d);
    if (want === null) return null;
    let start = -1;
    for (let i = 0; i < s.cases.length && start < 0; i++) {
      const test = s.cases[i]!.test;
      if (!test) continue;
      const k = key(this.evalExpr(test, env, frame));
      if (k === null) return null;
      if (k === want) start = i;
    }
    if (start < 0) start = s.cases.findIndex((c) => !c.test);
    if (start < 0) return [];
    const out: t.Statement[] = [];
    for (let i = start; i < s.cases.length; i++) {
      for (const st of s.cases[i]!.consequent) {
        if (st.type === 'BreakStatement' && !st.label) return out;
        // `case 'a': { …; break }`: a block ending in break ends the arm too.
        if (st.type === 'BlockStatement' && st.body.at(-1)?.type === 'BreakStatement' && !(st.body.at(-1) as t.BreakStatement).label) {
          out.push({ ...st, body: st.body.slice(0, -1) });
          return out;
        }
        out.push(st);
      }
    }
    return out;
  }

  execStmt(s: t.Statement, env: Env, frame: Frame, mod: ModuleRecord | null = null): void {
    this.tick();
    switch (s.type) {
      case 'ExpressionStatement':
        this.evalExpr(s.expression, env, frame);
        return;
      case 'VariableDeclaration':
        for (const d of s.declarations) {
          // `var x;` again keeps what x holds.
          if (!d.init && s.kind === 'var' && d.id.type === 'Identifier' && env.functionScope().vars.has(d.id.name)) continue;
          const v = d.init ? this.evalExpr(d.init, env, frame, patternHint(d.id)) : UNDEF;
          this.bindPattern(d.id, v, env, frame, s.kind === 'var' ? 'var' : 'let');
          const origin = d.init ? taintSource(d.init, env) : null;
          if (origin) markTainted(env, patternNames(d.id), origin);
        }
        return;
      case 'FunctionDeclaration':
        if (s.id && !env.vars.has(s.id.name)) env.declare(s.id.name, this.makeFn(s, env, frame, s.id.name));
        return;
      case 'ClassDeclaration':
        if (s.id) env.declare(s.id.name, this.makeClass(s, env, frame));
        return;
      case 'ReturnStatement':
        frame.returns.push(s.argument ? this.evalExpr(s.argument, env, frame) : UNDEF);
        frame.done = true;
        return;
      case 'IfStatement': {
        const c = truthy(this.evalExpr(s.test, env, frame));
        if (c === true) this.execStmt(s.consequent, env, frame);
        else if (c === false) {
          if (s.alternate) this.execStmt(s.alternate, env, frame);
        } else {
          // `if (!token) return login()`: what follows runs unless both arms returned.
          let thenReturned = false;
          let elseReturned = false;
          // `if (path == './message/index') showModal() else navigateTo(path)`: each arm sees the values it can hold.
          // `if (!/^http/.test(url)) url = base + url`: the same, value by value, for a test that only reads.
          const narrow =
            narrowByEquality(
              s.test,
              (name) => env.lookup(name),
              (e) => truthy(this.evalExpr(e, env, frame)),
            ) ??
            narrowByReadings(
              s.test,
              (name) => env.lookup(name),
              (name, v) => {
                const probe = new Env(env);
                probe.declare(name, v);
                return truthy(this.evalExpr(s.test, probe, frame));
              },
            );
          branches(
            () => {
              if (narrow) env.assign(narrow.name, narrow.then);
              thenReturned = ended(frame, () => this.execStmt(s.consequent, env, frame));
              return thenReturned;
            },
            s.alternate || narrow
              ? () => {
                  if (narrow) env.assign(narrow.name, narrow.else);
                  if (s.alternate) elseReturned = ended(frame, () => this.execStmt(s.alternate!, env, frame));
                  return elseReturned;
                }
              : null,
            false,
            (e) => withinFrame(e, frame),
          );
          frame.done = thenReturned && elseReturned;
        }
        return;
      }
      case 'BlockStatement':
        // A block declaring nothing block-scoped shares its parent's scope (saves an allocation per branch).
        this.execBlock(s.body, declaresLexically(s) ? new Env(env) : env, frame, null);
        return;
      case 'ForStatement': {
        const inner = new Env(env);
        if (s.init) {
          if (s.init.type === 'VariableDeclaration') this.execStmt(s.init, inner, frame);
          else this.evalExpr(s.init, inner, frame);
        }
        const chain = chainWalk(s, inner);
        const body = () => {
          this.execStmt(s.body, inner, frame);
          if (s.update && !frame.done) this.evalExpr(s.update, inner, frame);
        };
        const iteration = (first: boolean) => {
          const test = s.test ? truthy(this.evalExpr(s.test, inner, frame)) : true;
          // A first test known true (`for (; i < length; i++)` over `arguments`): the body runs.
          if (first && test === true) body();
          else maybe(frame, body);
          return test;
        };
        // Later tests known true run their iterations too (a known list walked by index); a test
        // known false ends the loop, an unknown one runs the body once more as maybe. Not inside
        // another loop doing so (nested counting loops multiply: a QR encoder's), and only while
        // the iterations stay cheap.
        const start = this.cur.steps;
        if (iteration(true) === true && s.test && !frame.done && !this.unrolling && !mayLeaveEarly(s)) {
          this.unrolling = true;
          try {
            for (let n = 1; n < MAX_UNROLL; n++) {
              const test = truthy(this.evalExpr(s.test, inner, frame));
              if (test === false) break;
              if (test === true && this.cur.steps - start < MAX_UNROLL_STEPS) body();
              else {
                maybe(frame, body);
                break;
              }
            }
          } finally {
            this.unrolling = false;
          }
        }
        if (!frame.done) chain?.follow(() => conditionally(() => iteration(false)));
        return;
      }
      case 'ForInStatement':
      case 'ForOfStatement': {
        const coll = this.evalExpr(s.right, env, frame);
        const iterate = (item: Value, surely = false) => {
          const inner = new Env(env);
          if (s.left.type === 'VariableDeclaration') {
            for (const d of s.left.declarations) this.bindPattern(d.id, item, inner, frame, 'let');
          } else if (s.left.type === 'Identifier') {
            // `var name; for (name in o)`: each iteration's own key (inside a branch, assigning the outer
            // variable would join it with the keys before); after the loop it holds one of them.
            inner.declare(s.left.name, item);
            this.assignTo(s.left, item, env, frame);
          } else this.assignTo(s.left as t.LVal, item, inner, frame);
          if (frame.done) return;
          if (surely) this.execStmt(s.body, inner, frame);
          else maybe(frame, () => this.execStmt(s.body, inner, frame));
        };
        // A value that may be null or undefined (`options = arguments[i]` in a loop that may not run)
        // iterates over what it holds when it is not: `for (k in null)` runs no iteration.
        const present = nonNullish(coll);
        const one = present.length === 1 ? present[0]! : coll;
        const items = s.type === 'ForOfStatement' ? (one.t === 'arr' ? one.items : []) : one.t === 'obj' ? [...one.props.keys()].map(str) : [];
        // A few known keys or items (`for (var k in exports) Object.defineProperty(target, k, { get: exports[k] })`,
        // how bundlers define a module's exports): each iteration with its own, so `src[k]` pairs with `k`.
        // Items that only stand for a list's contents (`approx`) are not the iterations.
        const exact = !(one.t === 'arr' && one.approx);
        // Keys of an object that is surely there: each iteration runs.
        // An object's own keys go one by one further (`extend(true, {}, base)` copying a 40-method page
        // object): walked as one, every key would get every value.
        const bound = s.type === 'ForInStatement' ? MAX_KEY_WALK : MAX_UNROLL;
        if (exact && items.length && items.length <= bound) for (const item of items) iterate(item, one === coll && s.type === 'ForInStatement');
        else iterate(items.length ? join(...items) : unknown());
        return;
      }
      case 'WhileStatement':
      case 'DoWhileStatement': {
        const chain = chainWalk(s, env);
        const iteration = () => {
          this.evalExpr(s.test, env, frame);
          maybe(frame, () => this.execStmt(s.body, env, frame));
        };
        iteration();
        chain?.follow(() => conditionally(iteration));
        return;
      }
      case 'SwitchStatement': {
        const d = this.evalExpr(s.discriminant, env, frame);
        const inner = new Env(env);
        const chosen = this.switchArm(s, d, inner, frame);
        if (chosen) {
          this.execBlock(chosen, inner, frame, null);
          return;
        }
        conditionally(() => {
          for (const c of s.cases) {
            if (c.test) this.evalExpr(c.test, inner, frame);
            this.execBlock(c.consequent, inner, frame, null);
            frame.done = false;
          }
        });
        return;
      }
      case 'TryStatement': {
        // The code after it runs unless the block returned and so did the handler (which may run instead).
        let returned = ended(frame, () => this.execStmt(s.block, env, frame));
        if (s.handler) {
          const inner = new Env(env);
          if (s.handler.param) this.bindPattern(s.handler.param, unknown('err'), inner, frame, 'let');
          let handlerReturned = false;
          maybeRuns(() => (handlerReturned = ended(frame, () => this.execBlock(s.handler!.body.body, inner, frame, null))));
          returned &&= handlerReturned;
        }
        if (s.finalizer) this.execStmt(s.finalizer, env, frame);
        frame.done ||= returned;
        return;
      }
      case 'ThrowStatement':
        this.evalExpr(s.argument, env, frame);
        return;
      case 'LabeledStatement':
        this.execStmt(s.body, env, frame);
        return;
      case 'ImportDeclaration':
        this.execImport(s, env, frame);
        return;
      case 'ExportNamedDeclaration':
        if (mod) mod.esm = true;
        if (s.declaration) this.execStmt(s.declaration, env, frame, mod);
        return;
      case 'ExportDefaultDeclaration': {
        if (mod) mod.esm = true;
        const d = s.declaration;
        let v: Value;
        if (d.type === 'FunctionDeclaration') v = d.id ? (env.lookup(d.id.name) ?? this.makeFn(d, env, frame, d.id.name)) : this.makeFn(d, env, frame, 'default');
        else if (d.type === 'ClassDeclaration') {
          v = this.makeClass(d, env, frame);
          if (d.id) env.declare(d.id.name, v);
        } else if (d.type === 'TSDeclareFunction') return;
        else v = this.evalExpr(d as t.Expression, env, frame, 'default');
        if (mod) this.exportsObj(mod).props.set('default', v);
        return;
      }
      case 'ExportAllDeclaration':
        if (mod) mod.esm = true;
        return;
      case 'TSExportAssignment':
        if (mod) mod.moduleObj.props.set('exports', this.evalExpr(s.expression, env, frame));
        return;
      case 'TSEnumDeclaration': {
        const e = obj();
        let n = 0;
        for (const m of s.members) {
          const key = m.id.type === 'Identifier' ? m.id.name : m.id.value;
          const v = m.initializer ? this.evalExpr(m.initializer, env, frame) : num(n);
          if (v.t === 'num') n = v.v + 1;
          e.props.set(key, v);
        }
        env.declare(s.id.name, e);
        return;
      }
      case 'TSModuleDeclaration':
        this.execNamespace(s, env, frame);
        return;
      case 'TSImportEqualsDeclaration': {
        // `import uri = require('../../api/uri')` is CommonJS `require`; `import R = routing.lock` an alias.
        if (s.importKind === 'type') return;
        const ref = s.moduleReference;
        let v: Value;
        if (ref.type === 'TSExternalModuleReference') v = this.requireFrom(frame.file, ref.expression.value, s);
        else {
          const path: string[] = [];
          let n: t.TSEntityName = ref;
          while (n.type === 'TSQualifiedName') {
            path.unshift(n.right.name);
            n = n.left;
          }
          v = n.type === 'Identifier' ? (env.lookup(n.name) ?? unknown(n.name)) : unknown();
          for (const k of path) v = this.getProp(v, k, s, frame.file);
        }
        env.declare(s.id.name, v);
        if (s.isExport && mod) this.exportsObj(mod).props.set(s.id.name, v);
        return;
      }
      default:
        return;
    }
  }

  /**
   * `namespace routing { export function lock(o) {…} }` (TypeScript): an object holding what the
   * block exports, as tsc compiles it (`(function (routing) { routing.lock = lock })(routing || (routing = {}))`).
   * A second block of the same name adds to the same object; `namespace a.b {}` nests. Ambient
   * declarations (`declare namespace`, `declare module 'x'`) have no code.
   */
  private execNamespace(s: t.TSModuleDeclaration, env: Env, frame: Frame): void {
    if (s.declare || s.id.type !== 'Identifier') return;
    const name = s.id.name;
    const prev = env.vars.get(name);
    const ns = prev?.t === 'obj' ? prev : obj();
    if (prev !== ns) env.declare(name, ns);
    const inner = new Env(env, true);
    if (s.body.type === 'TSModuleDeclaration') {
      this.execNamespace(s.body, inner, frame);
      if (s.body.id.type === 'Identifier') ns.props.set(s.body.id.name, inner.vars.get(s.body.id.name) ?? UNDEF);
      return;
    }
    this.execBlock(s.body.body, inner, frame, null);
    for (const st of s.body.body) {
      if (st.type !== 'ExportNamedDeclaration' || !st.declaration) continue;
      for (const n of declaredNames(st.declaration)) ns.props.set(n, inner.vars.get(n) ?? UNDEF);
    }
  }

  private exportsObj(mod: ModuleRecord): ObjValue {
    let e = mod.moduleObj.props.get('exports');
    if (!e || e.t !== 'obj') {
      e = obj([], 'module');
      mod.moduleObj.props.set('exports', e);
    }
    return e;
  }

  /** `export { a as b }`, `export const x`, `export * from`: bound after the module body ran. */
  private finishEsmExports(body: t.Statement[], env: Env, mod: ModuleRecord): void {
    for (const s of body) {
      if (s.type === 'ExportNamedDeclaration') {
        const exp = this.exportsObj(mod);
        if (s.declaration) {
          for (const name of declaredNames(s.declaration)) exp.props.set(name, env.lookup(name) ?? UNDEF);
        }
        if (s.specifiers.length) {
          const from = s.source ? this.requireFrom(mod.file, s.source.value, s) : null;
          for (const sp of s.specifiers) {
            const exported = sp.exported.type === 'Identifier' ? sp.exported.name : sp.exported.value;
            if (sp.type === 'ExportSpecifier') {
              const local = sp.local.name;
              exp.props.set(exported, from ? this.getProp(from, local, sp, mod.file) : (env.lookup(local) ?? UNDEF));
            } else if (sp.type === 'ExportNamespaceSpecifier' && from) exp.props.set(exported, from);
            else if (sp.type === 'ExportDefaultSpecifier' && from) exp.props.set(exported, this.getProp(from, 'default', sp, mod.file));
          }
        }
      } else if (s.type === 'ExportAllDeclaration') {
        const from = this.requireFrom(mod.file, s.source.value, s);
        const exp = this.exportsObj(mod);
        if (from.t === 'obj') for (const [k, v] of from.props) if (k !== 'default' && !exp.props.has(k)) exp.props.set(k, v);
      }
    }
  }

  private execImport(s: t.ImportDeclaration, env: Env, frame: Frame): void {
    if (s.importKind === 'type') return;
    const spec = s.source.value;
    const file = frame.file;
    // Bindings resolve on first read: a type-only or unused import loads nothing. What the import
    // reads is also recorded for the importing module, whoever triggers it.
    const importer = this.modules.get(file);
    const tracker = this.opts.tracker;
    const lazy = (get: () => Value): Value => ({ t: 'lazy', get: tracker && importer ? () => tracker.recording(importer.probes, get) : get });
    for (const sp of s.specifiers) {
      if (sp.type === 'ImportDefaultSpecifier') env.declare(sp.local.name, lazy(() => this.requireFrom(file, spec, s, true)));
      else if (sp.type === 'ImportNamespaceSpecifier') env.declare(sp.local.name, lazy(() => this.requireFrom(file, spec, s)));
      else {
        if (sp.importKind === 'type') continue;
        const name = sp.imported.type === 'Identifier' ? sp.imported.name : sp.imported.value;
        env.declare(
          sp.local.name,
          lazy(() => (name === 'default' ? this.requireFrom(file, spec, s, true) : this.getProp(this.requireFrom(file, spec, s), name, sp, file))),
        );
      }
    }
    if (s.specifiers.length === 0) this.requireFrom(file, spec, s);
  }

  // ---------------------------------------------------------------- patterns

  bindPattern(p: t.LVal | t.PatternLike, v: Value, env: Env, frame: Frame, kind: 'var' | 'let'): void {
    switch (p.type) {
      case 'Identifier':
        if (kind === 'var') {
          // `var` names one variable of the function, however often it is declared: `try { var t = a.b }
          // catch (e) { var t = null }` assigns it twice, and a declaration on a branch is a write there.
          const scope = env.functionScope();
          if (!scope.vars.has(p.name)) scope.declare(p.name, UNDEF);
          scope.assign(p.name, v);
        } else env.declare(p.name, v);
        return;
      case 'AssignmentPattern': {
        const hasValue = v.t !== 'undef';
        const dflt = this.evalExpr(p.right, env, frame, patternHint(p.left));
        // A default of nothing (`id = ''`, `x = null`) next to an unknown argument is a placeholder, not a reading.
        const val = !hasValue ? dflt : !mayBeUndefined(v) || isEmptyDefault(dflt) ? v : join(v, dflt);
        if (v.t === 'src') this.markDefault();
        this.bindPattern(p.left, val, env, frame, kind);
        return;
      }
      case 'ObjectPattern': {
        const used: string[] = [];
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') {
            const rest = obj();
            if (v.t === 'obj') for (const [k, pv] of v.props) if (!used.includes(k)) rest.props.set(k, pv);
            this.bindPattern(prop.argument, v.t === 'obj' ? rest : v, env, frame, kind);
            continue;
          }
          const key = this.propKey(prop, env, frame);
          if (key === null) {
            this.bindPattern(prop.value as t.LVal, unknown(), env, frame, kind);
            continue;
          }
          used.push(key);
          this.bindPattern(prop.value as t.LVal, this.getProp(v, key, prop, frame.file), env, frame, kind);
        }
        return;
      }
      case 'ArrayPattern':
        p.elements.forEach((el, i) => {
          if (!el) return;
          // A list that only stands for its contents (`approx`): any item may sit at any place.
          const exact = v.t === 'arr' && !v.approx;
          if (el.type === 'RestElement') this.bindPattern(el.argument, v.t === 'arr' ? (exact ? { t: 'arr', items: v.items.slice(i) } : { t: 'arr', items: [...v.items], approx: true }) : unknown(), env, frame, kind);
          else this.bindPattern(el, exact ? (v.items[i] ?? UNDEF) : v.t === 'promise' ? unknown() : this.getProp(v, String(i), el, frame.file), env, frame, kind);
        });
        return;
      case 'MemberExpression':
        this.assignTo(p, v, env, frame);
        return;
      case 'TSParameterProperty':
        this.bindPattern(p.parameter, v, env, frame, kind);
        return;
      default:
        if ('expression' in p && p.expression) this.bindPattern(p.expression as t.LVal, v, env, frame, kind);
    }
  }

  /** The last query read gets `hasDefault` (a destructuring default follows it). */
  private markDefault(): void {
    const reads = this.cur.trace.reads;
    const last = reads[reads.length - 1];
    if (last) last.hasDefault = true;
  }

  private assignTo(target: t.LVal | t.Expression, v: Value, env: Env, frame: Frame, from?: t.Node): void {
    if (target.type === 'Identifier') {
      env.assign(target.name, v);
      const origin = from ? taintSource(from, env) : null;
      if (origin) markTainted(env, [target.name], origin);
    }
    else if (target.type === 'MemberExpression' || target.type === 'OptionalMemberExpression') {
      const o = this.evalExpr(target.object as t.Expression, env, frame);
      // `target[map[key]] = …` with a key known to be one of a few strings: each may be the one.
      const { keys } = this.memberKeys(target, env, frame);
      for (const k of keys ?? []) this.setProp(o, k, v);
      if (!keys) openUp(o);
    } else if (target.type === 'ObjectPattern' || target.type === 'ArrayPattern') {
      this.bindPattern(target, v, env, frame, 'let');
    } else if (target.type === 'TSAsExpression' || target.type === 'TSNonNullExpression' || target.type === 'TSTypeAssertion' || target.type === 'TSSatisfiesExpression') {
      this.assignTo(target.expression as t.LVal, v, env, frame);
    } else if (target.type === 'AssignmentPattern') {
      this.assignTo(target.left, v, env, frame);
    }
  }

  setProp(o: Value, key: string, v: Value): void {
    for (const alt of alternatives(o)) {
      if (alt.t === 'obj') {
        const maybe = Env.mayNotRun;
        let prev = maybe ? alt.props.get(key) : undefined;
        // A write that may not happen to a key of `this.data` nothing set yet: a read may still give what was there.
        if (maybe && prev === undefined && alt.unknownKeyOrigin) prev = unknown(key, alt.originMap?.get(key) ?? { from: alt.unknownKeyOrigin, name: key });
        if (maybe && prev === undefined && !alt.keysMaybe) {
          journalField(alt, 'keysMaybe');
          alt.keysMaybe = true;
        }
        alt.props.set(key, prev !== undefined ? join(prev, v) : v);
      }
      else if (alt.t === 'arr' && /^\d+$/.test(key) && Number(key) <= alt.items.length + MAX_ARRAY_GAP) {
        // Lists stay dense (`a[3] = v` on [] fills undefined) …
        journalItems(alt.items);
        while (alt.items.length < Number(key)) alt.items.push(UNDEF);
        alt.items[Number(key)] = v;
      } else if (alt.t === 'arr' && /^\d+$/.test(key) && Number(key) < 2 ** 32 - 1) {
        // … and a write far past the end (a bundle's module table, `e[211] = f` on `[]`) is kept by index.
        const sparse = lazyMap(alt, 'sparse');
        const prev = Env.mayNotRun ? sparse.get(Number(key)) : undefined;
        sparse.set(Number(key), prev ? join(prev, v) : v);
      }
      else if (alt.t === 'fn') fnProps(alt).set(key, v);
      // `App.server = Dev` in app.js, read back as `App.server.url` by the request helper.
      else if (alt.t === 'native') lazyMap(alt, 'props').set(key, v);
      else if (alt.t === 'wx' && alt.path === '') this.wxOwn.set(key, v);
      else if (alt.t === 'src') {
        const written = lazyMap(alt, 'written');
        const prev = Env.mayNotRun ? written.get(key) : undefined;
        written.set(key, prev ? { value: join(prev.value, v), orRead: prev.orRead } : { value: v, orRead: Env.mayNotRun });
      }
    }
  }

  // ---------------------------------------------------------------- expressions

  evalExpr(e: t.Expression | t.PrivateName | t.V8IntrinsicIdentifier, env: Env, frame: Frame, nameHint?: string): Value {
    this.tick();
    switch (e.type) {
      case 'StringLiteral':
        return str(e.value);
      case 'NumericLiteral':
        return num(e.value);
      case 'BooleanLiteral':
        return bool(e.value);
      case 'NullLiteral':
        return NULL;
      case 'TemplateLiteral': {
        // Built with concat, so a part with a few alternatives gives a few full readings.
        // A name or member path written twice (`${map[type]}/${map[type]}`) reads once: one value in both places.
        const seen = new Map<string, Value>();
        const parts = e.expressions.map((x) => {
          const key = readPath(x as t.Expression);
          const had = key === null ? undefined : seen.get(key);
          if (had) return had;
          const v = this.evalExpr(x as t.Expression, env, frame);
          // Anything else may have changed what a name reads (`${i}-${i++}-${i}`).
          if (key !== null) seen.set(key, v);
          else seen.clear();
          return v;
        });
        const build = (values: Value[]) => {
          let v: Value = str('');
          e.quasis.forEach((q, i) => {
            v = concat(v, str(q.value.cooked ?? q.value.raw));
            if (i < values.length) v = concat(v, values[i]!);
          });
          return v;
        };
        // One value written twice (`../${name}/${name}`) is the same text in both places: its
        // readings pair up instead of multiplying.
        const twice = parts.find((p, i): p is UnionValue => p.t === 'union' && parts.indexOf(p, i + 1) > i);
        if (!twice) return build(parts);
        return join(...alternatives(holeOrEmpty(twice)).map((alt) => build(parts.map((p) => (p === twice ? alt : p)))));
      }
      case 'Identifier':
        return this.lookup(e.name, env);
      case 'ThisExpression':
        return frame.thisVal;
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        return this.memberValue(this.evalExpr(e.object, env, frame), e, env, frame);
      case 'CallExpression':
      case 'OptionalCallExpression':
        return this.evalCall(e, env, frame);
      case 'NewExpression':
        return this.evalNew(e, env, frame);
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return this.makeFn(e, env, frame, e.type === 'FunctionExpression' && e.id ? e.id.name : (nameHint ?? null));
      case 'ClassExpression':
        return this.makeClass(e, env, frame);
      case 'ObjectExpression':
        return this.evalObject(e, env, frame);
      case 'ArrayExpression': {
        const items: Value[] = [];
        for (const el of e.elements) {
          if (!el) items.push(UNDEF);
          else if (el.type === 'SpreadElement') {
            const v = this.evalExpr(el.argument, env, frame);
            if (v.t === 'arr') items.push(...v.items);
            else items.push(unknown());
          } else items.push(this.evalExpr(el, env, frame));
        }
        return { t: 'arr', items };
      }
      case 'BinaryExpression':
        return this.evalBinary(e, env, frame);
      case 'LogicalExpression': {
        const l = this.evalExpr(e.left, env, frame);
        const lt = truthy(l);
        if (e.operator === '||') {
          if (lt === true) return l;
          const r = lt === false ? this.evalExpr(e.right, env, frame) : conditionally(() => this.evalExpr(e.right, env, frame));
          if (lt === false) return r;
          if (l.t === 'src' || l.t === 'unk') {
            this.markDefaultIfRead(l);
            // `options.id || ''`: the empty default is a placeholder, not a second reading.
            if (isEmptyDefault(r)) return l;
          }
          return join(l, r);
        }
        if (e.operator === '&&') {
          if (lt === false) return l;
          const r = lt === true ? this.evalExpr(e.right, env, frame) : conditionally(() => this.evalExpr(e.right, env, frame));
          if (lt === true) return r;
          // `res && res.data` reads as `res.data` (an unknown left adds no reading), but a test such as
          // `!token && !noToken` stays undecided: a definite `true` on the right does not decide it.
          // A test's outcome (`x == '' && 'name'`) may still be the falsy left: `(…) || 'ok'` stays open.
          // A definite `false` on the right does decide it (`!baseUrl && isBrowser` in a library
          // bundled for browsers too, where `isBrowser` is false in a mini-program).
          if (l.t === 'src' || l.t === 'unk') return r.t === 'bool' ? (r.v ? unknown() : r) : orFalsy(r);
          return join(r, l);
        }
        // ??
        if (l.t === 'null' || l.t === 'undef') return this.evalExpr(e.right, env, frame);
        if (l.t === 'str' || l.t === 'num' || l.t === 'bool' || l.t === 'obj' || l.t === 'fn') return l;
        this.markDefaultIfRead(l);
        const r = conditionally(() => this.evalExpr(e.right, env, frame));
        return (l.t === 'src' || l.t === 'unk') && isEmptyDefault(r) ? l : join(l, r);
      }
      case 'ConditionalExpression': {
        const c = truthy(this.evalExpr(e.test, env, frame));
        if (c === true) return this.evalExpr(e.consequent, env, frame, nameHint);
        if (c === false) return this.evalExpr(e.alternate, env, frame, nameHint);
        return conditionally(() => join(this.evalExpr(e.consequent, env, frame, nameHint), this.evalExpr(e.alternate, env, frame, nameHint)));
      }
      case 'AssignmentExpression': {
        let v: Value;
        if (e.operator === '=') v = evalSelfDefault(this, e, env, frame) ?? this.evalExpr(e.right, env, frame, patternHint(e.left as t.LVal));
        else {
          const cur = this.evalExpr(e.left as t.Expression, env, frame);
          const r = this.evalExpr(e.right, env, frame);
          v = e.operator === '+=' ? (isStringy(cur) || isStringy(r) ? concat(cur, r) : cur.t === 'num' && r.t === 'num' ? num(cur.v + r.v) : unknown(hintOf(e.left))) : e.operator === '||=' || e.operator === '??=' ? join(cur, r) : unknown(hintOf(e.left));
        }
        this.assignTo(e.left as t.LVal, v, env, frame, e.right);
        return v;
      }
      case 'UpdateExpression': {
        const v = this.evalExpr(e.argument, env, frame);
        // A counter of known value counts (`i++` before a loop over `arguments[i]`); anything else stays as it was.
        if (v.t === 'num' && e.argument.type === 'Identifier') {
          const next = num(e.operator === '++' ? v.v + 1 : v.v - 1);
          this.assignTo(e.argument, next, env, frame);
          return e.prefix ? next : v;
        }
        return unknown(hintOf(e.argument));
      }
      case 'UnaryExpression': {
        const v = this.evalExpr(e.argument, env, frame);
        if (e.operator === '!') {
          const tv = truthy(v);
          return tv === null ? unknown() : bool(!tv);
        }
        if (e.operator === '-' && v.t === 'num') return num(-v.v);
        if (e.operator === '+' && v.t === 'num') return v;
        if (e.operator === 'void') return UNDEF;
        if (e.operator === 'typeof') {
          if (e.argument.type === 'Identifier' && NOT_IN_MINIPROGRAMS.has(e.argument.name) && env.lookup(e.argument.name) === undefined && !this.globals.has(e.argument.name)) {
            return str('undefined');
          }
          return typeofValue(v);
        }
        return unknown(hintOf(e.argument));
      }
      case 'SequenceExpression': {
        let v: Value = UNDEF;
        for (const x of e.expressions) v = this.evalExpr(x, env, frame);
        return v;
      }
      case 'AwaitExpression': {
        const v = this.evalExpr(e.argument, env, frame);
        return awaited(v);
      }
      case 'YieldExpression':
        if (e.argument) this.evalExpr(e.argument, env, frame);
        return unknown();
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TypeCastExpression':
      case 'TSInstantiationExpression':
        return this.evalExpr(e.expression, env, frame, nameHint);
      case 'TaggedTemplateExpression':
        this.evalExpr(e.quasi, env, frame);
        return unknown();
      case 'Import':
        return unknown();
      case 'RegExpLiteral':
        return makeRegex(e.pattern, e.flags);
      case 'BigIntLiteral':
      default:
        return unknown();
    }
  }

  /** `o[key]` / `o.key`: a computed key known to be one of a few strings reads each; an unknown index of a list reads any item. */
  private memberValue(o: Value, e: t.MemberExpression | t.OptionalMemberExpression, env: Env, frame: Frame): Value {
    if (o.t === 'arr' && o.knownTop && e.computed) {
      const p = e.property;
      const top = p.type === 'BinaryExpression' && p.operator === '-' && p.right.type === 'NumericLiteral' && p.right.value === 1 && p.left.type === 'MemberExpression' && !p.left.computed && p.left.property.type === 'Identifier' && p.left.property.name === 'length';
      if (top) this.evalExpr(p, env, frame);
      return top ? (o.items[o.items.length - 1] ?? UNDEF) : unknown('page');
    }
    const { keys, value: k } = this.memberKeys(e, env, frame);
    if (keys) return keys.length === 1 ? this.getProp(o, keys[0]!, e, frame.file) : join(...keys.map((kk) => this.getProp(o, kk, e, frame.file)));
    if (o.t === 'arr' && o.items.length) return join(...o.items);
    if (o.t === 'src' && k) return this.getProp(o, '*', e, frame.file);
    // A lookup table written in the code (`const routes = { about: '/pages/about/about', … }; routes[action]`):
    // any of its entries, or nothing.
    if (o.t === 'obj' && !o.tag && !o.unknownKeyOrigin && !o.proto && o.props.size > 0 && o.props.size <= MAX_TABLE_READ) return join(...o.props.values(), UNDEF);
    // A key with known text around a hole (`this['goto' + type](…)`): the members whose names fit it.
    if (o.t === 'obj' && k?.t === 'tpl') {
      const fits = keysFitting(o, k.parts);
      if (fits.length > 0 && fits.length <= MAX_TABLE_READ) return join(...fits.map((kk) => this.getProp(o, kk, e, frame.file)), UNDEF);
    }
    return unknown(k && k.t === 'unk' ? k.hint : undefined);
  }

  private markDefaultIfRead(v: Value): void {
    if (v.t === 'src' && v.root === 'query' && v.path.length === 1) this.markDefault();
  }

  lookup(name: string, env: Env): Value {
    const v = env.lookup(name);
    if (v !== undefined) return v;
    const g = this.globals.get(name);
    if (g) return g;
    if (name === 'undefined') return UNDEF;
    if (name === 'NaN') return num(NaN);
    return unknown(name);
  }

  /** The single known key of `o.key` / `o[k]`, or null. */
  private memberKey(e: t.MemberExpression | t.OptionalMemberExpression, env: Env, frame: Frame): string | null {
    const { keys } = this.memberKeys(e, env, frame);
    return keys && keys.length === 1 ? keys[0]! : null;
  }

  /**
   * The keys `o.key` / `o[k]` can read: one for a name, each string a computed key is known to be
   * one of; null when unknown. `value` is the computed key's value (evaluated once).
   */
  private memberKeys(e: t.MemberExpression | t.OptionalMemberExpression, env: Env, frame: Frame): { keys: string[] | null; value: Value | null } {
    if (!e.computed) {
      if (e.property.type === 'Identifier') return { keys: [e.property.name], value: null };
      if (e.property.type === 'PrivateName') return { keys: ['#' + e.property.id.name], value: null };
      return { keys: null, value: null };
    }
    const value = this.evalExpr(e.property as t.Expression, env, frame);
    const keys = constStrings(value);
    return { keys: keys ? [...new Set(keys)] : null, value };
  }

  propKey(p: t.ObjectProperty | t.ObjectMethod | t.ClassMethod | t.ClassProperty | t.ClassPrivateMethod | t.ClassPrivateProperty | t.ClassAccessorProperty, env: Env, frame: Frame): string | null {
    const k = p.key;
    if (!('computed' in p && p.computed) || k.type === 'StringLiteral' || k.type === 'NumericLiteral') {
      if (k.type === 'Identifier') return k.name;
      if (k.type === 'StringLiteral') return k.value;
      if (k.type === 'NumericLiteral') return String(k.value);
      if (k.type === 'PrivateName') return '#' + k.id.name;
    }
    return constString(this.evalExpr(k as t.Expression, env, frame));
  }

  /** Property read, with the follower's knowledge of wx, sources, promises and built-in methods. */
  getProp(o: Value, key: string, node: t.Node, file: string): Value {
    switch (o.t) {
      case 'obj': {
        const own = o.props.get(key);
        if (own !== undefined) {
          const getter = own.t === 'unk' ? o.getters?.get(key) : undefined;
          if (getter) return this.callFunction(getter, [], o);
          if (!o.spreadQuery?.over?.has(key)) return own;
          const origin: ValueOrigin = { from: 'query', name: key };
          this.recordRead(origin, this.loc(node, file));
          return join(own, unknown(key, origin));
        }
        for (let p = o.proto; p; p = p.proto) {
          const getter = p.getters?.get(key);
          if (getter) return this.callFunction(getter, [], o);
          const pv = p.props.get(key);
          if (pv !== undefined) return pv;
        }
        if (o.spreadQuery && !o.spreadQuery.except.has(key) && !o.originMap?.has(key)) {
          const origin: ValueOrigin = { from: 'query', name: key };
          this.recordRead(origin, this.loc(node, file));
          return unknown(key, origin);
        }
        if (o.unknownKeyOrigin) {
          const mapped = o.originMap?.get(key);
          if (mapped && this.readOnAccess.has(mapped)) this.recordRead(mapped, this.loc(node, file));
          return unknown(key, mapped ?? { from: o.unknownKeyOrigin, name: key });
        }
        if (o.wxMirror) return { t: 'wx', path: key };
        return this.builtinMember(o, key, node, file) ?? (isClosed(o) ? UNDEF : unknown(key));
      }
      case 'arr':
        if (/^\d+$/.test(key)) {
          // A list that only stands for its contents (filtered, pushed to in a loop): any item may be at any index.
          if (o.approx && o.items.length > 1) return join(...o.items);
          return o.items[Number(key)] ?? o.sparse?.get(Number(key)) ?? UNDEF;
        }
        return this.builtinMember(o, key, node, file) ?? unknown(key);
      case 'src':
      {
        const w = o.written?.get(key);
        if (!w) return this.readSource(o, key, node, file);
        return w.orRead ? join(w.value, this.readSource(o, key, node, file)) : w.value;
      }
      case 'wx': {
        // What the app put on wx itself (`wx.http = http` in a setup module) reads back as it was set.
        const own = o.path === '' ? this.wxOwn.get(key) : undefined;
        if (own) return own;
        // `wx.request.bind(this)`, `wx.request.call(wx, opts)`: the API itself, called with its arguments.
        if (o.path !== '' && FUNCTION_METHODS.has(key)) return this.wxFunctionMethod(o.path, key);
        return { t: 'wx', path: o.path ? `${o.path}.${key}` : key };
      }
      case 'union': {
        // Reading a property of null or undefined throws: those readings go no further.
        const live = nonNullish(o);
        const vs = (live.length ? live : o.options).map((x) => this.getProp(x, key, node, file));
        return join(...vs);
      }
      case 'unk':
        return unknown(key, o.origin && o.origin.from !== 'data' ? { from: o.origin.from, name: key } : undefined);
      case 'fn': {
        // ES5 classes: `Http.prototype.get = function () {…}`; and plain properties put on functions.
        const own = o.props?.get(key);
        if (own !== undefined) return own;
        if (key === 'prototype') {
          const p = obj([], 'instance');
          fnProps(o).set('prototype', p);
          return p;
        }
        return this.builtinMember(o, key, node, file) ?? unknown(key);
      }
      case 'native':
        return o.props?.get(key) ?? this.builtinMember(o, key, node, file) ?? unknown(key);
      default:
        return this.builtinMember(o, key, node, file) ?? unknown(key);
    }
  }

  private builtinMember(o: Value, key: string, node: t.Node, file: string): Value | null {
    const b = this.globals.get('%member') as { t: 'native'; call: (a: Value[], th: Value, c: unknown) => Value } | undefined;
    if (!b) return null;
    const r = b.call([o, str(key)], o, { node, file, argNodes: [] });
    return r.t === 'undef' ? null : r;
  }

  /** Reading a property of an event, the query options or a response: recorded as an input or output. */
  readSource(s: SourceValue, key: string, node: t.Node, file: string): Value {
    const next: SourceValue = { ...s, path: [...s.path, key] };
    const origin = sourceOrigin(next);
    // The whole query probed as an object (`q.constructor === Symbol` in a typeof helper,
    // `q.hasOwnProperty(k)`) or a string method called on it (`q.charCodeAt(i)` in a crypto helper
    // handed it as text) reads no parameter of that name; `q.search` as a value still does.
    const probe =
      s.root === 'query' && s.path.length === 0 && (OBJECT_MEMBERS.has(key) || (node === this.methodCallee && STRING_METHODS.has(key)));
    if (origin && !probe && isFreshRead(s, next)) this.recordRead(origin, this.loc(node, file));
    // A dataset value the WXML fixes (constant strings from a data list) is that value, keeping its origin.
    const known = origin?.from === 'dataset' && next.path.length === 3 ? s.dataset?.get(key) : undefined;
    if (known && origin) return join(...alternatives(known).map((v) => (v.t === 'str' ? { ...v, origin } : v)));
    if (origin?.from === 'dataset' && next.path.length === 3 && next.path[0] === 'currentTarget' && s.datasetKeys && !s.datasetKeys.has(key)) return UNDEF;
    // `e.detail.url` of a component's event carrying a path the page handed it down.
    const handed = next.path.length === 2 && next.path[0] === 'detail' ? s.detail?.get(key) : undefined;
    if (handed) return origin ? join(...alternatives(handed).map((v) => (v.t === 'str' ? { ...v, origin } : v))) : handed;
    // `e.currentTarget.id`: the element's `id` attribute, when the WXML fixes it (`<view id="../a/a">`).
    if (s.root === 'event' && key === 'id' && s.path.length === 1 && (s.path[0] === 'currentTarget' || s.path[0] === 'target')) {
      const id = s.dataset?.get(ELEMENT_ID_KEY);
      if (id) return id;
    }
    if (s.root === 'response' && s.effect) {
      const depth = s.payloadDepth ?? 0;
      const payload = next.path.slice(depth);
      if (payload.length > 0 && payload.length <= 3 && !payload.some((p) => p === '*' || /^\d+$/.test(p))) {
        const k = payload.join('.');
        const keys = (s.effect.responseKeys ??= []);
        if (!keys.includes(k)) keys.push(k);
      }
    }
    return next;
  }

  recordRead(origin: ValueOrigin, loc: Loc): void {
    this.cur.trace.addRead({ origin, loc });
  }

  private evalObject(e: t.ObjectExpression, env: Env, frame: Frame): Value {
    const o = obj();
    let closed = true;
    for (const p of e.properties) {
      if (p.type === 'SpreadElement') {
        const v = this.evalExpr(p.argument, env, frame);
        for (const alt of alternatives(v)) {
          if (alt.t === 'obj') for (const [k, pv] of alt.props) o.props.set(k, pv);
          if (isQueryObject(alt)) o.spreadQuery ??= { except: new Set(), over: new Set(o.props.keys()) };
          if (!(alt.t === 'obj' ? isClosed(alt) : alt.t === 'null' || alt.t === 'undef')) closed = false;
        }
        continue;
      }
      const key = this.propKey(p, env, frame);
      if (key === null) {
        closed = false;
        continue;
      }
      if (p.type === 'ObjectMethod') {
        if (p.kind === 'get') {
          o.props.set(key, unknown(key));
          const fn = this.makeFn(p, env, frame, key);
          if (computingGetter(fn)) (o.getters ??= new Map()).set(key, fn);
        }
        else if (p.kind === 'method') o.props.set(key, this.makeFn(p, env, frame, key));
        continue;
      }
      if (p.shorthand && p.value.type === 'Identifier') o.props.set(key, this.lookup(p.value.name, env));
      else o.props.set(key, this.evalExpr(p.value as t.Expression, env, frame, key));
    }
    // Only a unit's own objects: one built at a module's top level is a registry every unit may
    // fill at run time (an event bus's handler lists, a cache), whatever keys its literal lists.
    // (Closing those a function builds while modules load, too, was tried: a bundle's module cache
    // then reads as empty, but whole chart libraries ran to the step budget behind it.)
    if (closed && (inUnitNow() || (frame.fn === null && isTextTable(o)))) o.closed = true;
    return o;
  }

  private evalBinary(e: t.BinaryExpression, env: Env, frame: Frame): Value {
    const l = e.left.type === 'PrivateName' ? unknown() : this.evalExpr(e.left, env, frame);
    const r = this.evalExpr(e.right, env, frame);
    switch (e.operator) {
      case '+':
        if (isStringy(l) || isStringy(r)) return concat(l, r);
        if (l.t === 'num' && r.t === 'num') return num(l.v + r.v);
        // Unknown + a number (`page + 1`): most likely arithmetic; either way one unknown value, not text ending in "1".
        if ((l.t === 'num' && (r.t === 'unk' || r.t === 'src')) || (r.t === 'num' && (l.t === 'unk' || l.t === 'src'))) {
          const x = l.t === 'num' ? r : l;
          return definedValue(unknown(holeName(x) || undefined, originOf(x)));
        }
        if (l.t === 'unk' || r.t === 'unk' || l.t === 'src' || r.t === 'src') {
          // Unknown + unknown: could be either; keep the parts as a template so URL pieces survive.
          return concat(l, r);
        }
        return unknown();
      case '-':
      case '*':
      case '/':
      case '%':
        if (l.t === 'num' && r.t === 'num') return num(arith(e.operator, l.v, r.v));
        return definedValue(unknown(hintOf(e.left)));
      case '===':
      case '==':
      case '!==':
      case '!=':
        return equalsKnown(e.operator, l, r);
      case '<':
      case '<=':
      case '>':
      case '>=':
        return compareKnown(e.operator, l, r);
      case 'instanceof':
        return instanceOf(l, r, { array: this.globals.get('Array'), object: this.globals.get('Object') });
      default:
        return unknown();
    }
  }

  private evalCall(e: t.CallExpression | t.OptionalCallExpression, env: Env, frame: Frame): Value {
    const calleeNode = e.callee;
    let thisVal: Value = UNDEF;
    let callee: Value;
    if ((calleeNode.type === 'MemberExpression' || calleeNode.type === 'OptionalMemberExpression') && calleeNode.object.type === 'Super') {
      // super.method(): the parent's method, with this frame's `this`.
      thisVal = frame.thisVal;
      const key = this.memberKey(calleeNode, env, frame);
      const sup = frame.home?.proto;
      const holder = sup ? (frame.thisVal === frame.home ? sup : sup.classProto) : undefined;
      callee = key === null || !holder ? unknown() : this.getProp(holder, key, calleeNode, frame.file);
    } else if (calleeNode.type === 'MemberExpression' || calleeNode.type === 'OptionalMemberExpression') {
      thisVal = this.evalExpr(calleeNode.object, env, frame);
      // Restored, not cleared: a call inside a computed key (`q[f()]()`) must not hide this callee.
      const outer = this.methodCallee;
      this.methodCallee = calleeNode;
      try {
        callee = this.memberValue(thisVal, calleeNode, env, frame);
      } finally {
        this.methodCallee = outer;
      }
    } else if (calleeNode.type === 'Super') {
      // super(...) in a constructor: the parent class initialises this instance.
      const sup = frame.home?.proto;
      const args = e.arguments.map((a) => (a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder' ? unknown() : this.evalExpr(a as t.Expression, env, frame)));
      if (sup && sup.tag === 'class') this.initInstance(sup, frame.thisVal, args);
      return UNDEF;
    } else if (calleeNode.type === 'V8IntrinsicIdentifier') {
      callee = unknown();
    } else if (calleeNode.type === 'Import') {
      const a = e.arguments[0];
      const spec = a && a.type === 'StringLiteral' ? a.value : null;
      return { t: 'promise', value: spec ? this.requireFrom(frame.file, spec, e) : unknown() };
    } else callee = this.evalExpr(calleeNode, env, frame);
    const args: Value[] = [];
    for (const a of e.arguments) {
      if (a.type === 'SpreadElement') {
        const v = this.evalExpr(a.argument, env, frame);
        if (v.t === 'arr') args.push(...v.items);
        else args.push(unknown());
      } else if (a.type === 'ArgumentPlaceholder') args.push(unknown());
      else args.push(this.evalExpr(a, env, frame));
    }
    const prevEnv = this.callEnv;
    this.callEnv = env;
    const depth = this.cur.stack.length;
    this.returnedWrapper = null;
    try {
      return this.callValue(callee, args, thisVal, e, e.arguments as t.Node[], frame.file);
    } finally {
      this.callEnv = prevEnv;
      this.passOnWrapper(e, env, depth, args);
    }
  }

  private evalNew(e: t.NewExpression, env: Env, frame: Frame): Value {
    const callee = this.evalExpr(e.callee as t.Expression, env, frame);
    const args = e.arguments.map((a) => (a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder' ? unknown() : this.evalExpr(a as t.Expression, env, frame)));
    return this.construct(callee, args, e, frame.file);
  }

  construct(callee: Value, args: Value[], node: t.Node, file: string): Value {
    if (callee.t === 'obj' && callee.tag === 'class') {
      const inst = obj([], 'instance');
      if (callee.classProto) inst.proto = callee.classProto;
      this.initInstance(callee, inst, args);
      return inst;
    }
    // `new Object()` is an empty object (`new Object(o)` is `o`), as in JavaScript.
    if (callee === this.globals.get('Object')) return args[0]?.t === 'obj' ? args[0] : obj();
    if (callee.t === 'native') return callee.call(args, { t: 'undef' }, { node, file, argNodes: [] });
    if (callee.t === 'fn') {
      const inst = obj([], 'instance');
      const protoV = callee.props?.get('prototype');
      if (protoV?.t === 'obj') inst.proto = protoV;
      const r = this.callFunction(callee, args, inst);
      // A constructor that returns an object gives that object; anything else gives the instance.
      return join(...alternatives(r).map((x) => (x.t === 'obj' || x.t === 'arr' || x.t === 'fn' ? x : inst)));
    }
    this.invokeCallbacks(args);
    return unknown();
  }

  /** Run a class's field initialisers and constructor on `inst`; without a constructor, the parent's runs. */
  initInstance(cls: ObjValue, inst: Value, args: Value[]): void {
    const sup = cls.proto && cls.proto.tag === 'class' ? cls.proto : null;
    if (!cls.ctor) {
      if (sup) this.initInstance(sup, inst, args);
      cls.fieldInit?.(inst);
      return;
    }
    // Fields of a derived class are set when super() returns; of a base class, before the body runs.
    if (!sup) cls.fieldInit?.(inst);
    this.callFunction(cls.ctor, args, inst);
    if (sup) cls.fieldInit?.(inst);
  }

  makeFn(node: FunctionNode, env: Env, frame: Frame, name: string | null): FnValue {
    const fn: FnValue = { t: 'fn', node, env, file: frame.file, name };
    if (node.type === 'ArrowFunctionExpression') {
      fn.thisVal = frame.thisVal;
      if (frame.home) fn.home = frame.home;
    }
    return fn;
  }

  /**
   * Classes: static members on the class object (inherited through `proto`),
   * methods on `classProto` (which instances use as their `proto`), instance
   * fields run on construction; methods know their class (`home`) for `super`.
   */
  private makeClass(c: t.ClassDeclaration | t.ClassExpression, env: Env, frame: Frame): ObjValue {
    const cls = obj([], 'class');
    const proto = obj([], 'instance');
    cls.classProto = proto;
    if (c.superClass) {
      const sup = this.evalExpr(c.superClass, env, frame);
      if (sup.t === 'obj' && sup.tag === 'class') {
        cls.proto = sup;
        if (sup.classProto) proto.proto = sup.classProto;
      }
    }
    const classFrame: Frame = { ...frame, thisVal: cls, returns: [], home: cls };
    const fieldNodes: (t.ClassProperty | t.ClassPrivateProperty)[] = [];
    for (const m of c.body.body) {
      if (m.type === 'ClassMethod' || m.type === 'ClassPrivateMethod') {
        const key = this.propKey(m, env, frame);
        if (key === null || m.kind === 'set') continue;
        const fn = this.makeFn(m, env, frame, key);
        if (m.kind === 'get') {
          // A getter of instances that only reads (`get baseUrl() { return this.host + '/api' }`).
          if (!m.static && computingGetter(fn)) (proto.getters ??= new Map()).set(key, fn);
          continue;
        }
        fn.home = cls;
        if (m.kind === 'constructor') cls.ctor = fn;
        else (m.static ? cls : proto).props.set(key, fn);
      } else if (m.type === 'ClassProperty' || m.type === 'ClassPrivateProperty') {
        if (!m.static) fieldNodes.push(m);
        else if (m.value) {
          const key = m.type === 'ClassPrivateProperty' ? '#' + m.key.id.name : this.propKey(m, env, frame);
          if (key !== null) cls.props.set(key, this.evalExpr(m.value, env, classFrame, key));
        }
      }
    }
    if (fieldNodes.length) {
      cls.fieldInit = (inst) => {
        const fieldFrame: Frame = { ...frame, thisVal: inst, returns: [], home: cls };
        for (const f of fieldNodes) {
          const key = f.type === 'ClassPrivateProperty' ? '#' + f.key.id.name : this.propKey(f, env, fieldFrame);
          if (key === null || !f.value) continue;
          this.setProp(inst, key, this.evalExpr(f.value, env, fieldFrame, key));
        }
      };
    }
    return cls;
  }
}

// ------------------------------------------------------------------ helpers

const LEXICAL = new WeakMap<t.BlockStatement, boolean>();

function declaresLexically(b: t.BlockStatement): boolean {
  let r = LEXICAL.get(b);
  if (r === undefined) {
    r = b.body.some((st) => (st.type === 'VariableDeclaration' && st.kind !== 'var') || st.type === 'FunctionDeclaration' || st.type === 'ClassDeclaration');
    LEXICAL.set(b, r);
  }
  return r;
}

/** '', 0, null, undefined, [], {}: what code puts after `||` / `??` to mean "nothing". */
function isEmptyDefault(v: Value): boolean {
  return (
    (v.t === 'str' && v.v === '') || (v.t === 'num' && v.v === 0) || v.t === 'null' || v.t === 'undef' ||
    (v.t === 'arr' && v.items.length === 0) || (v.t === 'obj' && v.props.size === 0 && !v.tag)
  );
}

/** All alternatives as constant strings, or null when any is not one. */
function constStrings(v: Value): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(v)) {
    const c = constString(alt);
    if (c === null) return null;
    out.push(c);
  }
  return out.length ? out : null;
}

function arith(op: string, a: number, b: number): number {
  switch (op) {
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    default:
      return a % b;
  }
}

/**
 * Globals of browsers, Node and module loaders that a mini-program's JavaScript does not have:
 * libraries bundled for several platforms test `typeof document !== 'undefined'` to pick their
 * branch, and in a mini-program that test is false.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/env.html
 */
const NOT_IN_MINIPROGRAMS = new Set(['document', 'window', 'location', 'XMLHttpRequest', 'FormData', 'localStorage', 'sessionStorage', 'define', 'process', 'Buffer']);

function typeofValue(v: Value): Value {
  switch (v.t) {
    case 'str':
    case 'tpl':
      return str('string');
    case 'num':
      return str('number');
    case 'bool':
      return str('boolean');
    case 'undef':
      return str('undefined');
    case 'fn':
    case 'native':
      return str('function');
    case 'obj':
    case 'arr':
    case 'null':
      return str('object');
    case 'union':
      // Each reading's type: `typeof` of `token=${a}` or `token=${b}` is 'string' either way.
      return join(...v.options.map(typeofValue));
    default:
      return unknown();
  }
}

export function awaited(v: Value): Value {
  if (v.t === 'promise') return v.value;
  if (v.t === 'union') return join(...v.options.map(awaited));
  return v;
}

function hintOf(n: t.Node): string | undefined {
  if (n.type === 'Identifier') return n.name;
  if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && !n.computed && n.property.type === 'Identifier') return n.property.name;
  return undefined;
}

function patternHint(p: t.LVal | t.Node): string | undefined {
  return p.type === 'Identifier' ? p.name : undefined;
}

function declaredNames(d: t.Declaration): string[] {
  if (d.type === 'VariableDeclaration') {
    const out: string[] = [];
    for (const x of d.declarations) collectPatternNames(x.id, out);
    return out;
  }
  if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration' || d.type === 'TSEnumDeclaration') && d.id) return [d.id.name];
  if (d.type === 'TSModuleDeclaration' && !d.declare && d.id.type === 'Identifier') return [d.id.name];
  return [];
}

function collectPatternNames(p: t.LVal | t.PatternLike, out: string[]): void {
  if (p.type === 'Identifier') out.push(p.name);
  else if (p.type === 'ObjectPattern') for (const x of p.properties) collectPatternNames(x.type === 'RestElement' ? x.argument : (x.value as t.LVal), out);
  else if (p.type === 'ArrayPattern') for (const x of p.elements) x && collectPatternNames(x.type === 'RestElement' ? x.argument : x, out);
  else if (p.type === 'AssignmentPattern') collectPatternNames(p.left, out);
}

/** A read is recorded once, where the path first becomes meaningful (e.g. at `options.id`, not `options.id.length`). */
function isFreshRead(prev: SourceValue, next: SourceValue): boolean {
  const n = sourceOrigin(next);
  return n !== undefined && !sameOrigin(sourceOrigin(prev), n);
}

/** An object whose every key is known (`ObjValue.closed`): a literal, not something else built on it. */
export function isClosed(o: ObjValue): boolean {
  return o.closed === true && !o.proto && !o.tag && !o.unknownKeyOrigin && !o.spreadQuery;
}

/** Code we cannot see may add keys to `v`: its objects are no longer closed. */
export function openUp(v: Value): void {
  for (const alt of alternatives(v)) {
    if (alt.t === 'obj' && alt.closed) {
      journalField(alt, 'closed');
      delete alt.closed;
    }
  }
}

/** The page's query object, or an object it was spread into. */
export function isQueryObject(v: Value): boolean {
  return (v.t === 'src' && v.root === 'query' && v.path.length === 0) || (v.t === 'obj' && !!v.spreadQuery);
}

/**
 * For wrapper `w`, just returned to `callers` (the stack below it): whether a reach inside it (its
 * stack then, `at`) ran in code a caller handed in — a function among the wrapper's arguments (or
 * their properties), or one created inside a caller's frame (`{ url, sCallback: (data) => … }`
 * built by the service method calling the wrapper). Interceptors the client installed when it was
 * built were created by no frame on the stack: they are the wrapper's. The callers' scopes and the
 * functions handed in are gathered once, on the first reach asked about.
 */
function handedIn(callers: readonly Frame[], w: Frame): (at: Frame[]) => boolean {
  const depth = callers.length;
  let callerEnvs: Set<Env> | null = null;
  const given = new Set<t.Node>();
  return (at) => {
    if (at[depth] !== w || at.length <= depth + 1) return false;
    if (!callerEnvs) {
      callerEnvs = new Set();
      for (const f of callers) if (f.env) callerEnvs.add(f.env);
      for (const a of w.args ?? []) {
        for (const alt of alternatives(a)) {
          if (alt.t === 'fn') given.add(alt.node);
          else if (alt.t === 'obj') for (const v of alt.props.values()) if (v.t === 'fn') given.add(v.node);
        }
      }
    }
    for (let i = depth + 1; i < at.length; i++) {
      const f = at[i]!;
      if (f.fn && given.has(f.fn)) return true;
      for (let e = f.env?.parent ?? null; e; e = e.parent) if (callerEnvs.has(e)) return true;
    }
    return false;
  };
}

/** The environment belongs to the function the frame runs (its scope or a block in it). */
function withinFrame(env: Env, frame: Frame): boolean {
  for (let e: Env | null = env; e; e = e.parent) if (e === frame.env) return true;
  return false;
}

/** Run a branch arm: whether it returned (the frame's path is open again afterwards, for the next arm). */
function ended(frame: Frame, arm: () => void): boolean {
  arm();
  const d = frame.done === true;
  frame.done = false;
  return d;
}

/** Run code that may not run (a loop body, a case): a return in it does not end the path. */
function maybe(frame: Frame, body: () => void): void {
  maybeRuns(body);
  frame.done = false;
}

/** What code we cannot see calls a callback with: something, unknown, for each parameter (`validate((valid, errors) => …)`). */
function unknownArgs(fn: FnValue): Value[] {
  return fn.node.params.map((p) => unknown(p.type === 'Identifier' ? p.name : undefined));
}

/**
 * The keys of `o` (own and inherited) a key spelled `parts` may be: its text in order, any text in
 * each hole. None unless the text says enough (two characters or more), so `'' + name` fits nothing.
 */
function keysFitting(o: ObjValue, parts: readonly TplPart[]): string[] {
  const text = parts.filter((p): p is string => typeof p === 'string');
  if (text.join('').length < 2) return [];
  const re = new RegExp(`^${parts.map((p) => (typeof p === 'string' ? escapeRe(p) : '[\\s\\S]*')).join('')}$`);
  const out = new Set<string>();
  for (let x: ObjValue | undefined = o; x; x = x.proto) for (const key of x.props.keys()) if (re.test(key)) out.add(key);
  return [...out];
}

/**
 * The URL handed on (the options' `url`, or the value itself) starts with a path the caller wrote
 * before the part it was given (`/coupon/by/category/${cid}`), in every reading.
 */
function ownsPath(v: Value | undefined): boolean {
  if (!v) return false;
  const urls = alternatives(v).map((a) => (a.t === 'obj' ? a.props.get('url') : a));
  return urls.length > 0 && urls.every((u) => u !== undefined && alternatives(u).every((x) => x.t === 'tpl' && typeof x.parts[0] === 'string' && x.parts[0].includes('/')));
}

/** A name or member path that only reads (`map[type]`, `this.data.id`) as text, or null. */
function readPath(n: t.Expression): string | null {
  switch (n.type) {
    case 'Identifier':
      return n.name;
    case 'ThisExpression':
      return 'this';
    case 'StringLiteral':
      return JSON.stringify(n.value);
    case 'NumericLiteral':
      return String(n.value);
    case 'MemberExpression': {
      const o = readPath(n.object as t.Expression);
      if (o === null) return null;
      if (!n.computed) return n.property.type === 'Identifier' ? `${o}.${n.property.name}` : null;
      const k = readPath(n.property as t.Expression);
      return k === null ? null : `${o}[${k}]`;
    }
    default:
      return null;
  }
}

/**
 * A getter that computes from what it reads and runs no code of the app (`get baseUrl() { return
 * this.env[this.currentEnv].baseUrl }`, `get base() { return this.host + '/v2' }`): read again on
 * each read of its property. One that calls anything (`Date.now()`) stays unknown.
 */
function computingGetter(fn: FnValue): boolean {
  const returned = soleReturn(fn.node);
  return returned !== null && isPure(returned);
}

/**
 * A module's table of texts written at its top level (`module.exports = { GoodsList: ApiHost +
 * 'goods/list', … }`, three entries or more, every one a known text): a key it does not list
 * reads as undefined (`api.GoodsCategory` the table never defined is no URL), not as anything.
 */
function isTextTable(o: ObjValue): boolean {
  if (o.props.size < 3) return false;
  for (const v of o.props.values()) if (v.t !== 'str') return false;
  return true;
}
