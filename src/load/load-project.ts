import path from 'node:path';
import { statKind } from '../util/stat-kind.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { ProjectInfo } from '../model/types.js';
import { subVfs } from '../util/sub-vfs.js';
import { NodeVfs, type Vfs } from '../util/vfs.js';
import { APP_JSON, readAppConfig, type AppConfig, type RouteDecl } from './app-json.js';
import { discoverComponents, loadUnit, resolveComponentRefs, type UnitContext } from './components.js';
import { readProjectConfig } from './project-config.js';
import { readTsPathAliases } from './tsconfig.js';
import type { LoadedPage, LoadedProject, UnitFiles } from './types.js';
import { findUnitFiles } from './unit-files.js';

/** Where a repository keeps its mini-program when the folder named has neither config nor app.json. */
const CONVENTIONAL_ROOTS = ['miniprogram', 'src', 'client', 'weapp'];

/** The app's own script; TypeScript first, like page scripts. */
const APP_SCRIPTS = ['app.ts', 'app.js'];
/** `setting.useCompilerPlugins` entry that makes a TypeScript project. */
const TS_PLUGIN = 'typescript';

/**
 * Open the directory the user named: a VFS over it, or null (with
 * PROJECT_NOT_FOUND) when it is not a directory. Naming the project's
 * app.json or project.config.json itself opens its folder.
 */
export function openProject(dir: string, diags: DiagnosticBag): { projectVfs: Vfs } | null {
  const kind = statKind(dir);
  const folder = kind === 'file' && ['app.json', 'project.config.json'].includes(path.basename(dir)) ? path.dirname(dir) : dir;
  if (statKind(folder) !== 'dir') {
    diags.report('PROJECT_NOT_FOUND', null, { dir });
    return null;
  }
  return { projectVfs: new NodeVfs(folder) };
}


/**
 * Load a project from a VFS rooted at the directory the user passed: either a
 * DevTools project (project.config.json, app.json under its
 * `miniprogramRoot`) or a bare mini-program folder holding app.json. Null,
 * with PROJECT_NOT_FOUND, when there is neither.
 *
 * Async only because TypeScript projects import ts-morph (lazily) to read
 * tsconfig.json.
 */
export async function loadProject(projectVfs: Vfs, diags: DiagnosticBag): Promise<LoadedProject | null> {
  const config = readProjectConfig(projectVfs, diags);
  let mpRoot = config?.miniprogramRoot ?? '';
  // No project.config.json and no app.json here: the conventional sub-folders of a repository
  // (`miniprogram/`, `src/`) are tried, so `autoskill analyze .` works from a repo's root too.
  if (!config && !projectVfs.isFile(APP_JSON)) {
    const found = CONVENTIONAL_ROOTS.find((d) => projectVfs.isFile(`${d}/${APP_JSON}`));
    if (found) {
      mpRoot = found;
      diags.report('MINIPROGRAM_ROOT_GUESSED', null, { root: found });
    }
  }
  const vfs = subVfs(projectVfs, mpRoot);
  const app = vfs && readAppConfig(vfs, diags);
  if (!vfs || !app) {
    diags.report('PROJECT_NOT_FOUND', null, { dir: mpRoot || '.' });
    return null;
  }

  const appScript = APP_SCRIPTS.find((f) => vfs.isFile(f)) ?? null;
  const pageFiles = app.routes.map((r) => findUnitFiles(vfs, r.route));
  // Decided before components are resolved, since tsconfig aliases may be needed to resolve them.
  const tsBeforeComponents =
    !!config?.compilerPlugins.includes(TS_PLUGIN) || !!appScript?.endsWith('.ts') || pageFiles.some(isTsUnit);
  // app.json resolveAlias is WeChat's own mechanism; tsconfig paths come after it.
  const aliases = [...app.resolveAlias, ...(tsBeforeComponents ? await readTsPathAliases(projectVfs, mpRoot, diags) : [])];

  const base = { vfs, diags, aliases };
  const globalRefs = resolveComponentRefs(base, '', app.usingComponents).map((r) => ({ ...r, global: true }));
  const ctx: UnitContext = { ...base, globalRefs };
  const pages = app.routes.map((decl, i) => loadPage(ctx, app, decl, pageFiles[i]!));
  const components = discoverComponents(ctx, [...pages.flatMap((p) => p.components), ...globalRefs]);
  const typescript = tsBeforeComponents || components.some((c) => isTsUnit(c.files));

  const info: ProjectInfo = {
    root: '.',
    appid: config?.appid ?? null,
    miniprogramRoot: mpRoot ? `${mpRoot}/` : '.',
    plugins: app.plugins,
    entryPagePath: app.entryPagePath,
    typescript,
    lazyCodeLoading: app.lazyCodeLoading,
    sitemapLocation: app.sitemapLocation,
    useExtendedLib: app.useExtendedLib,
    name: config?.name ?? null,
  };
  return {
    vfs,
    info,
    appJson: app.doc.value,
    appScript,
    pages,
    components,
    routes: new Set(app.routes.map((r) => r.route)),
    subpackages: app.subpackages,
    tabBar: app.tabBar,
    typescript,
    pathAliases: aliases,
    compileType: config?.compileType ?? null,
  };
}

function isTsUnit(files: UnitFiles): boolean {
  return !!files.script?.endsWith('.ts');
}

/** A page needs a script and a template; each missing one is reported at the route's declaration. */
const REQUIRED_PAGE_FILES = [
  { role: 'script', what: 'script (.js or .ts)' },
  { role: 'wxml', what: 'template (.wxml)' },
] as const;

function loadPage(ctx: UnitContext, app: AppConfig, decl: RouteDecl, files: UnitFiles): LoadedPage {
  for (const { role, what } of REQUIRED_PAGE_FILES) {
    if (files[role] === null) ctx.diags.report('PAGE_FILES_MISSING', decl.loc, { route: decl.route, what });
  }
  const unit = loadUnit(ctx, decl.route, files);
  return {
    ...unit,
    // The page's own title, else the app window's default.
    title: unit.title ?? app.windowTitle,
    subpackage: decl.subpackage,
    independent: decl.independent,
    tab: app.tabBar.includes(decl.route),
    declaredAt: decl.loc,
  };
}
