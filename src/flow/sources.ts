import type { ValueOrigin } from '../model/types.js';
import type { SourceValue } from './values.js';

/**
 * What a path read off a source means: `e.currentTarget.dataset.id` is the
 * dataset key `id`; `e.detail.value.mobile` the form field `mobile`;
 * `options.goodsId` the query parameter `goodsId`.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/event.html
 */
export function sourceOrigin(s: SourceValue): ValueOrigin | undefined {
  const p = s.path;
  switch (s.root) {
    case 'query':
      return p[0] && p[0] !== '*' ? { from: 'query', name: p[0] } : undefined;
    case 'storage':
      return p[0] ? { from: 'storage', name: p[0] } : undefined;
    case 'event': {
      if ((p[0] === 'currentTarget' || p[0] === 'target') && p[1] === 'dataset' && p[2] && p[2] !== '*') return { from: 'dataset', name: p[2] };
      if (p[0] === 'detail' && p[1] === 'value' && p[2] && p[2] !== '*' && !/^\d+$/.test(p[2]) && p[2] !== 'length') return { from: 'form', name: p[2] };
      if (p[0] === 'detail' && p[1] && p[1] !== '*') return { from: 'detail', name: p[1] };
      if (p[0] === 'mark' && p[1] && p[1] !== '*') return { from: 'mark', name: p[1] };
      return undefined;
    }
    default:
      return undefined;
  }
}

export function sameOrigin(a: ValueOrigin | undefined, b: ValueOrigin | undefined): boolean {
  return !!a && !!b && a.from === b.from && a.name === b.name;
}
