import type { Effect } from '../model/types.js';
import { CONTEXT_PARAM } from '../emit/vocabulary.js';
import { LOGIN_CODE_KEY } from './auth.js';
import { isAbsoluteUrl, splitBase } from './base-url.js';
import type { Helper, Step, StepContext } from './effect-steps.js';
import { jsString, lineComment, member, templateText, type CodeValue } from './js-writer.js';
import { at, todo } from './notes.js';
import { pathEndingIn } from './response-paths.js';

/**
 * The values a step sends and the URL it calls, as expressions: an API
 * input (`args.id`), a value the app read from storage, a field of an
 * earlier step's response, the wx.login code of a login endpoint — or
 * `undefined` with a question naming where the value is sent. Never made up.
 */

/** The latest earlier step whose response has a field named `key`. */
export function stepPath(key: string, earlier: readonly Step[]): { result: string; path: string } | null {
  for (const s of [...earlier].reverse()) {
    const path = s.result ? pathEndingIn(s.responseKeys, key) : null;
    if (path) return { result: s.result!, path };
  }
  return null;
}

/** An expression for a value the effect sends, plus the comment lines that explain it. */
export interface Value extends CodeValue {
  uses: Helper[];
}

export function valueOf(key: string, e: Effect, ctx: StepContext, earlier: readonly Step[]): Value {
  const { api, t } = ctx;
  const input = api.inputs.find((i) => i.name === key);
  const origin = e.inputs?.[key] ?? null;
  if (api.isLogin && LOGIN_CODE_KEY.test(key) && (!input || input.from === null)) {
    return { expr: 'await loginCode()', notes: [todo(t, t.q.loginCode(at(e.loc)))], uses: ['loginCode'] };
  }
  if (input && input.from !== null) return { expr: member('args', key), notes: [], uses: [] };
  if (origin?.from === 'storage') {
    return { expr: `wx.getStorageSync(${jsString(origin.name)})`, notes: [lineComment(`[ai-mode:static] ${at(e.loc)} storage ${origin.name}`)], uses: [] };
  }
  if (origin?.from === 'app') return { expr: 'undefined', notes: [todo(t, t.q.appValue(origin.name, at(e.loc)))], uses: [] };
  const fromStep = stepPath(key, earlier);
  if (fromStep) return { expr: `pick(${fromStep.result}, ${jsString(fromStep.path)})`, notes: [todo(t, t.q.fromStep(key, fromStep.path, at(e.loc)))], uses: ['pick'] };
  // An input of unknown origin: the model asks the caller for it.
  if (input) return { expr: member('args', key), notes: [], uses: [] };
  if (CONTEXT_PARAM.test(key) && ctx.auth.tokenKey && /token|session|jwt/i.test(key)) {
    return { expr: `wx.getStorageSync(${jsString(ctx.auth.tokenKey)})`, notes: [todo(t, t.q.value(key, at(e.loc)))], uses: [] };
  }
  return { expr: 'undefined', notes: [todo(t, t.q.value(key, at(e.loc)))], uses: [] };
}

/** A URL as an expression: base constant + the rest, `{name}` parts from inputs. */
export function urlExpr(
  url: string | null,
  e: Effect,
  ctx: StepContext,
  earlier: readonly Step[],
  step: { notes: string[]; uses: Set<Helper>; bases: Set<string> },
  relative = false,
): string {
  const { t } = ctx;
  if (url === null) {
    step.notes.push(todo(t, t.q.urlDynamic(at(e.loc))));
    return 'undefined';
  }
  const split = splitBase(url, ctx.bases);
  let head: string | null = null;
  let rest = url;
  if (split) {
    head = split.base.name;
    rest = split.rest;
    step.bases.add(split.base.name);
  } else if (!relative && !isAbsoluteUrl(url)) step.notes.push(todo(t, t.q.urlRelative(url, at(e.loc))));
  const parts = rest.split(/(\{[^}]*\})/).filter((p) => p !== '');
  if (!parts.some((p) => p.startsWith('{'))) return head ? (rest ? `${head} + ${jsString(rest)}` : head) : jsString(rest);
  let tpl = head ? '${' + head + '}' : '';
  for (const p of parts) {
    if (!p.startsWith('{')) {
      tpl += templateText(p);
      continue;
    }
    const name = p.slice(1, -1);
    if (!name) {
      step.notes.push(todo(t, t.q.urlPart(at(e.loc))));
      tpl += '${encodeURIComponent(undefined)}';
      continue;
    }
    const v = valueOf(name, e, ctx, earlier);
    step.notes.push(...v.notes);
    for (const u of v.uses) step.uses.add(u);
    tpl += '${encodeURIComponent(' + v.expr + ')}';
  }
  return '`' + tpl + '`';
}
