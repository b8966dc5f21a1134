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
  if (![...moduleEnv.vars.values()].some((v) => isPlaceholder(v) || (v.t === 'obj' && !v.tag))) return;
  const { assigned, fieldsWritten } = writtenNames(ast);
  for (const name of assigned) {
    const v = moduleEnv.vars.get(name);
    if (v && isPlaceholder(v)) moduleEnv.vars.set(name, join(v, unknown(name)));
  }
  // `const form = { password: '' }` that `onInput` fills field by field (`form[type] = value`).
  for (const name of fieldsWritten) {
    const v = moduleEnv.vars.get(name);
    if (v && v.t === 'obj' && !v.tag) widenPlaceholders(v, 2);
  }
}

interface Written {
  /** Names the script assigns (`x = …`, `x++`). */
  assigned: Set<string>;
  /** Names whose fields it assigns (`x.a = …`, `x[k] = …`). */
  fieldsWritten: Set<string>;
}

/** What the script writes anywhere, per file. */
const WRITTEN = new WeakMap<t.File, Written>();

function writtenNames(ast: t.File): Written {
  let out = WRITTEN.get(ast);
  if (out) return out;
  out = { assigned: new Set(), fieldsWritten: new Set() };
  const { assigned, fieldsWritten } = out;
  walkAst(ast.program, (node) => {
    const name = assignedName(node);
    if (name !== null) assigned.add(name);
    else if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && node.left.object.type === 'Identifier')
      fieldsWritten.add(node.left.object.name);
  });
  WRITTEN.set(ast, out);
  return out;
}
