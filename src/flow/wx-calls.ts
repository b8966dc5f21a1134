import type * as t from '@babel/types';
import { lookupWxApi } from '../catalogue/catalogue.js';
import type { ArgSource, WxApiInfo } from '../catalogue/types.js';
import type { Confidence, Effect, Loc, NavigateEffect, ValueOrigin } from '../model/types.js';
import type { Interpreter } from './interpreter.js';
import { dropEmptiedHoles, expandStrings, holeCount, type Expanded } from './strings.js';
import { isNoLink, navigationProblem, queryKeys, resolveNavigation } from './navigation.js';
import { cloudRouteFromParams, urlFromParams } from './param-taint.js';
import {
  UNDEF,
  alternatives,
  constString,
  join,
  obj,
  originOf,
  unknown,
  type DbValue,
  type SourceValue,
  type Value,
} from './values.js';

/**
 * Calling `wx.<path>(…)`: the catalogue says what kind of effect it is and
 * where its arguments are; this file turns the argument values of this call
 * site into an effect, runs the callbacks the API would call, and returns
 * what the call evaluates to (a promise of the response, a storage value…).
 */
export function wxMember(ip: Interpreter, path: string, args: Value[], node: t.Node, file: string): Value {
  if (path === '') return unknown('wx');
  const info = lookupWxApi(path);
  const loc = ip.loc(node, file);
  if (!info) {
    ip.invokeCallbacks(args);
    return unknown(path.split('.').pop());
  }
  const base: { loc: Loc; via: string[] } = { loc, via: ip.via() };
  let response: SourceValue | null = null;
  switch (info.kind) {
    case 'request': {
      const made: Effect[] = [];
      response = requestEffects(ip, info, args, base, made);
      // A wrapper whose URL comes from its caller: what else it does in its own file is plumbing.
      // A URL the server handed back (an upload host from a signature request the helper made
      // itself, however its parameters fed that request) was not chosen by the caller.
      const wrapperScope = ip.callEnv && !serverUrl(args) ? urlFromParams(node, ip.callEnv) : null;
      if (wrapperScope) ip.markWrapper(wrapperScope, made);
      break;
    }
    case 'cloudFunction': {
      const data = arg(args, info.args.data);
      const e = {
        kind: 'cloudFunction' as const,
        name: null as string | null,
        dataKeys: keysOf(data),
        ...base,
      };
      const names = expandStrings(arg(args, info.args.name));
      const inputs = inputsOf(data);
      const effects: Effect[] = [];
      for (const n of names.length ? names : [null]) {
        const eff: Effect = { ...e, name: n && n.holes === 0 ? n.text : null, confidence: n && n.holes === 0 ? 'certain' : 'guess' };
        if (inputs) eff.inputs = inputs;
        if (!n || n.holes) ip.diags.report('DYNAMIC_CLOUD_FUNCTION', loc);
        effects.push(eff);
      }
      const made = effects.map((x) => ip.cur.trace.addEffect(x));
      // A generic cloud wrapper (its caller chooses the function or the route): what else it does is plumbing.
      const wrapperScope = ip.callEnv ? cloudRouteFromParams(node, ip.callEnv, data) : null;
      if (wrapperScope) ip.markWrapper(wrapperScope, made);
      response = { t: 'src', root: 'response', path: [], effect: made[0] as { responseKeys?: string[] }, payloadDepth: 1 };
      for (const x of made.slice(1)) (x as { responseKeys?: string[] }).responseKeys = (made[0] as { responseKeys?: string[] }).responseKeys ??= [];
      break;
    }
    case 'cloudDatabase':
      return { t: 'db', collection: null, chain: [] };
    case 'cloudContainer': {
      const header = arg(args, [{ arg: 0, path: ['header'] }]);
      const service = constString(arg(args, info.args.service)) ?? findHeader(header, 'x-wx-service');
      const paths = expandStrings(arg(args, info.args.path));
      const method = (constString(arg(args, info.args.method)) ?? 'GET').toUpperCase();
      const data = arg(args, info.args.data);
      const eff: Effect = {
        kind: 'cloudContainer',
        path: paths[0] ? paths[0].text : null,
        service,
        method,
        dataKeys: keysOf(data),
        confidence: paths[0] && paths[0].holes === 0 ? 'certain' : 'likely',
        ...base,
      };
      const inputs = inputsOf(data);
      if (inputs) eff.inputs = inputs;
      ip.cur.trace.addEffect(eff);
      response = { t: 'src', root: 'response', path: [], effect: eff as { responseKeys?: string[] }, payloadDepth: 1 };
      break;
    }
    case 'navigate':
      navigateEffects(ip, info, args, base);
      break;
    case 'payment':
      ip.cur.trace.addEffect({ kind: 'payment', api: info.name, ...base });
      break;
    case 'storage': {
      const keys = info.args.key ? expandStrings(arg(args, info.args.key)) : [];
      const effKeys = keys.length ? keys.map((k) => (k.holes ? null : k.text)) : [null];
      for (const key of effKeys) ip.cur.trace.addEffect({ kind: 'storage', op: info.op, key, ...base });
      if (info.op === 'get') {
        const key = effKeys[0];
        const value: Value = key ? { t: 'src', root: 'storage', path: [key] } : unknown('storage');
        if (info.sync) return value;
        response = { t: 'src', root: 'storage', path: key ? [key] : [] };
        runCallbacks(ip, args, obj([['data', value]]));
        return { t: 'promise', value: obj([['data', value]]) };
      }
      break;
    }
    default:
      ip.cur.trace.addEffect({ kind: 'jsapi', api: `wx.${info.name}`, aiMode: info.aiMode, ...base });
  }
  const result: Value = response ?? apiResult(ip, info.name);
  runCallbacks(ip, args, result);
  if (info.sync) return result;
  return { t: 'promise', value: result };
}

/** What a call of a plain JS API gives (its callbacks' argument, or the sync call's value). */
function apiResult(ip: Interpreter, name: string): Value {
  if (name === 'getExtConfigSync') return ip.extConfig();
  if (name === 'getExtConfig') return obj([['extConfig', ip.extConfig()]]);
  return unknown(name);
}

/** `success`, `fail`, `complete` of an options object, and plain function arguments, are called. */
function runCallbacks(ip: Interpreter, args: Value[], response: Value): void {
  for (const a of args) {
    for (const alt of alternatives(a)) {
      if (alt.t === 'fn') ip.callFunction(alt, [response], alt.thisVal ?? UNDEF, true);
      else if (alt.t === 'obj') {
        const s = alt.props.get('success');
        if (s) for (const f of alternatives(s)) if (f.t === 'fn') ip.callFunction(f, [response], f.thisVal ?? UNDEF, true);
        for (const name of ['fail', 'complete']) {
          const f = alt.props.get(name);
          if (f) for (const g of alternatives(f)) if (g.t === 'fn') ip.callFunction(g, [unknown('err')], g.thisVal ?? UNDEF, true);
        }
      }
    }
  }
}

/** The request effects of a call (recorded, and pushed to `made`), and the response it resolves to. */
function requestEffects(ip: Interpreter, info: WxApiInfo & { kind: 'request' }, args: Value[], base: { loc: Loc; via: string[] }, made: Effect[]): SourceValue {
  const urlV = arg(args, info.args.url);
  // `util.request(api.GoodsCategory)` where the URL table defines no such key: WeChat rejects the call.
  if (alternatives(urlV).every((v) => v.t === 'undef')) {
    ip.diags.report('URL_UNDEFINED', base.loc, { api: `wx.${info.name}` });
    return { t: 'src', root: 'response', path: [] };
  }
  const urls = dropEmptyBeside(dropEmptiedHoles(dropRelativeSuffixes(expandStrings(urlV))));
  const methods = info.methodFixed ? [info.method] : methodsOf(arg(args, info.args.method), info.method);
  const data = arg(args, info.args.data);
  const dataKeys = keysOf(data);
  // Header names (auth tokens, tenant ids) matter to anyone calling the endpoint on the app's behalf.
  const headerKeys = keysOf(arg(args, info.args.header));
  const inputs = inputsOf(data) ?? {};
  const shared: string[] = [];
  let first: Effect | null = null;
  for (const u0 of urls.length ? urls : [null]) {
    // The endpoint is the path; a query string's keys are parameters like the data's.
    const { u, queryKeys: qk } = splitQuery(u0);
    for (const m of methods) {
      const url = u ? u.text : null;
      const keys = qk.length ? [...new Set([...dataKeys, ...qk])].sort() : dataKeys;
      const confidence: Confidence = !u || u.constPrefix === 0 ? 'guess' : u.holes ? 'likely' : 'certain';
      const eff: Effect = { kind: 'request', api: `wx.${info.name}` as 'wx.request', method: m, url, dataKeys: keys, confidence, ...base, responseKeys: shared };
      const all = { ...inputs, ...(u ? u.inputs : {}) };
      if (Object.keys(all).length) eff.inputs = all;
      if (headerKeys.length) (eff as { headerKeys?: string[] }).headerKeys = headerKeys;
      if (!u || u.constPrefix === 0) ip.diags.report('DYNAMIC_URL', base.loc, { api: `wx.${info.name}`, url: url ?? '?' });
      const kept = ip.cur.trace.addEffect(eff);
      made.push(kept);
      first ??= kept;
    }
  }
  return { t: 'src', root: 'response', path: [], effect: first as { responseKeys?: string[] }, payloadDepth: info.name === 'request' ? 1 : 0 };
}

/**
 * `url = base + path; if (path starts with http) url = path` leaves both
 * readings when the test is unknown: a bare `/path` that another reading
 * completes with a base URL is the same endpoint, not a second one.
 */
function dropRelativeSuffixes(urls: Expanded[]): Expanded[] {
  return urls.filter((u) => !(u.text.startsWith('/') && urls.some((o) => o !== u && o.text.length > u.text.length && o.text.endsWith(u.text))));
}

/**
 * `let url = ''; if (type == 'add') url = base + '/add'; else if (type == 'edit') url = …`: the
 * empty start is no endpoint beside the URLs the arms set.
 */
function dropEmptyBeside(urls: Expanded[]): Expanded[] {
  const empty = (u: Expanded) => u.text.trim() === '';
  return urls.some((u) => !empty(u)) ? urls.filter((u) => !empty(u)) : urls;
}

function splitQuery(u: Expanded | null): { u: Expanded | null; queryKeys: string[] } {
  if (!u) return { u, queryKeys: [] };
  const q = u.text.indexOf('?');
  if (q < 0) return { u, queryKeys: [] };
  const text = u.text.slice(0, q);
  const holes = holeCount(text);
  return { u: { ...u, text, holes, constPrefix: Math.min(u.constPrefix, text.length) }, queryKeys: queryKeys(u.text.slice(q + 1)) };
}

function methodsOf(v: Value, dflt: string): string[] {
  const out = new Set<string>();
  for (const alt of alternatives(v)) {
    const s = constString(alt);
    if (s) out.add(s.toUpperCase());
    else if (alt.t === 'undef') out.add(dflt);
  }
  if (out.size === 0) out.add(dflt);
  return [...out].sort();
}

function navigateEffects(ip: Interpreter, info: WxApiInfo & { kind: 'navigate' }, args: Value[], base: { loc: Loc; via: string[] }): void {
  if (info.mode === 'navigateBack') {
    ip.cur.trace.addEffect({ kind: 'navigate', mode: 'navigateBack', target: null, query: [], ...base });
    return;
  }
  // A menu row's placeholder (`url: '#'`) opens nothing; a call whose every reading is one is no navigation.
  const readings = expandStrings(arg(args, info.args.url));
  const urls = readings.filter((u) => !isNoLink(u.text));
  if (readings.length && !urls.length) return;
  for (const u of urls.length ? urls : [null]) {
    const nav = resolveNavigation(u, ip.cur.route, ip.opts.routes);
    // Candidate readings count only where they name a page of the app (see `RunState.candidate`).
    if (ip.cur.candidate && !nav.known) continue;
    const eff: NavigateEffect = { kind: 'navigate', mode: info.mode, target: nav.target, query: nav.query, ...base };
    if (nav.target === null) eff.confidence = 'guess';
    const problem = navigationProblem(nav, `wx.${info.name}`, u?.text ?? null);
    if (problem) ip.diags.report(problem.code, base.loc, problem.args);
    if (u && Object.keys(u.inputs).length) eff.inputs = u.inputs;
    ip.cur.trace.addEffect(eff);
  }
}

/** Cloud database chains: `db.collection('x').where(…).get()`. */
const DB_EXEC_OPS = new Set(['get', 'add', 'update', 'remove', 'count', 'watch', 'set']);
const DB_BUILDER_OPS = new Set(['collection', 'doc', 'where', 'orderBy', 'limit', 'skip', 'field', 'aggregate', 'match', 'group', 'project', 'sort', 'lookup', 'unwind', 'end']);

export function dbMember(ip: Interpreter, db: DbValue, key: string): Value {
  if (key === 'command' || key === 'serverDate' || key === 'RegExp' || key === 'Geo') return unknown(key);
  if (DB_BUILDER_OPS.has(key)) {
    return {
      t: 'native',
      name: `db.${key}`,
      call: (args) => {
        if (key === 'collection') {
          const name = constString(args[0] ?? UNDEF);
          return { t: 'db', collection: name, chain: [] };
        }
        return { ...db, chain: [...db.chain, key] };
      },
    };
  }
  if (DB_EXEC_OPS.has(key)) {
    return {
      t: 'native',
      name: `db.${key}`,
      call: (args, _this, call) => {
        const loc = ip.loc(call.node, call.file);
        const opts = args[0] ?? UNDEF;
        const data = opts.t === 'obj' ? (opts.props.get('data') ?? UNDEF) : UNDEF;
        const eff: Effect = { kind: 'cloudDatabase', collection: db.collection, op: key, loc, via: ip.via() };
        const dk = keysOf(data);
        if (dk.length) eff.dataKeys = dk;
        const inputs = inputsOf(data);
        if (inputs) eff.inputs = inputs;
        if (!db.collection) eff.confidence = 'guess';
        ip.cur.trace.addEffect(eff);
        const res: SourceValue = { t: 'src', root: 'response', path: [], effect: eff as { responseKeys?: string[] }, payloadDepth: 1 };
        runCallbacks(ip, args, res);
        return { t: 'promise', value: res };
      },
    };
  }
  return unknown(key);
}

// ------------------------------------------------------------------ argument reading

export function arg(args: Value[], src: ArgSource | undefined): Value {
  if (!src) return UNDEF;
  for (const ref of src) {
    let v: Value = args[ref.arg] ?? UNDEF;
    for (const k of ref.path ?? []) v = prop(v, k);
    if (v.t !== 'undef') return v;
  }
  return UNDEF;
}

function prop(v: Value, k: string): Value {
  if (v.t === 'obj') return v.props.get(k) ?? UNDEF;
  if (v.t === 'union') return join(...v.options.map((o) => prop(o, k)));
  return UNDEF;
}

function findHeader(header: Value, lower: string): string | null {
  if (header.t !== 'obj') return null;
  for (const [k, v] of header.props) if (k.toLowerCase() === lower) return constString(v);
  return null;
}

/** Keys of a data object (all alternatives), sorted. */
export function keysOf(v: Value): string[] {
  const out = new Set<string>();
  for (const alt of alternatives(v)) if (alt.t === 'obj' && !alt.tag) for (const k of alt.props.keys()) out.add(k);
  return [...out].sort();
}

/** Data key → origin of its value, for keys whose value came from user input. */
export function inputsOf(v: Value): Record<string, ValueOrigin> | undefined {
  const out: Record<string, ValueOrigin> = {};
  for (const alt of alternatives(v)) {
    if (alt.t !== 'obj' || alt.tag) continue;
    for (const [k, x] of alt.props) {
      const o = originOf(x);
      if (o && !out[k]) out[k] = o;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The request's URL is a value from a response (`sig.host`), in every reading that is known
 * (a cached copy of it reads as unknown beside it).
 */
function serverUrl(args: Value[]): boolean {
  const opts = args[0];
  if (opts?.t !== 'obj') return false;
  const urls = alternatives(opts.props.get('url') ?? UNDEF);
  const fromResponse = (u: Value) => u.t === 'src' && u.root === 'response';
  return urls.some(fromResponse) && urls.every((u) => fromResponse(u) || (u.t === 'unk' && !u.origin));
}
