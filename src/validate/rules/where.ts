import { jsonPath } from '../../load/json-loc.js';
import type { Loc } from '../../model/types.js';
import type { RuleContext, SkillPackage } from '../types.js';

/** Where a finding about a skill as a whole points: its app.json agent.skills entry when declared, else its mcp.json. */
export function skillLoc(ctx: RuleContext, skill: SkillPackage): Loc {
  if (ctx.app && skill.declaredAt !== null) return ctx.app.at(jsonPath(jsonPath('agent.skills', skill.declaredAt), 'path'));
  return ctx.facts(skill).anchor;
}

/** Should a project-wide finding about `agent.skills[index]` be reported in this run? */
export function entryInScope(ctx: RuleContext, index: number): boolean {
  return ctx.whole || ctx.skills.some((s) => s.declaredAt === index);
}
