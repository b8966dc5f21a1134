import type * as t from '@babel/types';
import { NULL, UNDEF, alternatives, bool, constString, join, num, str, unknown, type BoolValue, type NumValue, type StrValue, type Value } from './values.js';

/**
 * `===`, `!==`, `==`, `!=` on the follower's values, answered when the kinds
 * decide it as JavaScript would: two known primitives compare by value, and
 * `undefined`/`null` against something known to be there (a string, even one
 * with holes, an object, a function) is unequal. Request helpers test their
 * arguments this way (`params[k] !== undefined ? params[k] : ''`,
 * `if (data == null) data = {}`), and a known answer keeps the follower on the
 * path the code takes. A union is answered when every alternative pair gives
 * the same answer; an unknown value may be anything, `undefined` included.
 * https://tc39.es/ecma262/#sec-isstrictlyequal
 */
export type EqualityOp = '===' | '!==' | '==' | '!=';

/** Kinds that are never `undefined` or `null`. */
const PRESENT = new Set<Value['t']>(['str', 'num', 'bool', 'tpl', 'obj', 'arr', 'fn', 'native', 'promise', 'db']);
const PRIMITIVE = new Set<Value['t']>(['str', 'num', 'bool']);
/** Kinds known to be primitives, possibly with holes (`tpl`). */
const SCALAR = new Set<Value['t']>(['str', 'num', 'bool', 'tpl']);
/** Kinds known to be objects (a function is one): the present kinds that are not primitives. */
const REFERENCE = new Set<Value['t']>([...PRESENT].filter((k) => !SCALAR.has(k)));
const FUNCTION = new Set<Value['t']>(['fn', 'native']);
const MAX_PAIRS = 64;

export function equalsKnown(op: EqualityOp, l: Value, r: Value): Value {
  const ls = alternatives(l);
  const rs = alternatives(r);
  if (ls.length * rs.length > MAX_PAIRS) return unknown();
  let answer: boolean | null = null;
  for (const a of ls) {
    for (const b of rs) {
      const eq = op === '===' || op === '!==' ? strict(a, b) : loose(a, b);
      if (eq === null || (answer !== null && answer !== eq)) return unknown();
      answer = eq;
    }
  }
  if (answer === null) return unknown();
  return bool(op === '===' || op === '==' ? answer : !answer);
}

/** Numbers known not to be 0 though not known (an `indexOf` past a known start that lacks the needle). */
const NOT_ZERO = new WeakSet<Value>();

export function notZero<T extends Value>(v: T): T {
  NOT_ZERO.add(v);
  return v;
}

const isZero = (v: Value): boolean => v.t === 'num' && v.v === 0;

function nullish(v: Value): boolean {
  return v.t === 'undef' || v.t === 'null';
}

function strict(a: Value, b: Value): boolean | null {
  if ((NOT_ZERO.has(a) && isZero(b)) || (NOT_ZERO.has(b) && isZero(a))) return false;
  if (nullish(a) && nullish(b)) return a.t === b.t;
  if ((nullish(a) && PRESENT.has(b.t)) || (nullish(b) && PRESENT.has(a.t))) return false;
  if (PRIMITIVE.has(a.t) && PRIMITIVE.has(b.t)) {
    if (a.t !== b.t) return false;
    return constString(a) === constString(b);
  }
  // A string with holes and a different kind of primitive.
  if ((a.t === 'tpl' && (b.t === 'num' || b.t === 'bool')) || (b.t === 'tpl' && (a.t === 'num' || a.t === 'bool'))) return false;
  // An object or a function is never identical to a primitive (`cb === 'prompt_box'` when cb is a callback).
  if ((REFERENCE.has(a.t) && SCALAR.has(b.t)) || (REFERENCE.has(b.t) && SCALAR.has(a.t))) return false;
  // The same object is itself; two objects the follower built apart may still be one at run time.
  if (a === b && (a.t === 'obj' || a.t === 'arr' || a.t === 'fn')) return true;
  return null;
}

function loose(a: Value, b: Value): boolean | null {
  if ((NOT_ZERO.has(a) && isZero(b)) || (NOT_ZERO.has(b) && isZero(a))) return false;
  if (nullish(a) || nullish(b)) {
    if (nullish(a) && nullish(b)) return true;
    return PRESENT.has(nullish(a) ? b.t : a.t) ? false : null;
  }
  if (PRIMITIVE.has(a.t) && PRIMITIVE.has(b.t)) {
    // Known primitives coerce as JavaScript does: `1 == '1'`, `0 == ''`.
    const x = (a as StrValue | NumValue | BoolValue).v;
    const y = (b as StrValue | NumValue | BoolValue).v;
    // eslint-disable-next-line eqeqeq
    return x == y;
  }
  // A function coerces to its source text, which no string the app compares with is.
  if ((FUNCTION.has(a.t) && SCALAR.has(b.t)) || (FUNCTION.has(b.t) && SCALAR.has(a.t))) return false;
  if (a === b && (a.t === 'obj' || a.t === 'arr' || a.t === 'fn')) return true;
  return null;
}

/**
 * `x instanceof C`, answered where the kinds decide it: a list is an `Array`,
 * a primitive is an instance of nothing, an instance of a class the follower
 * knows is one of that class (and of its parents). Libraries dispatch on it
 * (`if (fields instanceof Array) … else if (typeof fields === 'object')`), and
 * an unknown answer runs both arms with the wrong shapes.
 */
export function instanceOf(l: Value, ctor: Value, builtins: { array: Value | undefined; object: Value | undefined }): Value {
  let answer: boolean | null = null;
  for (const a of alternatives(l)) {
    const r = instanceOne(a, ctor, builtins);
    if (r === null || (answer !== null && r !== answer)) return unknown();
    answer = r;
  }
  return answer === null ? unknown() : bool(answer);
}

function instanceOne(a: Value, ctor: Value, builtins: { array: Value | undefined; object: Value | undefined }): boolean | null {
  const primitive = a.t === 'str' || a.t === 'tpl' || a.t === 'num' || a.t === 'bool' || a.t === 'null' || a.t === 'undef';
  if (ctor === builtins.array) return a.t === 'arr' ? true : primitive || a.t === 'obj' || a.t === 'fn' || a.t === 'native' ? false : null;
  if (ctor === builtins.object) return a.t === 'arr' || a.t === 'obj' || a.t === 'fn' ? true : primitive ? false : null;
  if (ctor.t === 'obj' && ctor.tag === 'class') {
    if (primitive || a.t === 'arr') return false;
    if (a.t !== 'obj' || a.tag !== 'instance') return null;
    for (let p = a.proto, n = 0; p && n < 32; p = p.proto, n++) if (p === ctor.classProto) return true;
    return null;
  }
  return primitive ? (ctor.t === 'fn' || ctor.t === 'native' || ctor.t === 'obj' ? false : null) : null;
}

/**
 * What `if (x === 'a')` tells each arm about a variable `x` holding one of several
 * values (`path` from a menu of targets): the then-arm sees the alternatives that
 * can equal the constant, the else-arm the ones that can differ. Unknown
 * alternatives go to both. Null when the test is not such a comparison, or
 * nothing is learnt.
 */
export interface Narrowing {
  name: string;
  then: Value;
  else: Value;
}

export function narrowByEquality(test: t.Expression, lookup: (name: string) => Value | undefined): Narrowing | null {
  if (test.type !== 'BinaryExpression' || !isEqualityOp(test.operator)) return null;
  const op = test.operator;
  const [id, other] = test.left.type === 'Identifier' ? [test.left, test.right] : test.right.type === 'Identifier' ? [test.right, test.left] : [null, null];
  if (!id || !other) return null;
  const constant = literalValue(other as t.Node);
  if (!constant) return null;
  const v = lookup(id.name);
  if (!v) return null;
  const alts = alternatives(v);
  const equal: Value[] = [];
  const differ: Value[] = [];
  const loose = op === '==' || op === '!=';
  // Where the comparison holds, a value not known before is the constant (`if (redirect === '/pages/me/me') wx.switchTab({ url: redirect })`).
  const sure = constant.t === 'str' || (constant.t === 'num' && !loose) || (constant.t === 'bool' && !loose);
  let learnt = false;
  for (const a of alts) {
    const eq = equalsKnown(loose ? '==' : '===', a, constant);
    if (eq.t !== 'bool' && sure && isOpen(a)) {
      equal.push(constant);
      learnt = true;
    } else if (eq.t !== 'bool' || eq.v) equal.push(a);
    if (eq.t !== 'bool' || !eq.v) differ.push(a);
  }
  if (!equal.length || !differ.length || (!learnt && equal.length === alts.length && differ.length === alts.length)) return null;
  const positive = op === '===' || op === '==';
  const [thenV, elseV] = positive ? [equal, differ] : [differ, equal];
  return { name: id.name, then: join(...thenV), else: join(...elseV) };
}

/** A value the follower knows nothing of (an unknown, text with holes): a test of it decides it. */
function isOpen(v: Value): boolean {
  return v.t === 'unk' || v.t === 'tpl' || v.t === 'src';
}

function isEqualityOp(op: string): op is EqualityOp {
  return op === '===' || op === '!==' || op === '==' || op === '!=';
}

/** A literal operand's value (no code runs to get it), or null. */
function literalValue(n: t.Node): Value | null {
  switch (n.type) {
    case 'StringLiteral':
      return str(n.value);
    case 'NumericLiteral':
      return num(n.value);
    case 'BooleanLiteral':
      return bool(n.value);
    case 'NullLiteral':
      return NULL;
    case 'Identifier':
      return n.name === 'undefined' ? UNDEF : null;
    case 'TemplateLiteral':
      return n.expressions.length === 0 ? str(n.quasis[0]?.value.cooked ?? '') : null;
    default:
      return null;
  }
}
