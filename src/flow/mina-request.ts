import { awaited, type Interpreter } from './interpreter.js';
import { callable, plumbing } from './axios.js';
import { wxMember } from './wx-calls.js';
import { UNDEF, alternatives, bool, concat, constString, native, obj, objectOf, str, unknown, type CallSite, type NativeValue, type ObjValue, type Value } from './values.js';

/**
 * `mina-request`, modelled (known-libraries.ts): the `WxRequest` class of a widely taught course
 * ("慕尚花坊"), installed from npm and often absent from the repository (`miniprogram_npm` is not
 * committed). What its README and published build promise:
 *
 *   const http = new WxRequest({ baseURL: 'https://api.example.com', timeout: 15000 })
 *   http.interceptors.request = (config) => { config.header.token = token; return config }
 *   http.interceptors.response = (response) => response.data
 *   http.get('/goods', { id })            // also delete, post, put: (url, data, config)
 *   http.request({ url: '/cart', method: 'POST', data })
 *   http.upload('/file', filePath, 'file') // wx.uploadFile
 *   http.all(p1, p2)                       // Promise.all
 *
 * A call is `defaults.baseURL + url` with the instance's defaults under the call's options, handed
 * to the request interceptor (whose return is the config sent), then `wx.request` (or
 * `wx.uploadFile` for `upload`); the promise resolves to what the response interceptor returns.
 * What the interceptors do besides (a jump to the login page on 401) is plumbing, as for axios.
 * https://www.npmjs.com/package/mina-request
 */
export function minaRequestModel(ip: Interpreter): NativeValue {
  // `import WxRequest from 'mina-request'`: the class is the module's default export.
  const WxRequest = native('WxRequest', (args) => instance(ip, args[0] ?? UNDEF));
  WxRequest.props = new Map([['default', WxRequest]]);
  return WxRequest;
}

const METHODS: [string, string][] = [
  ['get', 'GET'],
  ['delete', 'DELETE'],
  ['post', 'POST'],
  ['put', 'PUT'],
];

function instance(ip: Interpreter, params: Value): ObjValue {
  const defaults = obj([
    ['baseURL', str('')],
    ['url', str('')],
    ['data', { t: 'null' }],
    ['method', str('GET')],
    ['header', obj([['Content-type', str('application/json')]])],
    ['isLoading', bool(true)],
  ]);
  for (const [k, v] of objectOf(params)?.props ?? []) defaults.props.set(k, v);
  const interceptors = obj([
    ['request', native('interceptors.request', (args) => args[0] ?? UNDEF)],
    ['response', native('interceptors.response', (args) => args[0] ?? UNDEF)],
  ]);
  const self = obj([
    ['defaults', defaults],
    ['interceptors', interceptors],
  ]);
  const request = (options: Value, site: CallSite): Value => {
    const call = (name: 'request' | 'response', arg: Value): Value => {
      const f = interceptors.props.get(name) ?? UNDEF;
      return callable(f) ? plumbing(ip, () => awaited(ip.callValue(f, [arg], interceptors, site.node, [], site.file))) : arg;
    };
    const given = objectOf(options);
    const cfg = obj([...defaults.props, ...(given?.props ?? [])]);
    cfg.props.set('url', concat(defaults.props.get('baseURL') ?? str(''), given?.props.get('url') ?? unknown('url')));
    // The interceptor returns the config it was handed, edited; one that returns nothing known leaves it.
    const sent = call('request', cfg);
    const out = alternatives(sent).some((s) => s.t === 'obj') ? sent : cfg;
    const upload = constString((out.t === 'obj' ? out.props.get('method') : undefined) ?? UNDEF) === 'UPLOAD';
    const res = awaited(wxMember(ip, upload ? 'uploadFile' : 'request', [out], site.node, site.file));
    return { t: 'promise', value: call('response', res) };
  };
  self.props.set('request', native('WxRequest.request', (args, _this, site) => request(args[0] ?? obj(), site)));
  for (const [name, method] of METHODS)
    self.props.set(
      name,
      native(`WxRequest.${name}`, (args, _this, site) =>
        request(withOptions(args[2], [['url', args[0] ?? unknown('url')], ['data', args[1] ?? obj()], ['method', str(method)]]), site),
      ),
    );
  self.props.set(
    'upload',
    native('WxRequest.upload', (args, _this, site) =>
      request(withOptions(args[3], [['url', args[0] ?? unknown('url')], ['filePath', args[1] ?? unknown('filePath')], ['name', args[2] ?? str('file')], ['method', str('UPLOAD')]]), site),
    ),
  );
  self.props.set('all', native('WxRequest.all', (args) => ({ t: 'promise', value: { t: 'arr', items: args.map(awaited) } })));
  return self;
}

/** `Object.assign({ url, data, method }, config)`: the call's own options, the config over them. */
function withOptions(config: Value | undefined, own: [string, Value][]): ObjValue {
  return obj([...own, ...(objectOf(config)?.props ?? [])]);
}
