import { cmp } from '../diagnostics/diagnostic.js';
import { isObject } from '../load/json-doc.js';
import { basenameRel, dirnameRel, normalizeRel } from '../util/paths.js';
import type { Vfs } from '../util/vfs.js';
import type { SkillPackage } from './types.js';

/**
 * Which skills a project has: the folders app.json `agent.skills[].path`
 * declares, plus skill folders found in the skills subpackage root(s)
 * (`skills/<name>/` holding mcp.json, SKILL.md or index.js) that are not
 * declared — so an undeclared skill is validated and reported rather than
 * silently ignored. Folders starting with `_` or `.` (`skills/_shared/`)
 * are shared code, not skills.
 */
const DEFAULT_SKILLS_ROOT = 'skills';
const SUBPACKAGE_KEYS = ['subPackages', 'subpackages'] as const;

/** Does the folder look like a skill? */
export function isSkillFolder(vfs: Vfs, dir: string): boolean {
  const p = (f: string): string => (dir ? `${dir}/${f}` : f);
  return vfs.list(dir).some((n) => n.toLowerCase() === 'skill.md' || n === 'mcp.json') || vfs.isFile(p('index.js')) || vfs.isFile(p('index.ts'));
}

/** Child folders of `dir` that are skills (shared folders excluded), sorted. */
export function skillFoldersIn(vfs: Vfs, dir: string): string[] {
  return vfs
    .list(dir)
    .filter((n) => !n.startsWith('_') && !n.startsWith('.'))
    .map((n) => (dir ? `${dir}/${n}` : n))
    .filter((d) => vfs.isDir(d) && isSkillFolder(vfs, d))
    .sort(cmp);
}

/** Subpackage roots of app.json, normalised (no leading or trailing slash). */
export function subpackageRoots(app: Record<string, unknown>): string[] {
  const roots: string[] = [];
  for (const key of SUBPACKAGE_KEYS) {
    const list = app[key];
    if (!Array.isArray(list)) continue;
    for (const sp of list) {
      const root = isObject(sp) && typeof sp.root === 'string' ? normalizeRel(sp.root.replace(/^\/+/, '')) : null;
      if (root) roots.push(root);
    }
  }
  return roots;
}

export function discoverSkills(vfs: Vfs, app: Record<string, unknown>): SkillPackage[] {
  const roots = subpackageRoots(app);
  const pkgRootOf = (dir: string): string => roots.filter((r) => dir.startsWith(r + '/')).sort((a, b) => b.length - a.length)[0] ?? dirnameRel(dir);
  const byDir = new Map<string, SkillPackage>();
  const agent = app.agent;
  const entries = isObject(agent) && Array.isArray(agent.skills) ? agent.skills : [];
  entries.forEach((e, i) => {
    const raw = isObject(e) && typeof e.path === 'string' ? e.path : null;
    const dir = raw === null ? null : normalizeRel(raw.replace(/^\/+/, ''));
    if (!dir || byDir.has(dir) || !vfs.isDir(dir)) return;
    byDir.set(dir, { name: basenameRel(dir), dir, pkgRoot: pkgRootOf(dir), declaredAt: i });
  });
  const scanned = new Set<string>([...byDir.values()].map((s) => s.pkgRoot ?? ''));
  if (vfs.isDir(DEFAULT_SKILLS_ROOT)) scanned.add(DEFAULT_SKILLS_ROOT);
  for (const root of scanned) {
    // The main package root itself is not a skills folder: its children are pages and utils.
    if (root === '') continue;
    for (const dir of skillFoldersIn(vfs, root)) {
      if (!byDir.has(dir)) byDir.set(dir, { name: basenameRel(dir), dir, pkgRoot: pkgRootOf(dir), declaredAt: null });
    }
  }
  return [...byDir.values()].sort((a, b) => cmp(a.dir, b.dir));
}
