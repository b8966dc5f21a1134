import type { Interpreter } from './interpreter.js';
import { plumbing } from './axios.js';
import { wxMember } from './wx-calls.js';
import { UNDEF, alternatives, concat, native, obj, str, unknown, type ObjValue, type Value } from './values.js';

/**
 * `@escook/request-miniprogram`, modelled (known-libraries.ts): the small
 * client of a widely taught course, installed from npm and mostly absent from
 * the repository. Its `$http` is one shared object the app configures and
 * usually hangs on `wx`:
 *
 *   wx.$http = $http
 *   $http.baseUrl = 'https://api.example.com'
 *   $http.beforeRequest = (options) => { options.header = { Authorization: token } }
 *   const { data } = await wx.$http.get('/api/goods', { id })
 *
 * `get/post/put/delete(url, data)` set the method, `url = baseUrl + url` and
 * the data on `$http` itself, call `beforeRequest($http)`, then `wx.request`
 * with the URL, method, data and header; the promise resolves to the whole
 * response (`res.data` is the body). The call is the request, at the call
 * site; what `beforeRequest` does is plumbing, as for axios interceptors.
 * https://www.npmjs.com/package/@escook/request-miniprogram
 */
export function escookRequestModel(ip: Interpreter): ObjValue {
  const $http = obj([
    ['baseUrl', str('')],
    ['beforeRequest', UNDEF],
    ['afterRequest', UNDEF],
  ]);
  for (const method of ['get', 'post', 'put', 'delete']) {
    $http.props.set(
      method,
      native(`$http.${method}`, (args, _this, site) => {
        const url = concat($http.props.get('baseUrl') ?? str(''), args[0] ?? unknown('url'));
        const options = obj([
          ['url', url],
          ['method', str(method.toUpperCase())],
          ['data', args[1] ?? obj()],
          ['header', obj()],
        ]);
        for (const f of alternatives($http.props.get('beforeRequest') ?? UNDEF)) {
          if (f.t === 'fn' || f.t === 'native') plumbing(ip, () => ip.callValue(f, [options], $http, site.node, [], site.file));
        }
        const res = wxMember(ip, 'request', [options], site.node, site.file);
        return { t: 'promise', value: res };
      }),
    );
  }
  return obj([['$http', $http]]);
}
