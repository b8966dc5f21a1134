import { parseExpression } from '@babel/parser';
import type * as t from '@babel/types';
import type { Interpreter } from '../flow/interpreter.js';
import { Env, UNDEF, alternatives, concat, join, str, unknown, type ObjValue, type Value } from '../flow/values.js';
import { mustacheExprs } from '../wxml/mustache.js';
import { rootIdentifiers } from '../wxml/expression.js';
import type { WxmlFormField, WxmlWxsModule } from '../wxml/types.js';

/**
 * The value of a WXML attribute such as
 * `url="/pages/detail/detail?id={{item.id}}"` or
 * `url="{{ isLogin ? '/pages/a/a' : '/pages/auth/auth' }}"` or
 * `url="{{ links.goodsPage(item) }}"` (a `<wxs>` function): static text and
 * `{{ }}` expressions evaluated by the code follower, with the page's
 * `<wxs>` modules in scope and page data unknown (named after what is read).
 * https://developers.weixin.qq.com/miniprogram/dev/reference/wxml/data.html
 * https://developers.weixin.qq.com/miniprogram/dev/reference/wxs/
 */
export function evalWxmlText(ip: Interpreter, text: string, wxs: WxmlWxsModule[], file: string, vars?: Map<string, Value>): Value {
  const env = new Env(null, true);
  for (const m of wxs) env.declare(m.module, { t: 'lazy', get: () => wxsExports(ip, m, file) });
  for (const [k, v] of vars ?? []) env.declare(k, v);
  // `{{ expr }}` alone is the expression's value, not a string made of it.
  const only = /^\s*\{\{([\s\S]*)\}\}\s*$/.exec(text);
  if (only && !only[1]!.includes('{{')) return evalExpression(ip, only[1]!, env, file);
  return glue(ip, text, env, file, new Map());
}

/**
 * Text with `{{ }}` parts, glued. The same expression written twice reads one value each time
 * (`url="/pages/{{names[item.type]}}/{{names[item.type]}}"` names one page, not every pairing of
 * two): a repeated expression of a few values is fixed to each value in turn (`fixed`).
 */
function glue(ip: Interpreter, text: string, env: Env, file: string, fixed: Map<string, Value>): Value {
  const codes = mustacheCodes(text);
  const repeated = codes.find((c, i) => !fixed.has(c) && codes.indexOf(c) !== i);
  if (repeated !== undefined) {
    const v = evalExpression(ip, repeated, env, file);
    const alts = alternatives(v);
    if (alts.length > 1 && alts.length <= MAX_FIXED_READINGS) return join(...alts.map((a) => glue(ip, text, env, file, new Map(fixed).set(repeated, a))));
    fixed = new Map(fixed).set(repeated, v);
  }
  let out: Value = str('');
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      out = concat(out, str(text.slice(i)));
      break;
    }
    const close = text.indexOf('}}', open + 2);
    if (close < 0) {
      out = concat(out, str(text.slice(i)));
      break;
    }
    if (open > i) out = concat(out, str(text.slice(i, open)));
    const code = text.slice(open + 2, close);
    out = concat(out, fixed.get(code) ?? evalExpression(ip, code, env, file));
    i = close + 2;
  }
  return out;
}
/** Most values a repeated expression is fixed to, one reading of the text each. */
const MAX_FIXED_READINGS = 16;

/** The code of each `{{ }}` part, in order. */
function mustacheCodes(text: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i)) {
    const close = text.indexOf('}}', i + 2);
    if (close < 0) break;
    out.push(text.slice(i + 2, close));
    i = close + 2;
  }
  return out;
}

/**
 * Parsed `{{ }}` expressions by their code, per interpreter (null: not an expression). The same few
 * (`item.id`, `list`) recur on every page, and a Babel parser costs more to set up than to run on
 * them; a tree depends only on its code, so sharing it between places changes nothing.
 */
const PARSED = new WeakMap<Interpreter, Map<string, t.Expression | null>>();

function parseWxmlExpression(ip: Interpreter, code: string): t.Expression | null {
  let byCode = PARSED.get(ip);
  if (!byCode) PARSED.set(ip, (byCode = new Map()));
  let node = byCode.get(code);
  if (node === undefined) {
    try {
      node = parseExpression(code, { errorRecovery: false });
    } catch {
      node = null;
    }
    byCode.set(code, node);
  }
  return node;
}

function evalExpression(ip: Interpreter, code: string, env: Env, file: string): Value {
  const node = parseWxmlExpression(ip, code);
  if (node === null) return unknown(/([A-Za-z_$][\w$]*)\s*$/.exec(code.trim())?.[1]);
  const run = ip.newRun(null, '(wxml)');
  let v: Value = unknown();
  ip.runEntry(run, () => {
    v = ip.evalExpr(node, env, { label: null, fn: null, file, thisVal: unknown(), returns: [] });
  }, { file, line: 1, column: 1 });
  return v;
}

/** A `<wxs>` module's exports: a `.wxs` file through the module loader, inline code evaluated once. */
function wxsExports(ip: Interpreter, m: WxmlWxsModule, file: string): Value {
  if (m.src) return ip.exportsOf(ip.loadModule(m.src));
  if (m.code === undefined) return unknown(m.module);
  // Keep line numbers of the inline body meaningful in diagnostics.
  const padded = '\n'.repeat(Math.max(0, m.loc.line - 1)) + m.code;
  return ip.exportsOf(ip.loadInlineModule(`${file}#wxs:${m.module}`, file, padded));
}

/** Most scopes an element's loops are enumerated into (rows of a menu grid, times the rows of its sections). */
const MAX_LOOP_SCOPES = 64;

/**
 * The names `wx:for` loops bring into scope around an element, one scope per
 * row: each loop's item is one entry of its list, when the list is one the
 * page fixes (declared in `data`, or a table setData stores), so that
 * `url="/pages/core/{{item.id}}/{{item.id}}"` reads one row twice, never two
 * rows once each. Past `MAX_LOOP_SCOPES` rows a loop's item is any of its
 * entries; an unknown list's item is unknown (named after it).
 */
export function loopScopes(
  ip: Interpreter,
  loops: { expr: string; item: string; index: string }[] | undefined,
  wxs: WxmlWxsModule[],
  file: string,
  pageData: ObjValue | null,
  outer: ReadonlyMap<string, Value> = new Map(),
): Map<string, Value>[] {
  let scopes: Map<string, Value>[] = [new Map(outer)];
  for (const loop of loops ?? []) {
    const next: Map<string, Value>[] = [];
    const rows = scopes.map((vars) => {
      const list = evalWxmlText(ip, loop.expr, wxs, file, new Map([...(pageData?.props ?? []), ...vars]));
      // The same row object may sit in several readings of the list (pushed on either branch). A row
      // may be a list itself, which an inner loop enumerates (`wx:for="{{group}}"` in sections of a menu).
      return [...new Set(alternatives(list).flatMap((l) => (l.t === 'arr' ? l.items.flatMap(alternatives) : [])))].filter((i) => i.t === 'obj' || i.t === 'arr' || i.t === 'str');
    });
    const enumerate = rows.reduce((n, r) => n + Math.max(r.length, 1), 0) <= MAX_LOOP_SCOPES;
    scopes.forEach((vars, i) => {
      const items = rows[i]!;
      const scope = (item: Value) => new Map(vars).set(loop.item, item).set(loop.index, unknown(loop.index));
      if (!items.length) next.push(scope(unknown(loop.item)));
      else if (enumerate) for (const item of items) next.push(scope(item));
      else next.push(scope(join(...items)));
    });
    scopes = next;
  }
  return scopes;
}

/**
 * The names a template body reads, from the `data` its uses pass
 * (`<template is="list" data="{{ list, listType: 'stadium' }}"/>`): each field
 * evaluated against the page's declared data, joined over the uses; a name
 * some use does not pass may be anything, unless that use's data is closed
 * (`closedData`): then it is undefined there, as in WeChat.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/wxml/template.html
 */
export function templateScope(ip: Interpreter, uses: string[] | undefined, file: string, pageData: ObjValue | null): TemplateScope {
  const vars = new Map(pageData?.props ?? []);
  const passed: { props: ReadonlyMap<string, Value>; closed: boolean }[] = (uses ?? []).map((fields) => {
    const v = evalWxmlText(ip, `{{ ({ ${fields} }) }}`, [], file, vars);
    return v.t === 'obj' ? { props: v.props, closed: closedData(ip, fields, file, vars) } : { props: new Map(), closed: false };
  });
  const names = new Set(passed.flatMap((p) => [...p.props.keys()]));
  const scope: TemplateScope = new Map(
    [...names].map((k) => {
      const vs = passed.flatMap((p) => (p.props.has(k) ? [p.props.get(k)!] : []));
      if (vs.length === passed.length) return [k, join(...vs)];
      // Uses that do not pass the name: undefined when their data is closed, else anything.
      return [k, join(...vs, passed.every((p) => p.props.has(k) || p.closed) ? UNDEF : unknown(k))];
    }),
  );
  if (passed.length && passed.every((p) => p.closed)) scope.closed = true;
  return scope;
}

/** A template's scope; `closed`: every use passes data whose every name is known (see `closedData`). */
export type TemplateScope = Map<string, Value> & { closed?: true };

/**
 * A use's `data` names everything the template can read: fields with static keys and spreads of
 * objects whose every reading is an object (`data="{{ ...form.phone, right: true }}"` with
 * `form` declared in the page). A spread of anything not known (`...item` of a server list) is open.
 */
function closedData(ip: Interpreter, fields: string, file: string, vars: Map<string, Value>): boolean {
  let e: t.Expression;
  try {
    e = parseExpression(`({ ${fields} })`, { plugins: [] });
  } catch {
    return false;
  }
  if (e.type !== 'ObjectExpression') return false;
  for (const p of e.properties) {
    if (p.type === 'SpreadElement') {
      const from = fields.slice(p.argument.start! - 3, p.argument.end! - 3);
      const alts = alternatives(evalWxmlText(ip, `{{ ${from} }}`, [], file, vars));
      if (!alts.length || !alts.every((a) => a.t === 'obj' && !a.unknownKeyOrigin && !a.spreadQuery)) return false;
    } else if (p.computed) return false;
  }
  return true;
}

/** Where a WXML element sits: its file, the loops around it, the `data` its template is used with. */
export interface ElementPlace {
  loc: { file: string };
  loops?: { expr: string; item: string; index: string }[];
  templateData?: string[];
}

/**
 * Evaluate an attribute of an element (`data-url`, `<navigator url>`) where it sits: with its
 * file's `<wxs>` modules, and the names its template's `data` and enclosing `wx:for` loops bring.
 */
export function evalAttribute(
  ip: Interpreter,
  text: string,
  el: ElementPlace,
  allWxs: WxmlWxsModule[],
  pageData: ObjValue | null,
  staticData: ReadonlyMap<string, Value> = new Map(),
): Value {
  const file = el.loc.file;
  const wxs = allWxs.filter((m) => m.loc.file === file);
  // Outside a template, a name is the page's data: the values the page never writes are fixed
  // (`url="{{buyVipUrl}}"` with `data: { buyVipUrl: '../buyVip/buyVip' }`); any other stays unknown.
  let outer: ReadonlyMap<string, Value> = staticData;
  if (el.templateData) {
    const scope = templateScope(ip, el.templateData, file, pageData);
    // Closed data: a name no use passes is undefined in the template (not the page's, not anything).
    if (scope.closed) {
      const own = new Set([...wxs.map((m) => m.module), ...(el.loops ?? []).flatMap((l) => [l.item, l.index])]);
      for (const e of mustacheExprs(text)) for (const id of rootIdentifiers(e)) if (!scope.has(id) && !own.has(id)) scope.set(id, UNDEF);
    }
    outer = scope;
  }
  const scopes = loopScopes(ip, el.loops, wxs, file, pageData, outer);
  return join(...scopes.map((vars) => evalWxmlText(ip, text, wxs, file, vars)));
}

/**
 * The names a form field with `{{ }}` in its `name` is submitted under: `name="{{ name || componentId }}"`
 * in a template used with `data="{{ ...form.phone }}"`, `name="{{item.key}}"` in a loop over a list the
 * page declares. Every reading when each is known text (a reading with no name, `''` or undefined,
 * names nothing); null when some reading is not known, and the name stays as written.
 */
export function fieldNames(ip: Interpreter, field: WxmlFormField, file: string, allWxs: WxmlWxsModule[], pageData: ObjValue | null, staticData: ReadonlyMap<string, Value>): string[] | null {
  const place: ElementPlace = { loc: { file } };
  if (field.loops) place.loops = field.loops;
  if (field.templateData) place.templateData = field.templateData;
  const names = new Set<string>();
  for (const alt of alternatives(evalAttribute(ip, field.name, place, allWxs, pageData, staticData))) {
    if (alt.t === 'undef' || alt.t === 'null') continue;
    if (alt.t !== 'str') return null;
    if (alt.v.trim() !== '') names.add(alt.v.trim());
  }
  return names.size ? [...names] : null;
}
