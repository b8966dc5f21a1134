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
