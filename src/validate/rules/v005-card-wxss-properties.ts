import type { CssDeclaration } from '../facts/wxss.js';
import type { Rule } from '../types.js';

/**
 * V005 — card styles avoid what the card renderer does not support
 * (wechat-ai-mode.md, "Static validation rules"): fixed/sticky position,
 * z-index, grid, table, inline-flex, float, text-decoration, CSS variables,
 * and transitions of anything but opacity and transform. Checked per
 * declaration, so a commented-out declaration or the same words inside a
 * string are not findings.
 */
interface Forbidden {
  prop: RegExp;
  /** Forbidden values (all values when absent). */
  values?: RegExp;
  why: string;
}

const FORBIDDEN: readonly Forbidden[] = [
  { prop: /^position$/, values: /^(-webkit-)?(fixed|sticky)$/, why: 'cards position relative or absolute only' },
  { prop: /^z-index$/, why: 'cards have no stacking order' },
  { prop: /^display$/, values: /^(grid|inline-grid|table|inline-table|table-[a-z-]+|inline-flex)$/, why: 'lay cards out with flex or block' },
  { prop: /^float$/, why: 'lay cards out with flex' },
  { prop: /^text-decoration(-|$)/, why: 'text decoration is not rendered in cards' },
];

/** The only properties a card may transition. */
const TRANSITIONABLE: ReadonlySet<string> = new Set(['opacity', 'transform', '-webkit-transform', 'none']);
const TIMING = /^(ease|linear|ease-in|ease-out|ease-in-out|step-start|step-end|steps\(.*\)|cubic-bezier\(.*\)|initial|inherit|unset)$/;
const TIME_OR_NUMBER = /^[-+]?[\d.]+(m?s)?$/;

export const v005CardWxssProperties: Rule = {
  id: 'V005',
  severity: 'error',
  title: 'card WXSS avoids fixed/sticky, z-index, grid, table, inline-flex, float, text-decoration, CSS variables, non-opacity/transform transitions',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      for (const card of facts.cards()) {
        for (const d of facts.cardWxss(card)?.declarations ?? []) {
          const why = forbiddenWhy(d);
          if (why) ctx.report('V005_FORBIDDEN_DECLARATION', d.loc, { prop: d.prop, value: d.value, why });
        }
      }
    }
  },
};

function forbiddenWhy(d: CssDeclaration): string | null {
  const value = d.value.toLowerCase();
  for (const f of FORBIDDEN) {
    if (f.prop.test(d.prop) && (!f.values || f.values.test(value))) return f.why;
  }
  if (d.prop.startsWith('--') || /\bvar\(\s*--/.test(value)) return 'CSS variables are not supported in cards';
  if (d.prop === 'transition' || d.prop === 'transition-property') {
    const bad = transitioned(value, d.prop === 'transition-property').filter((p) => !TRANSITIONABLE.has(p));
    if (bad.length) return `cards transition opacity and transform only, not ${bad.join(', ')}`;
  }
  return null;
}

/** The properties a transition value animates (`all` when the shorthand names none). */
function transitioned(value: string, isPropertyList: boolean): string[] {
  return splitTopLevel(value, ',').map((item) => {
    const words = splitTopLevel(item.trim(), ' ').filter(Boolean);
    if (isPropertyList) return words[0] ?? 'all';
    return words.find((w) => !TIMING.test(w) && !TIME_OR_NUMBER.test(w)) ?? 'all';
  });
}

function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    if (c === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
