import type * as t from '@babel/types';
import { readsOnly } from '../util/ast-walk.js';
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
const EMPTY_OBJECT: Value = { t: 'obj', props: new Map() };

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
  return distinctFunctions(a, b) ? false : null;
}

/**
 * Two functions written at different places are different objects, and a function is no list or
 * plain object (a promise polyfill's `noop !== executor`).
 */
function distinctFunctions(a: Value, b: Value): boolean {
  if (a.t === 'fn' && b.t === 'fn') return a.node !== b.node;
  return (a.t === 'fn' && (b.t === 'obj' || b.t === 'arr')) || (b.t === 'fn' && (a.t === 'obj' || a.t === 'arr'));
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
  return distinctFunctions(a, b) ? false : null;
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
  // The page's query (`onLoad(options)`) and an event are plain objects (`checkObject(options)` testing `instanceof Array` first).
  if (a.t === 'src' && a.path.length === 0 && (a.root === 'query' || a.root === 'event')) a = EMPTY_OBJECT;
  const primitive = a.t === 'str' || a.t === 'tpl' || a.t === 'num' || a.t === 'bool' || a.t === 'null' || a.t === 'undef';
  if (ctor === builtins.array) return a.t === 'arr' ? true : primitive || a.t === 'obj' || a.t === 'fn' || a.t === 'native' ? false : null;
  if (ctor === builtins.object) return a.t === 'arr' || a.t === 'obj' || a.t === 'fn' ? true : primitive ? false : null;
  if (ctor.t === 'obj' && ctor.tag === 'class') {
    if (primitive || a.t === 'arr') return false;
    if (a.t !== 'obj' || a.tag !== 'instance') return null;
    for (let p = a.proto, n = 0; p && n < 32; p = p.proto, n++) if (p === ctor.classProto) return true;
    return null;
  }
  // An object made by `new F()` where `F.prototype` is set (a promise polyfill's `this instanceof U`).
  const prototype = ctor.t === 'fn' ? ctor.props?.get('prototype') : undefined;
  if (prototype?.t === 'obj' && a.t === 'obj' && a.tag === 'instance') {
    for (let p = a.proto, n = 0; p && n < 32; p = p.proto, n++) if (p === prototype) return true;
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

export function narrowByEquality(
  test: t.Expression,
  lookup: (name: string) => Value | undefined,
  decide: (e: t.Expression) => boolean | null = () => null,
): Narrowing | null {
  // `if (url === '/pages/login/index' && isCurrent) return`: where the other operand is known true
  // (`||`: known false), the compound test is the comparison; otherwise only the arm where the
  // comparison must hold (`&&`: then, `||`: else) learns from it. `!(…)` swaps the arms.
  if (test.type === 'UnaryExpression' && test.operator === '!') {
    const n = narrowByEquality(test.argument, lookup, decide);
    return n && { name: n.name, then: n.else, else: n.then };
  }
  if (test.type === 'LogicalExpression' && (test.operator === '&&' || test.operator === '||')) {
    const and = test.operator === '&&';
    for (const [side, other] of [[test.left, test.right], [test.right, test.left]] as const) {
      const n = narrowByEquality(side, lookup, decide);
      if (!n) continue;
      if (!isPure(other)) return null;
      const known = decide(other);
      if (known === and) return n;
      const whole = lookup(n.name)!;
      return and ? { name: n.name, then: n.then, else: whole } : { name: n.name, then: whole, else: n.else };
    }
    return null;
  }
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

/**
 * An expression whose evaluation runs no code of the app and changes nothing
 * (names, members, literals, operators): evaluating it again to narrow is safe.
 */
export function isPure(n: t.Node): boolean {
  if (readsOnly(n)) return true;
  switch (n.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return isPure(n.object) && (!n.computed || isPure(n.property));
    case 'BinaryExpression':
      return n.left.type !== 'PrivateName' && isPure(n.left) && isPure(n.right);
    case 'LogicalExpression':
      return isPure(n.left) && isPure(n.right);
    case 'UnaryExpression':
      return n.operator !== 'delete' && isPure(n.argument);
    case 'TemplateLiteral':
      return n.expressions.every((e) => isPure(e));
    case 'ConditionalExpression':
      return isPure(n.test) && isPure(n.consequent) && isPure(n.alternate);
    case 'RegExpLiteral':
      return true;
    case 'CallExpression':
      // `/^http/.test(url)`, `url.startsWith('/')`: methods of strings and patterns that only read.
      return (
        n.callee.type === 'MemberExpression' &&
        !n.callee.computed &&
        n.callee.property.type === 'Identifier' &&
        READ_ONLY_METHODS.has(n.callee.property.name) &&
        isPure(n.callee.object) &&
        n.arguments.every((a) => a.type !== 'SpreadElement' && a.type !== 'ArgumentPlaceholder' && isPure(a))
      );
    default:
      return false;
  }
}
const READ_ONLY_METHODS = new Set(['test', 'startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'charAt', 'toLowerCase', 'toUpperCase', 'trim']);

/**
 * What a test that reads one variable holding several values tells each arm
 * (`if (!/^http/.test(url)) url = base + url` with `url` one of a full URL and
 * some paths): the test is evaluated for each value alone (`test(value)`,
 * null when undecided); the then-arm sees the values it can pass, the
 * else-arm the ones it can fail. Only for tests that change nothing
 * (`isPure`) and read exactly one such variable.
 */
export function narrowByReadings(test: t.Expression, lookup: (name: string) => Value | undefined, decideWith: (name: string, v: Value) => boolean | null): Narrowing | null {
  if (!isPure(test)) return null;
  let name: string | null = null;
  let alts: Value[] = [];
  for (const id of readNames(test)) {
    const v = lookup(id);
    if (v?.t !== 'union') continue;
    if (name !== null && name !== id) return null;
    name = id;
    alts = v.options;
  }
  if (name === null) return null;
  const pass: Value[] = [];
  const fail: Value[] = [];
  for (const a of alts) {
    const c = decideWith(name, a);
    if (c !== false) pass.push(a);
    if (c !== true) fail.push(a);
  }
  if (!pass.length || !fail.length || (pass.length === alts.length && fail.length === alts.length)) return null;
  return { name, then: join(...pass), else: join(...fail) };
}

/** The variables an expression reads (not member names). */
function readNames(n: t.Node, out: string[] = []): string[] {
  switch (n.type) {
    case 'Identifier':
      out.push(n.name);
      break;
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      readNames(n.object, out);
      if (n.computed) readNames(n.property, out);
      break;
    case 'CallExpression':
      readNames(n.callee, out);
      for (const a of n.arguments) readNames(a, out);
      break;
    case 'BinaryExpression':
    case 'LogicalExpression':
      readNames(n.left, out);
      readNames(n.right, out);
      break;
    case 'UnaryExpression':
      readNames(n.argument, out);
      break;
    case 'TemplateLiteral':
      for (const e of n.expressions) readNames(e, out);
      break;
    case 'ConditionalExpression':
      readNames(n.test, out);
      readNames(n.consequent, out);
      readNames(n.alternate, out);
      break;
    default:
      break;
  }
  return out;
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
