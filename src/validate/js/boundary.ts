import path from 'node:path';
import type * as t from '@babel/types';
import { expandAlias, type PathAlias } from '../../load/path-aliases.js';
import type { Loc } from '../../model/types.js';
import type { SkillPackage } from '../types.js';
import { literalString, requireSpec, unwrap } from './resolve.js';
import { nodeLoc, type ScriptFile } from './scripts.js';

/**
 * Where a module specifier of a skill script leads, measured against the
 * skill subpackage (wechat-ai-mode.md, "Where skills live"; the official
 * V001 takes app.json's subpackage root as the boundary): inside the skill,
 * into the subpackage's shared folders (`skills/_shared/`), into another
 * skill's private folder, or out to the main package.
 */
export type SpecTarget =
  | { kind: 'skill' | 'shared'; rel: string | null }
  | { kind: 'sibling'; skill: SkillPackage }
  | { kind: 'outside'; why: string };

export interface ModuleSpec {
  spec: string;
  loc: Loc;
}

/** `import … from 'x'`, `export … from 'x'`, `import('x')`, `require('x')`, `require.async('x')`, with literal specifiers. */
export function moduleSpecs(script: ScriptFile): ModuleSpec[] {
  const out: ModuleSpec[] = [];
  for (const n of script.scopes.nodes) {
    let src: t.Node | null = null;
    if ((n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && n.source) {
      if (n.type === 'ImportDeclaration' && n.importKind === 'type') continue;
      src = n.source;
    } else if (n.type === 'CallExpression') {
      const callee = unwrap(n.callee);
      if (callee.type === 'Import') src = n.arguments[0] ?? null;
      else if (requireSpec(n, script) !== null) src = n.arguments[0] ?? null;
      else if (
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        callee.object.name === 'require' &&
        !script.scopes.bindingOf(callee.object) &&
        callee.property.type === 'Identifier' &&
        callee.property.name === 'async'
      ) {
        src = n.arguments[0] ?? null;
      }
    }
    const spec = src ? literalString(src) : null;
    if (spec !== null && src) out.push({ spec, loc: nodeLoc(script.file, src) });
  }
  return out;
}

/** A virtual absolute root, deep enough that a few `../` above the validated folder stay measurable. */
const BASE = '/0/1/2/3/4/5/6/7';

const toAbs = (rel: string): string => (rel ? `${BASE}/${rel}` : BASE);
const inside = (abs: string, dir: string): boolean => abs === dir || abs.startsWith(dir + '/');

export interface BoundaryEnv {
  /** The validated root is the mini-program root (so `/x` means the app's `x`). */
  rootIsApp: boolean;
  aliases: readonly PathAlias[];
  /** Every skill of the project (siblings of the one being checked). */
  allSkills: readonly SkillPackage[];
}

/** Classify a specifier; null for bare package names (npm), which are the package's own business. */
export function classifySpec(fromFile: string, spec: string, skill: SkillPackage, env: BoundaryEnv): SpecTarget | null {
  const skillAbs = toAbs(skill.dir);
  const pkgAbs = skill.pkgRoot !== null ? toAbs(skill.pkgRoot) : path.posix.dirname(skillAbs);
  let target: string;
  if (spec.startsWith('@/')) return { kind: 'outside', why: `"${spec}" is a main-package alias` };
  if (spec === '.' || spec === '..' || spec.startsWith('./') || spec.startsWith('../')) {
    target = path.posix.join(path.posix.dirname(toAbs(fromFile)), spec);
  } else if (spec.startsWith('/')) {
    if (!env.rootIsApp) return { kind: 'outside', why: `"${spec}" is resolved from the main package root` };
    target = path.posix.join(BASE, spec);
  } else {
    const expanded = expandAlias(env.aliases, spec)[0];
    if (expanded === undefined) return null;
    target = path.posix.join(BASE, expanded);
  }
  const rel = inside(target, BASE) ? target.slice(BASE.length + 1) : null;
  if (inside(target, skillAbs)) return { kind: 'skill', rel };
  if (!inside(target, pkgAbs)) {
    const shown = pkgAbs === BASE ? '' : pkgAbs.slice(BASE.length + 1);
    return { kind: 'outside', why: `"${spec}" leaves the skill subpackage${shown && inside(pkgAbs, BASE) ? ` ${shown}/` : ''}` };
  }
  for (const other of env.allSkills) {
    if (other.dir !== skill.dir && inside(target, toAbs(other.dir))) return { kind: 'sibling', skill: other };
  }
  return { kind: 'shared', rel };
}
