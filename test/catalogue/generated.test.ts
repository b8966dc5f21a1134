import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FILE, renderWxCatalogue, typingsLocation } from '../../scripts/gen-wx-catalogue.mjs';
import generatedJson from '../../src/catalogue/wx-apis.generated.json' with { type: 'json' };
import type { GeneratedApi, GeneratedCatalogue } from '../../src/catalogue/types.js';

const generated: GeneratedCatalogue = generatedJson;
const byName = new Map<string, GeneratedApi>(generated.apis.map((a) => [a.name, a]));

describe('wx-apis.generated.json', () => {
  it('is what the generator makes from the installed typings (run node scripts/gen-wx-catalogue.mjs)', () => {
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(renderWxCatalogue());
  });

  it('records the installed typings version', () => {
    expect(generated.typings).toEqual({ package: 'miniprogram-api-typings', version: typingsLocation().version });
  });

  it('lists every API once, sorted by code unit', () => {
    const names = generated.apis.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names.length).toBeGreaterThan(450);
  });

  it.each<[string, Partial<GeneratedApi>]>([
    ['request', { sync: false, callbacks: true, returns: 'RequestTask', doc: 'network/request' }],
    ['uploadFile', { sync: false, returns: 'UploadTask', doc: 'network/upload' }],
    ['navigateTo', { sync: false, callbacks: true, promise: true, doc: 'route' }],
    ['getStorageSync', { sync: true, params: ['key'], doc: 'storage' }],
    ['setStorageSync', { sync: true, params: ['key', 'data'] }],
    ['batchGetStorageSync', { sync: true, params: ['keyList'] }],
    ['getUserProfile', { sync: false, callbacks: true }],
    ['cloud.callFunction', { sync: false, callbacks: true, promise: true }],
    ['cloud.database', { sync: false, returns: 'Database' }],
    ['cloud.uploadFile', { returns: 'UploadTask' }],
    ['base64ToArrayBuffer', { deprecated: true }],
  ])('%s', (name, want) => {
    expect(byName.get(name)).toMatchObject(want);
  });

  it.each([
    ['request', ['data', 'header', 'method', 'url']],
    ['uploadFile', ['filePath', 'formData', 'header', 'name', 'url']],
    ['downloadFile', ['filePath', 'header', 'url']],
    ['navigateTo', ['url']],
    ['navigateBack', ['delta']],
    ['getStorage', ['key']],
    ['setStorage', ['data', 'key']],
    ['cloud.callFunction', ['data', 'name']],
    ['cloud.callContainer', ['data', 'header', 'method', 'path', 'service']],
  ])('%s options include %j (callbacks excluded)', (name, fields) => {
    const options = byName.get(name)?.options ?? [];
    expect(options).toEqual(expect.arrayContaining(fields));
    expect(options).not.toContain('success');
    expect(options).not.toContain('complete');
  });

  it('walks wx.cloud and the other namespaces, but records non-callables apart', () => {
    expect(generated.namespaces).toEqual(expect.arrayContaining(['cloud', 'cloud.extend.AI', 'router', 'worklet']));
    expect(generated.values).toContain('env.USER_DATA_PATH');
    for (const name of ['cloud.init', 'cloud.callContainer', 'cloud.getTempFileURL', 'cloud.deleteFile', 'cloud.downloadFile']) {
      expect(byName.has(name), name).toBe(true);
    }
    expect(byName.has('cloud')).toBe(false);
    expect(byName.has('env')).toBe(false);
  });

  it('describes the cloud database classes', () => {
    expect(Object.keys(generated.cloudDatabase).sort()).toEqual([
      'Aggregate',
      'CollectionReference',
      'Database',
      'DocumentReference',
      'Query',
    ]);
    expect(generated.cloudDatabase.CollectionReference).toMatchObject({ doc: 'DocumentReference', where: 'Query', get: 'Promise' });
  });
});
