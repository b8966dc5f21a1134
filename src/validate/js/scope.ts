import type * as t from '@babel/types';
import { VISITOR_KEYS } from '@babel/types';

/**
 * Lexical scopes over a Babel AST: which declaration every identifier
 * refers to, so that the skill rules see through aliases (`const mc =
 * wx.modelContext`, `const that = this`, `const { a } = require('./x')`)
 * and are not fooled by a local `getApp` or `require`. Nothing is
 * evaluated: a binding only remembers its declaration, its initialiser and
 * the destructuring path from that initialiser to the name.
 */

export type BindingKind = 'var' | 'let' | 'const' | 'param' | 'function' | 'class' | 'import' | 'catch';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** Declaring node (VariableDeclarator, FunctionDeclaration, ImportSpecifier, the param pattern…). */
  decl: t.Node;
  /** Initialiser of a variable declarator (the whole right-hand side), else null. */
  init: t.Expression | null;
  /** Destructuring path from `init` to the name: `const { a: { b } } = x` → ['a', 'b'] for b. '…' for rest / unknown. */
  path: string[];
  /** For imports: the module specifier and the imported name ('default', '*' or a name). */
  source?: string;
  imported?: string;
  /** Assigned again after its declaration (`x = …`, `x++`): its initialiser is not its only value. */
  reassigned: boolean;
  /** Identifiers that read (or write) it. */
  refs: t.Identifier[];
}

export class Scope {
  readonly bindings = new Map<string, Binding>();
  constructor(
    readonly parent: Scope | null,
    readonly isFunction: boolean,
  ) {}

  lookup(name: string): Binding | null {
    for (let s: Scope | null = this; s; s = s.parent) {
      const b = s.bindings.get(name);
      if (b) return b;
    }
    return null;
  }

  /** The nearest function (or program) scope: where `var` and function declarations live. */
  functionScope(): Scope {
    let s: Scope = this;
    while (!s.isFunction && s.parent) s = s.parent;
    return s;
  }

  declare(b: Omit<Binding, 'reassigned' | 'refs'>): void {
    if (!this.bindings.has(b.name)) this.bindings.set(b.name, { ...b, reassigned: false, refs: [] });
  }
}

export type FunctionNode = t.FunctionDeclaration | t.FunctionExpression | t.ArrowFunctionExpression | t.ObjectMethod | t.ClassMethod | t.ClassPrivateMethod;

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);

export function isFunctionNode(n: t.Node | null | undefined): n is FunctionNode {
  return !!n && FUNCTION_TYPES.has(n.type);
}

/** Names bound by a pattern, with their destructuring paths. */
export function patternNames(p: t.Node, path: string[] = []): { id: t.Identifier; path: string[] }[] {
  switch (p.type) {
    case 'Identifier':
      return [{ id: p, path }];
    case 'AssignmentPattern':
      return patternNames(p.left, path);
    case 'RestElement':
      return patternNames(p.argument, [...path, '…']);
    case 'ArrayPattern':
      return p.elements.flatMap((e, i) => (e ? patternNames(e, [...path, String(i)]) : []));
    case 'ObjectPattern':
      return p.properties.flatMap((prop) => {
        if (prop.type === 'RestElement') return patternNames(prop.argument, [...path, '…']);
        const key = staticKey(prop.key, prop.computed);
        return patternNames(prop.value, [...path, key ?? '…']);
      });
    case 'TSParameterProperty':
      return patternNames(p.parameter, path);
    default:
      return [];
  }
}

/** The name of a non-computed key (or a computed string literal): `a`, `'a'`, `['a']`. */
export function staticKey(key: t.Node, computed: boolean): string | null {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  return null;
}

/** Property name of a member expression when it is static (`a.b`, `a['b']`). */
export function memberKey(m: t.MemberExpression | t.OptionalMemberExpression): string | null {
  return staticKey(m.property, m.computed);
}

/** The scope tree of one file: each node's scope, each node's parent, each identifier's binding. */
export class ScopeIndex {
  private readonly scopes = new WeakMap<t.Node, Scope>();
  private readonly parents = new WeakMap<t.Node, t.Node>();
  readonly program: Scope = new Scope(null, true);
  /** Every runtime node of the file, in source order. */
  readonly nodes: t.Node[] = [];

  constructor(ast: t.File) {
    this.build(ast);
  }

  scopeOf(node: t.Node): Scope {
    return this.scopes.get(node) ?? this.program;
  }

  parentOf(node: t.Node): t.Node | null {
    return this.parents.get(node) ?? null;
  }

  /** The binding an identifier (in expression position) refers to; null for globals. */
  bindingOf(id: t.Identifier): Binding | null {
    return this.scopeOf(id).lookup(id.name);
  }

  /** Iterative walk (no recursion: a deeply nested file cannot overflow the stack), declaring as it goes. */
  private build(ast: t.File): void {
    hoist(ast.program, this.program);
    const stack: Frame[] = [{ node: ast.program, parent: null, scope: this.program, binding: false }];
    while (stack.length) {
      const { node, parent, scope: outer, binding } = stack.pop()!;
      if (parent) this.parents.set(node, parent);
      this.nodes.push(node);
      let scope = outer;
      if (isFunctionNode(node)) {
        scope = new Scope(outer, true);
        declareFunction(node, scope, outer);
      } else if (opensBlockScope(node, parent)) {
        scope = new Scope(outer, false);
        hoist(node, scope);
      }
      this.scopes.set(node, scope);
      if (node.type === 'Identifier' && !binding && isReference(node, parent)) this.reference(node, parent, scope);
      const keys = VISITOR_KEYS[node.type] ?? [];
      // Pushed in reverse so children are visited in source order.
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        const child = (node as unknown as Record<string, unknown>)[key];
        const childBinding = bindingPosition(node, key, binding);
        const push = (c: t.Node): void => {
          if (!TYPE_ONLY.has(c.type)) stack.push({ node: c, parent: node, scope, binding: childBinding });
        };
        if (Array.isArray(child)) {
          for (let i = child.length - 1; i >= 0; i--) {
            const c = child[i] as t.Node | null;
            if (c && typeof c.type === 'string') push(c);
          }
        } else if (child && typeof (child as t.Node).type === 'string') push(child as t.Node);
      }
    }
  }

  private reference(id: t.Identifier, parent: t.Node | null, scope: Scope): void {
    const b = scope.lookup(id.name);
    if (!b || b.decl === id) return;
    b.refs.push(id);
    const written =
      (parent?.type === 'AssignmentExpression' && parent.left === id) || (parent?.type === 'UpdateExpression' && parent.argument === id);
    if (written) b.reassigned = true;
  }
}

interface Frame {
  node: t.Node;
  parent: t.Node | null;
  scope: Scope;
  /** Inside a declaration pattern: identifiers here declare, they do not refer. */
  binding: boolean;
}

/** Type-only subtrees hold no runtime references. */
const TYPE_ONLY = new Set([
  'TSTypeAnnotation', 'TSTypeParameterDeclaration', 'TSTypeParameterInstantiation', 'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration', 'TSDeclareFunction', 'TSModuleDeclaration', 'TypeAnnotation',
]);

/** Is the child under `key` of `node` in a declaration pattern? */
function bindingPosition(node: t.Node, key: string, inBinding: boolean): boolean {
  if (node.type === 'VariableDeclarator') return key === 'id';
  if (isFunctionNode(node)) return key === 'params';
  if (node.type === 'CatchClause') return key === 'param';
  if (!inBinding) return false;
  switch (node.type) {
    case 'ObjectProperty':
      return key === 'value';
    case 'AssignmentPattern':
      return key === 'left';
    case 'ObjectPattern':
    case 'ArrayPattern':
    case 'RestElement':
    case 'TSParameterProperty':
      return true;
    default:
      return false;
  }
}

/** Blocks that get their own scope; a function's body block shares the function's scope. */
function opensBlockScope(node: t.Node, parent: t.Node | null): boolean {
  if (node.type === 'BlockStatement') return !isFunctionNode(parent) && parent?.type !== 'CatchClause';
  return node.type === 'ForStatement' || node.type === 'ForInStatement' || node.type === 'ForOfStatement' || node.type === 'CatchClause' || node.type === 'SwitchStatement' || node.type === 'StaticBlock';
}

/** Is this identifier a read/write of a variable (not a property name, key or declaration id)? */
function isReference(id: t.Identifier, parent: t.Node | null): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return parent.object === id || parent.computed;
    case 'ObjectProperty':
      return parent.value === id || (parent.computed && parent.key === id);
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassProperty':
    case 'ClassPrivateMethod':
      return !!parent.computed && parent.key === id;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
      return parent.type === 'ExportSpecifier' && parent.local === id;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ClassDeclaration':
    case 'ClassExpression':
      return false;
    case 'VariableDeclarator':
      return parent.init === id;
    default:
      return true;
  }
}

function declareFunction(fn: FunctionNode, scope: Scope, outer: Scope): void {
  // A named function expression sees its own name.
  if (fn.type === 'FunctionExpression' && fn.id) scope.declare({ name: fn.id.name, kind: 'function', decl: fn, init: null, path: [] });
  if (fn.type === 'FunctionDeclaration' && fn.id) outer.functionScope().declare({ name: fn.id.name, kind: 'function', decl: fn, init: null, path: [] });
  for (const p of fn.params) {
    for (const { id, path } of patternNames(p)) scope.declare({ name: id.name, kind: 'param', decl: p, init: null, path });
  }
  if (fn.body.type === 'BlockStatement') hoist(fn.body, scope);
}

/** Declare what a program, block or loop head binds, before its contents are visited. */
function hoist(node: t.Node, scope: Scope): void {
  switch (node.type) {
    case 'Program':
    case 'BlockStatement':
    case 'StaticBlock':
      for (const s of node.body) declareStatement(s, scope);
      for (const s of node.body) hoistVars(s, scope.functionScope());
      break;
    case 'ForStatement':
      if (node.init?.type === 'VariableDeclaration') declareVariables(node.init, scope);
      break;
    case 'ForInStatement':
    case 'ForOfStatement':
      if (node.left.type === 'VariableDeclaration') declareVariables(node.left, scope);
      break;
    case 'CatchClause':
      if (node.param) for (const { id, path } of patternNames(node.param)) scope.declare({ name: id.name, kind: 'catch', decl: node.param, init: null, path });
      for (const s of node.body.body) declareStatement(s, scope);
      break;
    case 'SwitchStatement':
      for (const c of node.cases) for (const s of c.consequent) declareStatement(s, scope);
      break;
  }
}

function declareStatement(s: t.Statement, scope: Scope): void {
  switch (s.type) {
    case 'VariableDeclaration':
      if (s.kind !== 'var') declareVariables(s, scope);
      break;
    case 'FunctionDeclaration':
      if (s.id) scope.declare({ name: s.id.name, kind: 'function', decl: s, init: null, path: [] });
      break;
    case 'ClassDeclaration':
      if (s.id) scope.declare({ name: s.id.name, kind: 'class', decl: s, init: null, path: [] });
      break;
    case 'ImportDeclaration':
      for (const sp of s.specifiers) {
        const imported =
          sp.type === 'ImportDefaultSpecifier' ? 'default' : sp.type === 'ImportNamespaceSpecifier' ? '*' : (staticKey(sp.imported, false) ?? '…');
        scope.declare({ name: sp.local.name, kind: 'import', decl: sp, init: null, path: [], source: s.source.value, imported });
      }
      break;
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
      if (s.declaration && s.declaration.type !== 'TSDeclareFunction' && isStatement(s.declaration)) declareStatement(s.declaration, scope);
      break;
  }
}

function isStatement(n: t.Node): n is t.Statement {
  return n.type.endsWith('Declaration') || n.type.endsWith('Statement');
}

function declareVariables(d: t.VariableDeclaration, scope: Scope): void {
  const kind = d.kind === 'var' ? 'var' : d.kind === 'let' ? 'let' : 'const';
  for (const decl of d.declarations) {
    for (const { id, path } of patternNames(decl.id)) scope.declare({ name: id.name, kind, decl, init: decl.init ?? null, path });
  }
}

/** `var` declarations anywhere in a function body (not in nested functions) belong to the function. */
function hoistVars(s: t.Node, fnScope: Scope): void {
  const stack: t.Node[] = [s];
  while (stack.length) {
    const n = stack.pop()!;
    if (isFunctionNode(n) || n.type === 'ClassDeclaration' || n.type === 'ClassExpression') continue;
    if (n.type === 'VariableDeclaration') {
      if (n.kind === 'var') declareVariables(n, fnScope);
      continue;
    }
    if (n.type === 'ExportNamedDeclaration' && n.declaration) stack.push(n.declaration);
    // Only statement containers can hold declarations; expressions are skipped.
    for (const key of STATEMENT_CHILDREN[n.type] ?? []) {
      const c = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(c)) for (const x of c) x && stack.push(x as t.Node);
      else if (c) stack.push(c as t.Node);
    }
  }
}

const STATEMENT_CHILDREN: Record<string, string[]> = {
  BlockStatement: ['body'],
  IfStatement: ['consequent', 'alternate'],
  ForStatement: ['init', 'body'],
  ForInStatement: ['left', 'body'],
  ForOfStatement: ['left', 'body'],
  WhileStatement: ['body'],
  DoWhileStatement: ['body'],
  TryStatement: ['block', 'handler', 'finalizer'],
  CatchClause: ['body'],
  SwitchStatement: ['cases'],
  SwitchCase: ['consequent'],
  LabeledStatement: ['body'],
  WithStatement: ['body'],
};

/**
 * The nodes under `root` (itself included), in source order; nested
 * functions are skipped when asked (a `return` inside a callback is not the
 * enclosing function's return). Iterative, like ScopeIndex.
 */
export function subtree(root: t.Node, opts: { skipNestedFunctions?: boolean } = {}): t.Node[] {
  const out: t.Node[] = [];
  const stack: t.Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node !== root && opts.skipNestedFunctions && isFunctionNode(node)) continue;
    out.push(node);
    const keys = VISITOR_KEYS[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]!];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const c = child[i] as t.Node | null;
          if (c && typeof c.type === 'string' && !TYPE_ONLY.has(c.type)) stack.push(c);
        }
      } else if (child && typeof (child as t.Node).type === 'string' && !TYPE_ONLY.has((child as t.Node).type)) stack.push(child as t.Node);
    }
  }
  return out;
}
