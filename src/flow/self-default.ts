import type * as t from '@babel/types';
import type { Frame, Interpreter } from './interpreter.js';
import { conditionally, join, truthy, type Env, type Value } from './values.js';

/**
 * `x = x || d` and `o.k = o.k ?? d`: a place initialised when empty, the
 * long form of `x ||= d`. After it the place holds what it held, or the
 * default: both readings are kept, as for `||=`. (A plain `a || ''` read
 * elsewhere treats an empty default next to an unknown as a placeholder and
 * drops it; here the default is what later code builds on —
 * `o.behaviors = o.behaviors || []; o.behaviors.push(basic)` in Vant.)
 */
export function evalSelfDefault(ip: Interpreter, e: t.AssignmentExpression, env: Env, frame: Frame): Value | null {
  const r = e.right;
  if (e.operator !== '=' || r.type !== 'LogicalExpression' || r.operator === '&&') return null;
  if (!samePlace(e.left, r.left)) return null;
  const cur = ip.evalExpr(r.left, env, frame);
  const empty = r.operator === '??' ? (cur.t === 'null' || cur.t === 'undef' ? true : nullish(cur)) : negate(truthy(cur));
  if (empty === false) return cur;
  if (empty === true) return ip.evalExpr(r.right, env, frame);
  return join(cur, conditionally(() => ip.evalExpr(r.right, env, frame)));
}

const negate = (b: boolean | null): boolean | null => (b === null ? null : !b);

/** Known not to be null or undefined: false; unknown: null. */
function nullish(v: Value): boolean | null {
  return v.t === 'str' || v.t === 'num' || v.t === 'bool' || v.t === 'obj' || v.t === 'arr' || v.t === 'fn' ? false : null;
}

/** The same variable or member path, written twice (`this.o.k` and `this.o.k`, `o[key]` and `o[key]`). */
function samePlace(a: t.Node, b: t.Node): boolean {
  if (a.type === 'Identifier' && b.type === 'Identifier') return a.name === b.name;
  if (a.type === 'ThisExpression' && b.type === 'ThisExpression') return true;
  if ((a.type === 'MemberExpression' || a.type === 'OptionalMemberExpression') && (b.type === 'MemberExpression' || b.type === 'OptionalMemberExpression')) {
    if (a.computed !== b.computed || !samePlace(a.object, b.object)) return false;
    const pa = a.property;
    const pb = b.property;
    if (pa.type === 'StringLiteral' && pb.type === 'StringLiteral') return pa.value === pb.value;
    if (pa.type === 'NumericLiteral' && pb.type === 'NumericLiteral') return pa.value === pb.value;
    return samePlace(pa, pb);
  }
  return false;
}
