import type { ValueOrigin } from '../model/types.js';
import { alternatives, constString, toTplParts, type Value } from './values.js';

/** One concrete reading of a string value: text with `{hole}` placeholders. */
export interface Expanded {
  text: string;
  /** How many holes the text has (0: fully known). */
  holes: number;
  /** Length of the known text before the first hole. */
  constPrefix: number;
  /** Hole name → where its value came from, when it came from user input. */
  inputs: Record<string, ValueOrigin>;
}

const MAX_READINGS = 48;

/** A `{hole}` in a reading's text. */
const HOLE = /\{[^}]*\}/g;
/** Matches no text. */
const NEVER = /(?!)/;

/** How many holes `text` has. */
export function holeCount(text: string): number {
  return (text.match(HOLE) ?? []).length;
}

/**
 * The possible string readings of a value: one per alternative of a union,
 * deduplicated, in evaluation order. `undefined`/`null` give no reading.
 */
export function expandStrings(v: Value): Expanded[] {
  const out: Expanded[] = [];
  const seen = new Set<string>();
  for (const alt of alternatives(v)) {
    if (alt.t === 'undef' || alt.t === 'null') continue;
    if (alt.t === 'obj' || alt.t === 'arr' || alt.t === 'fn' || alt.t === 'native') continue;
    const e = expandOne(alt);
    if (seen.has(e.text)) continue;
    seen.add(e.text);
    out.push(e);
    if (out.length >= MAX_READINGS) break;
  }
  return dropSubsumed(out);
}

/**
 * Where a hole's value comes from what the user gives the page (query, tap, form), or from the
 * page's state the user moves (`this.data.page + 1` as the user scrolls).
 */
const USER_INPUT = new Set(['query', 'dataset', 'form', 'detail', 'data']);

/**
 * A stored value in the path of a URL (`/homes/${getStorageSync('familyId') || 'F01'}/overview`)
 * is the id the app kept, its literal fallback the default beside it. In the host or base
 * (`http://${wx.getStorageSync('ip') || '127.0.0.1'}:8117`) the constant is the real address and
 * the stored one an override, as for a config placeholder.
 */
function userHole(origin: ValueOrigin | undefined, text: string, at: number): boolean {
  if (!origin) return false;
  if (USER_INPUT.has(origin.from)) return true;
  if (origin.from !== 'storage') return false;
  const before = text.slice(0, at);
  const authority = /^[a-z][\w+.-]*:\/\/[^/]*/i.exec(before);
  return (authority ? before.slice(authority[0].length) : before.replace(HOLE, '')).includes('/');
}

/**
 * Readings that are one endpoint written twice, the less telling one dropped:
 * - A hole no user input fills, that a more specific reading fills in, is
 *   the same string: `https://x/{subDomain}/a` is dropped when
 *   `https://x/tz/a` is there (a config placeholder and its real value).
 * - A constant where another reading has a hole the user fills is that
 *   parameter's fallback: `/products/2` is dropped beside `/products/{id}`
 *   (`options.id ? options.id : 2`), whatever the other holes hold.
 */
function dropSubsumed(rs: Expanded[]): Expanded[] {
  if (rs.length < 2) return rs;
  // A reading that is nothing but holes (`{from}`) is no parameter a constant could be the fallback of.
  const pats = rs
    .filter((r) => r.holes > 0)
    .map((r) => ({ r, fills: pattern(r, false), defaults: r.text.replace(HOLE, '') !== '' ? pattern(r, true) : NEVER }));
  const moreSpecific = (r: Expanded, o: Expanded) => o !== r && o.holes < r.holes;
  const filledIn = pats.filter(({ r, fills }) => rs.some((o) => moreSpecific(r, o) && fills.test(o.text))).map(({ r }) => r);
  return rs.filter((x) => !filledIn.includes(x) && !pats.some(({ r, defaults }) => moreSpecific(r, x) && defaults.test(x.text)));
}

const MAX_PATTERN_HOLES = 8;

/**
 * A reading as a pattern over the others. `userHolesFilled`: user-input
 * holes match any text, others only a hole; else the other way round.
 */
function pattern(r: Expanded, userHolesFilled: boolean): RegExp {
  // Each filled hole is a `.+`: past a few of them a failing match backtracks for ever (a hex digest
  // of 32 unknown digits). Holes side by side are one `.+`; a reading with more is compared to none.
  if (r.holes > MAX_PATTERN_HOLES) return NEVER;
  let src = '^';
  let last = 0;
  let any = false;
  for (const m of r.text.matchAll(HOLE)) {
    const between = escapeRe(r.text.slice(last, m.index));
    const user = userHole(r.inputs[m[0].slice(1, -1)], r.text, m.index);
    const filled = user === userHolesFilled;
    any ||= filled;
    src += filled && between === '' && src.endsWith('.+') ? '' : between + (filled ? '.+' : '\\{[^}]*\\}');
    last = m.index + m[0].length;
  }
  // A pattern that fills nothing matches only an equal text, never kept twice.
  return any ? new RegExp(src + escapeRe(r.text.slice(last)) + '$') : NEVER;
}

/**
 * The other way round: a reading that is another with one hole left empty
 * (`''` where a branch builds `base + (id ? '/' + id : '')` by hand, an empty
 * URL beside `{brokerUrl}`) is the same endpoint, written once, with the hole.
 * (A `''` alternative concatenated beside an unknown is already folded by
 * `concat`.) Used for request URLs.
 */
export function dropEmptiedHoles(rs: Expanded[]): Expanded[] {
  if (rs.length < 2) return rs;
  const emptied = new Set<string>();
  for (const o of rs) {
    if (!o.holes) continue;
    for (const m of o.text.matchAll(HOLE)) emptied.add(o.text.slice(0, m.index) + o.text.slice(m.index + m[0].length));
  }
  return emptied.size ? rs.filter((r) => !emptied.has(r.text)) : rs;
}

/** `s` as a regular expression matching itself. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function expandOne(v: Value): Expanded {
  const c = constString(v);
  if (c !== null) return { text: c, holes: 0, constPrefix: c.length, inputs: {} };
  const parts = toTplParts(v);
  let text = '';
  let holes = 0;
  let constPrefix = -1;
  const inputs: Record<string, ValueOrigin> = {};
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      if (constPrefix < 0) constPrefix = text.length;
      holes++;
      text += `{${p.hole}}`;
      if (p.origin && p.hole && !inputs[p.hole]) inputs[p.hole] = p.origin;
    }
  }
  return { text, holes, constPrefix: constPrefix < 0 ? text.length : constPrefix, inputs };
}
