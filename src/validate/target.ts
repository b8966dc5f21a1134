import fs from 'node:fs';
import path from 'node:path';
import { statKind } from '../util/stat-kind.js';
import { cmp } from '../diagnostics/diagnostic.js';
import { parseJsonWithLocations } from '../load/json-loc.js';
import { isObject } from '../load/json-doc.js';
import { normalizeRel } from '../util/paths.js';

/**
 * What `autoskill validate [dir]` was pointed at:
 * - a mini-program project (app.json / project.config.json): all its skills;
 * - a skill folder, or a folder of skills (`skills/`), inside a project:
 *   those skills, with the project around them (routes, app.json,
 *   subpackages), found by looking up the parent folders;
 * - a skill folder (or folder of skills) with no project around it: the
 *   skills alone, app-level rules skipped.
 * Only reads; never writes anything.
 */
export type Target =
  | { kind: 'project'; projectDir: string; /** Mini-program-root-relative skill folders to validate; null for all. */ only: string[] | null }
  | { kind: 'standalone'; rootDir: string; /** Root-relative skill folders to validate. */ skills: string[] }
  | { kind: 'none'; dir: string };

const PROJECT_FILES = ['app.json', 'project.config.json'];
const SKILL_FILES = ['skill.md', 'mcp.json'];
/** How many parent folders are searched for the project around a skill folder. */
const MAX_ANCESTORS = 8;

export function locateTarget(dir: string): Target {
  let folder = path.resolve(dir);
  const kind = statKind(folder);
  if (kind === 'file') {
    const base = path.basename(folder);
    if (!PROJECT_FILES.includes(base) && !SKILL_FILES.includes(base.toLowerCase())) return { kind: 'none', dir };
    folder = path.dirname(folder);
  } else if (kind !== 'dir') return { kind: 'none', dir };

  if (PROJECT_FILES.some((f) => statKind(path.join(folder, f)) === 'file')) return { kind: 'project', projectDir: folder, only: null };
  const own = isSkillDir(folder);
  const children = own ? [] : skillChildren(folder);
  if (!own && children.length === 0) return { kind: 'none', dir };

  const project = enclosingProject(folder);
  if (project) return { kind: 'project', projectDir: project.projectDir, only: [project.rel] };
  if (own) return { kind: 'standalone', rootDir: path.dirname(folder), skills: [path.basename(folder)] };
  return { kind: 'standalone', rootDir: folder, skills: children };
}

/** The nearest ancestor project whose mini-program root contains `folder`. */
function enclosingProject(folder: string): { projectDir: string; rel: string } | null {
  let a = folder;
  for (let i = 0; i < MAX_ANCESTORS; i++) {
    const parent = path.dirname(a);
    if (parent === a) return null;
    a = parent;
    if (!PROJECT_FILES.some((f) => statKind(path.join(a, f)) === 'file')) continue;
    const mpRoot = path.join(a, miniprogramRoot(a));
    if (statKind(path.join(mpRoot, 'app.json')) !== 'file') return null;
    const rel = path.relative(mpRoot, folder);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
    return { projectDir: a, rel: rel.split(path.sep).join('/') };
  }
  return null;
}

/** project.config.json `miniprogramRoot` ('' when absent or unreadable). */
function miniprogramRoot(projectDir: string): string {
  try {
    const r = parseJsonWithLocations(fs.readFileSync(path.join(projectDir, 'project.config.json'), 'utf8'));
    const v = isObject(r.value) ? r.value.miniprogramRoot : undefined;
    return typeof v === 'string' ? (normalizeRel(v) ?? '') : '';
  } catch {
    return '';
  }
}

function isSkillDir(dir: string): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return false;
  }
  return names.some((n) => n === 'mcp.json' || n.toLowerCase() === 'skill.md');
}

function skillChildren(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort(cmp);
  } catch {
    return [];
  }
  return names.filter((n) => !n.startsWith('_') && !n.startsWith('.') && statKind(path.join(dir, n)) === 'dir' && isSkillDir(path.join(dir, n)));
}

