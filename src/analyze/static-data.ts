import type * as t from '@babel/types';
import { walkAst } from '../util/ast-walk.js';
import { dataRoot, isPathText, isTable } from '../flow/data-paths.js';
import { join, obj, unknown, type ObjValue, type Value } from '../flow/values.js';

/**
 * Page data that never changes: a menu or tab list declared in `data` and
 * never written by the page's code (`data: { list: [{ url: '/pages/a/a' }, …] }`
 * read as `this.data.list[e.detail].url`), or a base URL kept there
 * (`data: { baseURL }`). Such keys read as their declared value; any other key
 * stays unknown at run time, since a handler may have set it. Only lists,
 * objects, URLs and routes: a flag or other text in `data` is a starting value
 * that code is there to change, and reading it as fixed would cut branches.
 *
 * A table of URLs or routes the page only edits field by field (per-tab
 * `loading` flags and lists: `setData({ [`tabs.${i}.loading`]: true })`) keeps
 * its other fields (each tab's `api`); the fields edited read as declared or
 * anything.
 *
 * What the page writes is found in its own script, syntactically: the keys of
 * every `setData({ … })` object (the root of a path key, `'list[0].x'` → `list`),
 * of an object built up and handed over by name (`patch[key] = v; setData(patch)`),
 * and every `….data.key =` assignment. A key whose root is not written out, or
 * such an object used any other way, can be anything, and then nothing counts
 * as static.
 */
export function staticDataTables(ast: t.File | null, initialData: ObjValue | null): Map<string, Value> {
  const out = new Map<string, Value>();
  // An empty list or object is a slot code fills (through a behavior, a push), not a table.
  const fixed = (v: Value) => isTable(v) || isPathText(v);
  if (!ast || !initialData || ![...initialData.props.values()].some(fixed)) return out;
  const writes = dataWrites(ast);
  if (writes.keys === null) return out;
  for (const [k, v] of initialData.props) {
    if (!fixed(v)) continue;
    if (!writes.keys.has(k)) out.set(k, v);
    else {
      // A table of URLs or routes the page only edits field by field (`'tabs.' + i + '.loading'`)
      // keeps the rest of its entries (each tab's `api`); the fields edited read as declared or
      // anything. (A form object edited field by field holds no path: it stays what the user typed.)
      const edits = writes.edits.get(k);
      if (edits && !writes.whole.has(k) && holdsPath(v, 3)) out.set(k, edits.reduce(widenAt, v));
    }
  }
  return out;
}

/** Whether a list or object holds a URL or route, `depth` levels down at most. */
function holdsPath(v: Value, depth: number): boolean {
  if (isPathText(v)) return true;
  if (depth === 0) return false;
  if (v.t === 'arr') return v.items.some((x) => holdsPath(x, depth - 1));
  return v.t === 'obj' && !v.tag && [...v.props.values()].some((x) => holdsPath(x, depth - 1));
}

/** `v` with what a path edit (segments below the root; `*` any entry) may have stored joined in. */
function widenAt(v: Value, segs: readonly string[]): Value {
  if (segs.length === 0) return join(v, unknown());
  const [seg, ...rest] = segs as [string, ...string[]];
  if (v.t === 'obj' && !v.tag) {
    const entries = [...v.props].map(([k, x]): [string, Value] => [k, seg === '*' || k === seg ? widenAt(x, rest) : x]);
    if (seg !== '*' && !v.props.has(seg)) entries.push([seg, unknown(seg)]);
    return obj(entries);
  }
  if (v.t === 'arr') return { ...v, items: v.items.map((x, i) => (seg === '*' || String(i) === seg ? widenAt(x, rest) : x)) };
  return join(v, unknown());
}

/** What a page script writes into its data, found once per file. */
interface DataWrites {
  /** Root keys written (`'list[0].x'` → `list`), or null when it writes keys it does not name. */
  keys: Set<string> | null;
  /** Roots written into by a path (`setData({ 'form.name': v })`): an object edited field by field. */
  byPath: Set<string>;
  /** Roots written whole (`setData({ form: v })`, `this.data.form = v`), or by a path not read. */
  whole: Set<string>;
  /** Per root edited by a path, the segments below it (`'tabs[' + i + '].loading'` → `['*', 'loading']`). */
  edits: Map<string, string[][]>;
}

const WRITES = new WeakMap<t.File, DataWrites>();

function dataWrites(ast: t.File): DataWrites {
  const known = WRITES.get(ast);
  if (known) return known;
  const keys = new Set<string>();
  const byPath = new Set<string>();
  const whole = new Set<string>();
  const edits = new Map<string, string[][]>();
  let anyKey = false;
  const edit = (root: string, segs: string[]) => {
    keys.add(root);
    byPath.add(root);
    const list = edits.get(root);
    if (list) list.push(segs);
    else edits.set(root, [segs]);
  };
  const add = (k: string) => {
    const root = dataRoot(k);
    keys.add(root);
    if (root === k) {
      whole.add(root);
      return;
    }
    const segs = pathSegments(k.slice(root.length));
    if (segs === null) {
      byPath.add(root);
      whole.add(root);
    } else edit(root, segs);
  };
  const addAll = (patterns: (string | null)[]) => {
    for (const k of patterns) {
      if (k === null) anyKey = true;
      else add(k);
    }
  };
  // `const patch = {}; patch[`tabs.${i}.list`] = v; this.setData(patch)`: the keys set on it.
  const patches = new Set<string>();
  walkAst(ast.program, (node) => {
    if (node.type === 'CallExpression' && isMember(node.callee, 'setData')) {
      const arg = node.arguments[0];
      if (arg?.type === 'ObjectExpression') {
        // `setData({ menu: that.data.menu })` hands back the list it holds, edited in place (an
        // entry's `hidden` flag): any field of any entry may have changed, the entries stay.
        const back = arg.properties.filter(writesBack);
        for (const p of back) edit((p.key as t.Identifier).name, ['*', '*']);
        const handedBack = new Set<t.Node>(back);
        addAll(objectKeys({ ...arg, properties: arg.properties.filter((p) => !handedBack.has(p)) }));
      } else if (arg?.type === 'Identifier') patches.add(arg.name);
      else anyKey = true;
    } else if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
      // `this.data.list = …`, `that.data.list.push` is a call, not caught: such pages are rare and then wrong once.
      const obj = node.left.object;
      if (isMember(obj, 'data')) {
        const k = node.left.computed ? null : node.left.property.type === 'Identifier' ? node.left.property.name : null;
        if (k === null) anyKey = true;
        else {
          keys.add(k);
          whole.add(k);
        }
      }
    }
  });
  if (patches.size) {
    const found = patchKeys(ast, patches);
    if (found === null) anyKey = true;
    else addAll(found);
  }
  const out = { keys: anyKey ? null : keys, byPath, whole, edits };
  WRITES.set(ast, out);
  return out;
}

/** Data keys the script edits field by field (`setData({ 'form.name': v })`). */
/** Data keys the script names where it sets them (setData, `this.data.x = …`), whatever else it sets. */
export function keysNamedInWrites(ast: t.File | null): Set<string> {
  if (!ast) return new Set();
  const w = dataWrites(ast);
  return new Set([...w.whole, ...w.byPath]);
}

export function keysEditedByPath(ast: t.File | null): Set<string> {
  return ast ? dataWrites(ast).byPath : new Set();
}

/** `key: this.data.key` (or through `that`): a setData property that hands back what data holds. */
function writesBack(p: t.ObjectExpression['properties'][number]): p is t.ObjectProperty {
  if (p.type !== 'ObjectProperty' || p.computed || p.key.type !== 'Identifier') return false;
  const v = p.value;
  return v.type === 'MemberExpression' && isMember(v, p.key.name) && isMember(v.object, 'data');
}

function isMember(n: t.Node, name: string): boolean {
  return (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && !n.computed && n.property.type === 'Identifier' && n.property.name === name;
}

/** A hole in a key pattern: a part of a computed key the code fills at run time. */
const HOLE = '\u0000';

/**
 * The keys of a setData object as text with holes (`` `tabs.${i}.loading` `` → `tabs.\0.loading`);
 * null for one whose root is not known (a spread, `[key]`).
 */
function objectKeys(o: t.ObjectExpression): (string | null)[] {
  return o.properties.map((p) => (p.type === 'SpreadElement' ? null : rooted(keyText(p.key, p.computed))));
}

/** A key whose root is written out before any hole (`'list[' + i + '].checked'`), else null. */
function rooted(k: string | null): string | null {
  if (k === null) return null;
  const hole = k.indexOf(HOLE);
  return hole < 0 || /^[^.[]+[.[]/.test(k.slice(0, hole)) ? k : null;
}

/** A property key as text, the parts the code fills at run time as holes; null when not text. */
function keyText(key: t.Node, computed: boolean): string | null {
  if (!computed) return key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : key.type === 'NumericLiteral' ? String(key.value) : null;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'TemplateLiteral') return key.quasis.map((q) => q.value.cooked ?? '').join(HOLE);
  if (key.type === 'BinaryExpression' && key.operator === '+') {
    const parts: string[] = [];
    const walk = (n: t.Node): void => {
      if (n.type === 'BinaryExpression' && n.operator === '+') {
        walk(n.left);
        walk(n.right);
      } else parts.push(n.type === 'StringLiteral' ? n.value : HOLE);
    };
    walk(key);
    return parts.join('');
  }
  return null;
}

/**
 * The keys set on objects handed to setData by name (`patches`): from `const p = { … }` (or a
 * choice of such literals) and `p[key] = v` / `p.key = v`. Null when such a name is used any other way (passed on,
 * reassigned, spread), where its keys cannot be listed. Names are matched file-wide: two
 * variables of one name only add keys.
 */
function patchKeys(ast: t.File, patches: ReadonlySet<string>): (string | null)[] | null {
  const out: (string | null)[] = [];
  let uses = 0;
  let known = 0;
  walkAst(ast.program, (node) => {
    if (node.type === 'Identifier' && patches.has(node.name)) uses++;
    else if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && patches.has(node.id.name)) {
      const objects = node.init ? literalObjects(node.init) : null;
      if (!objects) return;
      known++;
      for (const o of objects) out.push(...objectKeys(o));
    } else if (node.type === 'AssignmentExpression' && node.operator === '=' && node.left.type === 'MemberExpression' && node.left.object.type === 'Identifier' && patches.has(node.left.object.name)) {
      known++;
      out.push(rooted(keyText(node.left.property, node.left.computed)));
    } else if (node.type === 'CallExpression' && isMember(node.callee, 'setData') && node.arguments[0]?.type === 'Identifier' && patches.has(node.arguments[0].name)) known++;
  });
  return uses === known ? out : null;
}

/** The object literals an initialiser is one of (`besel === '1' ? { running } : { done }`), or null. */
function literalObjects(n: t.Expression): t.ObjectExpression[] | null {
  if (n.type === 'ObjectExpression') return [n];
  if (n.type === 'ConditionalExpression') {
    const a = literalObjects(n.consequent);
    const b = literalObjects(n.alternate);
    return a && b ? [...a, ...b] : null;
  }
  return null;
}

/** The segments of a path below its root (`.0.loading`, `[*].x`), a segment with a hole as `*`; null when malformed. */
function pathSegments(rest: string): string[] | null {
  const segs: string[] = [];
  const re = /\.([^.[\]]+)|\[([^\]]+)\]/y;
  let i = 0;
  while (i < rest.length) {
    re.lastIndex = i;
    const m = re.exec(rest);
    if (!m) return null;
    const seg = (m[1] ?? m[2])!;
    segs.push(seg.includes(HOLE) ? '*' : seg);
    i = re.lastIndex;
  }
  return segs;
}
