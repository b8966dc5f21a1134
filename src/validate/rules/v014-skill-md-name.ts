import type { Rule } from '../types.js';
import { skillLoc } from './where.js';

/**
 * V014 — every skill has a file named exactly `SKILL.md`. `skill.md` and
 * other case variants fail: macOS and Windows file systems usually ignore
 * case, CI and WeChat's servers do not. The folder listing is compared,
 * not a file-exists probe (which a case-insensitive disk would answer yes).
 */
export const v014SkillMdName: Rule = {
  id: 'V014',
  severity: 'error',
  title: 'SKILL.md exists with that exact case',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const name = facts.skillMdName();
      if (name === 'SKILL.md') continue;
      if (name) ctx.report('V014_SKILL_MD_CASE', { file: facts.path(name), line: 1, column: 1 }, { name });
      else ctx.report('V014_SKILL_MD_MISSING', skillLoc(ctx, skill), { skill: skill.name });
    }
  },
};
