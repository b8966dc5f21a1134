import type * as t from '@babel/types';
import { VISITOR_KEYS } from '@babel/types';

/**
 * Visit every node under `root` (nested functions included), parents before
 * children in source order, through Babel's visitor keys. `visit` returns true
 * to stop the whole walk (a scan that found what it looked for), `'skip'` not
 * to go under that node. The walk keeps its own stack: a 100,000-link chain
 * that Babel parsed in a loop does not overflow the engine's.
 */
export function walkAst(root: t.Node | t.Node[] | null | undefined, visit: (node: t.Node) => boolean | 'skip' | void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) stack.push(n[i]);
      continue;
    }
    const node = n as t.Node;
    if (typeof node.type !== 'string') continue;
    const said = visit(node);
    if (said === true) return;
    if (said === 'skip') continue;
    const keys = VISITOR_KEYS[node.type];
    if (!keys) continue;
    for (let i = keys.length - 1; i >= 0; i--) stack.push((node as unknown as Record<string, unknown>)[keys[i]!]);
  }
}

/** The variable a node assigns by name (`x = …`, `x += …`, `x++`), or null. */
export function assignedName(node: t.Node): string | null {
  if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') return node.left.name;
  if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier') return node.argument.name;
  return null;
}

/** A name, `this`, a literal, or a member path of those (`m._tempexports`, `map[type]`): reading it runs no code. */
export function readsOnly(e: t.Node): boolean {
  switch (e.type) {
    case 'Identifier':
    case 'ThisExpression':
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
      return true;
    case 'MemberExpression':
      return readsOnly(e.object) && (!e.computed || readsOnly(e.property));
    default:
      return false;
  }
}

/** An expression without the parentheses and TypeScript-only wrappers around it (`this as unknown as Store`). */
export function unwrap(e: t.Node): t.Node {
  let n = e;
  while (n.type === 'ParenthesizedExpression' || n.type === 'TSAsExpression' || n.type === 'TSNonNullExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'TSTypeAssertion') n = n.expression;
  return n;
}

/** What a function without parameters returns, when its body is that expression alone (`() => x`, `{ return x }`); else null. */
export function soleReturn(fn: t.Function): t.Expression | null {
  if (fn.params.length) return null;
  const body = fn.body;
  if (body.type !== 'BlockStatement') return body;
  const [only] = body.body;
  return body.body.length === 1 && only?.type === 'ReturnStatement' && only.argument ? only.argument : null;
}
