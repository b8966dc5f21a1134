import { COMPOUND_PARTS, OBJECT_NOISE, VERB_OF, WORD_ALIASES } from './vocabulary.js';

/**
 * Word-level helpers shared by naming, grouping and descriptions: split
 * identifiers, URLs and routes into lower-case words, make them singular,
 * glue them back into camelCase. Pure string functions.
 */

/** `getGoodsDetail` / `goods_detail` / `/api/v1/goods-detail.json` → ['get','goods','detail','v1',…] in order. */
export function splitWords(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .flatMap((w) => splitCompound(w.toLowerCase()));
}

const isPart = (w: string) => VERB_OF.has(w) || COMPOUND_PARTS.has(w);

/** `addordelete` → add, or, delete; a word that is already known, or cannot be fully split, stays whole. */
export function splitCompound(w: string): string[] {
  if (w.length < 6 || isPart(w) || isPart(singular(w)) || WORD_ALIASES[w]) return [w];
  // best[i] = fewest parts covering w[0..i)
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= w.length; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 12); j <= i - 2; j++) {
      const part = w.slice(j, i);
      const prev = best[j];
      if (prev && isPart(part) && (!best[i] || prev.length + 1 < best[i]!.length)) best[i] = [...prev, part];
    }
  }
  const parts = best[w.length];
  return parts && parts.length <= 3 ? parts : [w];
}

const SINGULAR_KEEP: ReadonlySet<string> = new Set(['goods', 'news', 'status', 'address', 'class', 'bus', 'plus', 'this', 'is', 'has', 'yes', 'express', 'access', 'success', 'progress', 'settings']);

/** English plural → singular, just enough for identifiers (`orders`, `categories`, `addresses`). */
export function singular(w: string): string {
  if (w.length <= 3 || SINGULAR_KEEP.has(w) || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:sses|xes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Singular + canonical aliases (`products` → `goods`, `mine` → `user center`). */
export function canonicalWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const s = singular(w);
    const alias = WORD_ALIASES[s] ?? WORD_ALIASES[w];
    out.push(...(alias ?? [s]));
  }
  return out;
}

/** Words that can name a business object: canonical, not noise, not a bare number/version, no repeats in a row. */
export function objectWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of canonicalWords(words)) {
    if (OBJECT_NOISE.has(w) || /^\d/.test(w) || /^v\d+$/.test(w) || w.length < 2) continue;
    if (out.includes(w)) continue;
    out.push(w);
  }
  return out;
}

export function capitalize(w: string): string {
  return w ? w[0]!.toUpperCase() + w.slice(1) : w;
}

/** ['add','to','cart'] → 'addToCart'. */
export function camel(words: readonly string[]): string {
  return words.map((w, i) => (i === 0 ? w : capitalize(w))).join('');
}

/** Text shown to users in the app (button label, title): no `{{…}}`, collapsed whitespace, at most `max` characters. */
export function cleanText(text: string | null | undefined, max = 20): string | null {
  if (!text) return null;
  const t = text.replace(/\{\{[\s\S]*?\}\}/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t || !/[\p{L}\p{N}]/u.test(t) || [...t].length > max) return null;
  return t;
}

export function hasCjk(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s);
}

/** The path part of a URL without scheme, host and query: `https://x.com/api/a?b=1` → `/api/a`. */
export function urlPath(url: string): string {
  let u = url.replace(/[?#].*$/, '');
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(u);
  if (m) u = u.slice(m[0].length);
  else if (/^\{[^}]*\}/.test(u)) u = u.replace(/^\{[^}]*\}/, ''); // `{BASE_URL}/cart/add`
  return u.startsWith('/') ? u : '/' + u;
}

/** Short deterministic hash (FNV-1a, base 36) of a string: the last resort to make a name unique. */
export function shortHash(s: string, len = 4): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(len, '0').slice(-len);
}

/** Unique values in code-unit order. */
export function uniqSorted(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
