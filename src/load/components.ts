import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { cmp } from '../diagnostics/diagnostic.js';
import { dirnameRel } from '../util/paths.js';
import type { Vfs } from '../util/vfs.js';
import { resolveComponentSpec } from './component-resolve.js';
import type { PathAlias } from './path-aliases.js';
import type { ComponentRef, LoadedUnit, UnitFiles } from './types.js';
import { findUnitFiles } from './unit-files.js';
import { readUnitJson, type ComponentDecl } from './unit-json.js';

/** What loading a page or component needs besides its path. */
export interface UnitContext {
  vfs: Vfs;
  diags: DiagnosticBag;
  aliases: readonly PathAlias[];
  /** app.json's global usingComponents, resolved once; every page and component can use them. */
  globalRefs: readonly ComponentRef[];
}

/** Resolve usingComponents declared in a file of folder `fromDir`, reporting what cannot be resolved. */
export function resolveComponentRefs(ctx: Omit<UnitContext, 'globalRefs'>, fromDir: string, decls: readonly ComponentDecl[]): ComponentRef[] {
  return decls.map(({ tag, spec, loc }) => {
    const r = resolveComponentSpec(ctx.vfs, fromDir, spec, ctx.aliases);
    switch (r.kind) {
      case 'found':
        return { tag, spec, path: r.path, origin: r.origin, loc };
      case 'plugin':
        ctx.diags.report('COMPONENT_PLUGIN', loc, { tag, path: spec });
        return { tag, spec, path: null, origin: 'plugin', loc };
      case 'escapes':
        ctx.diags.report('PATH_ESCAPES_ROOT', loc, { path: spec });
        return { tag, spec, path: null, origin: 'local', loc };
      case 'unresolved': {
        // A bare package spec whose package is not in any miniprogram_npm: npm was not built
        // (DevTools' "构建 npm"), or it is WeChat's extended library (useExtendedLib: weui).
        const bare = !/^[./]/.test(spec.trim());
        const pkg = bare ? packageName(spec.trim()) : '';
        if (bare && (pkg === 'weui-miniprogram' || declaredDependency(ctx.vfs, pkg))) {
          ctx.diags.report(pkg === 'weui-miniprogram' ? 'COMPONENT_EXTENDED_LIB' : 'NPM_NOT_BUILT', loc, { tag, path: spec, pkg });
          return { tag, spec, path: null, origin: 'npm', loc };
        }
        ctx.diags.report('COMPONENT_UNRESOLVED', loc, { tag, path: spec });
        return { tag, spec, path: null, origin: 'local', loc };
      }
    }
  });
}

/** The mini-program's package.json declares `pkg` as a dependency. */
function declaredDependency(vfs: Vfs, pkg: string): boolean {
  const text = vfs.readText('package.json');
  if (!text) return false;
  try {
    const j = JSON.parse(text) as { dependencies?: Record<string, unknown> };
    return !!j.dependencies && Object.prototype.hasOwnProperty.call(j.dependencies, pkg);
  } catch {
    return false;
  }
}

/** `@scope/name/x` → `@scope/name`; `name/x` → `name`. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Load one page or component at `path` (no extension): its files, JSON and
 * resolved components (its own, then the global ones it does not shadow).
 */
export function loadUnit(ctx: UnitContext, path: string, files: UnitFiles = findUnitFiles(ctx.vfs, path)): LoadedUnit {
  const j = readUnitJson(ctx.vfs, files.json, ctx.diags);
  const own = resolveComponentRefs(ctx, dirnameRel(path), j.usingComponents);
  const ownTags = new Set(own.map((r) => r.tag));
  const components = [...own, ...ctx.globalRefs.filter((g) => !ownTags.has(g.tag))];
  return { path, files, json: j.json, title: j.title, isComponent: j.isComponent, components };
}

/**
 * Every component reachable from `roots` (the pages' and the global refs),
 * following components that use components; each is loaded once, so cycles
 * end. Sorted by path.
 */
export function discoverComponents(ctx: UnitContext, roots: readonly ComponentRef[]): LoadedUnit[] {
  const loaded = new Map<string, LoadedUnit>();
  const queue = roots.map((r) => r.path);
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i];
    if (path === null || path === undefined || loaded.has(path)) continue;
    const unit = loadUnit(ctx, path);
    loaded.set(path, unit);
    for (const r of unit.components) queue.push(r.path);
  }
  return [...loaded.values()].sort((a, b) => cmp(a.path, b.path));
}
