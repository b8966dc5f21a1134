import { TOOL_VERSION } from '../version.js';
import { DiagnosticBag, cmp, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { Interpreter } from '../flow/interpreter.js';
import { isolated } from '../flow/isolation.js';
import { loadProject, openProject } from '../load/load-project.js';
import type { LoadedProject, LoadedUnit } from '../load/types.js';
import type { AnalysisModel, AppModel, ComponentModel, Diagnostic, Effect, PageModel, ProjectInfo } from '../model/types.js';
import { unknown, widenPlaceholders } from '../flow/values.js';
import { mergeEffects } from './effects.js';
import type { Vfs } from '../util/vfs.js';
import { collectWxml } from '../wxml/collect.js';
import type { WxmlFacts } from '../wxml/types.js';
import { analyzeUnit } from './analyze-unit.js';
import type { ComponentLookup } from './component-events.js';
import { probesToList, readCache, reusableUnits, writeCache, type CacheData, type CachedUnit } from './cache.js';
import { ProbeReplayer, TrackingVfs, type ProbeSet } from '../util/tracking-vfs.js';
import { restoreProject, storeProject } from './stored-project.js';
import { takeNext, threadCount, threadsWanted, WorkerPool, workerScript, type WorkersResult } from './parallel.js';

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
  /**
   * Threads to analyse with (1: this one only). Default: one per two cores,
   * up to 4, for apps big enough to pay a worker's start-up (parallel.ts).
   * Only with `dir`: a worker opens the project itself.
   */
  jobs?: number;
}

export interface AnalyzeResult {
  /** Null when the project could not be analysed at all (no app.json…). */
  model: AnalysisModel | null;
  diagnostics: Diagnostic[];
  /** Threads the units were shared out between (1: this one only; absent when nothing was analysed). */
  threads?: number;
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
  const units: Record<string, CachedUnit> = {};
  let done = 0;
  let total = 0;
  const progress = (key: string) => options.onProgress?.(++done, total, unitPath(key));
  // Workers start now and load the project alongside this thread; they get their units once it is loaded (parallel.ts).
  const wanted = options.dir !== undefined && !options.vfs ? threadsWanted(options.jobs) : 1;
  const script = wanted > 1 ? workerScript() : null;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const request = { dir: options.dir!, ...(options.stepBudget !== undefined ? { stepBudget: options.stepBudget } : {}), track: !!tracker, next: next.buffer as SharedArrayBuffer };
  let pool: WorkerPool | null = script
    ? new WorkerPool(script, wanted - 1, request, (key, unit) => {
        unit.diagnostics.forEach((d) => diags.push(d));
        units[key] = unit;
        progress(key);
      })
    : null;
  let shared: Promise<WorkersResult> | null = null;
  try {
    // The project's probes replayed unchanged: the loader would give the cached project again.
    const restored = reuse && cache?.loaded ? restoreProject(cache.loaded, tracker ?? projectVfs) : null;
    const global: ProbeSet = restored ? new Map(cache!.global) : new Map();
    let project: LoadedProject | null;
    let loaded: string | null = cache?.loaded ?? null;
    if (restored) {
      restored.diagnostics.forEach((d) => diags.push(d));
      project = restored.project;
    } else {
      const load = () => loadProject(tracker ?? projectVfs!, diags);
      project = tracker ? await tracker.recording(global, load) : await load();
      if (project && tracker) loaded = storeProject(project, [...diags.items]);
    }
    if (!project) return { model: null, diagnostics: sortDiagnostics(diags.items) };

    // Units from the cache, then the rest shared out between this thread and the workers.
    const keys = unitKeys(project);
    total = keys.length;
    for (const k of keys) {
      const cached = reuse?.get(k);
      if (cached) {
        cached.diagnostics.forEach((d) => diags.push(d));
        units[k] = cached;
        done++;
      }
    }
    const pending = keys.filter((k) => !units[k]);
    const threads = pool ? threadCount(pending.length, options.jobs) : 1;
    if (pool && threads > 1) shared = pool.share(pending, threads - 1);
    else pool?.stop();
    pool = null;
    const runner = new UnitRunner(project, diags, options.stepBudget, tracker, global);
    for (let i = takeNext(next); i < pending.length; i = takeNext(next)) {
      units[pending[i]!] = runner.run(pending[i]!);
      progress(pending[i]!);
      // Let the workers' results in as they come (progress, and less to take in at the end).
      if (shared && i % 16 === 15) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (shared) {
      const w = await shared;
      w.stamps.forEach(([k, v]) => tracker?.stamps.set(k, v));
      // What a failed worker had taken is analysed here; the failure itself is ours to report.
      for (const reason of w.failures) diags.report('INTERNAL_ERROR', null, { file: 'an analysis worker', reason: reason.split('\n')[0]! });
      for (const k of pending) if (!units[k]) units[k] = runner.run(k);
    }
    const model = assembleModel(project.info, runner.app, units);
    if (options.cacheFile && tracker) {
      const ofUnits = unitDiagnostics(units);
      const globalDiagnostics = diags.items.filter((d) => !ofUnits.has(d));
      writeCache(options.cacheFile, { key: cacheKey, global: probesToList(global), stamps: Object.fromEntries([...tracker.stamps].sort()), globalDiagnostics, project: model.project, app: model.app ?? null, loaded, units });
    }
    model.diagnostics = sortDiagnostics(diags.items);
    return { model, diagnostics: model.diagnostics, threads: shared ? threads : 1 };
  } finally {
    // Never leave a worker waiting (it would keep the process alive).
    pool?.stop();
  }
}

function unitDiagnostics(units: Record<string, CachedUnit>): Set<Diagnostic> {
  return new Set(Object.values(units).flatMap((u) => u.diagnostics));
}

function modelFromCache(cache: CacheData): AnalysisModel {
  const diags = new DiagnosticBag();
  cache.globalDiagnostics.forEach((d) => diags.push(d));
  for (const u of Object.values(cache.units)) u.diagnostics.forEach((d) => diags.push(d));
  const model = assembleModel(cache.project, cache.app, cache.units);
  model.diagnostics = sortDiagnostics(diags.items);
  return model;
}

/** Analyse a loaded project on this thread (validate and tests; `analyze()` adds the cache and workers). */
export function analyzeProject(project: LoadedProject, diags: DiagnosticBag, options: Pick<AnalyzeOptions, 'stepBudget' | 'onProgress'> = {}): AnalysisModel {
  const runner = new UnitRunner(project, diags, options.stepBudget, null, new Map());
  const keys = unitKeys(project);
  const units: Record<string, CachedUnit> = {};
  keys.forEach((key, i) => {
    units[key] = runner.run(key);
    options.onProgress?.(i + 1, keys.length, unitPath(key));
  });
  return assembleModel(project.info, runner.app, units);
}

/**
 * Analyses the pages and components of one loaded project, one at a time,
 * each isolated from the others (flow/isolation.ts): a unit's result depends
 * on the project and its own code only, never on which units this runner
 * analysed before — which is what lets a cache reuse units and workers share
 * them out.
 */
export class UnitRunner {
  readonly ip: Interpreter;
  /** The App's launch hooks, run once before any unit. */
  readonly app: AppModel;
  private readonly units = new Map<string, { unit: LoadedUnit; page: boolean }>();
  private readonly wxmlCache = new Map();
  /** Components' WXML facts as their uses read them (component-events.ts), by component path. */
  private readonly componentWxml = new Map<string, WxmlFacts | null>();

  constructor(
    readonly project: LoadedProject,
    readonly diags: DiagnosticBag,
    stepBudget: number | undefined,
    private readonly tracker: TrackingVfs | null,
    global: ProbeSet,
  ) {
    this.ip = new Interpreter({
      vfs: project.vfs,
      diags,
      routes: project.routes,
      appScript: project.appScript,
      pathAliases: project.pathAliases,
      stepBudget,
      ...(tracker ? { tracker } : {}),
    });
    this.app = tracker ? tracker.recording(global, () => runAppLaunch(this.ip, project)) : runAppLaunch(this.ip, project);
    for (const p of project.pages) this.units.set(`page:${p.path}`, { unit: p, page: true });
    for (const c of project.components) this.units.set(`component:${c.path}`, { unit: c, page: false });
  }

  /** Analyse one unit: its model, the diagnostics it raised and (with a tracker) what it read. */
  run(key: string): CachedUnit {
    const u = this.units.get(key);
    if (!u) throw new Error(`no unit ${key}`);
    const build = () => isolated(() => (u.page ? this.buildPage(u.unit as LoadedProject['pages'][number]) : this.buildComponent(u.unit)));
    const probes: ProbeSet = new Map();
    let model: PageModel | ComponentModel | null = null;
    const diagnostics = this.diags.capture(() => {
      model = this.tracker ? this.tracker.recording(probes, build) : build();
    });
    return { probes: probesToList(probes), model: model!, diagnostics };
  }

  private wxmlOf(unit: LoadedUnit): WxmlFacts | null {
    const { project, diags, tracker } = this;
    if (!unit.files.wxml) return null;
    const facts = collectWxml(project.vfs, unit.files.wxml, diags, this.wxmlCache);
    for (const f of facts.files) if (project.vfs.wasLossy?.(f)) diags.report('FILE_ENCODING', { file: f, line: 1, column: 1 }, { file: f });
    this.touched(facts);
    return facts;
  }

  /** Files served from a cache were read for this unit too. */
  private touched(facts: WxmlFacts): void {
    const { project, tracker } = this;
    if (!tracker) return;
    const root = project.info.miniprogramRoot === '.' ? '' : project.info.miniprogramRoot.replace(/\/?$/, '/');
    for (const f of facts.files) tracker.touchRead(root + f);
  }

  /** The custom components `u` declares, by tag (its WXML read without reporting: its own analysis does). */
  private componentsOf(u: LoadedUnit): ComponentLookup {
    return (tag) => {
      const path = u.components.find((c) => c.tag === tag)?.path;
      const found = path ? this.units.get(`component:${path}`) : undefined;
      if (!found || found.page) return null;
      let wxml = this.componentWxml.get(path!);
      if (wxml === undefined) this.componentWxml.set(path!, (wxml = this.diags.muted(() => this.wxmlOf(found.unit))));
      else if (wxml) this.touched(wxml);
      return { unit: found.unit, wxml };
    };
  }

  private buildPage(p: LoadedProject['pages'][number]): PageModel {
    const facts = guarded(this.diags, p.files.script ?? p.path, () => analyzeUnit(this.ip, this.diags, p, p.path, this.wxmlOf(p), this.componentsOf(p)));
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
    if (p.files.script) this.ip.release(p.files.script);
    return page;
  }

  private buildComponent(c: LoadedUnit): ComponentModel {
    const facts = guarded(this.diags, c.files.script ?? c.path, () => analyzeUnit(this.ip, this.diags, c, null, this.wxmlOf(c), this.componentsOf(c)));
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
    if (c.files.script) this.ip.release(c.files.script);
    return comp;
  }
}

const unitPath = (key: string): string => key.slice(key.indexOf(':') + 1);

/** Every unit's key (`page:<route>`, `component:<path>`), pages first, in the project's order. */
export function unitKeys(project: LoadedProject): string[] {
  return [...project.pages.map((p) => `page:${p.path}`), ...project.components.map((c) => `component:${c.path}`)];
}

/** The model of a project from its units' results (in any order: the lists are sorted). */
export function assembleModel(project: ProjectInfo, app: AppModel | null, units: Record<string, CachedUnit>): AnalysisModel {
  const pages: PageModel[] = [];
  const components: ComponentModel[] = [];
  for (const [k, u] of Object.entries(units)) {
    if (k.startsWith('page:')) pages.push(u.model as PageModel);
    else components.push(u.model as ComponentModel);
  }
  pages.sort((a, b) => cmp(a.route, b.route));
  components.sort((a, b) => cmp(a.path, b.path));
  return {
    schemaVersion: 1,
    tool: { name: 'autoskill', version: TOOL_VERSION },
    project,
    ...(app ? { app } : {}),
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
  ip.widenModulesAfterLaunch();
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
