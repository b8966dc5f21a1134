import type { Interpreter } from './interpreter.js';
import { awaited } from './interpreter.js';
import { callable, interceptorManager, plumbing } from './axios.js';
import { wxMember } from './wx-calls.js';
import { UNDEF, alternatives, concat, constString, knownStart, native, num, obj, str, unknown, type ArrValue, type CallSite, type NativeValue, type ObjValue, type Value } from './values.js';

/**
 * Fly.js (`flyio`), modelled rather than followed (known-libraries.ts). Its
 * mini-program build is a 30 kB webpack bundle that apps mostly copy into
 * their own folders (`utils/wx.umd.min.js`, `lib/fly/wx.js`); followed, its
 * engine adapter builds the URL in code the follower cannot decide, and every
 * request it sends comes out as one request to an unknown URL.
 *
 * `new Fly()` gives an instance: `fly.config` (baseURL, headers, timeout)
 * that the app sets field by field, request interceptors that take and return
 * the request (`{ url, method, body, headers, baseURL }`), response
 * interceptors that take the response, and `get/delete/head(url, data,
 * options)`, `post/put/patch(url, data, options)`, `request(url, data,
 * options)`. A call is a `wx.request` at its call site, with the baseURL
 * joined to a relative URL, as Fly's wx engine sends it.
 * https://github.com/wendux/fly · https://wendux.github.io/dist/#/doc/flyio/readme
 */
export function flyioModel(ip: Interpreter): NativeValue {
  // The module's exports are the constructor itself (`const Fly = require('…/wx.umd.min')`, `new Fly`).
  const Fly: NativeValue = native('Fly', () => instance(ip));
  Fly.props = new Map([['default', Fly]]);
  return Fly;
}

const PLAIN_METHODS = ['get', 'delete', 'head'];
const BODY_METHODS = ['post', 'put', 'patch'];

function instance(ip: Interpreter): ObjValue {
  const initialConfig = obj([
    ['method', str('GET')],
    ['baseURL', str('')],
    ['headers', obj([])],
    ['timeout', num(0)],
  ]);
  const requestHandlers: ArrValue = { t: 'arr', items: [] };
  const responseHandlers: ArrValue = { t: 'arr', items: [] };
  const manager = (handlers: ArrValue) => interceptorManager(handlers, false);
  const send = (url: Value, data: Value, options: Value, method: string | null, site: CallSite): Value => {
    // `fly.config = { baseURL }` replaces the object the instance started with.
    const config = objectAt(fly, 'config') ?? initialConfig;
    const opt = (k: string): Value | undefined => alternatives(options).find((o): o is ObjValue => o.t === 'obj' && o.props.has(k))?.props.get(k);
    const headers = obj([...(objectAt(config, 'headers')?.props ?? []), ...(firstObject(opt('headers'))?.props ?? [])]);
    let request: Value = obj([
      ['url', url],
      ['method', method !== null ? str(method) : (opt('method') ?? config.props.get('method') ?? str('GET'))],
      ['body', data],
      ['headers', headers],
      ['baseURL', opt('baseURL') ?? config.props.get('baseURL') ?? str('')],
      ['timeout', opt('timeout') ?? config.props.get('timeout') ?? UNDEF],
    ]);
    const call = (f: Value, arg: Value): Value => awaited(ip.callValue(f, [arg], UNDEF, site.node, [], site.file));
    // An interceptor returns the request it changed, or nothing (then the request it was handed goes on).
    for (const f of requestHandlers.items) {
      if (!callable(f)) continue;
      const before: Value = request;
      const r = plumbing(ip, () => call(f, before));
      request = alternatives(r).some((x) => x.t === 'obj') ? r : before;
    }
    let res = awaited(asWxRequest(ip, request, site));
    for (const f of responseHandlers.items) if (callable(f)) res = plumbing(ip, () => call(f, res));
    return { t: 'promise', value: res };
  };
  // `fly.get(url, data, options)`, or the options first (`fly.post({ baseURL, url, headers }, data)`).
  const call = (args: Value[], method: string | null, site: CallSite): Value => {
    const first = args[0] ?? unknown('url');
    const options = firstObject(first);
    if (options && alternatives(first).every((a) => a.t === 'obj')) {
      const data = args[1] ?? options.props.get('body') ?? options.props.get('params') ?? UNDEF;
      return send(options.props.get('url') ?? unknown('url'), data, first, method, site);
    }
    return send(first, args[1] ?? UNDEF, args[2] ?? UNDEF, method, site);
  };
  const fly = obj([
    ['config', initialConfig],
    ['interceptors', obj([['request', manager(requestHandlers)], ['response', manager(responseHandlers)]])],
    ['request', native('fly.request', (args, _this, site) => call(args, null, site))],
    ['all', native('fly.all', (args) => ({ t: 'promise', value: args[0] && args[0].t === 'arr' ? { t: 'arr', items: args[0].items.map(awaited) } : unknown() }))],
    ['spread', native('fly.spread', (args) => args[0] ?? UNDEF)],
  ]);
  for (const m of [...PLAIN_METHODS, ...BODY_METHODS]) {
    fly.props.set(m, native(`fly.${m}`, (args, _this, site) => call(args, m.toUpperCase(), site)));
  }
  return fly;
}

/** The first object among a value's readings (unlike `objectOf` in values.ts, which merges them). */
function firstObject(v: Value | undefined): ObjValue | null {
  return v ? (alternatives(v).find((x): x is ObjValue => x.t === 'obj') ?? null) : null;
}

function objectAt(o: ObjValue, k: string): ObjValue | null {
  return firstObject(o.props.get(k));
}

/** The `wx.request` Fly's wx engine sends: baseURL joined to a relative URL, the body as data. */
function asWxRequest(ip: Interpreter, request: Value, site: CallSite): Value {
  const get = (k: string): Value | undefined => firstObject(request)?.props.get(k);
  const url = get('url') ?? unknown('url');
  const base = get('baseURL');
  // A URL with a scheme (`https://other.example.com/chapter/${id}`) is sent as it is.
  const absolute = alternatives(url).every((u) => /^[a-z][a-z0-9+.-]*:/i.test(knownStart(u) ?? ''));
  const baseText = base ? constString(base) : null;
  const joined = base && !absolute && baseText !== '' ? concat(base, url) : url;
  const method = constString(get('method') ?? str('GET'));
  const options = obj([
    ['url', joined],
    ['method', method !== null ? str(method.toUpperCase()) : (get('method') ?? str('GET'))],
    ['data', get('body') ?? UNDEF],
    ['header', get('headers') ?? UNDEF],
  ]);
  return wxMember(ip, 'request', [options], site.node, site.file);
}
