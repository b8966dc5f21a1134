import { isObject } from '../../load/json-doc.js';
import { jsonPath } from '../../load/json-loc.js';
import { normalizeRel } from '../../util/paths.js';
import type { Rule } from '../types.js';
import { entryInScope } from './where.js';

/**
 * app.json wiring for skills (wechat-ai-mode.md, "Where skills live"):
 * `agent.skills` declares every skill and each `path` is a folder; all
 * skills sit in an independent subpackage; `"lazyCodeLoading":
 * "requiredComponents"` is set (without it WeChat cannot load the
 * independent subpackage's APIs — the official generator stops on it).
 */
const SUBPACKAGE_KEYS = ['subPackages', 'subpackages'] as const;

export const skillAppConfig: Rule = {
  id: 'SKILL_APP',
  severity: 'error',
  title: 'agent.skills paths exist and declare every skill; independent skills subpackage; lazyCodeLoading requiredComponents',
  check(ctx) {
    const app = ctx.app;
    if (!app) return;
    const agent = app.value.agent;
    const entries = isObject(agent) && Array.isArray(agent.skills) ? agent.skills : null;
    if (!entries || entries.length === 0) ctx.report('SKILL_AGENT_MISSING', app.at(app.has('agent') ? 'agent' : ''));
    entries?.forEach((e, index) => {
      if (!entryInScope(ctx, index)) return;
      const path = isObject(e) && typeof e.path === 'string' ? e.path : null;
      const dir = path === null ? null : normalizeRel(path.replace(/^\/+/, ''));
      if (dir === null || dir === '' || !ctx.vfs.isDir(dir)) {
        const field = jsonPath(jsonPath('agent.skills', index), 'path');
        ctx.report('SKILL_PATH_MISSING', app.at(app.has(field) ? field : jsonPath('agent.skills', index)), { index, path: path ?? '' });
      }
    });
    for (const skill of ctx.skills) {
      if (skill.declaredAt === null && entries?.length) ctx.report('SKILL_NOT_DECLARED', ctx.facts(skill).anchor, { dir: skill.dir });
    }

    if (app.value.lazyCodeLoading !== 'requiredComponents') ctx.report('SKILL_LAZY_CODE_LOADING', app.at(app.has('lazyCodeLoading') ? 'lazyCodeLoading' : ''));

    const reported = new Set<string>();
    for (const skill of ctx.skills) {
      const sub = subpackageOf(app.value, skill.dir);
      const root = sub?.root ?? skill.dir.split('/').slice(0, -1).join('/');
      if (reported.has(root)) continue;
      reported.add(root);
      if (!sub) ctx.report('SKILL_SUBPACKAGE_MISSING', app.at(app.has('subPackages') ? 'subPackages' : app.has('subpackages') ? 'subpackages' : ''), { root: root || '.' });
      else if (!sub.independent) ctx.report('SKILL_SUBPACKAGE_NOT_INDEPENDENT', app.at(sub.path), { root: sub.root });
    }
  },
};

/** The subpackage whose root holds `dir` (the longest such root), with its key path in app.json. */
function subpackageOf(app: Record<string, unknown>, dir: string): { root: string; independent: boolean; path: string } | null {
  let best: { root: string; independent: boolean; path: string } | null = null;
  for (const key of SUBPACKAGE_KEYS) {
    const list = app[key];
    if (!Array.isArray(list)) continue;
    list.forEach((sp, i) => {
      if (!isObject(sp) || typeof sp.root !== 'string') return;
      const root = normalizeRel(sp.root.replace(/^\/+/, ''));
      if (!root || !(dir === root || dir.startsWith(root + '/'))) return;
      if (best && best.root.length >= root.length) return;
      best = { root, independent: sp.independent === true, path: jsonPath(jsonPath(key, i), 'root') };
    });
  }
  return best;
}
