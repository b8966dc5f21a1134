import type * as t from '@babel/types';
import { unwrap } from '../../util/ast-walk.js';
import { isFunctionNode, memberKey, staticKey, type FunctionNode } from './scope.js';
import type { ScriptFile, Scripts } from './scripts.js';

/**
 * Following values through a skill's own code, without running it: an
 * identifier to its declaration, a destructured name to the member it
 * came from, `require('./apis/x')` / `import` to what that module exports.
 * Enough to find the function registered as an API and the object literal
 * an API returns; anything dynamic resolves to null and the rules stay
 * silent about it rather than guess.
 */

/** A node in a file, or a module whose exports are members (`exports.x = …`, ESM named exports). */
export type Value = { kind: 'node'; node: t.Node; script: ScriptFile } | { kind: 'module'; script: ScriptFile };

/** How far a chain of aliases is followed (cycles end here too). */
const MAX_DEPTH = 24;

/** Unwrap parentheses and TypeScript-only wrappers (the one helper, in util/ast-walk.ts). */
export { unwrap };

export class Resolver {
  constructor(private readonly scripts: Scripts) {}

  /** What an expression evaluates to, as far as declarations tell. */
  value(expr: t.Node, script: ScriptFile, depth = 0): Value | null {
    if (depth > MAX_DEPTH) return null;
    const e = unwrap(expr);
    switch (e.type) {
      case 'Identifier': {
        const b = script.scopes.bindingOf(e);
        if (!b) return null;
        if (b.kind === 'function' || b.kind === 'class') return { kind: 'node', node: b.decl, script };
        if (b.kind === 'import') return this.imported(script, b.source!, b.imported!, depth);
        if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.init && !b.reassigned) {
          let v = this.value(b.init, script, depth + 1);
          for (const key of b.path) v = v && this.member(v, key, depth + 1);
          return v;
        }
        return null;
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const key = memberKey(e);
        if (key === null) return null;
        if (isModuleExports(e.object, script) || isExportsObject(e.object, script)) return this.exported(script, key, depth + 1);
        const base = this.value(e.object, script, depth + 1);
        return base && this.member(base, key, depth + 1);
      }
      case 'CallExpression': {
        const spec = requireSpec(e, script);
        if (spec !== null) return this.imported(script, spec, '*', depth);
        return null;
      }
      default:
        return { kind: 'node', node: e, script };
    }
  }

  /** The function an expression names, or null. */
  fn(expr: t.Node, script: ScriptFile): { fn: FunctionNode; script: ScriptFile } | null {
    const v = this.value(expr, script);
    if (v?.kind !== 'node') return null;
    if (isFunctionNode(v.node)) return { fn: v.node, script: v.script };
    // `const f = function () {}` is resolved already; a class is not a function the platform can call.
    return null;
  }

  /** `base.key`. */
  member(base: Value, key: string, depth: number): Value | null {
    if (depth > MAX_DEPTH) return null;
    if (base.kind === 'module') return this.exported(base.script, key, depth + 1);
    const n = base.node;
    if (n.type === 'ObjectExpression') {
      // The last definition of a key wins, as in JavaScript.
      for (let i = n.properties.length - 1; i >= 0; i--) {
        const p = n.properties[i]!;
        if (p.type === 'SpreadElement') return null;
        if (staticKey(p.key, p.computed) !== key) continue;
        if (p.type === 'ObjectMethod') return { kind: 'node', node: p, script: base.script };
        return this.value(p.value, base.script, depth + 1);
      }
    }
    return null;
  }

  private imported(from: ScriptFile, spec: string, name: string, depth: number): Value | null {
    const file = this.scripts.resolve(from.file, spec);
    const target = file ? this.scripts.get(file) : null;
    if (!target) return null;
    if (name === '*') return this.moduleValue(target, depth + 1);
    return this.exported(target, name, depth + 1);
  }

  /** What `require(file)` returns: `module.exports = X` → X, else the module's exports as members. */
  moduleValue(script: ScriptFile, depth = 0): Value | null {
    const assigned = moduleExportsAssignment(script);
    if (assigned) return this.value(assigned, script, depth + 1);
    return { kind: 'module', script };
  }

  /** An export of a module: ESM `export`, CommonJS `exports.x =` / `module.exports = { x }`; 'default' is the CommonJS module value. */
  exported(script: ScriptFile, name: string, depth = 0): Value | null {
    if (depth > MAX_DEPTH) return null;
    const body = script.ast.program.body;
    for (const s of body) {
      if (s.type === 'ExportDefaultDeclaration' && name === 'default') return this.declared(s.declaration, script, depth);
      if (s.type === 'ExportNamedDeclaration') {
        const d = s.declaration;
        if (d?.type === 'FunctionDeclaration' && d.id?.name === name) return { kind: 'node', node: d, script };
        if (d?.type === 'VariableDeclaration') {
          for (const decl of d.declarations) {
            if (decl.id.type === 'Identifier' && decl.id.name === name && decl.init) return this.value(decl.init, script, depth + 1);
          }
        }
        for (const sp of s.specifiers) {
          if (sp.type !== 'ExportSpecifier' || staticKey(sp.exported, false) !== name) continue;
          if (s.source) return this.imported(script, s.source.value, sp.local.name, depth + 1);
          return this.value(sp.local, script, depth + 1);
        }
      }
    }
    // CommonJS, last assignment wins.
    for (let i = body.length - 1; i >= 0; i--) {
      const s = body[i]!;
      if (s.type !== 'ExpressionStatement' || s.expression.type !== 'AssignmentExpression' || s.expression.operator !== '=') continue;
      const left = s.expression.left;
      if (left.type !== 'MemberExpression') continue;
      const key = memberKey(left);
      if (key === name && (isModuleExports(left.object, script) || isExportsObject(left.object, script))) return this.value(s.expression.right, script, depth + 1);
    }
    const whole = moduleExportsAssignment(script);
    if (whole) {
      const v = this.value(whole, script, depth + 1);
      if (name === 'default') return v;
      return v && this.member(v, name, depth + 1);
    }
    return null;
  }

  private declared(d: t.Node, script: ScriptFile, depth: number): Value | null {
    if (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') return { kind: 'node', node: d, script };
    return this.value(d, script, depth + 1);
  }
}

/** `module.exports = X` at the top level (the last one): X. */
export function moduleExportsAssignment(script: ScriptFile): t.Expression | null {
  const body = script.ast.program.body;
  for (let i = body.length - 1; i >= 0; i--) {
    const s = body[i]!;
    if (s.type !== 'ExpressionStatement' || s.expression.type !== 'AssignmentExpression' || s.expression.operator !== '=') continue;
    const left = s.expression.left;
    if (left.type === 'MemberExpression' && isModuleExports(left, script)) return s.expression.right;
  }
  return null;
}

/** `module.exports` with `module` not a local name. */
export function isModuleExports(n: t.Node, script: ScriptFile): boolean {
  const e = unwrap(n);
  return (
    (e.type === 'MemberExpression' || e.type === 'OptionalMemberExpression') &&
    memberKey(e) === 'exports' &&
    e.object.type === 'Identifier' &&
    e.object.name === 'module' &&
    !script.scopes.bindingOf(e.object)
  );
}

/** The free `exports` object. */
function isExportsObject(n: t.Node, script: ScriptFile): boolean {
  const e = unwrap(n);
  return e.type === 'Identifier' && e.name === 'exports' && !script.scopes.bindingOf(e);
}

/** `require('x')` with the global `require` (and a literal specifier): 'x'; else null. */
export function requireSpec(call: t.CallExpression, script: ScriptFile): string | null {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'require' || script.scopes.bindingOf(callee)) return null;
  return literalString(call.arguments[0]);
}

/** A string literal or a template literal without substitutions. */
export function literalString(n: t.Node | null | undefined): string | null {
  if (!n) return null;
  const e = unwrap(n);
  if (e.type === 'StringLiteral') return e.value;
  if (e.type === 'TemplateLiteral' && e.expressions.length === 0) return e.quasis[0]?.value.cooked ?? null;
  return null;
}

/**
 * A global-rooted dotted name for an expression, seeing through aliases:
 * `mc.registerAPI` with `const mc = wx.modelContext` → `wx.modelContext.registerAPI`;
 * `skill.registerAPI` with `const skill = wx.modelContext.createSkill('…')` →
 * `wx.modelContext.createSkill().registerAPI`; `that.setData` with
 * `const that = this` → `this.setData`. A parameter becomes `?` (unknown
 * root); anything else unresolvable is null.
 */
export function canonicalName(expr: t.Node, script: ScriptFile, depth = 0): string | null {
  if (depth > MAX_DEPTH) return null;
  const e = unwrap(expr);
  switch (e.type) {
    case 'ThisExpression':
      return 'this';
    case 'Identifier': {
      const b = script.scopes.bindingOf(e);
      if (!b) return e.name;
      if (b.kind === 'param') return '?';
      if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.init && !b.reassigned) {
        const base = canonicalName(b.init, script, depth + 1);
        return base === null ? null : [base, ...b.path].join('.');
      }
      return null;
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const key = memberKey(e);
      if (key === null) return null;
      const base = canonicalName(e.object, script, depth + 1);
      return base === null ? null : `${base}.${key}`;
    }
    case 'CallExpression':
    case 'OptionalCallExpression': {
      const base = canonicalName(e.callee, script, depth + 1);
      return base === null ? null : `${base}()`;
    }
    default:
      return null;
  }
}
