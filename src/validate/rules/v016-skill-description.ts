import { isObject } from '../../load/json-doc.js';
import { jsonPath } from '../../load/json-loc.js';
import type { Rule } from '../types.js';
import { entryInScope } from './where.js';

/**
 * V016 — every app.json `agent.skills[]` entry has a non-empty
 * description (wechat-ai-mode.md, "Where skills live"; WeChat's backend
 * refuses to register a skill without one).
 */
export const v016SkillDescription: Rule = {
  id: 'V016',
  severity: 'error',
  title: 'non-empty agent.skills[].description',
  check(ctx) {
    const app = ctx.app;
    const agent = app?.value.agent;
    const entries = isObject(agent) && Array.isArray(agent.skills) ? agent.skills : [];
    entries.forEach((entry, index) => {
      if (!app || !entryInScope(ctx, index)) return;
      const e = isObject(entry) ? entry : {};
      if (typeof e.description === 'string' && e.description.trim()) return;
      const path = jsonPath('agent.skills', index);
      const label = typeof e.name === 'string' ? e.name : typeof e.path === 'string' ? e.path : `#${index}`;
      ctx.report('V016_DESCRIPTION_MISSING', app.at(app.has(jsonPath(path, 'description')) ? jsonPath(path, 'description') : path), { index, skill: label });
    });
  },
};
