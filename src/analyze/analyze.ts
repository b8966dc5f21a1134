import { createRequire } from 'node:module';
import { DiagnosticBag, cmp, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { Interpreter } from '../flow/interpreter.js';
import { loadProject, openProject } from '../load/load-project.js';
import type { LoadedProject, LoadedUnit } from '../load/types.js';
import type { AnalysisModel, AppModel, ComponentModel, Diagnostic, Effect, PageModel } from '../model/types.js';
import { unknown } from '../flow/values.js';
import { mergeEffects } from './effects.js';
import type { Vfs } from '../util/vfs.js';
import { collectWxml } from '../wxml/collect.js';
import type { WxmlFacts } from '../wxml/types.js';
import { analyzeUnit } from './analyze-unit.js';

export interface AnalyzeOptions {
  /** The directory the user named (holding project.config.json or app.json). */
  dir?: string;
  /** Or a ready VFS over that directory (tests use in-memory trees). */
  vfs?: Vfs;
  /** Work limit per entry function (AST nodes evaluated). */
  stepBudget?: number;
}

export interface AnalyzeResult {
  /** Null when the project could not be analysed at all (no app.json…). */
  model: AnalysisModel | null;
  diagnostics: Diagnostic[];
}

export const TOOL_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

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
  const project = projectVfs ? await loadProject(projectVfs, diags) : null;
  if (!project) return { model: null, diagnostics: sortDiagnostics(diags.items) };
  const model = analyzeProject(project, diags, options);
  model.diagnostics = sortDiagnostics(diags.items);
  return { model, diagnostics: model.diagnostics };
}

export function analyzeProject(project: LoadedProject, diags: DiagnosticBag, options: Pick<AnalyzeOptions, 'stepBudget'> = {}): AnalysisModel {
  const ip = new Interpreter({
    vfs: project.vfs,
    diags,
    routes: project.routes,
    appScript: project.appScript,
    pathAliases: project.pathAliases,
    stepBudget: options.stepBudget,
  });
  const app = runAppLaunch(ip, project);
  const wxmlCache = new Map();
  const wxmlOf = (unit: LoadedUnit): WxmlFacts | null => (unit.files.wxml ? collectWxml(project.vfs, unit.files.wxml, diags, wxmlCache) : null);

  const pages: PageModel[] = [];
  for (const p of project.pages) {
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
    pages.push(page);
  }
  const components: ComponentModel[] = [];
  for (const c of project.components) {
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
    components.push(comp);
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
