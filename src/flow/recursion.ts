import type * as t from '@babel/types';
import { walkAst } from '../util/ast-walk.js';
import type { Frame } from './interpreter.js';
import { alternatives, constString, type FnValue, type FunctionNode, type NumValue, type Value } from './values.js';

/**
 * When a function on the call chain once (its frame `first`) may be entered again.
 *
 * Recursion mostly repeats call sites the outer call reaches (a deep
 * `extend`, a tree walk, a retry on 401), so a function runs once per chain
 * and a recursive call returns unknown. Three kinds of re-entry in the app's
 * own code (not in packages) reach something new, and each is allowed once
 * (two frames of a function at most):
 *
 * - other constant arguments: a request wrapper whose interceptor logs in
 *   first through the same wrapper (`request({ url: '/login/wechat' })`
 *   inside `request({ url: '/userinfo' })`), a poll with `attempt + 1`;
 * - another callback: a helper handed a continuation (`getUserInfo(cb)`) called again from inside
 *   the reply its first caller handled, with the next step's callback;
 * - a request wrapper that has not sent its request yet: `if (!token) return
 *   login().then(() => request(method, url, data))` — the outer call only
 *   logged in (the token is null at launch); the retry, with the token the
 *   login stored, is the page's request.
 *
 * More frames would let a bundle's module loader (`__webpack_require__(13)`
 * loading 2, which loads 0) nest as deep as its dependencies go, but tried at
 * four it followed HTTP libraries (flyio, a COS SDK) into URL normalisation
 * code the follower cannot decide, and added more wrong URLs than right ones
 * on the labelled apps. Deeper nesting is allowed only where a caller's
 * callback ran in between (`mayNestAgain`).
 */
export function mayReenter(fn: FunctionNode, args: Value[], first: Frame): boolean {
  // Packages (utility belts, validators) recurse a lot and send no request of the app's own.
  if (PACKAGE_DIR.test(first.file)) return false;
  if (constantsKey(args) !== constantsKey(first.args ?? [])) return true;
  if (newCallback(args, first.args ?? [], first.file)) return true;
  return !first.onBehalf && sendsRequest(fn);
}

/**
 * A callback written elsewhere than any the outer run was handed, in another file than the
 * function (`getUserInfo(cb)` again from inside the reply its first caller handled, now with the
 * payment step's callback): a caller's code the outer run never reaches. A library's own
 * callbacks (a vendored MobX) do not count.
 */
function newCallback(args: Value[], outer: Value[], home: string): boolean {
  const fns = (vs: Value[]) => {
    const out: FnValue[] = [];
    const add = (v: Value, depth: number) => {
      for (const a of alternatives(v)) {
        if (a.t === 'fn') out.push(a);
        else if (a.t === 'obj' && depth === 0) for (const p of a.props.values()) add(p, 1);
      }
    };
    vs.forEach((v) => add(v, 0));
    return out;
  };
  const before = new Set(fns(outer).map((f) => f.node));
  return fns(args).some((f) => f.file !== home && !before.has(f.node));
}

/**
 * A third or fourth run of a helper nested in the callbacks its callers hand it (a login flow
 * through a request wrapper: `request('/onLogin', …, () => request('/check', …, () =>
 * request('/decode', …, go)))`): code of another file ran since its last run (a caller's
 * callback, not its own retry, re-login or a bundle's module loader), in the app's own code,
 * with constants no outer call of it had.
 */
export function mayNestAgain(fn: FnValue, args: Value[], frames: readonly Frame[], stack: readonly Frame[]): boolean {
  if (PACKAGE_DIR.test(frames[0]!.file)) return false;
  if (walksList(fn, args, frames)) return true;
  if (frames.length >= MAX_NESTED_RUNS) return false;
  const own = frames[0]!.file;
  if (!stack.slice(stack.lastIndexOf(frames[frames.length - 1]!) + 1).some((f) => f.file !== own)) return false;
  const key = constantsKey(args);
  return frames.every((f) => constantsKey(f.args ?? []) !== key);
}
/** Runs of one wrapper nested in its own callbacks. */
const MAX_NESTED_RUNS = 4;

/**
 * A list walked by recursion: a parameter indexes a list the function sees (`bases[i]`), and each
 * call passes a number no outer run had and within the list (`tryNext(i + 1)` after a failure: a
 * request sent to each base URL in turn). A list of unknown length is not walked past the rules above.
 */
function walksList(fn: FnValue, args: Value[], frames: readonly Frame[]): boolean {
  if (frames.length >= MAX_LIST_WALK) return false;
  return indexUses(fn.node).some(({ param, list }) => {
    const v = args[param];
    if (v?.t !== 'num' || !frames.every((f) => f.args?.[param]?.t === 'num' && (f.args[param] as NumValue).v !== v.v)) return false;
    const seen = fn.env.lookup(list);
    const lists = seen ? alternatives(seen) : [];
    return lists.length > 0 && lists.every((l) => l.t === 'arr' && !l.approx && v.v < l.items.length);
  });
}
const MAX_LIST_WALK = 16;
const INDEX_USES = new WeakMap<t.Node, { param: number; list: string }[]>();

/** Where the function's code indexes a list it does not declare with one of its plain parameters (`list[i]`). */
function indexUses(fn: FunctionNode): { param: number; list: string }[] {
  let found = INDEX_USES.get(fn);
  if (found === undefined) {
    const names = new Map<string, number>();
    fn.params.forEach((p, i) => {
      if (p.type === 'Identifier') names.set(p.name, i);
    });
    const hits = new Map<string, { param: number; list: string }>();
    if (names.size)
      walkAst(fn.body, (node) => {
        if (node.type === 'MemberExpression' && node.computed && node.object.type === 'Identifier' && node.property.type === 'Identifier' && names.has(node.property.name)) {
          const hit = { param: names.get(node.property.name)!, list: node.object.name };
          hits.set(`${hit.param}:${hit.list}`, hit);
        }
        return false;
      });
    found = [...hits.values()];
    INDEX_USES.set(fn, found);
  }
  return found;
}

/**
 * The constants in a call's arguments, top-level and one property deep (`{ url: '/login' }`), as a
 * key: two calls with equal keys reach the same constant call sites.
 */
export function constantsKey(args: Value[]): string {
  const one = (v: Value): string => constString(v) ?? '?';
  return args
    .map((a) => alternatives(a).map((v) => (v.t === 'obj' ? `{${[...v.props].map(([k, p]) => `${k}:${one(p)}`).join(',')}}` : one(v))).join('|'))
    .join(';');
}

const PACKAGE_DIR = /(^|\/)(miniprogram_npm|node_modules)\//;
const REQUEST_CALLS = new Set(['request', 'uploadFile', 'downloadFile', 'callFunction']);
const SENDS = new WeakMap<t.Node, boolean>();

/** The function's code (nested callbacks included) calls `x.request(…)` or the like: it is a request wrapper. */
function sendsRequest(fn: FunctionNode): boolean {
  let known = SENDS.get(fn);
  if (known === undefined) {
    let found = false;
    walkAst(fn.body, (node) =>
      (found = node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && REQUEST_CALLS.has(node.callee.property.name)),
    );
    known = found;
    SENDS.set(fn, known);
  }
  return known;
}
