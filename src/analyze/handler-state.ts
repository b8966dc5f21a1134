import type * as t from '@babel/types';
import { VISITOR_KEYS } from '@babel/types';
import type { Env, ObjValue } from '../flow/values.js';
import { join, unknown, widenPlaceholders } from '../flow/values.js';

/**
 * The state a tap finds. Handlers start from what the start-up hooks left, but
 * a user taps them in any order: a flag the page sets in another handler
 * (`agreed`, `loginPrepared`) or a module variable a handler fills
 * (`let preparedLogin = null`) may hold anything by then. Placeholders in the
 * page's `data` and in the page script's own top-level variables that its code
 * assigns read as "this, or whatever was stored since" — as `globalData`
 * placeholders do after launch — so `if (!this.data.agreed) return` guards one
 * path, not the whole handler. Written inside `entryScope`: undone after the handler.
 */
export function widenHandlerState(data: ObjValue | null, moduleEnv: Env | null, ast: t.File | null): void {
  if (data) widenPlaceholders(data, 1);
  if (!moduleEnv || !ast) return;
  for (const name of assignedNames(ast)) {
    if (!moduleEnv.vars.has(name)) continue;
    const v = moduleEnv.vars.get(name)!;
    if (v.t === 'null' || v.t === 'undef' || (v.t === 'bool' && !v.v) || (v.t === 'str' && v.v === '') || (v.t === 'num' && v.v === 0)) {
      moduleEnv.vars.set(name, join(v, unknown(name)));
    }
  }
}

/** Names the script assigns (`x = …`, `x++`) anywhere, per file. */
const ASSIGNED = new WeakMap<t.File, Set<string>>();

function assignedNames(ast: t.File): Set<string> {
  let out = ASSIGNED.get(ast);
  if (out) return out;
  const names = new Set<string>();
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as t.Node;
    if (typeof node.type !== 'string') return;
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') names.add(node.left.name);
    if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier') names.add(node.argument.name);
    for (const k of VISITOR_KEYS[node.type] ?? []) visit((node as unknown as Record<string, unknown>)[k]);
  };
  visit(ast.program);
  out = names;
  ASSIGNED.set(ast, out);
  return out;
}
