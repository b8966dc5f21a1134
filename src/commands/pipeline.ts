import fs from 'node:fs';
import path from 'node:path';
import { analyze, type AnalyzeOptions } from '../analyze/analyze.js';
import { configNotFound, locateConfig, readConfigFile, type LoadedConfig } from '../config/read-config.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Grouping, Lang, SkillPlan } from '../emit/plan-types.js';
import type { AnalysisModel, Diagnostic } from '../model/types.js';
import { buildOutputs, type OutputOptions } from '../outputs.js';

/**
 * What every command starts from: the project analysed and its output files
 * built, in memory. Commands decide what to write, compare or render.
 */
export interface PipelineResult {
  /** Absolute project folder the user named. */
  dir: string;
  /** Absolute mini-program root (holding app.json): diagnostic paths are relative to it. */
  root: string;
  /** Null when nothing could be analysed (no app.json, a --config file that is not there…): report and exit 2. */
  model: AnalysisModel | null;
  /** Output-relative path → bytes, as `analyze` writes them. */
  files: Record<string, string>;
  /** Analysis, config and emit diagnostics, sorted. */
  diagnostics: Diagnostic[];
  /** autoskill.config.json as read (null when the run stopped before it). */
  config: LoadedConfig | null;
  /** Language of the drafts: the option, else the config's, else zh. */
  lang: Lang;
  /** The skills of the drafts, with their APIs (ids and final names). */
  skills: SkillPlan[];
}

export interface PipelineOptions extends Omit<OutputOptions, 'overrides'>, Pick<AnalyzeOptions, 'onProgress' | 'jobs'> {
  /** `--config <file>` as typed (relative to cwd); default: autoskill.config.json in the project folder, if any. */
  config?: string;
  /**
   * Incremental runs: keep the cache in `<output folder>/.autoskill-cache/` (it ignores itself in git).
   * `out` is the `--out` given, `fallback` the command's default folder (absolute).
   */
  cache?: { out: string | undefined; fallback: string };
}

export const CACHE_DIR = '.autoskill-cache';

/** The command-line options the pipeline takes, only those given (so the config's values apply otherwise). */
export function givenOptions(opts: { lang?: Lang; grouping?: Grouping; config?: string; jobs?: number }): Pick<PipelineOptions, 'lang' | 'grouping' | 'config' | 'jobs'> {
  return {
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.grouping ? { grouping: opts.grouping } : {}),
    ...(opts.config ? { config: opts.config } : {}),
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
  };
}

/** Options given on the command line win over the config file. */
export async function runPipeline(dir: string, cwd: string, opts: PipelineOptions = {}): Promise<PipelineResult> {
  const named = path.resolve(cwd, dir);
  // The user may name app.json or project.config.json itself (openProject accepts both).
  const absDir = isFile(named) ? path.dirname(named) : named;
  const source = locateConfig(absDir, opts.config ? path.resolve(cwd, opts.config) : null);
  const stopped = (diagnostics: Diagnostic[]): PipelineResult => ({ dir: absDir, root: absDir, model: null, files: {}, diagnostics, config: null, lang: opts.lang ?? 'zh', skills: [] });
  if (source.missing) return stopped([configNotFound(source.abs!, cwd)]);

  let cacheFile: string | undefined;
  if (opts.cache) {
    // Only `out` is needed before the analysis; the config is read properly (with locations) below.
    const early = source.abs ? readConfigFile(source, absDir, absDir) : null;
    cacheFile = path.join(resolveOut(opts.cache.out, cwd, early, opts.cache.fallback), CACHE_DIR, 'cache.json');
  }
  const result = await analyze({ dir: named, onProgress: opts.onProgress, ...(cacheFile ? { cacheFile } : {}), ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}) });
  if (!result.model) return stopped(result.diagnostics);
  const model = result.model;
  const mpRoot = model.project.miniprogramRoot;
  const root = path.join(absDir, mpRoot === '.' ? '' : mpRoot);
  const config = readConfigFile(source, absDir, root);
  const lang = opts.lang ?? config.config.lang ?? 'zh';
  const grouping: Grouping | undefined = opts.grouping ?? config.config.grouping;
  const outputs = buildOutputs(model, {
    lang,
    ...(grouping ? { grouping } : {}),
    ...(config.abs ? { overrides: config.config.overrides } : {}),
  });
  return {
    dir: absDir,
    root,
    model,
    files: outputs.files,
    diagnostics: sortDiagnostics([...result.diagnostics, ...config.diagnostics, ...outputs.diagnostics]),
    config,
    lang,
    skills: outputs.skills,
  };
}

/** The output folder: `--out` (relative to cwd), else the config's `out` (relative to the config file), else `fallback`. */
export function resolveOut(cliOut: string | undefined, cwd: string, config: LoadedConfig | null, fallback: string): string {
  if (cliOut) return path.resolve(cwd, cliOut);
  if (config?.config.out) return path.resolve(config.dir, config.config.out);
  return fallback;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
