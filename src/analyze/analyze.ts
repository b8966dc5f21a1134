import { TOOL_VERSION } from '../version.js';
import { DiagnosticBag, cmp, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { Interpreter } from '../flow/interpreter.js';
import { isolated } from '../flow/isolation.js';
import { loadProject, openProject } from '../load/load-project.js';
import type { LoadedProject, LoadedUnit } from '../load/types.js';
import type { AnalysisModel, AppModel, ComponentModel, Diagnostic, Effect, PageModel } from '../model/types.js';
import { unknown, widenPlaceholders } from '../flow/values.js';
import { mergeEffects } from './effects.js';
import type { Vfs } from '../util/vfs.js';
import { collectWxml } from '../wxml/collect.js';
import type { WxmlFacts } from '../wxml/types.js';
import { analyzeUnit } from './analyze-unit.js';
import { probesToList, readCache, reusableUnits, writeCache, type CacheData, type CachedUnit } from './cache.js';
import { ProbeReplayer, TrackingVfs, type ProbeSet } from '../util/tracking-vfs.js';

export interface AnalyzeOptions {
  /** The directory the user named (holding project.config.json or app.json). */
  dir?: string;
  /** Or a ready VFS over that directory (tests use in-memory trees). */
  vfs?: Vfs;
  /** Work limit per entry function (AST nodes evaluated). */
  stepBudget?: number;
  /** Called after each page and component, for a progress indicator. */
  onProgress?: (done: number, total: number, what: string) => void;
  /**
   * Incremental runs: a cache file (absolute path). Units whose inputs are
   * unchanged since the run that wrote it are reused; the file is rewritten.
   */
  cacheFile?: string;
}

export interface AnalyzeResult {
  /** Null when the project could not be analysed at all (no app.json…). */
  model: AnalysisModel | null;
  diagnostics: Diagnostic[];
}

export { TOOL_VERSION };

/**
 * The pipeline: load → parse → follow → model. A library call: it never
 * prints and never exits; problems in the app are diagnostics in the result.
 */
export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const diags = new DiagnosticBag();
  let projectVfs = options.vfs ?? null;
  if (!projectVfs) {
    const opened = openProject(options.dir ?? '.', diags);
    projectVfs = opened?.projectVfs ?? null;
  }
  if (!projectVfs) return { model: null, diagnostics: sortDiagnostics(diags.items) };

  // Incremental: what the previous run read still reads the same → reuse its results.
  const cacheKey = `${TOOL_VERSION}|${options.stepBudget ?? ''}`;
  const cache = options.cacheFile ? readCache(options.cacheFile, cacheKey) : null;
  const reuse = cache ? reusableUnits(cache, new ProbeReplayer(projectVfs, cache.stamps ?? {})) : null;
  if (cache && reuse && reuse.size === Object.keys(cache.units).length) {
    const model = modelFromCache(cache);
    return { model, diagnostics: model.diagnostics };
  }

  const tracker = options.cacheFile ? new TrackingVfs(projectVfs) : null;
  const global: ProbeSet = new Map();
  const load = () => loadProject(tracker ?? projectVfs!, diags);
  const project = tracker ? await tracker.recording(global, load) : await load();
  if (!project) return { model: null, diagnostics: sortDiagnostics(diags.items) };
  const units: Record<string, CachedUnit> = {};
  const model = analyzeProject(project, diags, options, { tracker, global, reuse: reuse ?? new Map(), units });
  if (options.cacheFile && tracker) {
    const globalDiagnostics = diags.items.filter((d) => !unitDiagnostics(units).has(d));
    writeCache(options.cacheFile, { key: cacheKey, global: probesToList(global), stamps: Object.fromEntries([...tracker.stamps].sort()), globalDiagnostics, project: model.project, app: model.app ?? null, units });
  }
  model.diagnostics = sortDiagnostics(diags.items);
  return { model, diagnostics: model.diagnostics };
}

function unitDiagnostics(units: Record<string, CachedUnit>): Set<Diagnostic> {
  return new Set(Object.values(units).flatMap((u) => u.diagnostics));
}

function modelFromCache(cache: CacheData): AnalysisModel {
  const pages: PageModel[] = [];
  const components: ComponentModel[] = [];
  const diags = new DiagnosticBag();
  cache.globalDiagnostics.forEach((d) => diags.push(d));
  for (const [k, u] of Object.entries(cache.units)) {
    if (k.startsWith('page:')) pages.push(u.model as PageModel);
    else components.push(u.model as ComponentModel);
    u.diagnostics.forEach((d) => diags.push(d));
  }
  pages.sort((a, b) => cmp(a.route, b.route));
  components.sort((a, b) => cmp(a.path, b.path));
  const model: AnalysisModel = { schemaVersion: 1, tool: { name: 'autoskill', version: TOOL_VERSION }, project: cache.project, pages, components, diagnostics: sortDiagnostics(diags.items) };
  if (cache.app) model.app = cache.app;
  return model;
}

/** Bookkeeping for incremental runs (all absent for a plain run). */
interface IncrementalContext {
  tracker: TrackingVfs | null;
  /** Probes of the project as a whole (loader, App launch). */
  global: ProbeSet;
  /** Units that may be reused as cached. */
  reuse: Map<string, CachedUnit>;
  /** Filled with every unit's probes, model and diagnostics. */
  units: Record<string, CachedUnit>;
}

export function analyzeProject(
  project: LoadedProject,
  diags: DiagnosticBag,
  options: Pick<AnalyzeOptions, 'stepBudget' | 'onProgress'> = {},
  inc: IncrementalContext = { tracker: null, global: new Map(), reuse: new Map(), units: {} },
): AnalysisModel {
  const tracker = inc.tracker;
  const ip = new Interpreter({
    vfs: project.vfs,
    diags,
    routes: project.routes,
    appScript: project.appScript,
    pathAliases: project.pathAliases,
    stepBudget: options.stepBudget,
    ...(tracker ? { tracker } : {}),
  });
  const app = tracker ? tracker.recording(inc.global, () => runAppLaunch(ip, project)) : runAppLaunch(ip, project);
  const wxmlCache = new Map();
  const wxmlOf = (unit: LoadedUnit): WxmlFacts | null => {
    if (!unit.files.wxml) return null;
    const facts = collectWxml(project.vfs, unit.files.wxml, diags, wxmlCache);
    for (const f of facts.files) if (project.vfs.wasLossy?.(f)) diags.report('FILE_ENCODING', { file: f, line: 1, column: 1 }, { file: f });
    // Files served from the WXML cache were read for this unit too.
    if (tracker) {
      const root = project.info.miniprogramRoot === '.' ? '' : project.info.miniprogramRoot.replace(/\/?$/, '/');
      for (const f of facts.files) tracker.touchRead(root + f);
    }
    return facts;
  };
  /** Analyse one unit, or reuse it from the cache; record what it read and reported. */
  const unit = <M extends PageModel | ComponentModel>(key: string, analyse: () => M): M => {
    // Every unit starts from the state launch left, whatever units ran before it (isolation.ts).
    const build = () => isolated(analyse);
    const cached = inc.reuse.get(key);
    if (cached) {
      cached.diagnostics.forEach((d) => diags.push(d));
      inc.units[key] = cached;
      return cached.model as M;
    }
    if (!tracker) return build();
    const probes: ProbeSet = new Map();
    const before = diags.items.length;
    const model = tracker.recording(probes, build);
    inc.units[key] = { probes: probesToList(probes), model, diagnostics: diags.items.slice(before) };
    return model;
  };

  const total = project.pages.length + project.components.length;
  let done = 0;
  const pages: PageModel[] = [];
  for (const p of project.pages) {
    const page = unit(`page:${p.path}`, () => buildPage(p));
    pages.push(page);
    options.onProgress?.(++done, total, p.path);
  }
  function buildPage(p: LoadedProject['pages'][number]): PageModel {
    const facts = guarded(diags, p.files.script ?? p.path, () => analyzeUnit(ip, diags, p, p.path, wxmlOf(p)));
    const page: PageModel = {
      route: p.path,
      subpackage: p.subpackage,
      tab: p.tab,
      title: p.title,
      files: p.files,
      query: facts?.query ?? [],
      forms: facts?.forms ?? [],
      handlers: facts?.handlers ?? [],
      effects: facts?.effects ?? [],
      components: componentPaths(p),
    };
    if (facts?.dataKeys.length) page.dataKeys = facts.dataKeys;
    if (p.independent) page.independent = true;
    if (p.files.script) ip.release(p.files.script);
    return page;
  }
  const components: ComponentModel[] = [];
  for (const c of project.components) {
    components.push(unit(`component:${c.path}`, () => buildComponent(c)));
    options.onProgress?.(++done, total, c.path);
  }
  function buildComponent(c: LoadedUnit): ComponentModel {
    const facts = guarded(diags, c.files.script ?? c.path, () => analyzeUnit(ip, diags, c, null, wxmlOf(c)));
    const comp: ComponentModel = {
      path: c.path,
      title: c.title,
      files: c.files,
      query: [],
      forms: facts?.forms ?? [],
      handlers: facts?.handlers ?? [],
      effects: facts?.effects ?? [],
      components: componentPaths(c),
      origin: c.path.includes('miniprogram_npm/') ? 'npm' : 'local',
    };
    if (facts?.properties.length) comp.properties = facts.properties;
    if (facts?.events.length) comp.events = facts.events;
    if (facts?.dataKeys.length) comp.dataKeys = facts.dataKeys;
    if (c.files.script) ip.release(c.files.script);
    return comp;
  }
  pages.sort((a, b) => cmp(a.route, b.route));
  components.sort((a, b) => cmp(a.path, b.path));
  return {
    schemaVersion: 1,
    tool: { name: 'autoskill', version: TOOL_VERSION },
    project: project.info,
    app,
    pages,
    components,
    diagnostics: [],
  };
}

/**
 * `App({ onLaunch })` runs before any page: it logs in, initialises cloud
 * and configures SDKs (`WXAPI.init(subDomain)`), state later calls depend on.
 * Run its launch hooks first, and keep what they do as the app's effects.
 */
function runAppLaunch(ip: Interpreter, project: LoadedProject): AppModel {
  const model: AppModel = { script: project.appScript, effects: [] };
  if (!project.appScript) return model;
  const app = ip.getApp();
  if (app.t !== 'obj') return model;
  const effects: Effect[] = [];
  for (const hook of ['onLaunch', 'onShow']) {
    const fn = app.props.get(hook);
    if (!fn || fn.t !== 'fn') continue;
    const run = ip.newRun(null, hook);
    ip.runEntry(run, () => ip.callFunction({ ...fn, name: hook, method: true }, [unknown('launchOptions')], app), ip.loc(fn.node, fn.file));
    effects.push(...run.trace.effects);
  }
  model.effects = mergeEffects(effects);
  // What pages later read from the app is what launch left there, or whatever a page stored since.
  widenPlaceholders(app);
  return model;
}

function componentPaths(u: LoadedUnit): string[] {
  return [...new Set(u.components.map((c) => c.path).filter((p): p is string => p !== null))].sort(cmp);
}

/** Our own bugs must not take the whole run down: report them against the file and go on. */
function guarded<T>(diags: DiagnosticBag, file: string, fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    const err = e as Error;
    const reason = err instanceof RangeError ? 'nesting too deep' : `${err.message ?? String(err)}`;
    diags.report('INTERNAL_ERROR', { file, line: 1, column: 1 }, { file, reason });
    if (process.env.AUTOSKILL_DEBUG) throw e;
    return null;
  }
}
