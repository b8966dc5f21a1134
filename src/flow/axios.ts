import type { Interpreter } from './interpreter.js';
import { awaited } from './interpreter.js';
import { journalItems } from './isolation.js';
import { wxMember } from './wx-calls.js';
import {
  UNDEF,
  alternatives,
  bool,
  concat,
  constString,
  native,
  num,
  obj,
  objectOf,
  str,
  unknown,
  type ArrValue,
  type CallSite,
  type NativeValue,
  type ObjValue,
  type Value,
} from './values.js';

/**
 * axios, modelled rather than followed (known-libraries.ts). Mini-programs
 * use it with an adapter that calls `wx.request` — their own, or a package
 * such as axios-miniprogram-adapter — and its code is usually not in the
 * repository (node_modules) or far too generic to follow call by call.
 *
 * A call merges the instance's defaults with its own config (method, url,
 * data, headers…), runs the request interceptors (the last added first, as
 * axios does), hands the config to the adapter, and runs the response
 * interceptors on what the adapter resolves to. An adapter of the app's own
 * is followed like any function, so its `wx.request` is the effect, at its
 * own line. Without one (the adapter comes from a package, or none is set),
 * the call itself is the request: a `wx.request` at the call site, with
 * `baseURL` + `url` as axios would build them.
 * https://axios-http.com/docs/req_config · https://axios-http.com/docs/interceptors
 */
export function axiosModel(ip: Interpreter): ObjValue {
  const axios = instance(ip, obj([]));
  // `import axios from 'axios'` and `require('axios')` both give the callable instance with `create`.
  return obj([['__esModule', bool(true)], ['default', axios], ...axios.props!]);
}

const BODY_METHODS = ['post', 'put', 'patch'];
const PLAIN_METHODS = ['get', 'delete', 'head', 'options'];

function instance(ip: Interpreter, defaults: ObjValue): NativeValue & { props: Map<string, Value> } {
  const requestHandlers: ArrValue = { t: 'arr', items: [] };
  const responseHandlers: ArrValue = { t: 'arr', items: [] };
  const manager = (handlers: ArrValue) => interceptorManager(handlers, true);
  const request = (config: Value, site: CallSite): Value => {
    const call = (f: Value, arg: Value): Value => awaited(ip.callValue(f, [arg], UNDEF, site.node, [], site.file));
    let cfg: Value = merged(defaults, config);
    for (const f of [...requestHandlers.items].reverse()) if (callable(f)) cfg = plumbing(ip, () => call(f, cfg));
    const adapter = cfg.t === 'obj' ? cfg.props.get('adapter') : undefined;
    let res = adapter && callable(adapter) ? call(adapter, cfg) : awaited(asWxRequest(ip, cfg, site));
    for (const f of responseHandlers.items) if (callable(f)) res = plumbing(ip, () => call(f, res));
    return { t: 'promise', value: res };
  };
  const withMethod = (method: string, config: Value, extra: [string, Value][]): Value => {
    const o = obj([...(objectOf(config)?.props ?? [])]);
    for (const [k, v] of extra) o.props.set(k, v);
    o.props.set('method', str(method));
    return o;
  };
  const ax = native('axios', (args, _this, site) => (args[0] && constString(args[0]) !== null ? request(withMethod('get', args[1] ?? UNDEF, [['url', args[0]]]), site) : request(args[0] ?? UNDEF, site)));
  const props = new Map<string, Value>([
    ['defaults', defaults],
    ['interceptors', obj([['request', manager(requestHandlers)], ['response', manager(responseHandlers)]])],
    ['request', native('axios.request', (args, _this, site) => request(args[0] ?? UNDEF, site))],
    ['create', native('axios.create', (args) => instance(ip, merged(defaults, args[0] ?? UNDEF)))],
  ]);
  for (const m of PLAIN_METHODS) props.set(m, native(`axios.${m}`, (args, _this, site) => request(withMethod(m, args[1] ?? UNDEF, [['url', args[0] ?? UNDEF]]), site)));
  for (const m of BODY_METHODS)
    props.set(m, native(`axios.${m}`, (args, _this, site) => request(withMethod(m, args[2] ?? UNDEF, [['url', args[0] ?? UNDEF], ['data', args[1] ?? UNDEF]]), site)));
  return { ...ax, props };
}

/**
 * Interceptors run for every request through the client: what they do (a login
 * when no token is stored, a jump to an error page on 401) is plumbing, like a
 * request wrapper's own extras — unless it is the page's own code.
 */
export function plumbing(ip: Interpreter, run: () => Value): Value {
  const start = ip.cur.trace.reaches.length;
  const r = run();
  const page = ip.cur.stack[0]?.file;
  ip.cur.trace.markPlumbing(start, (r) => r.e.loc.file !== page);
  return r;
}

/**
 * `client.interceptors.request` / `.response`: `use(fn)` adds a handler to `handlers` (its index
 * returned where the client returns one, as axios does), `eject` changes nothing we follow.
 */
export function interceptorManager(handlers: ArrValue, returnsIndex: boolean): ObjValue {
  return obj([
    [
      'use',
      native('interceptors.use', (args) => {
        journalItems(handlers.items);
        handlers.items.push(args[0] ?? UNDEF);
        return returnsIndex ? num(handlers.items.length - 1) : UNDEF;
      }),
    ],
    ['eject', native('interceptors.eject', () => UNDEF)],
  ]);
}

export function callable(v: Value): boolean {
  return alternatives(v).some((a) => a.t === 'fn' || a.t === 'native');
}

/** The defaults with a call's config over them; headers merged key by key. */
function merged(defaults: ObjValue, config: Value): ObjValue {
  const out = obj([...defaults.props]);
  for (const c of alternatives(config)) {
    if (c.t !== 'obj') continue;
    for (const [k, v] of c.props) {
      const before = out.props.get(k);
      if (k === 'headers' && before?.t === 'obj' && v.t === 'obj') out.props.set(k, obj([...before.props, ...v.props]));
      else out.props.set(k, v);
    }
  }
  return out;
}

/** No adapter to follow: the call is a `wx.request` with the URL axios builds (baseURL + a relative url). */
function asWxRequest(ip: Interpreter, cfg: Value, site: CallSite): Value {
  const get = (k: string): Value | undefined => (cfg.t === 'obj' ? cfg.props.get(k) : undefined);
  const url = get('url') ?? unknown('url');
  const base = get('baseURL');
  const relative = constString(url) === null || !/^[a-z][a-z0-9+.-]*:/i.test(constString(url)!);
  const method = constString(get('method') ?? str('get'));
  const options = obj([
    ['url', base && relative ? concat(base, url) : url],
    ['method', method !== null ? str(method.toUpperCase()) : (get('method') ?? str('GET'))],
    ['data', get('data') ?? UNDEF],
    ['header', get('headers') ?? UNDEF],
  ]);
  return wxMember(ip, 'request', [options], site.node, site.file);
}
