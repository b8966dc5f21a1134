import type * as t from '@babel/types';
import { canonicalName, type Resolver } from '../js/resolve.js';
import { memberKey, patternNames, staticKey, type Binding } from '../js/scope.js';
import { nodeLoc, type ScriptFile } from '../js/scripts.js';
import { objectKeys, type KeyRef } from './object-keys.js';

/**
 * The script side of a card (an atomic component, `components/<name>/index.js`):
 * the data keys it sets (`this.setData({…})` through any `this` alias), its
 * initial `data` and `properties`, and the `structuredContent` fields it
 * reads from the API result (`result.structuredContent.x`, through aliases
 * and destructuring).
 */
export interface CardScript {
  setDataKeys: KeyRef[];
  dataKeys: KeyRef[];
  propertyKeys: KeyRef[];
  /** Why the data keys cannot all be known (a spread, a behavior…), or null. */
  dynamic: string | null;
  /** `structuredContent` fields the card reads. */
  reads: KeyRef[];
}

export function cardScript(script: ScriptFile, resolver: Resolver): CardScript {
  const out: CardScript = { setDataKeys: [], dataKeys: [], propertyKeys: [], dynamic: null, reads: [] };
  const dyn = (why: string): void => {
    out.dynamic ??= why;
  };
  for (const n of script.scopes.nodes) {
    if (n.type === 'CallExpression') {
      const callee = canonicalName(n.callee, script);
      if (callee === 'Component' || callee === 'Page') readOptions(n, script, resolver, out, dyn);
      if (callee === 'this.setData') readSetData(n, script, resolver, out, dyn);
    }
    if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && memberKey(n) === 'structuredContent') readsThrough(n, script, out.reads);
    if (n.type === 'VariableDeclarator' || isParamHolder(n)) readsFromPatterns(n, script, out.reads);
  }
  return out;
}

function readOptions(call: t.CallExpression, script: ScriptFile, resolver: Resolver, out: CardScript, dyn: (w: string) => void): void {
  const arg = call.arguments[0];
  const opts = arg && arg.type !== 'SpreadElement' && arg.type !== 'ArgumentPlaceholder' ? objectKeys(arg, script, resolver) : null;
  if (!opts) {
    dyn('its Component() options are not an object literal');
    return;
  }
  if (!opts.complete) dyn('its Component() options are built with a spread');
  for (const p of opts.node.properties) {
    if (p.type !== 'ObjectProperty') continue;
    const key = staticKey(p.key, p.computed);
    if (key === 'behaviors') dyn('it uses behaviors, which can add data');
    if (key !== 'data' && key !== 'properties') continue;
    const keys = objectKeys(p.value, opts.script, resolver);
    if (!keys) {
      dyn(`its ${key} is not an object literal`);
      continue;
    }
    if (!keys.complete) dyn(`its ${key} has keys computed at run time`);
    (key === 'data' ? out.dataKeys : out.propertyKeys).push(...keys.keys);
  }
}

function readSetData(call: t.CallExpression, script: ScriptFile, resolver: Resolver, out: CardScript, dyn: (w: string) => void): void {
  const arg = call.arguments[0];
  const keys = arg && arg.type !== 'SpreadElement' && arg.type !== 'ArgumentPlaceholder' ? objectKeys(arg, script, resolver) : null;
  if (!keys) {
    dyn('setData() is called with something other than an object literal');
    return;
  }
  if (!keys.complete) dyn('setData() is called with keys computed at run time');
  // A path key (`'list[0].name'`, `'a.b'`) sets its root.
  for (const k of keys.keys) out.setDataKeys.push({ name: k.name.split(/[.[]/)[0]!, loc: k.loc });
}

/** Reads from `X.structuredContent`: `.key` directly, or through `(… || {})`, or an alias variable. */
function readsThrough(m: t.Node, script: ScriptFile, reads: KeyRef[], seen: Set<Binding> = new Set()): void {
  let node: t.Node = m;
  let parent = script.scopes.parentOf(node);
  // `(r.structuredContent || {})`, `r.structuredContent ?? {}`, `r && r.structuredContent`, `c ? r.structuredContent : {}`
  while (parent && passesThrough(parent, node)) {
    node = parent;
    parent = script.scopes.parentOf(node);
  }
  if (!parent) return;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.object === node) {
    const key = memberKey(parent);
    if (key !== null) reads.push({ name: key, loc: nodeLoc(script.file, parent.property) });
    return;
  }
  if (parent.type === 'VariableDeclarator' && parent.init === node) {
    if (parent.id.type === 'Identifier') {
      const b = script.scopes.scopeOf(parent.id).lookup(parent.id.name);
      if (b) aliasReads(b, script, reads, seen);
    } else readsFromPattern(parent.id, [], script, reads);
  }
}

/** Every `alias.key` (and `const { key } = alias`) of a variable holding structuredContent. */
function aliasReads(b: Binding, script: ScriptFile, reads: KeyRef[], seen: Set<Binding> = new Set()): void {
  if (seen.has(b)) return;
  seen.add(b);
  for (const ref of b.refs) readsThrough(ref, script, reads, seen);
}

/** Declarations and parameters that destructure a result: `{ structuredContent: { a } }`, `{ structuredContent: sc }`. */
function readsFromPatterns(n: t.Node, script: ScriptFile, reads: KeyRef[]): void {
  const patterns = n.type === 'VariableDeclarator' ? [n.id] : isParamHolder(n) ? (n as { params: t.Node[] }).params : [];
  for (const p of patterns) {
    for (const { id, path } of patternNames(p)) {
      const i = path.indexOf('structuredContent');
      if (i < 0) continue;
      if (i === path.length - 1) {
        const b = script.scopes.scopeOf(id).lookup(id.name);
        if (b) aliasReads(b, script, reads);
      } else if (path[i + 1] !== '…') reads.push({ name: path[i + 1]!, loc: nodeLoc(script.file, id) });
    }
  }
}

/** `const { a, b: c } = sc` where the initialiser is structuredContent itself. */
function readsFromPattern(p: t.Node, prefix: string[], script: ScriptFile, reads: KeyRef[]): void {
  for (const { id, path } of patternNames(p, prefix)) {
    const first = path[0];
    if (first && first !== '…') reads.push({ name: first, loc: nodeLoc(script.file, id) });
  }
}

/** Does `parent` evaluate to `node` (possibly)? */
function passesThrough(parent: t.Node, node: t.Node): boolean {
  switch (parent.type) {
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
      return true;
    case 'LogicalExpression':
      return true;
    case 'ConditionalExpression':
      return parent.test !== node;
    default:
      return false;
  }
}

function isParamHolder(n: t.Node): boolean {
  return n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration' || n.type === 'ObjectMethod';
}
