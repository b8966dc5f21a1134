import fs from 'node:fs';
import path from 'node:path';
import { unifiedDiff } from '../check/line-diff.js';
import type { PipelineResult } from '../commands/pipeline.js';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { readProjectConfig } from '../load/project-config.js';
import { writeOutputs, type WriteResult } from '../output/write-outputs.js';
import { posixRelative } from '../report/location.js';
import { REPORTERS, type Io, type ReporterName } from '../report/registry.js';
import { NodeVfs } from '../util/vfs.js';
import { patchAppJson, SKILLS_ROOT } from './app-json-patch.js';
import { scaffoldSkills } from './scaffold.js';

/**
 * The file-system side of `autoskill analyze --scaffold` (scaffold.ts is
 * pure). The skill packages go into the output folder, or with
 * `--scaffold-into-project` into `<miniprogramRoot>/skills/`, always through
 * writeOutputs (a manifest of hashes: hand-edited files are refused unless
 * --force). The app.json changes are printed as a unified diff and written
 * only with `--write-app-json`, and only when app.json still has the bytes
 * it had when the analysis began.
 */
export interface ScaffoldCliOptions {
  scaffold?: boolean;
  scaffoldIntoProject?: boolean;
  writeAppJson?: boolean;
  force: boolean;
}

/** app.json texts as they were before the analysis: absolute path → text. */
export type AppJsonSnapshot = ReadonlyMap<string, string>;

/** Folders where a project keeps app.json when project.config.json does not say (load-project.ts tries these). */
const CONVENTIONAL_ROOTS = ['', 'miniprogram', 'src', 'client', 'weapp'];

/** Read every app.json the analysis may use, before it starts (so a later edit can be noticed). */
export function snapshotAppJson(dir: string): AppJsonSnapshot {
  const folder = isFile(dir) ? path.dirname(dir) : dir;
  const config = readProjectConfig(new NodeVfs(folder), new DiagnosticBag());
  const roots = new Set([config?.miniprogramRoot ?? '', ...CONVENTIONAL_ROOTS]);
  const out = new Map<string, string>();
  for (const r of roots) {
    const abs = path.join(folder, r, 'app.json');
    const text = readText(abs);
    if (text !== null) out.set(abs, text);
  }
  return out;
}

export interface PreparedScaffold {
  /** Output-folder files (`skills/<skill>/…`) when the packages go to the output folder, else {}. */
  outFiles: Record<string, string>;
  /** Files for `<miniprogramRoot>/skills/` (relative to it) with --scaffold-into-project, else null. */
  projectFiles: Record<string, string> | null;
  /** Skills scaffolded. */
  skills: number;
  questions: number;
  appJson: { abs: string; before: string | null; after: string | null; diff: string; error: string | null };
}

export function prepareScaffold(run: PipelineResult, snapshot: AppJsonSnapshot, opts: ScaffoldCliOptions, cwd: string): PreparedScaffold {
  const result = scaffoldSkills({ model: run.model!, skills: run.skills, drafts: run.files, lang: run.lang });
  const abs = path.join(run.root, 'app.json');
  const before = snapshot.get(abs) ?? null;
  const patch = before === null ? null : patchAppJson(before, result.agentSkills);
  const after = patch?.ok ? patch.text : null;
  const rel = posixRelative(cwd, abs);
  const error = before === null ? 'app.json could not be read before the analysis' : patch && !patch.ok ? patch.reason : null;
  let projectFiles: Record<string, string> | null = null;
  if (opts.scaffoldIntoProject) {
    projectFiles = {};
    for (const [k, v] of Object.entries(result.files)) projectFiles[k.slice(SKILLS_ROOT.length + 1)] = v;
  }
  return {
    outFiles: opts.scaffoldIntoProject ? {} : result.files,
    projectFiles,
    skills: result.agentSkills.length,
    questions: result.questions,
    appJson: { abs, before, after, diff: after !== null && before !== null ? unifiedDiff(before, after, { old: `a/${rel}`, new: `b/${rel}` }) : '', error },
  };
}

export interface ScaffoldWriteResult {
  project: WriteResult | null;
  appJson: 'written' | 'unchanged' | 'refused' | 'not-requested' | 'failed';
}

/** Write the packages into the project (when asked) and app.json (when asked and still as analysed). */
export function applyScaffold(p: PreparedScaffold, run: PipelineResult, opts: ScaffoldCliOptions): ScaffoldWriteResult {
  const project = p.projectFiles ? writeOutputs(path.join(run.root, SKILLS_ROOT), p.projectFiles, { force: opts.force }) : null;
  let appJson: ScaffoldWriteResult['appJson'] = 'not-requested';
  if (opts.writeAppJson) {
    if (p.appJson.after === null) appJson = 'failed';
    else if (readText(p.appJson.abs) !== p.appJson.before) appJson = 'refused';
    else if (p.appJson.after === p.appJson.before) appJson = 'unchanged';
    else {
      fs.writeFileSync(p.appJson.abs, p.appJson.after);
      appJson = 'written';
    }
  }
  return { project, appJson };
}

/**
 * Tell the user: the app.json diff (on stdout, or on stderr when the report
 * itself is on stdout, so `--format json` stays parseable), what was written
 * or refused, and how many questions are left. Returns true when something
 * was refused.
 */
export function reportScaffold(p: PreparedScaffold, w: ScaffoldWriteResult, run: PipelineResult, format: ReporterName, io: Io): boolean {
  const diffStream = REPORTERS[format].stream === 'stdout' ? io.stderr : io.stdout;
  const rel = posixRelative(io.cwd, p.appJson.abs);
  if (p.appJson.diff && w.appJson !== 'written') diffStream.write(p.appJson.diff);
  const skillsDir = posixRelative(io.cwd, path.join(run.root, SKILLS_ROOT));
  for (const f of w.project?.refused ?? []) io.stderr.write(`${skillsDir}/${f}: edited by hand since autoskill wrote it; left alone (use --force to overwrite)\n`);
  if (p.appJson.error) io.stderr.write(`autoskill: ${rel}: ${p.appJson.error}; no app.json changes computed\n`);
  const appLine: Record<ScaffoldWriteResult['appJson'], string> = {
    written: `${rel} updated for the skills`,
    unchanged: `${rel} already declares the skills`,
    refused: `${rel} changed since the analysis began; not written (run again)`,
    failed: `${rel} not written`,
    'not-requested': p.appJson.diff ? `${rel} needs the changes above (apply them, or run with --write-app-json)` : `${rel} already declares the skills`,
  };
  const where = p.projectFiles ? `${skillsDir}/` : 'the output folder (skills/)';
  if (p.skills === 0) io.stderr.write('autoskill: no skill was inferred; nothing to scaffold\n');
  else io.stderr.write(`autoskill: skill packages → ${where}; ${p.questions} open questions marked TODO(autoskill); ${appLine[w.appJson]}\n`);
  return (w.project?.refused.length ?? 0) > 0 || w.appJson === 'refused' || w.appJson === 'failed';
}

function readText(abs: string): string | null {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch {
    return null;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
