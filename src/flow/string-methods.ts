import { concat, constString, native, normalizeTpl, num, str, unknown, UNDEF, type TplPart, type Value } from './values.js';
import { markText, matchText, regexOf, replaceMarked, replaceWith, safeRegExp } from './regexps.js';

/**
 * String methods on known text, computed as JavaScript would: routes and URLs
 * are often cut and glued (`route.replace(/^\//, '').split('/')`,
 * `url.split('?')[0]`, `'/pages/' + name.substring(1)`). Only pure methods,
 * only on constants; anything else stays unknown.
 *
 * Regular expressions are values (`regexps.ts`); text with holes is matched
 * there too, when every filling of the holes gives the same answer.
 */
const MAX_TEXT = 2_000;
/** How a string method calls back into analysed code (a `replace` callback). */
export type Callback = (fn: Value, args: Value[]) => Value;
/** Marks where a replacement goes (never in real routes or URLs). */
const MARK = '\u0000';
const MAX_PARTS = 64;

/** Members of known text beyond the basic ones (`length`, `indexOf`…) the builtins answer. */
export function textMethod(c: string | null, key: string, s: Value = UNDEF, call: Callback = () => unknown()): Value | null {
  switch (key) {
    case 'split':
      return native(key, (args) => {
        if (c === null || c.length > MAX_TEXT) return unknown('parts');
        const sep = separator(args[0]);
        if (sep === null) return unknown('parts');
        const limit = args[1]?.t === 'num' ? args[1].v : undefined;
        const parts = c.split(sep, limit);
        return parts.length <= MAX_PARTS ? { t: 'arr', items: parts.map(str) } : unknown('parts');
      });
    case 'replace':
    case 'replaceAll':
      return native(key, (args) => {
        const byValue = args[1] ?? UNDEF;
        const by = constString(byValue);
        const all = key === 'replaceAll';
        const pat = separator(args[0]);
        if (pat === null) return unknown();
        if (all && pat instanceof RegExp && !pat.global) return unknown();
        if (c === null) {
          // Text with holes: a replacement the holes cannot take part in (`path.replace(/^\//, '')`).
          const t = s.t === 'tpl' && by !== null ? markText(s.parts) : null;
          return (t && replaceMarked(t, pat, by!, all)) ?? unknown();
        }
        if (c.length > MAX_TEXT) return unknown();
        if (by !== null) return str(all ? c.replaceAll(pat, by) : c.replace(pat, by));
        // A callback computes each match's replacement (`url.replace(/:(\w+)/g, (m, k) => params[k])`).
        if (byValue.t === 'fn' || byValue.t === 'native') return replaceWith(c, pat, all, (a) => call(byValue, a));
        // A placeholder filled with a value the code does not fix (`'members/_id_'.replace('_id_', id)`):
        // the text around it is known, the replaced part is a hole named after the value.
        if (c.includes(MARK)) return unknown();
        const marked = all ? c.replaceAll(pat, MARK) : c.replace(pat, MARK);
        return marked.split(MARK).reduce<Value>((acc, part, i) => (i === 0 ? str(part) : concat(concat(acc, byValue), str(part))), str(''));
      });
    case 'match':
      return native(key, (args) => {
        const pat = separator(args[0]);
        if (c === null || c.length > MAX_TEXT || pat === null) return unknown('match');
        // A string pattern is compiled as a regular expression, as JavaScript does.
        const re = pat instanceof RegExp ? pat : safeRegExp(pat, '');
        return re ? matchText(c, re) : unknown('match');
      });
    case 'search':
      return native(key, (args) => {
        const pat = separator(args[0]);
        return c === null || c.length > MAX_TEXT || !(pat instanceof RegExp) ? unknown() : num(c.search(pat));
      });
    case 'slice':
    case 'substring':
    case 'substr':
      return native(key, (args) => {
        const a = args[0]?.t === 'num' ? args[0].v : args[0] === undefined ? 0 : null;
        const b = args[1]?.t === 'num' ? args[1].v : args[1] === undefined ? undefined : null;
        if (a === null || b === null) return unknown();
        if (c === null) {
          if (s.t !== 'tpl') return unknown();
          if (key === 'slice') return sliceTpl(s.parts, a, b);
          // From a start in the known text (`url.substr(1)` drops a leading slash), as `slice` would.
          if (a < 0 || (b !== undefined && b < (key === 'substr' ? 0 : a))) return unknown();
          return sliceTpl(s.parts, a, b === undefined ? undefined : key === 'substr' ? a + b : b);
        }
        return str(key === 'slice' ? c.slice(a, b) : key === 'substring' ? c.substring(a, b) : c.substr(a, b));
      });
    case 'charAt':
      return native(key, (args) => (c !== null && args[0]?.t === 'num' ? str(c.charAt(args[0].v)) : unknown()));
    case 'lastIndexOf':
      return native(key, (args) => {
        const n = constString(args[0] ?? UNDEF);
        return c !== null && n !== null ? num(c.lastIndexOf(n)) : unknown();
      });
    default:
      return null;
  }
}

/**
 * `slice` of text with holes, where the cut falls in known text: `(base + path + '?').slice(0, -1)`
 * drops the `?` (a query-string builder's trailing `&`), `'/' + id).slice(1)` the slash.
 * A cut that reaches into a hole is unknown.
 */
function sliceTpl(parts: TplPart[], a: number, b: number | undefined): Value {
  // Text with holes has at least two parts, a hole among them: the first and last are distinct.
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (b !== undefined && b >= 0) return typeof first === 'string' && b <= first.length ? str(first.slice(a, b)) : unknown();
  if (a < 0 || (a > 0 && (typeof first !== 'string' || first.length < a))) return unknown();
  if (b !== undefined && (typeof last !== 'string' || last.length < -b)) return unknown();
  const out = [...parts];
  if (a > 0) out[0] = (first as string).slice(a);
  if (b !== undefined) out[out.length - 1] = (last as string).slice(0, b);
  return normalizeTpl(out);
}

/** `list.join(sep)` of known text items. */
export function joinItems(items: Value[], sepArg: Value | undefined): Value {
  const sep = sepArg === undefined ? ',' : constString(sepArg);
  const parts = items.map(constString);
  if (sep === null || parts.some((p) => p === null)) return unknown('list');
  return str(parts.join(sep));
}

/** A string or a regular-expression argument, or null (a pattern the follower could not compile is unknown). */
function separator(v: Value | undefined): string | RegExp | null {
  return regexOf(v) ?? (v === undefined ? null : constString(v));
}
