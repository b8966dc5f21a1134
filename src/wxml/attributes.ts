import type { WxmlElement } from './types.js';

/**
 * `data-*` → `event.currentTarget.dataset` key, WeChat's rule
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/event.html, "dataset"):
 * upper case is lowered, then each hyphen + letter becomes the capital letter.
 * `data-goods-id` → `goodsId`, `data-elementType` → `elementtype`, `data-ID` → `id`.
 */
export function datasetKey(attrName: string): string | null {
  if (!attrName.startsWith('data-')) return null;
  const key = attrName
    .slice('data-'.length)
    .toLowerCase()
    .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return key === '' ? null : key;
}

/** Dataset keys of an element, in attribute order, without duplicates. */
export function datasetKeys(el: WxmlElement): string[] {
  const out: string[] = [];
  for (const a of el.attrs) {
    const k = datasetKey(a.name);
    if (k !== null && !out.includes(k)) out.push(k);
  }
  return out;
}

/** `mark:` keys (https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/event.html, "mark"); kept as written. */
export function markKeys(el: WxmlElement): string[] {
  const out: string[] = [];
  for (const a of el.attrs) {
    if (!a.name.startsWith('mark:')) continue;
    const k = a.name.slice('mark:'.length);
    if (k !== '' && !out.includes(k)) out.push(k);
  }
  return out;
}

/** Attributes WXML keeps for itself on any element, component or not. */
const OWN_ATTRS = new Set(['id', 'class', 'style', 'slot', 'hidden']);
const OWN_PREFIX = /^(data-|mark:|bind|catch|capture-|mut-bind|wx:|model:|generic:|worklet:)/;

/**
 * The property of a custom component an attribute sets, WeChat's rule: hyphenated names are
 * camelCased (`jump-array` → `jumpArray`), others kept as written (`jumpArray`). Null for the
 * attributes WXML keeps for itself (events, `data-*`, `wx:` directives, `class`…).
 */
export function propertyKey(attrName: string): string | null {
  if (OWN_ATTRS.has(attrName) || OWN_PREFIX.test(attrName)) return null;
  return attrName.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
