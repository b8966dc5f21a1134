import { ALWAYS_BOUND, wxmlDataRefs } from '../facts/card-wxml.js';
import type { Rule } from '../types.js';

/**
 * V011 — a card's `setData` keys and its WXML `{{ }}` keys agree, both
 * ways (ignoring item, index, wx and the template's own loop and wxs
 * names). A key rendered but never set is an error — or a warning when the
 * script builds its data in ways that cannot be read (a spread, a
 * behavior); a key set (or in `data`) but never rendered is a warning, as
 * in the official validator.
 */
export const v011SetData: Rule = {
  id: 'V011',
  severity: 'error',
  title: 'card setData keys == WXML {{}} keys (item, index, wx ignored)',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      for (const card of facts.cards()) {
        const js = facts.cardScript(card);
        const doc = facts.cardWxml(card);
        if (!js || !doc) continue;
        const refs = wxmlDataRefs(doc);
        const rendered = new Set(refs.map((r) => r.name));
        const defined = new Set([...js.setDataKeys, ...js.dataKeys, ...js.propertyKeys].map((k) => k.name));
        for (const r of refs) {
          if (defined.has(r.name)) continue;
          if (js.dynamic) ctx.report('V011_WXML_KEY_UNCERTAIN', r.loc, { key: r.name, card: card.name, why: js.dynamic });
          else ctx.report('V011_WXML_KEY_UNDEFINED', r.loc, { key: r.name, card: card.name });
        }
        const reported = new Set<string>();
        for (const k of [...js.dataKeys, ...js.setDataKeys]) {
          if (rendered.has(k.name) || ALWAYS_BOUND.has(k.name) || reported.has(k.name)) continue;
          reported.add(k.name);
          ctx.report('V011_SETDATA_UNUSED', k.loc, { card: card.name, key: k.name });
        }
      }
    }
  },
};
