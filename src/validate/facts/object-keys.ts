import type * as t from '@babel/types';
import type { Loc } from '../../model/types.js';
import { unwrap, type Resolver } from '../js/resolve.js';
import { memberKey, staticKey } from '../js/scope.js';
import { nodeLoc, type ScriptFile } from '../js/scripts.js';

/** A key of an object literal, where it is written. */
export interface KeyRef {
  name: string;
  loc: Loc;
}

/**
 * The keys an object is built with: its literal's keys plus later
 * `obj.key = …` assignments. `complete` is false when some keys cannot be
 * known (a spread, a computed key, the object handed to a call that may add
 * more) — rules then check only what is certain.
 */
export interface ObjectKeys {
  keys: KeyRef[];
  complete: boolean;
  /** Where the object is written (its literal). */
  loc: Loc;
  node: t.ObjectExpression;
  script: ScriptFile;
}

export function objectKeys(expr: t.Node, script: ScriptFile, resolver: Resolver): ObjectKeys | null {
  const v = resolver.value(expr, script);
  if (v?.kind !== 'node' || v.node.type !== 'ObjectExpression') return null;
  const obj = v.node;
  const keys: KeyRef[] = [];
  let complete = true;
  for (const p of obj.properties) {
    if (p.type === 'SpreadElement') {
      complete = false;
      continue;
    }
    const k = staticKey(p.key, p.computed);
    if (k === null) complete = false;
    else keys.push({ name: k, loc: nodeLoc(v.script.file, p.key) });
  }
  const id = unwrap(expr);
  if (id.type === 'Identifier') complete = addAssignedKeys(id, script, keys) && complete;
  return { keys, complete, loc: nodeLoc(v.script.file, obj), node: obj, script: v.script };
}

/** `obj.k = …` after `const obj = {…}`; false when the object escapes into a call or gets a computed key. */
function addAssignedKeys(id: t.Identifier, script: ScriptFile, keys: KeyRef[]): boolean {
  const b = script.scopes.bindingOf(id);
  if (!b || b.path.length) return true;
  let complete = true;
  for (const ref of b.refs) {
    const p = script.scopes.parentOf(ref);
    if (!p) continue;
    if ((p.type === 'MemberExpression' || p.type === 'OptionalMemberExpression') && p.object === ref) {
      const gp = script.scopes.parentOf(p);
      if (gp?.type === 'AssignmentExpression' && gp.left === p) {
        const k = memberKey(p);
        if (k === null) complete = false;
        else if (!keys.some((x) => x.name === k)) keys.push({ name: k, loc: nodeLoc(script.file, p.property) });
      }
    } else if ((p.type === 'CallExpression' || p.type === 'NewExpression') && p.arguments.includes(ref as t.Expression)) complete = false;
  }
  return complete;
}
