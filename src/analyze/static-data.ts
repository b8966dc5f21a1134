import type * as t from '@babel/types';
import { walkAst } from '../util/ast-walk.js';
import { dataRoot, isPathText, isTable } from '../flow/data-paths.js';
import type { ObjValue, Value } from '../flow/values.js';

/**
 * Page data that never changes: a menu or tab list declared in `data` and
 * never written by the page's code (`data: { list: [{ url: '/pages/a/a' }, …] }`
 * read as `this.data.list[e.detail].url`), or a base URL kept there
 * (`data: { baseURL }`). Such keys read as their declared value; any other key
 * stays unknown at run time, since a handler may have set it. Only lists,
 * objects, URLs and routes: a flag or other text in `data` is a starting value
 * that code is there to change, and reading it as fixed would cut branches.
 *
 * What the page writes is found in its own script, syntactically: the keys of
 * every `setData({ … })` object (the root of a path key, `'list[0].x'` → `list`)
 * and every `….data.key =` assignment. A computed or spread key can be
 * anything, and then nothing counts as static.
 */
export function staticDataTables(ast: t.File | null, initialData: ObjValue | null): Map<string, Value> {
  const out = new Map<string, Value>();
  // An empty list or object is a slot code fills (through a behavior, a push), not a table.
  const fixed = (v: Value) => isTable(v) || isPathText(v);
  if (!ast || !initialData || ![...initialData.props.values()].some(fixed)) return out;
  const written = dataWrites(ast).keys;
  if (written === null) return out;
  for (const [k, v] of initialData.props) if (fixed(v) && !written.has(k)) out.set(k, v);
  return out;
}

/** What a page script writes into its data, found once per file. */
interface DataWrites {
  /** Root keys written (`'list[0].x'` → `list`), or null when it writes keys it does not name. */
  keys: Set<string> | null;
  /** Roots written into by a path (`setData({ 'form.name': v })`): an object edited field by field. */
  byPath: Set<string>;
}

const WRITES = new WeakMap<t.File, DataWrites>();

function dataWrites(ast: t.File): DataWrites {
  const known = WRITES.get(ast);
  if (known) return known;
  const keys = new Set<string>();
  const byPath = new Set<string>();
  let anyKey = false;
  const add = (k: string) => {
    const root = dataRoot(k);
    keys.add(root);
    if (root !== k) byPath.add(root);
  };
  walkAst(ast.program, (node) => {
    if (node.type === 'CallExpression' && isMember(node.callee, 'setData')) {
      const arg = node.arguments[0];
      if (arg?.type !== 'ObjectExpression') anyKey = true;
      else {
        for (const p of arg.properties) {
          const k = p.type === 'ObjectProperty' || p.type === 'ObjectMethod' ? staticKey(p) : null;
          if (k === null) anyKey = true;
          else add(k);
        }
      }
    } else if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
      // `this.data.list = …`, `that.data.list.push` is a call, not caught: such pages are rare and then wrong once.
      const obj = node.left.object;
      if (isMember(obj, 'data')) {
        const k = node.left.computed ? null : node.left.property.type === 'Identifier' ? node.left.property.name : null;
        if (k === null) anyKey = true;
        else keys.add(k);
      }
    }
  });
  const out = { keys: anyKey ? null : keys, byPath };
  WRITES.set(ast, out);
  return out;
}

/** Data keys the script edits field by field (`setData({ 'form.name': v })`). */
export function keysEditedByPath(ast: t.File | null): Set<string> {
  return ast ? dataWrites(ast).byPath : new Set();
}

function isMember(n: t.Node, name: string): boolean {
  return (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && !n.computed && n.property.type === 'Identifier' && n.property.name === name;
}

function staticKey(p: t.ObjectProperty | t.ObjectMethod): string | null {
  if (!p.computed) {
    if (p.key.type === 'Identifier') return p.key.name;
    if (p.key.type === 'StringLiteral') return p.key.value;
    if (p.key.type === 'NumericLiteral') return String(p.key.value);
    return null;
  }
  if (p.key.type === 'StringLiteral') return p.key.value;
  // `['list[' + i + '].checked']`: the root is still known when the key starts with text.
  if (p.key.type === 'BinaryExpression') {
    let left: t.Node = p.key;
    while (left.type === 'BinaryExpression' && left.operator === '+') left = left.left;
    if (left.type === 'StringLiteral' && /^[^.[]+[.[]/.test(left.value)) return left.value;
    return null;
  }
  // `${'list'}[${i}]` too: only when the text before the first hole already ends the root name.
  const head = p.key.type === 'TemplateLiteral' ? p.key.quasis[0]?.value.cooked : undefined;
  if (head && /^[^.[]+[.[]/.test(head)) return head;
  return null;
}
