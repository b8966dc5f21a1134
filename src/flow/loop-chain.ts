import type * as t from '@babel/types';
import { alternatives, type Env, type Value } from './values.js';

/**
 * Loops that walk a chain of objects, followed link by link.
 *
 * The follower runs a loop body once, which is enough for counting loops
 * (`for (let i = 0; i < n; i++)`). A loop that moves a variable along a
 * chain — `for (; n && visit(n); ) n = Object.getPrototypeOf(n)` (TDesign
 * flattening a class instance and its prototypes into Component options),
 * `while (node) { …; node = node.parent }` — does its work on every link:
 * run once, it only sees the first. Such a loop is run again while the
 * variable it moves reaches an object it had not reached before, up to a
 * few links (the variable holds every link reached so far, as a union).
 */
const MAX_LINKS = 6;

/** Names the loop's test reads that its body or update assign (`n = next(n)`), per loop node. */
const CHAIN_VARS = new WeakMap<t.Node, string[]>();

export interface ChainWalk {
  /** Run `iteration` (test, body, update) again while the chain variables reach new objects. */
  follow(iteration: () => void): void;
}

/**
 * Start watching a loop, before its first run: null when its test reads no
 * variable its body reassigns by plain assignment (a counting loop), so
 * ordinary loops cost nothing more.
 */
export function chainWalk(loop: t.ForStatement | t.WhileStatement | t.DoWhileStatement, env: Env): ChainWalk | null {
  let names = CHAIN_VARS.get(loop);
  if (!names) {
    const read = new Set<string>();
    if (loop.test) collect(loop.test, (n) => n.type === 'Identifier' && read.add(n.name));
    const assigned = new Set<string>();
    const onAssign = (n: t.Node) => {
      if (n.type === 'AssignmentExpression' && n.operator === '=' && n.left.type === 'Identifier') assigned.add(n.left.name);
    };
    collect(loop.body, onAssign);
    if (loop.type === 'ForStatement' && loop.update) collect(loop.update, onAssign);
    names = [...read].filter((n) => assigned.has(n));
    CHAIN_VARS.set(loop, names);
  }
  if (names.length === 0) return null;
  const vars = names;
  const seen = new Set<Value>();
  const fresh = (): boolean => {
    let grew = false;
    for (const n of vars) {
      for (const alt of alternatives(env.lookup(n) ?? { t: 'undef' })) {
        if ((alt.t === 'obj' || alt.t === 'arr' || alt.t === 'fn') && !seen.has(alt)) {
          seen.add(alt);
          grew = true;
        }
      }
    }
    return grew;
  };
  fresh();
  return {
    follow(iteration) {
      for (let i = 0; i < MAX_LINKS && fresh(); i++) iteration();
    },
  };
}

/**
 * Whether a loop body can leave the loop early (`break`, `return`, `throw`, labelled
 * `continue`). The follower runs a body to its end, so only a loop that cannot is run
 * iteration by iteration while its test stays known.
 */
const LEAVES = new WeakMap<t.Node, boolean>();

export function mayLeaveEarly(loop: t.ForStatement): boolean {
  let r = LEAVES.get(loop);
  if (r === undefined) {
    r = false;
    collect(loop.body, (n) => {
      if (n.type === 'BreakStatement' || n.type === 'ReturnStatement' || n.type === 'ThrowStatement' || (n.type === 'ContinueStatement' && n.label)) r = true;
    });
    LEAVES.set(loop, r);
  }
  return r;
}

/** Visit the nodes of an expression or statement, not entering nested functions or classes. */
function collect(node: t.Node, visit: (n: t.Node) => void): void {
  visit(node);
  for (const key of Object.keys(node) as (keyof t.Node)[]) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
    // `o.name` and `{ name: v }` name a property, not a variable.
    if ((key as string) === 'property' && (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed) continue;
    if ((key as string) === 'key' && node.type === 'ObjectProperty' && !node.computed) continue;
    const child = node[key] as unknown;
    for (const c of Array.isArray(child) ? child : [child]) if (isNode(c) && !opaque(c)) collect(c, visit);
  }
}

/** Nested functions and classes run on their own: what they assign is not the loop's doing. */
function opaque(n: t.Node): boolean {
  return n.type.includes('Function') || n.type.startsWith('Class') || n.type === 'ObjectMethod';
}

function isNode(x: unknown): x is t.Node {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';
}
