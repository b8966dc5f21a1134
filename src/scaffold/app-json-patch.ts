import { isObject } from '../load/json-doc.js';
import { parseJsonWithLocations } from '../load/json-loc.js';
import { normalizeRel } from '../util/paths.js';
import { appendElement, setMember } from './json-edit.js';
import type { AgentSkill } from './scaffold.js';

/**
 * The app.json changes skills need (wechat-ai-mode.md, "Where skills
 * live"): `"lazyCodeLoading": "requiredComponents"`, an independent
 * subpackage holding `skills/`, and every skill in `agent.skills` with its
 * name, description and path. Applied as small text edits (json-edit.ts)
 * so the rest of the file keeps its formatting. What is already right is
 * left alone; a declared skill keeps the name and description a developer
 * gave it (only an empty description is filled).
 */
export const SKILLS_ROOT = 'skills';

export type AppJsonPatch = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

const SUBPACKAGE_KEYS = ['subPackages', 'subpackages'] as const;

const clean = (p: unknown): string | null => (typeof p === 'string' ? normalizeRel(p.replace(/^\/+/, '').replace(/\/+$/, '')) : null);

function parse(text: string): Record<string, unknown> | null {
  const r = parseJsonWithLocations(text);
  return !r.error && isObject(r.value) ? r.value : null;
}

export function patchAppJson(original: string, skills: readonly AgentSkill[]): AppJsonPatch {
  if (!parse(original)) return { ok: false, reason: 'app.json is not a JSON object' };
  // No skill inferred: nothing to declare, and an empty agent section would itself be an error.
  if (skills.length === 0) return { ok: true, text: original, changed: false };
  let text = original;
  const app = (): Record<string, unknown> => parse(text)!;

  if (app().lazyCodeLoading !== 'requiredComponents') text = setMember(text, '', 'lazyCodeLoading', 'requiredComponents');

  const key = SUBPACKAGE_KEYS.find((k) => Array.isArray(app()[k])) ?? null;
  const subpackage = { root: SKILLS_ROOT, pages: [], independent: true };
  if (key === null) text = setMember(text, '', 'subPackages', [subpackage]);
  else {
    const list = app()[key] as unknown[];
    const i = list.findIndex((sp) => isObject(sp) && clean(sp.root) === SKILLS_ROOT);
    if (i < 0) text = appendElement(text, key, subpackage);
    else if ((list[i] as Record<string, unknown>).independent !== true) text = setMember(text, `${key}[${i}]`, 'independent', true);
  }

  const entries = skills.map((s) => ({ name: s.name, description: s.description, path: s.path }));
  const agent = app().agent;
  if (!isObject(agent)) text = setMember(text, '', 'agent', { skills: entries });
  else if (!Array.isArray(agent.skills)) text = setMember(text, 'agent', 'skills', entries);
  else {
    for (const e of entries) {
      const declared = (app().agent as { skills: unknown[] }).skills;
      const i = declared.findIndex((d) => isObject(d) && clean(d.path) === e.path);
      if (i < 0) text = appendElement(text, 'agent.skills', e);
      else {
        const d = declared[i] as Record<string, unknown>;
        if (typeof d.name !== 'string' || !d.name) text = setMember(text, `agent.skills[${i}]`, 'name', e.name);
        if (typeof d.description !== 'string' || !d.description.trim()) text = setMember(text, `agent.skills[${i}]`, 'description', e.description);
      }
    }
  }
  return { ok: true, text, changed: text !== original };
}
