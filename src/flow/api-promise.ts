import { journalField } from './isolation.js';
import { UNDEF, alternatives, native, obj, type ObjValue, type Value } from './values.js';

/**
 * `miniprogram-api-promise`, modelled (known-libraries.ts): the official
 * helper that gives every asynchronous wx API a promise form.
 *
 *   import { promisifyAll } from 'miniprogram-api-promise'
 *   const wxp = wx.p = {}
 *   promisifyAll(wx, wxp)
 *   const res = await wx.p.request({ url, method: 'POST' })
 *
 * Its published code copies `wx[key]` for each key of `Object.keys(wx)`,
 * which the follower cannot enumerate, so `wxp` stayed empty and every call
 * through it was lost. Here `promisifyAll(wx, target)` makes `target` stand
 * for wx itself (`ObjValue.wxMirror`): `wx.p.request(opts)` is `wx.request(opts)`,
 * which already returns a promise of the response when no callback is given.
 * `promisify(wx.request)` is `wx.request` for the same reason; any other
 * function is returned as it is.
 * https://www.npmjs.com/package/miniprogram-api-promise
 */
export function apiPromiseModel(): ObjValue {
  return obj([
    [
      'promisifyAll',
      native('promisifyAll', (args) => {
        const from = args[0] ?? UNDEF;
        const isWx = alternatives(from).some((x) => x.t === 'wx' && x.path === '');
        if (!isWx) return UNDEF;
        for (const target of alternatives(args[1] ?? UNDEF)) {
          if (target.t !== 'obj' || target.wxMirror) continue;
          // Undone after the unit when a page, not app.js, set it up on a shared object.
          journalField(target, 'wxMirror');
          target.wxMirror = true;
        }
        return UNDEF;
      }),
    ],
    ['promisify', native('promisify', (args): Value => args[0] ?? UNDEF)],
  ]);
}
