import type * as t from '@babel/types';
import type { Loc } from '../../model/types.js';
import { canonicalName, literalString, moduleExportsAssignment, unwrap, type Resolver } from '../js/resolve.js';
import { staticKey } from '../js/scope.js';
import { nodeLoc, type ScriptFile } from '../js/scripts.js';

/**
 * How a skill's index.js registers its APIs
 * (wechat-ai-mode.md, "Where skills live"):
 * `wx.modelContext.registerAPI('<name>', fn)`, or
 * `const skill = wx.modelContext.createSkill(path)` then
 * `skill.registerAPI('<name>', fn)`, through any alias. WeChat's older
 * docs also register by exporting the functions from index.js
 * (`module.exports = { getWeather }`); that form counts only when the file
 * calls no `registerAPI` at all.
 */
export interface Registration {
  /** The API name, or null when it is not a literal. */
  name: string | null;
  /** Where the name is written (the call, for a dynamic name). */
  loc: Loc;
  /** The function argument (or the exported value), unresolved. */
  handler: t.Node | null;
  script: ScriptFile;
  via: 'registerAPI' | 'export';
}

/** Callees that register an API on WeChat's model context, after alias resolution. */
const REGISTER_CALLEES: ReadonlySet<string> = new Set(['wx.modelContext.registerAPI', 'wx.modelContext.createSkill().registerAPI']);

/**
 * Is this a registering callee? Known names yes; `registerAPI` on something
 * we cannot name (a parameter holding `wx.modelContext`, a reassigned
 * variable) too; on a named global other than `wx` (another platform's
 * `my.modelContext`) no.
 */
function isRegisterCallee(callee: t.Node, script: ScriptFile): boolean {
  const e = unwrap(callee);
  if (e.type !== 'MemberExpression' && e.type !== 'OptionalMemberExpression') return false;
  if (staticKey(e.property, e.computed) !== 'registerAPI') return false;
  const name = canonicalName(e, script);
  return name === null || name.startsWith('?') || REGISTER_CALLEES.has(name);
}

export function findRegistrations(index: ScriptFile, resolver: Resolver): Registration[] {
  const out: Registration[] = [];
  for (const n of index.scopes.nodes) {
    if (n.type !== 'CallExpression' && n.type !== 'OptionalCallExpression') continue;
    if (!isRegisterCallee(n.callee, index)) continue;
    const [nameArg, fnArg] = n.arguments;
    const name = nameArg ? literalString(nameArg) : null;
    out.push({
      name,
      loc: nodeLoc(index.file, name !== null && nameArg ? nameArg : n),
      handler: fnArg && fnArg.type !== 'SpreadElement' && fnArg.type !== 'ArgumentPlaceholder' ? fnArg : null,
      script: index,
      via: 'registerAPI',
    });
  }
  return out.length ? out : exportRegistrations(index, resolver);
}

/** `module.exports = { a, b }`, `exports.a = …`, `export { a }`, `export function a`, `export const a = …`. */
function exportRegistrations(index: ScriptFile, resolver: Resolver): Registration[] {
  const out: Registration[] = [];
  const add = (name: string, at: t.Node, handler: t.Node | null): void => {
    out.push({ name, loc: nodeLoc(index.file, at), handler, script: index, via: 'export' });
  };
  const whole = moduleExportsAssignment(index);
  if (whole) {
    const v = resolver.value(whole, index);
    if (v?.kind === 'node' && v.node.type === 'ObjectExpression') {
      for (const p of v.node.properties) {
        if (p.type === 'SpreadElement') continue;
        const key = staticKey(p.key, p.computed);
        if (key !== null) add(key, p.key, p.type === 'ObjectMethod' ? p : p.value);
      }
    }
    return out;
  }
  for (const s of index.ast.program.body) {
    if (s.type === 'ExpressionStatement' && s.expression.type === 'AssignmentExpression' && s.expression.left.type === 'MemberExpression') {
      const left = s.expression.left;
      const obj = unwrap(left.object);
      const isExports =
        (obj.type === 'Identifier' && obj.name === 'exports' && !index.scopes.bindingOf(obj)) ||
        (obj.type === 'MemberExpression' && obj.object.type === 'Identifier' && obj.object.name === 'module' && staticKey(obj.property, obj.computed) === 'exports');
      const key = staticKey(left.property, left.computed);
      if (isExports && key !== null) add(key, left.property, s.expression.right);
    }
    if (s.type === 'ExportNamedDeclaration') {
      const d = s.declaration;
      if (d?.type === 'FunctionDeclaration' && d.id) add(d.id.name, d.id, d);
      if (d?.type === 'VariableDeclaration') for (const decl of d.declarations) if (decl.id.type === 'Identifier') add(decl.id.name, decl.id, decl.init ?? null);
      for (const sp of s.specifiers) {
        const name = sp.type === 'ExportSpecifier' ? staticKey(sp.exported, false) : null;
        if (name !== null && sp.type === 'ExportSpecifier' && !s.source) add(name, sp.exported, sp.local);
      }
    }
  }
  return out;
}
