import type { DiagnosticArgs } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { LoadedProject } from '../load/types.js';
import type { AnalysisModel, Loc, Severity } from '../model/types.js';
import type { Vfs } from '../util/vfs.js';
import type { SkillFacts } from './facts/skill-facts.js';
import type { Scripts } from './js/scripts.js';

/**
 * `autoskill validate`: the static rules of WeChat's official skill
 * validator (V001–V018, ids kept) plus autoskill's own checks (SKILL_…),
 * as a table of rules over one run's facts.
 */

/** One skill package: `skills/<name>/` holding SKILL.md, mcp.json, index.js, apis/, components/. */
export interface SkillPackage {
  /** Folder name. */
  name: string;
  /** Root-relative folder ('' when the validated root is the skill folder itself). */
  dir: string;
  /**
   * Root-relative folder of the subpackage holding the skill (`skills`), or
   * null when unknown (a skill folder validated on its own: its parent folder
   * is assumed to be the subpackage root, as in `skills/<name>/`).
   */
  pkgRoot: string | null;
  /** Index in app.json `agent.skills`, or null when not declared there. */
  declaredAt: number | null;
}

/** app.json facts the rules need (project mode only). */
export interface AppFacts {
  project: LoadedProject;
  /** app.json text parsed with field locations. */
  at(path: string): Loc;
  has(path: string): boolean;
  value: Record<string, unknown>;
  /** Routes of app.json (main pages ∪ subpackage root + page). */
  routes: ReadonlySet<string>;
}

export interface RuleContext {
  vfs: Vfs;
  /** 'project': a mini-program with skills; 'skill': one skill folder on its own (no app.json). */
  mode: 'project' | 'skill';
  app: AppFacts | null;
  /** The skills being validated. */
  skills: readonly SkillPackage[];
  /** The whole project is validated (not one skill of it): project-wide findings are all reported. */
  whole: boolean;
  /** Every skill of the project (siblings count for V001 even when one skill is validated). */
  allSkills: readonly SkillPackage[];
  facts(skill: SkillPackage): SkillFacts;
  /** Parsed scripts and module resolution, shared by all skills. */
  scripts: Scripts;
  /** The analysis of the app's pages (for handoff queries), computed on first use; null without a project. */
  analysis(): AnalysisModel | null;
  report(code: DiagnosticCode, loc: Loc | null, args?: DiagnosticArgs): void;
}

/** A rule: an official validator rule (id `V0xx`) or a family of autoskill checks (id `SKILL`…). */
export interface Rule {
  id: string;
  /** Severity of the rule's main finding (each code's own severity is in the code table). */
  severity: Severity;
  /** What it checks, in one line (for docs and `--help`). */
  title: string;
  check(ctx: RuleContext): void;
}
