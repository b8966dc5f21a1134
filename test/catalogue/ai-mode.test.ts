import { describe, expect, it } from 'vitest';
import { lookupWxApi } from '../../src/catalogue/catalogue.js';
import type { GeneratedCatalogue } from '../../src/catalogue/types.js';
import { AI_MODE_BY_NAME } from '../../src/catalogue/wx-ai-mode.js';
import generatedJson from '../../src/catalogue/wx-apis.generated.json' with { type: 'json' };

const generated: GeneratedCatalogue = generatedJson;
const typed = new Set(generated.apis.map((a) => a.name));
const aiOf = (name: string) => {
  const info = lookupWxApi(name);
  if (!info) throw new Error(`no entry for ${name}`);
  return { aiMode: info.aiMode, alsoAllowed: info.alsoAllowed, replacement: info.replacement };
};

// shared/reference/wechat-ai-mode.md, "JSAPI availability inside skills", line by line.
describe('AI mode, as the reference lists it', () => {
  it.each([
    // API side
    'login',
    'checkSession',
    'request',
    'cloud.init',
    'cloud.callFunction',
    'cloud.database',
    'getLocation',
    'getFuzzyLocation',
    'setStorage',
    'getStorageSync',
    'uploadFile',
    'downloadFile',
    'requestSubscribeMessage',
    'authorize',
    'getSetting',
    'getDeviceInfo',
    'getAppBaseInfo',
    'getAccountInfoSync',
    'connectSocket',
    'onSocketMessage',
    'createTCPSocket',
    'openBluetoothAdapter',
    'writeBLECharacteristicValue',
    'createBLEPeripheralServer',
    'startWifi',
    'getWifiList',
    'startAccelerometer',
    'onCompassChange',
    'startGyroscope',
    'startDeviceMotionListening',
  ])('%s → api-side', (name) => {
    expect(aiOf(name).aiMode).toBe('api-side');
  });

  it.each(['showToast', 'previewMedia', 'openLocation', 'makePhoneCall', 'openSetting'])('%s → card-side', (name) => {
    expect(aiOf(name).aiMode).toBe('card-side');
  });

  it.each([
    ['storage', 'setStorageSync', 'card-side'],
    ['storage', 'removeStorage', 'card-side'],
    ['system info', 'getSystemInfoSync', 'card-side'],
    ['system info', 'getWindowInfo', 'card-side'],
    ['wx.request with scope.dynamic', 'request', 'dynamic-card'],
  ])('%s: %s is also allowed %s', (_what, name, also) => {
    expect(aiOf(name).alsoAllowed).toContain(also);
  });

  it.each([
    'requestPayment',
    'requestVirtualPayment',
    'requestOrderPayment',
    'requestPluginPayment',
    'requestCommonPayment',
    'openBusinessView',
    'chooseLocation',
    'chooseAddress',
    'chooseMedia',
    'scanCode',
  ])('%s → dynamic-card', (name) => {
    expect(aiOf(name).aiMode).toBe('dynamic-card');
  });

  it.each([
    ['showModal', undefined],
    ['showLoading', undefined],
    ['showActionSheet', undefined],
    ['navigateTo', undefined],
    ['redirectTo', undefined],
    ['switchTab', undefined],
    ['reLaunch', undefined],
    ['navigateBack', undefined],
    ['navigateToMiniProgram', undefined],
    ['navigateBackMiniProgram', undefined],
    ['pageScrollTo', undefined],
    ['createAnimation', undefined],
    ['setClipboardData', undefined],
    ['getClipboardData', undefined],
    ['getUserInfo', undefined],
    ['getUserProfile', undefined],
    ['chooseImage', 'chooseMedia'],
    ['chooseVideo', 'chooseMedia'],
    ['previewImage', 'previewMedia'],
  ])('%s → not-migratable (replacement %s)', (name, replacement) => {
    expect(aiOf(name)).toMatchObject({ aiMode: 'not-migratable', replacement });
  });

  it.each(['getBackgroundAudioManager', 'startBeaconDiscovery', 'getNFCAdapter', 'cloud.uploadFile', 'cloud.callContainer', 'canIUse'])(
    '%s is not covered by the reference → unknown',
    (name) => {
      expect(aiOf(name).aiMode).toBe('unknown');
    },
  );
});

describe('AI-mode families hold for the whole reference section', () => {
  it.each([
    ['device/bluetooth', 'api-side'],
    ['device/bluetooth-ble', 'api-side'],
    ['device/bluetooth-peripheral', 'api-side'],
    ['device/wifi', 'api-side'],
    ['network/websocket', 'api-side'],
    ['network/tcp', 'api-side'],
    ['network/udp', 'api-side'],
    ['device/accelerometer', 'api-side'],
    ['device/compass', 'api-side'],
    ['device/gyroscope', 'api-side'],
    ['device/motion', 'api-side'],
    ['storage', 'api-side'],
    ['route', 'not-migratable'],
    ['payment', 'dynamic-card'],
  ])('every API documented under %s → %s', (doc, aiMode) => {
    const members = generated.apis.filter((a) => a.doc === doc && !['createBufferURL', 'revokeBufferURL', 'rewriteRoute'].includes(a.name));
    expect(members.length).toBeGreaterThan(0);
    for (const api of members) expect(aiOf(api.name).aiMode, api.name).toBe(aiMode);
  });
});

describe('the AI-mode table', () => {
  it('names only APIs the typings declare, and replacements that exist', () => {
    for (const [name, info] of Object.entries(AI_MODE_BY_NAME)) {
      expect(typed.has(name), name).toBe(true);
      if (info.replacement) expect(typed.has(info.replacement), info.replacement).toBe(true);
    }
  });
});
