import type { RequestEffect } from '../model/types.js';

/**
 * One normal form for the things labels and predictions are compared on, so
 * that spelling differences (`{id}` vs `{}`, `post` vs `POST`, `/pages/a?x=1`
 * vs `pages/a`) never count as misses.
 */

/** Every `{anything}` placeholder becomes `{}`: labels do not name dynamic parts. */
export function normalizeUrl(url: string): string {
  // The endpoint is the path: a query string carries parameters, as `data` does. White space at
  // either end (`'/index/seckill '` typed with a trailing space) is no part of the address.
  const q = url.search(/[?#]/);
  return (q < 0 ? url : url.slice(0, q)).trim().replace(/\{[^{}]*\}/g, '{}');
}

/**
 * The method a request is made with. uploadFile and downloadFile take no
 * `method` option: they are always POST and GET
 * (https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/wx.uploadFile.html).
 */
const FIXED_METHOD: Partial<Record<RequestEffect['api'], string>> = {
  'wx.uploadFile': 'POST',
  'wx.downloadFile': 'GET',
};

export function requestMethod(effect: Pick<RequestEffect, 'api' | 'method'>): string {
  return FIXED_METHOD[effect.api] ?? (effect.method ? effect.method.toUpperCase() : 'GET');
}

/** `METHOD URL` of a resolved request, or null when its URL is unknown. */
export function requestKey(effect: Pick<RequestEffect, 'api' | 'method' | 'url'>): string | null {
  return effect.url === null ? null : `${requestMethod(effect)} ${normalizeUrl(effect.url)}`;
}

/** Normal form of a `METHOD URL` label. */
export function normalizeRequestKey(key: string): string {
  const sp = key.indexOf(' ');
  if (sp < 0) return normalizeUrl(key);
  return `${key.slice(0, sp).toUpperCase()} ${normalizeUrl(key.slice(sp + 1))}`;
}

/** A navigation target in app.json form: no leading '/', no query or fragment. */
export function normalizeRoute(target: string): string {
  return target.replace(/[?#].*$/, '').replace(/^\/+/, '');
}
