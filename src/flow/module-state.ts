import type * as t from '@babel/types';
import { isFunction } from '@babel/types';
import { assignedName, unwrap, walkAst } from '../util/ast-walk.js';
import type { Env, Value } from './values.js';
import { alternatives, isPlaceholder, join, unknown, widenPlaceholders } from './values.js';

/**
 * State a helper module keeps between pages. `let cache = null` filled by
 * `fetchSettings()`, `let token = ''` set by `login()`, `let state =
 * emptySession()` replaced on sign-in: the module is evaluated once for the
 * whole app, so by the time a page calls into it, launch or an earlier page
 * may have filled it — or not yet (launch's request is still in flight). A
 * top-level variable the module's own functions assign, and that holds a
 * placeholder when the module has been evaluated, reads as "this, or whatever
 * was stored since" (as `globalData` placeholders do after launch), so
 * `if (cache && !force) return cache` guards one path, not the whole call; a
 * plain object there keeps its fields but its placeholder fields widen.
 * Scripts that register a Page, Component or App keep their own rule
 * (handler-state.ts): their start-up hooks run on the state their evaluation left.
 */
export interface ModuleState {
  /** Variables that held a placeholder after evaluation: widened again after launch filled them. */
  placeholders: string[];
  /** Variables that held a plain object after evaluation. */
  objects: string[];
}

/** Widen a just-evaluated module's state; what to widen again after launch, or null. */
export function widenModuleState(ast: t.File | null, env: Env): ModuleState | null {
  if (!ast) return null;
  const names = stateVars(ast);
  if (names.length === 0) return null;
  const state: ModuleState = { placeholders: [], objects: [] };
  for (const name of names) {
    const v = env.vars.get(name);
    if (!v) continue;
    if (isPlaceholder(v)) state.placeholders.push(name);
    else if (v.t === 'obj' && (!v.tag || v.tag === 'instance')) state.objects.push(name);
  }
  if (state.placeholders.length === 0 && state.objects.length === 0) return null;
  rewiden(state, env);
  return state;
}

/** Widen again: after launch, a variable that was a placeholder may hold what launch stored. */
export function rewiden(state: ModuleState, env: Env): void {
  for (const name of state.placeholders) {
    const v = env.vars.get(name);
    if (v && !alternatives(v).some(isOpen)) env.vars.set(name, join(v, unknown(name)));
  }
  for (const name of state.objects) {
    const v = env.vars.get(name);
    for (const o of v ? alternatives(v) : []) if (o.t === 'obj' && (!o.tag || o.tag === 'instance')) widenPlaceholders(o, 1);
  }
}

const isOpen = (v: Value) => v.t === 'unk';

const STATE_VARS = new WeakMap<t.File, string[]>();

/**
 * Top-level variables (`let`/`var`, exported or not) that a function of the script assigns, by name
 * (a function's own variable of the same name counts too: the widening is then only looser).
 */
function stateVars(ast: t.File): string[] {
  let out = STATE_VARS.get(ast);
  if (out) return out;
  const declared = new Set<string>();
  for (const st of ast.program.body) {
    const decl = st.type === 'ExportNamedDeclaration' ? st.declaration : st;
    if (decl?.type === 'VariableDeclaration' && decl.kind !== 'const')
      for (const d of decl.declarations) if (d.id.type === 'Identifier') declared.add(d.id.name);
  }
  const assigned = new Set<string>();
  const inside = (node: t.Node) => {
    const name = assignedName(node);
    if (name !== null && declared.has(name)) assigned.add(name);
  };
  // Assignments at the top level initialise; those inside a function change state later.
  if (declared.size > 0)
    walkAst(ast.program, (node) => {
      if (!isFunction(node)) return;
      walkAst(node.body, inside);
      return 'skip';
    });
  for (const name of selfEditingObjects(ast)) assigned.add(name);
  out = [...assigned].sort();
  STATE_VARS.set(ast, out);
  return out;
}

/**
 * Top-level objects (`const initial = { pendingSource: null, setSource(s) { this.pendingSource = s } }`,
 * a store MobX makes observable) whose own methods assign their fields through `this` (or `self`
 * bound to it): another page may have called those methods by the time this one reads a field.
 * So is the one instance a module makes of a class it declares (`const userManager = new
 * UserManager()`, `this.userInfo = null` until `login()` sets it), by methods other than its
 * constructor.
 */
function selfEditingObjects(ast: t.File): string[] {
  const out: string[] = [];
  const classes = new Map<string, t.Node[]>();
  for (const st of ast.program.body) {
    const decl = st.type === 'ExportNamedDeclaration' || st.type === 'ExportDefaultDeclaration' ? st.declaration : st;
    if (decl?.type === 'ClassDeclaration' && decl.id)
      classes.set(
        decl.id.name,
        decl.body.body.flatMap((m): t.Node[] => (m.type === 'ClassMethod' && m.kind === 'method' ? [m.body] : m.type === 'ClassProperty' && m.value && isFunction(m.value) ? [m.value.body] : [])),
      );
  }
  for (const st of ast.program.body) {
    const decl = st.type === 'ExportNamedDeclaration' ? st.declaration : st;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      if (d.id.type !== 'Identifier' || !d.init) continue;
      let methods: t.Node[] = [];
      if (d.init.type === 'ObjectExpression')
        methods = d.init.properties.flatMap((p): t.Node[] => (p.type === 'ObjectMethod' ? [p.body] : p.type === 'ObjectProperty' && isFunction(p.value) ? [p.value.body] : []));
      else if (d.init.type === 'NewExpression' && d.init.callee.type === 'Identifier') methods = classes.get(d.init.callee.name) ?? [];
      if (methods.some((body) => assignsThis(body))) out.push(d.id.name);
    }
  }
  return out;
}

/** A function body assigns a field of `this`, directly or through a local bound to it. */
function assignsThis(body: t.Node): boolean {
  const selves = new Set<string>();
  let found = false;
  walkAst(body, (node) => {
    // `const self = this` (`this as unknown as Store` in TypeScript)
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init && unwrap(node.init).type === 'ThisExpression') selves.add(node.id.name);
    else if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
      const o = unwrap(node.left.object);
      found = o.type === 'ThisExpression' || (o.type === 'Identifier' && selves.has(o.name));
    }
    return found;
  });
  return found;
}
