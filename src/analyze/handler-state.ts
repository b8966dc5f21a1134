import type * as t from '@babel/types';
import { assignedName, walkAst } from '../util/ast-walk.js';
import type { Env, ObjValue } from '../flow/values.js';
import { isPlaceholder, join, unknown, widenPlaceholders } from '../flow/values.js';

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
  if (data) widenPlaceholders(data, 2);
  if (!moduleEnv || !ast) return;
  // Most scripts keep no placeholder at top level: then there is nothing to widen and no need to scan.
  if (![...moduleEnv.vars.values()].some(isPlaceholder)) return;
  for (const name of assignedNames(ast)) {
    const v = moduleEnv.vars.get(name);
    if (v && isPlaceholder(v)) moduleEnv.vars.set(name, join(v, unknown(name)));
  }
}

/** Names the script assigns (`x = …`, `x++`) anywhere, per file. */
const ASSIGNED = new WeakMap<t.File, Set<string>>();

function assignedNames(ast: t.File): Set<string> {
  let out = ASSIGNED.get(ast);
  if (out) return out;
  const names = new Set<string>();
  walkAst(ast.program, (node) => {
    const name = assignedName(node);
    if (name !== null) names.add(name);
  });
  out = names;
  ASSIGNED.set(ast, out);
  return out;
}
