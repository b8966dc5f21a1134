/**
 * Which wx APIs are which kind of effect, and where their arguments are.
 *
 * Effect kinds and their fields: shared/reference/analysis-format.md ("Effect").
 * Every API not listed here is a `jsapi` effect. Names are paths below `wx`
 * (`cloud.callFunction` is `wx.cloud.callFunction`).
 */
import type { NavigateMode } from '../model/types.js';
import type { ArgRef, ArgSource, KindSpec, StorageOp } from './types.js';

/** A field of the options object (first argument): `wx.request({ url })`. */
const opt = (...path: string[]): ArgSource => [{ arg: 0, path }];
/** A positional argument: `wx.getStorageSync(key)`. */
const pos = (arg: number): ArgSource => [{ arg }];
const either = (...sources: ArgSource[]): ArgSource => sources.flat() as ArgRef[];

const navigate = (mode: NavigateMode): KindSpec => ({ kind: 'navigate', mode, args: { url: opt('url') } });
const payment: KindSpec = { kind: 'payment', args: {} };

/** Async storage APIs take `{ key, data }`, `…Sync` ones take `(key, data)`. */
const storage = (op: StorageOp, sync: boolean, roles: readonly ('key' | 'data')[]): KindSpec => ({
  kind: 'storage',
  op,
  args: Object.fromEntries(roles.map((role, i) => [role, sync ? pos(i) : opt(role)])),
});

/**
 * Documented in the payment section, but the user pays nothing: a merchant
 * transfer pays the user (a withdrawal they confirm), an Apple subscription
 * sign only signs an agreement. They stay jsapi effects.
 */
export const NOT_USER_PAYMENTS: readonly string[] = ['requestMerchantTransfer', 'requestAppleSubscribeSign'];

export const WX_API_KINDS: Readonly<Record<string, KindSpec>> = {
  // --- network (https://developers.weixin.qq.com/miniprogram/dev/api/network/request/wx.request.html)
  request: {
    kind: 'request',
    method: 'GET',
    methodFixed: false,
    args: { url: opt('url'), method: opt('method'), data: opt('data'), header: opt('header') },
  },
  // uploadFile sends multipart/form-data by POST; the extra form fields are `formData`.
  uploadFile: {
    kind: 'request',
    method: 'POST',
    methodFixed: true,
    args: { url: opt('url'), data: opt('formData'), header: opt('header'), filePath: opt('filePath') },
  },
  downloadFile: {
    kind: 'request',
    method: 'GET',
    methodFixed: true,
    args: { url: opt('url'), header: opt('header'), filePath: opt('filePath') },
  },

  // --- cloud development
  'cloud.callFunction': { kind: 'cloudFunction', args: { name: opt('name'), data: opt('data') } },
  'cloud.database': { kind: 'cloudDatabase', handle: 'database', args: { env: opt('env') } },
  // The service is named by the X-WX-SERVICE header (the documented form) or, in newer SDKs, `service`.
  'cloud.callContainer': {
    kind: 'cloudContainer',
    args: {
      path: opt('path'),
      service: either(opt('header', 'X-WX-SERVICE'), opt('service')),
      method: opt('method'),
      data: opt('data'),
      header: opt('header'),
    },
  },
  // A WebSocket to the same container service: same target, no method or body.
  'cloud.connectContainer': {
    kind: 'cloudContainer',
    args: { path: opt('path'), service: either(opt('service'), opt('header', 'X-WX-SERVICE')), header: opt('header') },
  },

  // --- page routing (https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateTo.html)
  navigateTo: navigate('navigateTo'),
  redirectTo: navigate('redirectTo'),
  switchTab: navigate('switchTab'),
  reLaunch: navigate('reLaunch'),
  navigateBack: { kind: 'navigate', mode: 'navigateBack', args: { delta: opt('delta') } },

  // --- payment: every API of WeChat's payment reference section, plus openBusinessView
  // (WeChat Pay score and similar; documented, absent from the typings).
  requestPayment: payment,
  requestVirtualPayment: payment,
  requestOrderPayment: payment,
  requestPluginPayment: payment,
  requestCommonPayment: payment,
  // NOT_USER_PAYMENTS (below) are documented here too but are jsapi effects.
  createGlobalPayment: payment,
  jumpToOfflinePay: payment,
  openHKOfflinePayView: payment,
  openBusinessView: payment,

  // --- storage (https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorage.html)
  setStorage: storage('set', false, ['key', 'data']),
  setStorageSync: storage('set', true, ['key', 'data']),
  getStorage: storage('get', false, ['key']),
  getStorageSync: storage('get', true, ['key']),
  removeStorage: storage('remove', false, ['key']),
  removeStorageSync: storage('remove', true, ['key']),
  clearStorage: storage('clear', false, []),
  clearStorageSync: storage('clear', true, []),
  getStorageInfo: storage('info', false, []),
  getStorageInfoSync: storage('info', true, []),
  batchGetStorage: { kind: 'storage', op: 'get', args: { keyList: opt('keyList') } },
  batchGetStorageSync: { kind: 'storage', op: 'get', args: { keyList: pos(0) } },
  batchSetStorage: { kind: 'storage', op: 'set', args: { kvList: opt('kvList') } },
  batchSetStorageSync: { kind: 'storage', op: 'set', args: { kvList: pos(0) } },
};

/** Names in WX_API_KINDS that the typings do not declare, on purpose (documented by WeChat). */
export const UNTYPED_KIND_NAMES: readonly string[] = ['openBusinessView'];

/** The kind of every API not in WX_API_KINDS. */
export const JSAPI_KIND: KindSpec = { kind: 'jsapi', args: {} };

/**
 * Calls that change only the look of the current page, or read its layout:
 * still recorded as effects, flagged `noise` so emitters can leave them out
 * of capabilities.
 */
export const NOISE_APIS: ReadonlySet<string> = new Set([
  // feedback toasts and spinners
  'showToast',
  'hideToast',
  'showLoading',
  'hideLoading',
  'showNavigationBarLoading',
  'hideNavigationBarLoading',
  // page chrome
  'setNavigationBarTitle',
  'setNavigationBarColor',
  'setBackgroundColor',
  'setBackgroundTextStyle',
  'setTopBarText',
  'hideHomeButton',
  'setTabBarBadge',
  'removeTabBarBadge',
  'showTabBarRedDot',
  'hideTabBarRedDot',
  'setTabBarStyle',
  'setTabBarItem',
  'showTabBar',
  'hideTabBar',
  'hideKeyboard',
  'loadFontFace',
  // pull-down refresh indicator
  'startPullDownRefresh',
  'stopPullDownRefresh',
  // haptics
  'vibrateShort',
  'vibrateLong',
  // scrolling, animation and layout reads
  'pageScrollTo',
  'createAnimation',
  'createSelectorQuery',
  'createIntersectionObserver',
  'getMenuButtonBoundingClientRect',
  'nextTick',
]);
