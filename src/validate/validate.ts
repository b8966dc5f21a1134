import path from 'node:path';
import { analyzeProject } from '../analyze/analyze.js';
import { DiagnosticBag, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { locator } from '../load/json-doc.js';
import { parseJsonWithLocations } from '../load/json-loc.js';
import { loadProject } from '../load/load-project.js';
import type { LoadedProject } from '../load/types.js';
import type { AnalysisModel, Diagnostic } from '../model/types.js';
import { NodeVfs, type Vfs } from '../util/vfs.js';
import { discoverSkills, isSkillFolder, skillFoldersIn } from './discover.js';
import { SkillFacts } from './facts/skill-facts.js';
import { Resolver } from './js/resolve.js';
import { Scripts } from './js/scripts.js';
import { RULES } from './rules.js';
import { locateTarget } from './target.js';
import type { AppFacts, Rule, RuleContext, SkillPackage } from './types.js';

export interface ValidateOptions {
  /** The folder the user named: a project, a skill folder or a folder of skills. */
  dir?: string;
  /** Or a VFS over that folder (tests use in-memory trees). */
  vfs?: Vfs;
  /** With `vfs` on a project: validate only these skill folders (mini-program-root-relative). */
  only?: string[];
  /** The rules to run (all by default). */
  rules?: readonly Rule[];
}

export interface ValidateResult {
  /** False when the folder is neither a project nor a skill folder: nothing was validated. */
  usable: boolean;
  mode: 'project' | 'skill' | null;
  /** Absolute folder the diagnostics' paths are relative to (when `dir` was given). */
  root: string | null;
  /** The validated skill folders, root-relative. */
  skills: string[];
  diagnostics: Diagnostic[];
}

/** Loader findings that matter to skills (a broken app.json); the rest belong to `autoskill analyze`. */
const FORWARDED_LOADER_CODES: ReadonlySet<string> = new Set(['APP_JSON_INVALID', 'PROJECT_CONFIG_INVALID', 'PROJECT_NOT_FOUND']);

/**
 * `autoskill validate` as a library call: the official validator's static
 * rules and autoskill's own checks over a project's skills. Reads only —
 * never writes to what it checks (the official checker rewrites
 * project.config.json; this does not) — never prints, never exits.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const rules = options.rules ?? RULES;
  if (options.vfs) return validateVfs(options.vfs, options.only ?? null, rules, null);
  const dir = options.dir ?? '.';
  const target = locateTarget(dir);
  if (target.kind === 'none') return unusable('SKILL_TARGET_NOT_FOUND', { dir });
  if (target.kind === 'standalone') return runStandalone(new NodeVfs(target.rootDir), target.skills, rules, target.rootDir);
  return validateProject(new NodeVfs(target.projectDir), target.only, rules, target.projectDir);
}

async function validateVfs(vfs: Vfs, only: string[] | null, rules: readonly Rule[], abs: string | null): Promise<ValidateResult> {
  if (vfs.isFile('app.json') || vfs.isFile('project.config.json')) return validateProject(vfs, only, rules, abs);
  if (isSkillFolder(vfs, '')) return runStandalone(vfs, [''], rules, abs);
  const children = skillFoldersIn(vfs, '');
  if (children.length) return runStandalone(vfs, children, rules, abs);
  return unusable('SKILL_TARGET_NOT_FOUND', { dir: abs ?? '.' });
}

function unusable(code: 'SKILL_TARGET_NOT_FOUND' | 'PROJECT_NOT_FOUND', args: Record<string, string>): ValidateResult {
  const bag = new DiagnosticBag();
  bag.report(code, null, args);
  return { usable: false, mode: null, root: null, skills: [], diagnostics: bag.items };
}

async function validateProject(projectVfs: Vfs, only: string[] | null, rules: readonly Rule[], projectDir: string | null): Promise<ValidateResult> {
  const loaderDiags = new DiagnosticBag();
  const project = await loadProject(projectVfs, loaderDiags);
  const diags = new DiagnosticBag();
  for (const d of loaderDiags.items) if (FORWARDED_LOADER_CODES.has(d.code)) diags.push(d);
  if (!project) return { usable: false, mode: null, root: null, skills: [], diagnostics: sortDiagnostics(diags.items) };
  const mp = project.info.miniprogramRoot === '.' ? '' : project.info.miniprogramRoot;
  const root = projectDir === null ? null : path.join(projectDir, mp);
  const vfs = project.vfs;

  const all = discoverSkills(vfs, project.appJson);
  let skills = all;
  if (only) {
    skills = all.filter((s) => only.some((o) => s.dir === o || s.dir.startsWith(o + '/')));
    // A skill folder outside the scanned roots, named explicitly.
    for (const o of only) {
      if (!skills.some((s) => s.dir === o) && vfs.isDir(o) && isSkillFolder(vfs, o)) {
        skills.push({ name: o.split('/').pop()!, dir: o, pkgRoot: o.split('/').slice(0, -1).join('/'), declaredAt: null });
      }
    }
  }
  if (!skills.length) {
    if (only) return unusable('SKILL_TARGET_NOT_FOUND', { dir: only.join(', ') });
    diags.report('SKILL_NONE_FOUND', { file: 'app.json', line: 1, column: 1 }, { root: 'skills' });
    return { usable: true, mode: 'project', root, skills: [], diagnostics: sortDiagnostics(diags.items) };
  }

  const app = appFacts(project);
  let analysis: AnalysisModel | null | undefined;
  const ctx = context('project', vfs, diags, project, app, skills, all, !only, () => {
    // The pages' query keys for V018: computed once, only when a rule asks; its own findings are analyze's business.
    if (analysis === undefined) analysis = guardedAnalysis(project, diags);
    return analysis;
  });
  runRules(rules, ctx, diags);
  return { usable: true, mode: 'project', root, skills: skills.map((s) => s.dir), diagnostics: sortDiagnostics(diags.items) };
}

async function runStandalone(vfs: Vfs, dirs: string[], rules: readonly Rule[], root: string | null): Promise<ValidateResult> {
  const diags = new DiagnosticBag();
  const pkg = (dir: string): SkillPackage => ({ name: dir.split('/').pop() || '.', dir, pkgRoot: dir === '' ? null : dir.split('/').slice(0, -1).join('/'), declaredAt: null });
  const all = dirs[0] === '' ? [pkg('')] : skillFoldersIn(vfs, '').map(pkg);
  const skills = all.filter((s) => dirs.includes(s.dir));
  const ctx = context('skill', vfs, diags, null, null, skills, all, true, () => null);
  runRules(rules, ctx, diags);
  return { usable: true, mode: 'skill', root, skills: skills.map((s) => s.dir), diagnostics: sortDiagnostics(diags.items) };
}

function context(
  mode: RuleContext['mode'],
  vfs: Vfs,
  diags: DiagnosticBag,
  project: LoadedProject | null,
  app: AppFacts | null,
  skills: SkillPackage[],
  all: SkillPackage[],
  whole: boolean,
  analysis: () => AnalysisModel | null,
): RuleContext {
  const scripts = new Scripts(vfs, diags, project?.pathAliases ?? []);
  const resolver = new Resolver(scripts);
  const facts = new Map<string, SkillFacts>();
  return {
    vfs,
    mode,
    app,
    skills,
    allSkills: all,
    whole,
    scripts,
    facts(skill) {
      let f = facts.get(skill.dir);
      if (!f) facts.set(skill.dir, (f = new SkillFacts(skill, { vfs, diags, scripts, resolver })));
      return f;
    },
    analysis,
    report: (code, loc, args) => diags.report(code, loc, args),
  };
}

function runRules(rules: readonly Rule[], ctx: RuleContext, diags: DiagnosticBag): void {
  for (const rule of rules) {
    try {
      rule.check(ctx);
    } catch (e) {
      // A bug of ours in one rule must not hide the others' findings, nor pass for a clean run.
      diags.report('INTERNAL_ERROR', null, { file: `rule ${rule.id}`, reason: e instanceof Error ? e.message : String(e) });
    }
  }
}

function appFacts(project: LoadedProject): AppFacts {
  const text = project.vfs.readText('app.json') ?? '{}';
  const parsed = parseJsonWithLocations(text);
  return { project, at: locator(parsed.index, 'app.json'), has: (p) => parsed.index.has(p), value: project.appJson, routes: project.routes };
}

function guardedAnalysis(project: LoadedProject, diags: DiagnosticBag): AnalysisModel | null {
  try {
    return analyzeProject(project, new DiagnosticBag());
  } catch (e) {
    diags.report('INTERNAL_ERROR', null, { file: 'page analysis', reason: e instanceof Error ? e.message : String(e) });
    return null;
  }
}
