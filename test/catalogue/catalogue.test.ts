import { describe, expect, it } from 'vitest';
import { isWxNamespace, listWxApis, lookupWxApi } from '../../src/catalogue/catalogue.js';
import type { ArgRef, WxApiInfo } from '../../src/catalogue/types.js';
import { NOISE_APIS, NOT_USER_PAYMENTS, UNTYPED_KIND_NAMES, WX_API_KINDS } from '../../src/catalogue/wx-api-kinds.js';
import generatedJson from '../../src/catalogue/wx-apis.generated.json' with { type: 'json' };
import type { GeneratedCatalogue } from '../../src/catalogue/types.js';

const generated: GeneratedCatalogue = generatedJson;
const typingsNames = generated.apis.map((a) => a.name);
const typed = new Set(typingsNames);

const get = (name: string): WxApiInfo => {
  const info = lookupWxApi(name);
  if (!info) throw new Error(`no entry for ${name}`);
  return info;
};
const o = (...path: string[]): ArgRef[] => [{ arg: 0, path }];
const p = (arg: number): ArgRef[] => [{ arg }];

describe('coverage', () => {
  it('every typings API has a known entry under its own name', () => {
    for (const name of typingsNames) {
      const info = lookupWxApi(name);
      expect(info, name).not.toBeNull();
      expect(info).toMatchObject({ name, known: true, sync: name.endsWith('Sync') });
      expect(info?.typings?.name).toBe(name);
    }
  });

  it('every table name is a typings API, or a documented extra', () => {
    const extras = Object.keys(WX_API_KINDS).filter((n) => !typed.has(n));
    expect(extras.sort()).toEqual([...UNTYPED_KIND_NAMES].sort());
    expect([...NOISE_APIS].filter((n) => !typed.has(n))).toEqual([]);
  });

  it('listWxApis is sorted and covers typings plus extras', () => {
    const names = listWxApis().map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names.length).toBe(typingsNames.length + UNTYPED_KIND_NAMES.length);
  });

  it('every options field the tables read is an option the typings declare', () => {
    for (const [name, spec] of Object.entries(WX_API_KINDS)) {
      const api = generated.apis.find((a) => a.name === name);
      if (!api) continue;
      for (const refs of Object.values(spec.args) as ArgRef[][]) {
        for (const ref of refs) {
          expect(ref.arg, name).toBeLessThan(Math.max(api.params.length, 1));
          const field = ref.path?.[0];
          if (field !== undefined) expect(api.options ?? [], `${name}.${field}`).toContain(field);
        }
      }
    }
  });
});

describe('effect kinds', () => {
  it.each([
    ['request', 'request'],
    ['uploadFile', 'request'],
    ['downloadFile', 'request'],
    ['cloud.callFunction', 'cloudFunction'],
    ['cloud.database', 'cloudDatabase'],
    ['cloud.callContainer', 'cloudContainer'],
    ['cloud.connectContainer', 'cloudContainer'],
    ['navigateTo', 'navigate'],
    ['redirectTo', 'navigate'],
    ['switchTab', 'navigate'],
    ['reLaunch', 'navigate'],
    ['navigateBack', 'navigate'],
    ['requestPayment', 'payment'],
    ['requestVirtualPayment', 'payment'],
    ['requestOrderPayment', 'payment'],
    ['requestPluginPayment', 'payment'],
    ['requestCommonPayment', 'payment'],
    ['openBusinessView', 'payment'],
    ['getStorageSync', 'storage'],
    ['batchSetStorage', 'storage'],
    ['navigateToMiniProgram', 'jsapi'],
    ['getLocation', 'jsapi'],
    ['showToast', 'jsapi'],
    ['cloud.uploadFile', 'jsapi'],
    ['createBufferURL', 'jsapi'],
  ])('%s → %s', (name, kind) => {
    expect(get(name).kind).toBe(kind);
  });

  it('every API of the payment reference section is a payment, but those where the user pays nothing', () => {
    for (const api of generated.apis.filter((a) => a.doc === 'payment')) {
      expect(get(api.name).kind, api.name).toBe(NOT_USER_PAYMENTS.includes(api.name) ? 'jsapi' : 'payment');
    }
  });

  it.each([
    ['request', 'GET', false, { url: o('url'), method: o('method'), data: o('data'), header: o('header') }],
    ['uploadFile', 'POST', true, { url: o('url'), data: o('formData'), header: o('header'), filePath: o('filePath') }],
    ['downloadFile', 'GET', true, { url: o('url'), header: o('header'), filePath: o('filePath') }],
  ])('%s: default method %s, fixed %s', (name, method, methodFixed, args) => {
    expect(get(name)).toMatchObject({ kind: 'request', method, methodFixed, args });
  });

  it('cloud functions and containers', () => {
    expect(get('cloud.callFunction').args).toEqual({ name: o('name'), data: o('data') });
    expect(get('cloud.callContainer').args).toMatchObject({
      path: o('path'),
      service: [...o('header', 'X-WX-SERVICE'), ...o('service')],
      method: o('method'),
      data: o('data'),
    });
    expect(get('cloud.database')).toMatchObject({ kind: 'cloudDatabase', handle: 'database' });
  });

  it.each([
    ['navigateTo', 'navigateTo', { url: o('url') }],
    ['redirectTo', 'redirectTo', { url: o('url') }],
    ['switchTab', 'switchTab', { url: o('url') }],
    ['reLaunch', 'reLaunch', { url: o('url') }],
    ['navigateBack', 'navigateBack', { delta: o('delta') }],
  ])('%s: mode %s', (name, mode, args) => {
    expect(get(name)).toMatchObject({ kind: 'navigate', mode, args });
  });

  it.each([
    ['setStorage', 'set', { key: o('key'), data: o('data') }],
    ['setStorageSync', 'set', { key: p(0), data: p(1) }],
    ['getStorage', 'get', { key: o('key') }],
    ['getStorageSync', 'get', { key: p(0) }],
    ['removeStorage', 'remove', { key: o('key') }],
    ['removeStorageSync', 'remove', { key: p(0) }],
    ['clearStorage', 'clear', {}],
    ['clearStorageSync', 'clear', {}],
    ['getStorageInfo', 'info', {}],
    ['getStorageInfoSync', 'info', {}],
    ['batchGetStorage', 'get', { keyList: o('keyList') }],
    ['batchGetStorageSync', 'get', { keyList: p(0) }],
    ['batchSetStorage', 'set', { kvList: o('kvList') }],
    ['batchSetStorageSync', 'set', { kvList: p(0) }],
  ])('%s: op %s', (name, op, args) => {
    const info = get(name);
    expect(info).toMatchObject({ kind: 'storage', op });
    expect(info.args).toEqual(args);
  });
});

describe('noise', () => {
  it.each(['showToast', 'hideToast', 'showLoading', 'hideLoading', 'setNavigationBarTitle', 'stopPullDownRefresh', 'vibrateShort'])(
    '%s is noise',
    (name) => {
      expect(get(name).noise).toBe(true);
    },
  );

  it.each(['request', 'showModal', 'navigateTo', 'requestPayment', 'setStorageSync', 'getLocation'])('%s is not noise', (name) => {
    expect(get(name).noise).toBeUndefined();
  });
});

describe('names outside the typings', () => {
  it.each(['someNewApi', 'getBLEFooBar', 'navigateToSomewhereNew', 'cloud.newThing', 'cloud.extend.AI.bot.newThing', 'constructor'])(
    '%s is an unknown jsapi',
    (name) => {
      expect(lookupWxApi(name)).toMatchObject({ name, kind: 'jsapi', aiMode: 'unknown', known: false, args: {} });
    },
  );

  it('keeps the Sync convention for unknown names', () => {
    expect(get('getSomethingNewSync').sync).toBe(true);
  });

  it.each(['', 'cloud', 'env', 'env.USER_DATA_PATH', 'env.OTHER', 'request.abort', 'wx.request', 'a..b', '1abc', 'cloud.database.collection'])(
    '%j is not a wx API call',
    (name) => {
      expect(lookupWxApi(name)).toBeNull();
    },
  );

  it.each([
    ['cloud', true],
    ['cloud.extend.AI', true],
    ['env', false],
    ['request', false],
  ])('isWxNamespace(%s) = %s', (path, want) => {
    expect(isWxNamespace(path)).toBe(want);
  });

  it('returns the same frozen object on every lookup', () => {
    expect(lookupWxApi('request')).toBe(lookupWxApi('request'));
    expect(Object.isFrozen(lookupWxApi('request'))).toBe(true);
  });
});
