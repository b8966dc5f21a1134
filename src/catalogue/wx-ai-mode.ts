/**
 * Where WeChat AI mode lets each wx API run inside a skill.
 *
 * Source: shared/reference/wechat-ai-mode.md, "JSAPI availability inside
 * skills" (from WeChat's 小程序 AI docs). Each row encodes one line of it;
 * anything the reference does not cover stays `unknown` rather than guessed.
 *
 * - api-side: the skill's registered API (`apis/<name>.js`) may call it.
 * - card-side: the skill's card component may call it.
 * - dynamic-card: a card may call it only with the `scope.dynamic` permission.
 * - not-migratable: unavailable to skills (maybe with a `replacement`).
 */
import type { AiMode } from '../model/types.js';
import type { AiModeInfo, WxApiKind } from './types.js';

const apiSide: AiModeInfo = { aiMode: 'api-side' };
/** "device/app info" is api-side; "system info" is listed on the card side too. */
const systemInfo: AiModeInfo = { aiMode: 'api-side', alsoAllowed: ['card-side'] };
const cardSide: AiModeInfo = { aiMode: 'card-side' };
const dynamicCard: AiModeInfo = { aiMode: 'dynamic-card' };
const notMigratable: AiModeInfo = { aiMode: 'not-migratable' };
const replacedBy = (replacement: string): AiModeInfo => ({ aiMode: 'not-migratable', replacement });

/** Exact names. They win over the family rules below. */
export const AI_MODE_BY_NAME: Readonly<Record<string, AiModeInfo>> = {
  // API side: login, network, cloud, location, authorisation.
  login: apiSide,
  checkSession: apiSide,
  // wx.request is also usable from a card that holds scope.dynamic.
  request: { aiMode: 'api-side', alsoAllowed: ['dynamic-card'] },
  uploadFile: apiSide,
  downloadFile: apiSide,
  'cloud.init': apiSide,
  'cloud.callFunction': apiSide,
  'cloud.database': apiSide,
  getLocation: apiSide,
  getFuzzyLocation: apiSide,
  requestSubscribeMessage: apiSide,
  authorize: apiSide,
  getSetting: apiSide,
  // API side: device and app info.
  getSystemInfo: systemInfo,
  getSystemInfoSync: systemInfo,
  getSystemInfoAsync: systemInfo,
  getDeviceInfo: systemInfo,
  getWindowInfo: systemInfo,
  getAppBaseInfo: systemInfo,
  getSystemSetting: systemInfo,
  getAppAuthorizeSetting: systemInfo,
  getAccountInfoSync: apiSide,
  getLaunchOptionsSync: apiSide,
  getEnterOptionsSync: apiSide,
  getNetworkType: apiSide,
  getBatteryInfo: apiSide,
  getBatteryInfoSync: apiSide,

  // Card side.
  showToast: cardSide,
  // Dismisses what showToast showed, so it lives where showToast does.
  hideToast: cardSide,
  previewMedia: cardSide,
  openLocation: cardSide,
  makePhoneCall: cardSide,
  openSetting: cardSide,

  // Card side with scope.dynamic (payment APIs come by kind, below).
  chooseLocation: dynamicCard,
  chooseAddress: dynamicCard,
  chooseMedia: dynamicCard,
  scanCode: dynamicCard,
  // Documented with the payment APIs, though not a payment by the user (see wx-api-kinds.ts).
  requestMerchantTransfer: dynamicCard,
  requestAppleSubscribeSign: dynamicCard,

  // Not migratable: page-stack UI the AI does not have.
  showModal: notMigratable,
  showLoading: notMigratable,
  // Dismisses what showLoading showed.
  hideLoading: notMigratable,
  showActionSheet: notMigratable,
  pageScrollTo: notMigratable,
  createAnimation: notMigratable,
  setClipboardData: notMigratable,
  getClipboardData: notMigratable,
  getUserInfo: notMigratable,
  getUserProfile: notMigratable,
  chooseImage: replacedBy('chooseMedia'),
  chooseVideo: replacedBy('chooseMedia'),
  previewImage: replacedBy('previewMedia'),
};

/** How a family rule recognises its members. */
export type FamilyMatch =
  | { readonly kind: WxApiKind }
  | { readonly prefix: string }
  | { readonly contains: readonly string[] };

export interface FamilyRule extends AiModeInfo {
  readonly match: FamilyMatch;
  /** The reference's wording this rule encodes. */
  readonly source: string;
}

/**
 * Family rules, first match wins. They apply to APIs the typings declare;
 * a name outside the typings may be anything, so it stays `unknown`.
 */
export const AI_MODE_FAMILIES: readonly FamilyRule[] = [
  { match: { kind: 'storage' }, aiMode: 'api-side', alsoAllowed: ['card-side'], source: 'storage (API side and card side)' },
  { match: { kind: 'payment' }, aiMode: 'dynamic-card', source: 'with scope.dynamic: requestPayment and other payment APIs' },
  {
    match: { kind: 'navigate' },
    aiMode: 'not-migratable',
    source: 'navigateTo/redirectTo/switchTab/reLaunch/navigateBack: pages are reached by handoff',
  },
  { match: { prefix: 'navigate' }, aiMode: 'not-migratable', source: 'navigate* (the AI does not navigate)' },
  { match: { contains: ['Bluetooth', 'BLE'] }, aiMode: 'api-side', source: 'Bluetooth' },
  { match: { contains: ['Wifi'] }, aiMode: 'api-side', source: 'Wi-Fi' },
  { match: { contains: ['Socket'] }, aiMode: 'api-side', source: 'sockets' },
  {
    match: { contains: ['Accelerometer', 'Compass', 'Gyroscope', 'DeviceMotion'] },
    aiMode: 'api-side',
    source: 'sensors',
  },
];

export const UNKNOWN_AI_MODE: AiModeInfo = { aiMode: 'unknown' };

// A Map, not the object: names like `constructor` must not hit Object.prototype.
const byName = new Map(Object.entries(AI_MODE_BY_NAME));

function matches(rule: FamilyMatch, name: string, kind: WxApiKind): boolean {
  if ('kind' in rule) return rule.kind === kind;
  if ('prefix' in rule) return name.startsWith(rule.prefix);
  return rule.contains.some((part) => name.includes(part));
}

/** The AI-mode facts of one API: exact row, else family (typings APIs only), else unknown. */
export function aiModeOf(name: string, kind: WxApiKind, known: boolean): AiModeInfo {
  const exact = byName.get(name);
  if (exact) return exact;
  for (const rule of AI_MODE_FAMILIES) {
    // Kind rules hold for any name the kind table lists; name families only for typings APIs.
    if (!known && !('kind' in rule.match)) continue;
    if (matches(rule.match, name, kind)) return ruleInfo(rule);
  }
  return UNKNOWN_AI_MODE;
}

function ruleInfo(rule: FamilyRule): AiModeInfo {
  const info: { aiMode: AiMode; alsoAllowed?: readonly AiMode[]; replacement?: string } = { aiMode: rule.aiMode };
  if (rule.alsoAllowed) info.alsoAllowed = rule.alsoAllowed;
  if (rule.replacement) info.replacement = rule.replacement;
  return info;
}
