import type * as t from '@babel/types';
import { lazyMap } from './isolation.js';
import { constString, UNDEF, type Env, type Value } from './values.js';

/**
 * Which variables hold something derived from a function's parameters — a
 * syntactic, per-scope taint. It answers one question: is the URL of this
 * `wx.request` chosen by the caller (a generic request wrapper such as
 * `request(url, data)`) or fixed where the call is (a service such as
 * `pay(orderId)`)? What a generic wrapper does inside its own response
 * callbacks — re-login on 401, a jump to the login page — is plumbing shared
 * by every page, not something a page asks for.
 */
const MAX_NODES = 64;

export function markParams(env: Env, params: t.Node[]): void {
  const names = new Set<string>();
  for (const p of params) collect(p, names);
  if (names.size) env.tainted = new Map([...names].map((n) => [n, env]));
}

/**
 * Mark `names` tainted in the scope that declares each (or `env` itself), as derived from the
 * parameters of the function owning `origin` (`const args = Object.assign(params, …)` inside a
 * Promise executor still comes from the enclosing function's `params`).
 */
export function markTainted(env: Env, names: Iterable<string>, origin: Env): void {
  for (const n of names) {
    let e: Env | null = env;
    while (e && !e.vars.has(n)) e = e.parent;
    lazyMap(e ?? env, 'tainted').set(n, origin);
  }
}

export function patternNames(p: t.Node): string[] {
  const out = new Set<string>();
  collect(p, out);
  return [...out];
}

function collect(p: t.Node, out: Set<string>): void {
  switch (p.type) {
    case 'Identifier':
      out.add(p.name);
      return;
    case 'AssignmentPattern':
      collect(p.left, out);
      return;
    case 'RestElement':
      collect(p.argument, out);
      return;
    case 'ObjectPattern':
      for (const x of p.properties) collect(x.type === 'RestElement' ? x : x.value, out);
      return;
    case 'ArrayPattern':
      for (const x of p.elements) if (x) collect(x, out);
      return;
    case 'TSParameterProperty':
      collect(p.parameter, out);
      return;
    default:
      return;
  }
}

/** The scope of the function whose parameters `name` derives from, or null. */
function taintedScope(name: string, env: Env): Env | null {
  for (let e: Env | null = env; e; e = e.parent) if (e.vars.has(name)) return e.tainted?.get(name) ?? null;
  return null;
}

/** Does the expression read a parameter-derived variable? */
export function taintedExpr(node: t.Node | null | undefined, env: Env): boolean {
  return taintSource(node, env) !== null;
}

/** The scope of the function whose parameters the expression's first parameter-derived variable comes from (the wrapper's own scope), or null. */
export function taintSource(node: t.Node | null | undefined, env: Env): Env | null {
  let budget = MAX_NODES;
  let found: Env | null = null;
  const visit = (n: t.Node | null | undefined): boolean => {
    if (!n || --budget < 0) return false;
    switch (n.type) {
      case 'Identifier':
        found = taintedScope(n.name, env);
        return found !== null;
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        // The app's configuration read off a parameter holding the App (`wxpay(app, …)` building
        // `app.globalData.base + '/pay/get-pay-data'`) is not something the caller chose.
        if (!n.computed && n.property.type === 'Identifier' && n.property.name === 'globalData') return false;
        return visit(n.object) || (n.computed && visit(n.property));
      case 'BinaryExpression':
      case 'LogicalExpression':
        return visit(n.left) || visit(n.right);
      case 'TemplateLiteral':
        return n.expressions.some((x) => visit(x));
      case 'ConditionalExpression':
        return visit(n.consequent) || visit(n.alternate);
      case 'CallExpression':
      case 'OptionalCallExpression':
        return visit(n.callee) || n.arguments.some((a) => visit(a));
      case 'ObjectExpression':
        return n.properties.some((p) => (p.type === 'SpreadElement' ? visit(p.argument) : p.type === 'ObjectProperty' ? visit(p.value) : false));
      case 'SpreadElement':
      case 'AwaitExpression':
        return visit(n.argument);
      case 'AssignmentExpression':
        return visit(n.right);
      case 'SequenceExpression':
        return n.expressions.some((x) => visit(x));
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
      case 'ParenthesizedExpression':
        return visit(n.expression);
      default:
        return false;
    }
  };
  return visit(node) ? found : null;
}

/**
 * For `wx.request(arg)`: when the `url` it is given is chosen by a caller,
 * the scope of the function whose parameter it comes from (the wrapper).
 */
export function urlFromParams(call: t.Node, env: Env, index = 0): Env | null {
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const a = call.arguments[index];
  if (!a) return null;
  if (a.type !== 'ObjectExpression') return taintSource(a, env);
  for (const p of a.properties) {
    if (p.type === 'SpreadElement') {
      const src = taintSource(p.argument, env);
      if (src) return src;
    }
    if (p.type === 'ObjectProperty' && propName(p) === 'url') {
      return taintSource(p.value, env);
    }
  }
  return null;
}

/**
 * For `wx.cloud.callFunction(arg)`: the scope of the function whose parameters choose what is
 * called — the function name, or a value in `data` that is a constant at this call (the route
 * of a single-function router: `request(route, params)` → `{ name: 'api', data: { route } }`).
 * A value that is not a constant here (an order id from a tap) does not make a wrapper.
 */
export function cloudRouteFromParams(call: t.Node, env: Env, data: Value): Env | null {
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const a = call.arguments[0];
  if (!a) return null;
  if (a.type !== 'ObjectExpression') return taintSource(a, env);
  for (const p of a.properties) {
    if (p.type !== 'ObjectProperty') continue;
    const key = propName(p);
    if (key === 'name') {
      const src = taintSource(p.value, env);
      if (src) return src;
    } else if (key === 'data' && p.value.type === 'ObjectExpression' && data.t === 'obj') {
      for (const q of p.value.properties) {
        if (q.type !== 'ObjectProperty') continue;
        const k = propName(q);
        const src = k === null ? null : taintSource(q.value, env);
        if (src && constString(data.props.get(k!) ?? UNDEF) !== null) return src;
      }
    }
  }
  return null;
}

/** The name of `{ name: … }` / `{ 'name': … }`, or null for a computed key. */
function propName(p: t.ObjectProperty): string | null {
  if (p.computed) return null;
  return p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : null;
}
