import { attr, walkWxml } from '../../wxml/walk.js';
import type { Rule } from '../types.js';

/**
 * V003 — a card's WXML uses only the components cards can render
 * (wechat-ai-mode.md, "Static validation rules"): view, text, image, map,
 * button, canvas, scroll-view, plus block and template; no `open-type` on
 * buttons; a scroll-view scrolls horizontally (`scroll-x`), never
 * vertically. Read from the parsed tree, so tags inside comments or
 * attribute values are not findings.
 */
export const CARD_TAGS: readonly string[] = ['view', 'text', 'image', 'map', 'button', 'canvas', 'scroll-view', 'block', 'template'];

const FALSE_VALUES: ReadonlySet<string> = new Set(['false', '{{false}}', '{{ false }}']);

/** A boolean attribute is on when present (with no value, `true`, or a binding), unless set to false. */
function isOn(v: string | null | undefined): boolean {
  return v !== undefined && (v === null || !FALSE_VALUES.has(v.trim()));
}

export const v003CardWxml: Rule = {
  id: 'V003',
  severity: 'error',
  title: 'card WXML uses only view/text/image/map/button/canvas/scroll-view (+block/template), no open-type, horizontal scroll-view',
  check(ctx) {
    const allowed = new Set(CARD_TAGS);
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      for (const card of facts.cards()) {
        const doc = facts.cardWxml(card);
        if (!doc) continue;
        walkWxml(doc.children, {
          enter(n) {
            if (n.type !== 'element') return;
            if (!allowed.has(n.tag)) ctx.report('V003_TAG_NOT_ALLOWED', n.loc, { tag: n.tag, allowed: CARD_TAGS.join(', ') });
            const openType = n.attrs.find((a) => a.name === 'open-type');
            if (n.tag === 'button' && openType) ctx.report('V003_OPEN_TYPE', openType.loc, { value: openType.value ?? '' });
            if (n.tag === 'scroll-view') {
              if (!isOn(attr(n, 'scroll-x'))) ctx.report('V003_SCROLL_VIEW', n.loc, { what: 'add scroll-x' });
              const y = n.attrs.find((a) => a.name === 'scroll-y');
              if (y && isOn(y.value)) ctx.report('V003_SCROLL_VIEW', y.loc, { what: 'scroll-y is not supported' });
            }
          },
        });
      }
    }
  },
};
