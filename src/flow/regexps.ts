import { alternatives, bool, concat, constString, native, normalizeTpl, num, obj, str, unknown, UNDEF, NULL, type ObjValue, type TplPart, type Value } from './values.js';

/**
 * Regular expressions as values: URL helpers keep them in variables
 * (`const ABSOLUTE = /^https?:\/\//`), build them from route templates
 * (`new RegExp(':' + key + '(\\W|$)', 'g')`) and pass them around
 * (`url.replace(PROTOCOL_AND_DOMAIN, fn)`). A regular expression is an
 * object that carries the host `RegExp` it stands for; only patterns that
 * cannot backtrack catastrophically are ever compiled (the pattern comes from
 * the code being analysed), and they run only on short known text.
 *
 * Text with holes (`'/goods/' + id`) is matched by filling its holes: once
 * with private markers, to see where each hole ends up, and once with each of
 * a few ordinary tokens (`a`, `Z9`, `0`, `x_y-z.w`). When every filling gives
 * the same answer with the hole put back, that is the answer: `isAbsolute`
 * tests on `'/goods/' + id` are false, `path.replace(/^\/+/, '')` drops the
 * known leading slash. A hole stands for an opaque token (an id, a name), so
 * fillings with `/`, `?` or an empty string are not tried: a helper that trims
 * trailing slashes off `base + '/' + id` should keep the id's slash.
 */
const MAX_PATTERN = 200;
const MAX_TEXT = 2_000;
const MAX_HOLES = 32;
const MAX_MATCHES = 64;
/** Hole fillings an answer must agree on. */
const TOKENS = ['a', 'Z9', '0', 'x_y-z.w'];
/** The private-use character that stands for hole `i` while matching (never in real URLs or routes). */
const marker = (i: number) => String.fromCharCode(0xe000 + i);
const MARKERS = /[\ue000-\ue0ff]/;
const ALL_MARKERS = /[\ue000-\ue0ff]/g;

export interface RegExpObj extends ObjValue {
  regex: RegExp;
}

/** The object a regular-expression literal or `new RegExp(…)` evaluates to. */
export function regexValue(re: RegExp): RegExpObj {
  const o = obj([
    ['source', str(re.source)],
    ['flags', str(re.flags)],
    ['global', bool(re.global)],
    ['lastIndex', num(0)],
  ]) as RegExpObj;
  o.regex = re;
  return o;
}

/** The host regular expression a value stands for, or null. */
export function regexOf(v: Value | undefined): RegExp | null {
  return v?.t === 'obj' && 'regex' in v ? (v as RegExpObj).regex : null;
}

/** `/p/f` or `new RegExp(p, f)`: a regular-expression value when the pattern is known and safe. */
export function makeRegex(pattern: string | null, flags: string | null): Value {
  if (pattern === null || flags === null) return unknown('regexp');
  const re = safeRegExp(pattern, flags);
  return re ? regexValue(re) : unknown('regexp');
}

/** `RegExp(p, f)` / `new RegExp(p, f)`; a RegExp argument is copied (with its own flags unless given). */
export function regexConstructor(pattern: Value | undefined, flags: Value | undefined): Value {
  const from = regexOf(pattern);
  const f = flags === undefined || flags.t === 'undef' ? (from ? from.flags : '') : constString(flags);
  if (from) return makeRegex(from.source, f);
  return makeRegex(pattern === undefined || pattern.t === 'undef' ? '(?:)' : constString(pattern), f);
}

/** Members of a regular-expression value beyond its data properties. */
export function regexMember(re: RegExp, key: string): Value | null {
  switch (key) {
    case 'test':
      return native('RegExp.test', (args) => {
        // Each reading of the text (`/^http/.test(path)` on a path with several readings): the answer when they agree.
        const answers = new Set(
          alternatives(args[0] ?? UNDEF).map((v) => {
            const t = textOf(v);
            return t ? agree(t, (text) => (fresh(re).test(text) ? 'T' : 'F')) : null;
          }),
        );
        const answer = answers.size === 1 ? [...answers][0] : null;
        return answer ? bool(answer === 'T') : unknown('test');
      });
    case 'exec':
      return native('RegExp.exec', (args) => {
        const t = textOf(args[0] ?? UNDEF);
        return t && t.holes === 0 ? matchResult(fresh(re).exec(t.text)) : unknown('match');
      });
    default:
      return null;
  }
}

/** A string value as text a regular expression can be matched on (holes marked), or null. */
function textOf(v: Value): Text | null {
  const c = constString(v);
  if (c !== null) return markText([c]);
  return v.t === 'tpl' ? markText(v.parts) : null;
}

/** Known text with holes, as the matcher needs it. */
export interface Text {
  /** The text with hole `i` written as `marker(i)`. */
  text: string;
  holes: number;
  /** The hole parts, in order. */
  parts: Exclude<TplPart, string>[];
}

/** A string value as text with marked holes, or null when it is too long, has too many holes, or already holds a marker. */
export function markText(parts: TplPart[]): Text | null {
  let text = '';
  const holes: Exclude<TplPart, string>[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      if (MARKERS.test(p)) return null;
      text += p;
    } else {
      if (holes.length >= MAX_HOLES) return null;
      text += marker(holes.length);
      holes.push(p);
    }
  }
  return text.length > MAX_TEXT ? null : { text, holes: holes.length, parts: holes };
}

/**
 * What `f` answers for text with holes, when every filling of the holes agrees
 * (answers are compared with each hole's filling put back as its marker);
 * null when they disagree.
 */
function agree(t: Text, f: (text: string) => string): string | null {
  const marked = f(t.text);
  if (t.holes === 0) return marked;
  for (const token of TOKENS) {
    const filled = t.text.replace(ALL_MARKERS, token);
    const expected = marked.replace(ALL_MARKERS, token);
    if (f(filled) !== expected) return null;
  }
  return marked;
}

/** Text split at its markers: the pieces between them, and which marker each was. */
function splitMarked(s: string): { pieces: string[]; marks: number[] } {
  const pieces: string[] = [];
  const marks: number[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0xe000 || code > 0xe0ff) continue;
    pieces.push(s.slice(from, i));
    marks.push(code - 0xe000);
    from = i + 1;
  }
  pieces.push(s.slice(from));
  return { pieces, marks };
}

/** The answer with markers turned back into the holes they stand for; null unless each hole appears once, in order. */
function unmark(t: Text, out: string): Value | null {
  const { pieces, marks } = splitMarked(out);
  if (marks.length !== t.holes || marks.some((m, i) => m !== i)) return null;
  return normalizeTpl(pieces.flatMap((p, i): TplPart[] => (i < marks.length ? [p, t.parts[i]!] : [p])));
}

/** `s.replace(re, 'text')` on text with holes: the replaced text with the holes kept, when the fillings agree. */
export function replaceMarked(t: Text, pattern: string | RegExp, by: string, all: boolean): Value | null {
  const out = agree(t, (text) => (all ? text.replaceAll(pattern, by) : text.replace(pattern, by)));
  return out === null ? null : unmark(t, out);
}

/**
 * `s.replace(re, fn)` on known text: each match is handed to the callback
 * (match, groups…, offset, text) as JavaScript would, and its answer, known or
 * not, takes the match's place.
 */
export function replaceWith(c: string, pattern: string | RegExp, all: boolean, call: (args: Value[]) => Value): Value {
  if (MARKERS.test(c)) return unknown();
  const calls: Value[][] = [];
  const marked = (all ? c.replaceAll.bind(c) : c.replace.bind(c))(pattern as RegExp, (...a: unknown[]) => {
    // (match, p1…pn, offset, string[, groups])
    const named = typeof a[a.length - 1] === 'object' && a[a.length - 1] !== undefined;
    const tail = named ? 3 : 2;
    const groups = a.slice(1, a.length - tail).map((g) => (typeof g === 'string' ? str(g) : UNDEF));
    calls.push([str(a[0] as string), ...groups, num(a[a.length - tail] as number), str(c)]);
    return marker(calls.length - 1);
  });
  if (calls.length > MAX_MATCHES) return unknown();
  const { pieces, marks } = splitMarked(marked);
  return pieces.reduce<Value>((out, p, i) => (i < marks.length ? concat(concat(out, str(p)), call(calls[marks[i]!]!)) : concat(out, str(p))), str(''));
}

/** `s.match(re)` on known text. */
export function matchText(c: string, re: RegExp): Value {
  if (re.global) {
    const all = c.match(re);
    return all && all.length <= MAX_MATCHES ? { t: 'arr', items: all.map(str) } : all ? unknown('match') : NULL;
  }
  return matchResult(fresh(re).exec(c));
}

function matchResult(m: RegExpExecArray | null): Value {
  if (!m) return NULL;
  const arr: Value = { t: 'arr', items: [...m].map((g) => (g === undefined ? UNDEF : str(g))) };
  return arr;
}

/** A copy with `lastIndex` 0: `test`/`exec` on a global expression are answered as on its first use. */
function fresh(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags);
}

export function safeRegExp(pattern: string, flags: string): RegExp | null {
  if (pattern.length > MAX_PATTERN || !/^[dgimsuy]*$/.test(flags) || mayBacktrack(pattern)) return null;
  try {
    return new RegExp(pattern, flags);
  } catch {
    return null;
  }
}

/**
 * A group that is quantified and itself holds a quantifier or an alternation
 * (`(a+)+`, `(a|aa)*`) can take exponential time; back-references too.
 */
function mayBacktrack(p: string): boolean {
  if (/\\[1-9]|\\k</.test(p)) return true;
  // Innermost-first: a group's body containing a quantifier or `|`, followed by a quantifier.
  const stack: { risky: boolean }[] = [];
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      // Skip a character class.
      for (i++; i < p.length && p[i] !== ']'; i++) if (p[i] === '\\') i++;
      continue;
    }
    if (ch === '(') stack.push({ risky: false });
    else if (ch === ')') {
      const g = stack.pop();
      const next = p[i + 1];
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      if (g?.risky && quantified && next !== '?') return true;
      if (g?.risky && stack.length) stack[stack.length - 1]!.risky = true;
    } else if ((ch === '*' || ch === '+' || ch === '{' || ch === '|') && stack.length) stack[stack.length - 1]!.risky = true;
  }
  return false;
}
