import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { cmp } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import { normalizeRel } from '../util/paths.js';
import type { Vfs } from '../util/vfs.js';
import { field, readJsonDoc, type JsonDoc } from './json-doc.js';
import { jsonPath } from './json-loc.js';
import type { PathAlias } from './path-aliases.js';
import { normalizeRoute } from './route.js';
import { readUsingComponents, type ComponentDecl } from './unit-json.js';

/**
 * app.json: the routes, subpackages, tabBar and global settings.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html
 */
export const APP_JSON = 'app.json';

export interface RouteDecl {
  route: string;
  subpackage: string | null;
  independent: boolean;
  /** Where app.json declares it. */
  loc: Loc;
}

export interface SubpackageDecl {
  root: string;
  name: string | null;
  independent: boolean;
  pages: string[];
}

export interface AppConfig {
  doc: JsonDoc;
  /** Every valid route once, in app.json order: main pages, then each subpackage's. */
  routes: RouteDecl[];
  subpackages: SubpackageDecl[];
  /** tabBar routes that are declared pages, in tabBar order. */
  tabBar: string[];
  /** `window.navigationBarTitleText`: the default page title. */
  windowTitle: string | null;
  entryPagePath: string | null;
  usingComponents: ComponentDecl[];
  /** Plugin names of the app and its subpackages, sorted. */
  plugins: string[];
  sitemapLocation: string | null;
  useExtendedLib: string[];
  lazyCodeLoading: string | null;
  /** `resolveAlias` (`"~/*": "/*"`), as root-relative aliases. */
  resolveAlias: PathAlias[];
}

/** Both spellings are accepted by WeChat; a project may even use both. */
const SUBPACKAGE_KEYS = ['subpackages', 'subPackages'] as const;

/** Read app.json at the root of `vfs`; null when it does not exist. */
export function readAppConfig(vfs: Vfs, diags: DiagnosticBag): AppConfig | null {
  const doc = readJsonDoc(vfs, APP_JSON, diags, 'APP_JSON_INVALID');
  if (!doc) return null;
  const app = doc.value;
  const routes = new RouteTable(doc, diags);
  const plugins = new Map<string, Loc>();
  const subpackages: SubpackageDecl[] = [];

  const mainPages = field(doc, app, '', 'pages', 'array', diags) ?? [];
  for (let i = 0; i < mainPages.length; i++) {
    const page = field(doc, mainPages, 'pages', i, 'string', diags);
    if (page !== undefined) routes.add(page, page, jsonPath('pages', i), null, false);
  }
  if (doc.valid && routes.all.length === 0) diags.report('APP_NO_PAGES', doc.at('pages'));
  collectPlugins(doc, app, '', plugins, diags);

  for (const key of SUBPACKAGE_KEYS) {
    const packages = field(doc, app, '', key, 'array', diags) ?? [];
    for (let i = 0; i < packages.length; i++) {
      const spPath = jsonPath(key, i);
      const pkg = field(doc, packages, key, i, 'object', diags);
      if (!pkg) continue;
      const root = subpackageRoot(doc, pkg, spPath, diags);
      if (root === null) continue;
      const independent = field(doc, pkg, spPath, 'independent', 'boolean', diags) ?? false;
      const decl: SubpackageDecl = { root, name: field(doc, pkg, spPath, 'name', 'string', diags) ?? null, independent, pages: [] };
      const pagesPath = jsonPath(spPath, 'pages');
      const pkgPages = field(doc, pkg, spPath, 'pages', 'array', diags) ?? [];
      for (let j = 0; j < pkgPages.length; j++) {
        const page = field(doc, pkgPages, pagesPath, j, 'string', diags);
        if (page === undefined) continue;
        const route = routes.add(`${root}/${page}`, page, jsonPath(pagesPath, j), root, independent);
        if (route !== null) decl.pages.push(route);
      }
      subpackages.push(decl);
      collectPlugins(doc, pkg, spPath, plugins, diags);
    }
  }

  for (const [name, loc] of plugins) diags.report('PLUGIN_DEPENDENCY', loc, { name });

  return {
    doc,
    routes: routes.all,
    subpackages,
    tabBar: tabBarRoutes(doc, routes, diags),
    windowTitle: windowTitle(doc, diags),
    entryPagePath: entryPagePath(doc, routes, diags),
    usingComponents: readUsingComponents(doc, app, '', diags),
    plugins: [...plugins.keys()].sort(cmp),
    sitemapLocation: rootPath(doc, 'sitemapLocation', diags),
    useExtendedLib: Object.keys(field(doc, app, '', 'useExtendedLib', 'object', diags) ?? {}).sort(cmp),
    lazyCodeLoading: field(doc, app, '', 'lazyCodeLoading', 'string', diags) ?? null,
    resolveAlias: resolveAlias(doc, diags),
  };
}

/** Collects routes in order, reporting escapes, invalid and duplicate ones; each route is kept once. */
class RouteTable {
  readonly all: RouteDecl[] = [];
  private readonly byRoute = new Map<string, RouteDecl>();

  constructor(
    private readonly doc: JsonDoc,
    private readonly diags: DiagnosticBag,
  ) {}

  /** `raw` is the path to normalise, `written` the string as it stands in app.json (for messages). */
  add(raw: string, written: string, path: string, subpackage: string | null, independent: boolean): string | null {
    const loc = this.doc.at(path);
    const r = normalizeRoute(raw);
    if ('problem' in r) {
      // A route outside the root cannot be named root-relatively: report it and drop it.
      if (r.problem === 'escapes') this.diags.report('PATH_ESCAPES_ROOT', loc, { path: written });
      else this.diags.report('ROUTE_INVALID', loc, { route: written });
      return null;
    }
    const first = this.byRoute.get(r.route);
    if (first) {
      this.diags.report('ROUTE_DUPLICATE', loc, { route: r.route }, [first.loc]);
      return null;
    }
    const decl: RouteDecl = { route: r.route, subpackage, independent, loc };
    this.byRoute.set(r.route, decl);
    this.all.push(decl);
    return r.route;
  }

  has(route: string): boolean {
    return this.byRoute.has(route);
  }
}

function subpackageRoot(doc: JsonDoc, pkg: Record<string, unknown>, spPath: string, diags: DiagnosticBag): string | null {
  const raw = field(doc, pkg, spPath, 'root', 'string', diags);
  const at = doc.at(jsonPath(spPath, 'root'));
  if (raw === undefined) {
    if (!Object.hasOwn(pkg, 'root')) diags.report('JSON_FIELD_TYPE', at, { field: jsonPath(spPath, 'root'), expected: 'a string' });
    return null;
  }
  const root = normalizeRel(raw);
  if (root === null) diags.report('PATH_ESCAPES_ROOT', at, { path: raw });
  else if (root === '') diags.report('ROUTE_INVALID', at, { route: raw });
  return root || null;
}

function collectPlugins(doc: JsonDoc, obj: Record<string, unknown>, path: string, into: Map<string, Loc>, diags: DiagnosticBag): void {
  const plugins = field(doc, obj, path, 'plugins', 'object', diags);
  for (const name of Object.keys(plugins ?? {})) {
    if (!into.has(name)) into.set(name, doc.at(jsonPath(jsonPath(path, 'plugins'), name)));
  }
}

function tabBarRoutes(doc: JsonDoc, routes: RouteTable, diags: DiagnosticBag): string[] {
  const tabBar = field(doc, doc.value, '', 'tabBar', 'object', diags);
  const list = tabBar ? field(doc, tabBar, 'tabBar', 'list', 'array', diags) : undefined;
  const out: string[] = [];
  for (let i = 0; i < (list?.length ?? 0); i++) {
    const itemPath = jsonPath('tabBar.list', i);
    const entry = field(doc, list!, 'tabBar.list', i, 'object', diags);
    const raw = entry && field(doc, entry, itemPath, 'pagePath', 'string', diags);
    if (raw === undefined) continue;
    const loc = doc.at(jsonPath(itemPath, 'pagePath'));
    const r = normalizeRoute(raw);
    if ('route' in r && routes.has(r.route)) {
      if (!out.includes(r.route)) out.push(r.route);
    } else if ('problem' in r && r.problem === 'escapes') diags.report('PATH_ESCAPES_ROOT', loc, { path: raw });
    else diags.report('TABBAR_PAGE_UNKNOWN', loc, { route: 'route' in r ? r.route : raw });
  }
  return out;
}

function windowTitle(doc: JsonDoc, diags: DiagnosticBag): string | null {
  const win = field(doc, doc.value, '', 'window', 'object', diags);
  return (win && field(doc, win, 'window', 'navigationBarTitleText', 'string', diags)) ?? null;
}

function entryPagePath(doc: JsonDoc, routes: RouteTable, diags: DiagnosticBag): string | null {
  const raw = field(doc, doc.value, '', 'entryPagePath', 'string', diags);
  if (raw === undefined) return null;
  const r = normalizeRoute(raw);
  if ('route' in r && routes.has(r.route)) return r.route;
  diags.report('ENTRY_PAGE_UNKNOWN', doc.at('entryPagePath'), { route: 'route' in r ? r.route : raw });
  return null;
}

/** A root-relative file path field (`sitemapLocation`), normalised; null when absent or escaping. */
function rootPath(doc: JsonDoc, key: string, diags: DiagnosticBag): string | null {
  const raw = field(doc, doc.value, '', key, 'string', diags);
  if (raw === undefined) return null;
  const n = normalizeRel(raw);
  if (n === null) diags.report('PATH_ESCAPES_ROOT', doc.at(key), { path: raw });
  return n;
}

/** `resolveAlias: { "~/*": "/*" }` — targets are root-absolute. */
function resolveAlias(doc: JsonDoc, diags: DiagnosticBag): PathAlias[] {
  const obj = field(doc, doc.value, '', 'resolveAlias', 'object', diags);
  const out: PathAlias[] = [];
  for (const pattern of Object.keys(obj ?? {})) {
    const raw = field(doc, obj!, 'resolveAlias', pattern, 'string', diags);
    if (raw === undefined) continue;
    const target = normalizeRel(raw);
    if (target === null) diags.report('PATH_ESCAPES_ROOT', doc.at(jsonPath('resolveAlias', pattern)), { path: raw });
    else out.push({ pattern, targets: [target] });
  }
  return out;
}
