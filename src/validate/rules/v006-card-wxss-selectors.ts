import type { CssSelector } from '../facts/wxss.js';
import type { Rule } from '../types.js';

/**
 * V006 — card styles use class selectors: no child / sibling combinators
 * (`>`, `+`, `~`), no pseudo-elements, no pseudo-classes but `:host`, no
 * attribute selectors (wechat-ai-mode.md, "Static validation rules").
 * Scanned per selector with brackets and parentheses tracked, so the `+`
 * of `:nth-child(2n+1)` is one finding (the pseudo-class), not two.
 */
const ALLOWED_PSEUDO_CLASSES: ReadonlySet<string> = new Set(['host']);
/** Written with one colon for historical reasons, still pseudo-elements. */
const LEGACY_PSEUDO_ELEMENTS: ReadonlySet<string> = new Set(['before', 'after', 'first-line', 'first-letter']);
const COMBINATORS: Readonly<Record<string, string>> = { '>': 'the child combinator ">"', '+': 'the adjacent-sibling combinator "+"', '~': 'the sibling combinator "~"' };

export const v006CardWxssSelectors: Rule = {
  id: 'V006',
  severity: 'error',
  title: 'card WXSS has no >, +, ~ combinators, pseudo-elements, pseudo-classes (but :host) or attribute selectors',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      for (const card of facts.cards()) {
        for (const sel of facts.cardWxss(card)?.selectors ?? []) {
          for (const f of findings(sel)) ctx.report('V006_FORBIDDEN_SELECTOR', sel.at(f.at), { selector: sel.text, what: f.what });
        }
      }
    }
  },
};

function findings(sel: CssSelector): { at: number; what: string }[] {
  const s = sel.text;
  const out: { at: number; what: string }[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '[') {
      out.push({ at: i, what: 'an attribute selector' });
      i = closing(s, i, '[', ']');
    } else if (c === '(') {
      i = closing(s, i, '(', ')');
    } else if (COMBINATORS[c]) {
      out.push({ at: i, what: COMBINATORS[c]! });
    } else if (c === ':') {
      const double = s[i + 1] === ':';
      const m = /^[\w-]+/.exec(s.slice(i + (double ? 2 : 1)));
      const name = (m?.[0] ?? '').toLowerCase();
      if (double || LEGACY_PSEUDO_ELEMENTS.has(name)) out.push({ at: i, what: `the pseudo-element ::${name}` });
      else if (!ALLOWED_PSEUDO_CLASSES.has(name)) out.push({ at: i, what: `the pseudo-class :${name}` });
      i += (double ? 1 : 0) + name.length;
    }
  }
  return out;
}

/** Index of the bracket closing the one at `i` (or the end). */
function closing(s: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    if (s[k] === open) depth++;
    else if (s[k] === close && --depth === 0) return k;
  }
  return s.length;
}
