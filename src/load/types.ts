import type { Loc, ProjectInfo } from '../model/types.js';
import type { Vfs } from '../util/vfs.js';
import type { PathAlias } from './path-aliases.js';

export type { PathAlias };

/** A `usingComponents` entry after resolution. */
export interface ComponentRef {
  /** Tag name as declared in usingComponents. */
  tag: string;
  /** The value as written. */
  spec: string;
  /** Root-relative path without extension (`components/card/index`), or null (plugin / unresolved). */
  path: string | null;
  origin: 'local' | 'npm' | 'plugin';
  loc: Loc | null;
  /** Declared in app.json's global usingComponents rather than the unit's own JSON. */
  global?: boolean;
}

/** The files of one page or component, root-relative, null when absent. */
export interface UnitFiles {
  wxml: string | null;
  script: string | null;
  json: string | null;
  wxss: string | null;
}

/** A page or component as the loader found it: paths and JSON facts, nothing parsed yet. */
export interface LoadedUnit {
  /** Route for pages (`pages/a/a`), path without extension for components. */
  path: string;
  files: UnitFiles;
  /** Parsed page/component JSON ({} when absent or invalid). */
  json: Record<string, unknown>;
  title: string | null;
  /** `component: true` in its JSON. */
  isComponent: boolean;
  components: ComponentRef[];
}

export interface LoadedPage extends LoadedUnit {
  subpackage: string | null;
  independent: boolean;
  tab: boolean;
  /** Where the route is declared in app.json. */
  declaredAt: Loc;
}

export interface LoadedProject {
  /** VFS rooted at the mini-program root (the folder holding app.json). */
  vfs: Vfs;
  info: ProjectInfo;
  /** Parsed app.json. */
  appJson: Record<string, unknown>;
  /** app.js / app.ts, root-relative, or null. */
  appScript: string | null;
  /** Pages in app.json order (main pages, then each subpackage's). */
  pages: LoadedPage[];
  /** Every custom component reachable from pages (transitively), keyed by path, sorted by path. */
  components: LoadedUnit[];
  /** Set of all routes (main + subpackages). */
  routes: Set<string>;
  /** Subpackage roots (normalised, no trailing slash). */
  subpackages: { root: string; name: string | null; independent: boolean; pages: string[] }[];
  tabBar: string[];
  /**
   * TypeScript project: useCompilerPlugins has "typescript" or .ts scripts were found
   * (tsconfig aliases are read only when app.ts or a page script shows it before
   * components are resolved).
   */
  typescript: boolean;
  /**
   * app.json `resolveAlias` entries, then (TypeScript projects only) tsconfig
   * `paths` aliases, rewritten relative to the mini-program root:
   * `{ pattern: '@/*', targets: ['*'] }`, `{ pattern: '@utils/*', targets: ['utils/*'] }`.
   * A target outside the mini-program root is dropped (with a diagnostic).
   */
  pathAliases: PathAlias[];
  /** project.config.json `compileType` (`miniprogram`, `plugin`…), null without a project config. */
  compileType: string | null;
}
