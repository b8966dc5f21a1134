import type { Interpreter } from './interpreter.js';
import { apiPromiseModel } from './api-promise.js';
import { axiosModel } from './axios.js';
import { escookRequestModel } from './escook-request.js';
import { hyEventStoreModel } from './hy-event-store.js';
import { flyioModel } from './flyio.js';
import { minaRequestModel } from './mina-request.js';
import { readTextWithin, type Vfs } from '../util/vfs.js';
import { storeBindingsModel } from './store-bindings.js';
import { shared } from './isolation.js';
import {
  UNDEF,
  alternatives,
  constString,
  join,
  native,
  obj,
  truthy,
  unknown,
  type CallSite,
  type NativeValue,
  type ObjValue,
  type Value,
  fnProps,
} from './values.js';

/**
 * Libraries whose behaviour is fixed and known, modelled instead of followed.
 *
 * `tslib` holds the helpers TypeScript emits (`importHelpers`): class
 * decorators (`__decorate`), object spread (`__assign`), async functions
 * (`__awaiter`)… Its published file is a UMD wrapper that hands every helper
 * to an exporter closure, which the follower cannot see through, and it is
 * often not shipped at all (DevTools' "build npm" copies only what a package
 * declares). Compiled component libraries (TDesign) register every component
 * through `__decorate([wxComponent()], Button)`: without the helper, nothing
 * is registered. Each helper is modelled on the semantics tslib documents.
 * https://github.com/microsoft/tslib/blob/main/tslib.d.ts
 */

type Library = (ip: Interpreter) => ObjValue | NativeValue;

export const KNOWN_LIBRARIES: Record<string, Library> = {
  tslib: tslibModel,
  axios: axiosModel,
  'mobx-miniprogram': mobxModel,
  '@escook/request-miniprogram': escookRequestModel,
  'mobx-miniprogram-bindings': storeBindingsModel,
  'mini-stores': miniStoresModel,
  'hy-event-store': hyEventStoreModel,
  'miniprogram-api-promise': apiPromiseModel,
  flyio: flyioModel,
  'flyio/dist/npm/wx': flyioModel,
  'mina-request': minaRequestModel,
  'es6-promise': es6PromiseModel,
};

/**
 * A known library an app copied into its own folders, recognised by its file (Fly.js's mini-program
 * build as `utils/wx.umd.min.js` or `lib/fly/wx.js`, the es6-promise polyfill as `utils/es6-promise.js`
 * or `vendor/promise.js`): the name it is modelled under, or null. Only files named like one are
 * read for the check.
 */
export function vendoredLibrary(vfs: Vfs, file: string): string | null {
  const candidates = VENDORED.filter((v) => v.file.test(file));
  if (!candidates.length) return null;
  const text = readTextWithin(vfs, file, 200_000);
  if (typeof text !== 'string') return null;
  return candidates.find((v) => v.marks.every((m) => text.includes(m)))?.name ?? null;
}
const VENDORED: { name: string; file: RegExp; marks: string[] }[] = [
  {
    name: 'flyio',
    file: /(^|\/)wx(\.umd)?(\.min)?\.js$|(^|\/)fly(io)?(\.umd)?(\.min)?\.js$|(^|\/)fly(io)?\/[^/]+\.js$/i,
    // What Fly's wx build says, minified or not: its interceptors and lock, the XHR shim it puts over `wx.request`.
    marks: ['interceptors', 'engine', 'unlock', 'parseJson', 'onreadystatechange', 'wx.request'],
  },
  {
    name: 'es6-promise',
    file: /(^|\/)(es6-)?promise(\.auto)?(\.min)?\.js$/i,
    // What es6-promise's build says, minified or not: its UMD global, its scheduler hooks, `polyfill`.
    marks: ['ES6Promise', '_subscribers', '_setAsap', '_setScheduler', 'polyfill'],
  },
];

/**
 * The es6-promise polyfill (copied into many older apps as `utils/es6-promise.js` beside a
 * `wxPromisify` helper): the engine's own `Promise`, as the polyfill behaves. Followed, its
 * scheduler keeps callbacks in a queue indexed by a counter the follower cannot pin down, and no
 * `then` callback ever runs. `Promise.Promise` and `polyfill()` are there as it exports them.
 * https://github.com/stefanpenner/es6-promise
 */
function es6PromiseModel(ip: Interpreter): NativeValue {
  const P = ip.globals.get('Promise') as NativeValue;
  const model: NativeValue = { ...P, props: new Map<string, Value>([['polyfill', native('polyfill', () => UNDEF)]]) };
  model.props!.set('Promise', model);
  return model;
}

const cache = new WeakMap<Interpreter, Map<string, ObjValue | NativeValue>>();

/** The modelled exports of a known library `spec`, or null when it is not one. */
export function knownLibrary(ip: Interpreter, spec: string): ObjValue | NativeValue | null {
  const make = Object.hasOwn(KNOWN_LIBRARIES, spec) ? KNOWN_LIBRARIES[spec] : undefined;
  if (!make) return null;
  let m = cache.get(ip);
  if (!m) cache.set(ip, (m = new Map()));
  let exp = m.get(spec);
  // Built once per interpreter and shared by every unit, like a module.
  if (!exp) m.set(spec, (exp = shared(() => make(ip))));
  return exp;
}

/** A decorator's (or helper's) result: `r || fallback`, keeping the fallback where the result may be falsy. */
function orElse(r: Value, fallback: Value): Value {
  const kept = alternatives(r).filter((a) => truthy(a) === true);
  if (kept.length === 0) return fallback;
  return kept.length === alternatives(r).length ? join(...kept) : join(...kept, fallback);
}

function tslibModel(ip: Interpreter): ObjValue {
  const call = (f: Value, args: Value[], thisVal: Value, site: CallSite): Value => ip.callValue(f, args, thisVal, site.node, [], site.file);
  const assign = ip.globals.get('Object')?.t === 'obj' ? (ip.globals.get('Object') as ObjValue).props.get('assign') : undefined;
  return obj(
    [
      [
        // __decorate(decorators, target, key?, desc?): class decorators run last to first, each
        // handed the class so far; one returning a value replaces it. Member decorators get
        // (target, key, descriptor) and may return a new descriptor.
        '__decorate',
        native('__decorate', (args, _this, site) => {
          const decorators = args[0];
          const target = args[1] ?? UNDEF;
          const list = decorators?.t === 'arr' ? [...decorators.items].reverse() : [];
          if (args.length < 3) {
            let r = target;
            for (const d of list) r = orElse(call(d, [r], UNDEF, site), r);
            return r;
          }
          let r: Value = args[3] ?? UNDEF;
          for (const d of list) r = orElse(call(d, args.length > 3 ? [target, args[2]!, r] : [target, args[2]!], UNDEF, site), r);
          return r;
        }),
      ],
      // __param(index, decorator): a parameter decorator as a member decorator.
      ['__param', native('__param', (args) => native('param decorator', (a, _t, site) => call(args[1] ?? UNDEF, [a[0] ?? UNDEF, a[1] ?? UNDEF, args[0] ?? UNDEF], UNDEF, site)))],
      ['__metadata', native('__metadata', () => native('metadata decorator', () => UNDEF))],
      // __assign(target, ...sources) is Object.assign.
      ['__assign', assign ?? native('__assign', () => unknown())],
      [
        // __rest(source, excluded): the source's keys but the excluded ones (`const { a, ...rest } = o`).
        '__rest',
        native('__rest', (args) => {
          const src = args[0];
          const excluded = new Set((args[1]?.t === 'arr' ? args[1].items : []).map((k) => constString(k)));
          if (src?.t !== 'obj') return unknown('rest');
          return obj([...src.props].filter(([k]) => !excluded.has(k)));
        }),
      ],
      ['__spreadArray', native('__spreadArray', (args) => spread(args.slice(0, 2)))],
      ['__spreadArrays', native('__spreadArrays', (args) => spread(args))],
      ['__spread', native('__spread', (args) => spread(args))],
      ['__read', native('__read', (args) => args[0] ?? UNDEF)],
      [
        // __awaiter(thisArg, _arguments, P, generator): the body of an async function, run with its `this`.
        '__awaiter',
        native('__awaiter', (args, _this, site) => {
          const r = call(args[3] ?? UNDEF, [], args[0] ?? UNDEF, site);
          return r.t === 'promise' ? r : { t: 'promise', value: r };
        }),
      ],
      // Module interop: a module compiled from ES syntax is used as is; another is wrapped as its default.
      ['__importDefault', native('__importDefault', (args) => (isEsModule(args[0]) ? args[0]! : obj([['default', args[0] ?? UNDEF]])))],
      ['__importStar', native('__importStar', (args) => (isEsModule(args[0]) ? args[0]! : obj([...(args[0]?.t === 'obj' ? args[0].props : []), ['default', args[0] ?? UNDEF]])))],
      [
        '__exportStar',
        native('__exportStar', (args) => {
          const [from, to] = args;
          if (from?.t === 'obj' && to?.t === 'obj') for (const [k, v] of from.props) if (k !== 'default' && !to.props.has(k)) to.props.set(k, v);
          return UNDEF;
        }),
      ],
      [
        // __extends(Child, Parent) for ES5 classes: Child's instances inherit Parent's prototype.
        '__extends',
        native('__extends', (args, _this, site) => {
          const [child, parent] = args;
          if (child?.t !== 'fn' || !parent) return UNDEF;
          const proto = obj([], 'instance');
          const pp = parent.t === 'fn' || parent.t === 'obj' ? ip.getProp(parent, 'prototype', site.node, site.file) : null;
          if (pp?.t === 'obj') proto.proto = pp;
          fnProps(child).set('prototype', proto);
          return UNDEF;
        }),
      ],
    ],
    'module',
  );
}

function spread(args: Value[]): Value {
  const items: Value[] = [];
  for (const a of args) {
    if (a.t === 'arr') items.push(...a.items);
    else if (a.t !== 'undef') return unknown('items');
  }
  return { t: 'arr', items };
}

/**
 * mobx-miniprogram (MobX for mini-programs, what mobx-miniprogram-bindings binds pages to): a store
 * is the object it was made from, with its actions as plain functions; what a reaction runs, it runs
 * now. Followed as code, its proxies and schedulers hide the store's methods.
 * https://mobx.js.org/api.html
 */
function mobxModel(ip: Interpreter): ObjValue {
  const first = (args: Value[]) => args[0] ?? UNDEF;
  // action(fn), action('name', fn), action.bound(fn): the function.
  const fnArg = (args: Value[]) => args.find((a) => a.t === 'fn' || a.t === 'native') ?? first(args);
  const runNow = (name: string) => native(name, (args, _this, site) => (args[0] ? ip.callValue(args[0], [], UNDEF, site.node, [], site.file) : UNDEF));
  const identity = (name: string) => native(name, first);
  return obj(
    [
      ['observable', identity('observable')],
      ['action', native('action', fnArg)],
      ['flow', native('flow', fnArg)],
      ['computed', native('computed', fnArg)],
      ['makeAutoObservable', identity('makeAutoObservable')],
      ['makeObservable', identity('makeObservable')],
      ['extendObservable', identity('extendObservable')],
      ['toJS', identity('toJS')],
      ['runInAction', runNow('runInAction')],
      ['autorun', runNow('autorun')],
      ['reaction', runNow('reaction')],
      ['when', native('when', () => UNDEF)],
      ['configure', native('configure', () => UNDEF)],
    ],
    'module',
  );
}

/**
 * mini-stores (multi-store state for mini-programs): `create.Page(stores, options)` and
 * `create.Component(stores, options)` register the options as `Page` / `Component` would, with
 * the stores' data bound into the page's (what the follower needs is the options: the
 * methods, hooks and data). Often not built into `miniprogram_npm` in a repository, and then
 * every page of the app would be unregistered.
 * https://github.com/linjc/mini-stores
 */
function miniStoresModel(ip: Interpreter): ObjValue {
  const register = (kind: 'Page' | 'Component') =>
    native(`create.${kind}`, (args, _this, site) => {
      const g = ip.globals.get(kind);
      return g ? ip.callValue(g, [args[1] ?? UNDEF], UNDEF, site.node, [], site.file) : UNDEF;
    });
  return obj(
    [
      ['Page', register('Page')],
      ['Component', register('Component')],
      ['setUpdateName', native('setUpdateName', () => UNDEF)],
    ],
    'module',
  );
}

/** CommonJS exports compiled from an ES module (`exports.__esModule = true`): a default import takes their `default`. */
export function isEsModule(m: Value | undefined): boolean {
  if (!m || m.t !== 'obj') return false;
  const flag = m.props.get('__esModule');
  return flag !== undefined && truthy(flag) === true;
}
