import { stripMustaches } from './mustache.js';

/** Whitespace-collapsed and trimmed. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Cut to at most `max` UTF-16 code units without splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end).trimEnd();
}

/** Static text of a text node (mustaches removed), collapsed. */
export function staticText(s: string): string {
  return collapse(stripMustaches(s));
}

/**
 * Tags whose boundaries do not separate words when text is gathered
 * (`<text>加入</text><text>购物车</text>` reads 加入购物车); other elements
 * are boxes, so their text is separated by a space.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set(['text', 'block', 'label', 'template']);
