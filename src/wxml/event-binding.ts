import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { memberPathRoot, stringLiterals } from './expression.js';
import { pureMustache, splitMustaches } from './mustache.js';
import type { WxmlAttr } from './types.js';

/**
 * Event-binding attributes, by grammar rather than by a list of event names:
 * `<prefix>[:]<event>` (https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/event.html,
 * https://developers.weixin.qq.com/miniprogram/dev/framework/component-framework/event-binding.html).
 *
 * - `bind` / `catch`: bubbling phase; `catch` stops bubbling.
 * - `capture-bind` / `capture-catch`: capture phase.
 * - `mut-bind`: mutually exclusive binding (base library 2.8.2+); `capture-mut-bind` its capture form.
 *
 * The colon is optional after every prefix (`bindtap` = `bind:tap`); WeChat
 * documents the colon-less form for bind/catch and the colon form for the
 * others, and its compiler accepts both. Like WeChat, any attribute that
 * starts with a prefix is an event binding, so `binding="x"` binds an event
 * named `ing`: WeChat would do the same, and a custom component may really
 * trigger such an event.
 */
export const EVENT_PREFIXES = ['capture-mut-bind', 'capture-catch', 'capture-bind', 'mut-bind', 'catch', 'bind'] as const;

export type EventPrefix = (typeof EVENT_PREFIXES)[number];

/** First characters of the prefixes (b, c, m): most attributes (class, style, data-*, wx:*) are told apart by one. */
const PREFIX_STARTS: ReadonlySet<number> = new Set(EVENT_PREFIXES.map((p) => p.charCodeAt(0)));

export interface EventAttr {
  /** Event name without prefix: `tap`, `submit`, `getphonenumber`, `my-event`… */
  event: string;
  /** The attribute name as written. */
  binding: string;
  prefix: EventPrefix;
}

/** `bindtap` → `{ event: 'tap', … }`; null when the attribute is not an event binding. */
export function parseEventAttr(name: string): EventAttr | null {
  if (!PREFIX_STARTS.has(name.charCodeAt(0))) return null;
  for (const prefix of EVENT_PREFIXES) {
    if (!name.startsWith(prefix)) continue;
    let event = name.slice(prefix.length);
    if (event.startsWith(':')) event = event.slice(1);
    if (event === '' || event.includes(':')) return null;
    return { event, binding: name, prefix };
  }
  return null;
}

/**
 * Two-way binding `model:value="{{key}}"` (https://developers.weixin.qq.com/miniprogram/dev/framework/view/two-way-bindings.html):
 * the prefix works on any property (`model:checked`, custom component props).
 * `key` is the bound expression (WeChat allows a single field name), or null when the value is not one `{{ }}`.
 */
export function parseModelAttr(name: string, value: string | null): { prop: string; key: string | null } | null {
  if (!name.startsWith('model:') || name.length === 'model:'.length) return null;
  return { prop: name.slice('model:'.length), key: value === null ? null : pureMustache(value) };
}

export interface HandlerValue {
  /** Static handler name, or null when dynamic or empty. */
  handler: string | null;
  /** For `{{ }}` handlers: the expression (or the whole value when mixed with static text). */
  dynamicExpr?: string;
  /** Names the dynamic value can take, from its string literals. */
  candidates?: string[];
  /** The handler is a function of this `<wxs>` module (`bindtap="{{m.onTap}}"`). */
  wxsModule?: string;
}

/** Read a handler attribute value. `wxsModules` are the document's `<wxs module>` names. */
export function readHandlerValue(value: string | null, wxsModules: ReadonlySet<string> = new Set()): HandlerValue {
  const v = (value ?? '').trim();
  if (v === '') return { handler: null };
  const parts = splitMustaches(v);
  const exprs = parts.filter((p) => p.kind === 'expr');
  if (exprs.length === 0) return { handler: v };
  const pure = pureMustache(v);
  const out: HandlerValue = { handler: null, dynamicExpr: pure ?? v, candidates: [] };
  if (exprs.length === 1) {
    const at = parts.indexOf(exprs[0]!);
    const before = parts.slice(0, at).map((p) => p.text).join('');
    const after = parts.slice(at + 1).map((p) => p.text).join('');
    out.candidates = stringLiterals(exprs[0]!.text).map((l) => (before + l + after).trim());
  }
  const root = pure === null ? null : memberPathRoot(pure);
  if (root !== null && wxsModules.has(root)) out.wxsModule = root;
  return out;
}

export interface EventBindingHead extends EventAttr, HandlerValue {
  attr: WxmlAttr;
}

/**
 * An attribute as an event binding, reporting WXML_EMPTY_HANDLER and
 * WXML_DYNAMIC_HANDLER at the attribute; null when it is not a binding. A
 * `{{ }}` naming a WXS function is dynamic by design and not reported.
 */
export function readEventBinding(
  a: WxmlAttr,
  diags: DiagnosticBag,
  wxsModules: ReadonlySet<string> = new Set(),
): EventBindingHead | null {
  const ev = parseEventAttr(a.name);
  if (!ev) return null;
  const h = readHandlerValue(a.value, wxsModules);
  if (h.handler === null && h.dynamicExpr === undefined) {
    diags.report('WXML_EMPTY_HANDLER', a.loc, { binding: a.name });
  } else if (h.dynamicExpr !== undefined && h.wxsModule === undefined) {
    diags.report('WXML_DYNAMIC_HANDLER', a.loc, {
      binding: a.name,
      expr: h.dynamicExpr,
      candidates: (h.candidates ?? []).join(', '),
    });
  }
  return { ...ev, ...h, attr: a };
}
