import { parseExpression } from '@babel/parser';
import type * as t from '@babel/types';
import type { Interpreter } from '../flow/interpreter.js';
import { Env, alternatives, concat, join, str, unknown, type ObjValue, type Value } from '../flow/values.js';
import type { WxmlWxsModule } from '../wxml/types.js';

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
    out = concat(out, evalExpression(ip, text.slice(open + 2, close), env, file));
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
 * some use does not pass may be anything.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/wxml/template.html
 */
export function templateScope(ip: Interpreter, uses: string[] | undefined, file: string, pageData: ObjValue | null): Map<string, Value> {
  const byName = new Map<string, Value[]>();
  for (const fields of uses ?? []) {
    const v = evalWxmlText(ip, `{{ ({ ${fields} }) }}`, [], file, new Map(pageData?.props ?? []));
    if (v.t !== 'obj') continue;
    for (const [k, x] of v.props) {
      const list = byName.get(k) ?? [];
      list.push(x);
      byName.set(k, list);
    }
  }
  const n = uses?.length ?? 0;
  return new Map([...byName].map(([k, vs]) => [k, vs.length === n ? join(...vs) : join(...vs, unknown(k))]));
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
  const outer = el.templateData ? templateScope(ip, el.templateData, file, pageData) : staticData;
  const scopes = loopScopes(ip, el.loops, wxs, file, pageData, outer);
  return join(...scopes.map((vars) => evalWxmlText(ip, text, wxs, file, vars)));
}
