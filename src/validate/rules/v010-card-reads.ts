import type { ObjectKeys } from '../facts/object-keys.js';
import type { SkillFacts } from '../facts/skill-facts.js';
import type { Rule } from '../types.js';

/**
 * V010 — what a card reads from `result.structuredContent` is what its
 * API returns. The card's APIs are those whose `_meta.ui.componentPath`
 * names it; a card no API names is compared with every API of the skill
 * (the official rule's fallback). Reads are found through aliases
 * (`const sc = result.structuredContent || {}`) and destructuring; the
 * check is skipped when some return of those APIs cannot be read.
 */
export const v010CardReads: Rule = {
  id: 'V010',
  severity: 'error',
  title: 'card reads of result.structuredContent.x exist in the API\'s return',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const apis = (facts.mcp()?.apis ?? []).filter((a) => a.name !== null);
      for (const card of facts.cards()) {
        const reads = facts.cardScript(card)?.reads ?? [];
        if (!reads.length) continue;
        const own = apis.filter((a) => a.componentPath === card.componentPath);
        const names = (own.length ? own : apis).map((a) => a.name!);
        const returned = returnedKeys(facts, names);
        if (!returned) continue;
        const seen = new Set<string>();
        for (const r of reads) {
          if (returned.has(r.name) || seen.has(r.name)) continue;
          seen.add(r.name);
          ctx.report('V010_FIELD_NOT_RETURNED', r.loc, { card: card.name, key: r.name, apis: names.length === 1 ? `API "${names[0]}"` : `any of ${names.join(', ')}` });
        }
      }
    }
  },
};

/** Union of the structuredContent keys the APIs return; null when any return cannot be read in full. */
function returnedKeys(facts: SkillFacts, names: string[]): Set<string> | null {
  if (!names.length) return null;
  const keys = new Set<string>();
  for (const name of names) {
    const ret = facts.returns(name);
    if (!ret) return null;
    for (const s of ret.shapes) {
      const sc = s.structuredContent;
      if (sc === 'absent') continue;
      if (sc === 'unknown' || !(sc as ObjectKeys).complete) return null;
      for (const k of (sc as ObjectKeys).keys) keys.add(k.name);
    }
  }
  return keys;
}
