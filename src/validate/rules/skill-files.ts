import type { Rule } from '../types.js';
import { skillLoc } from './where.js';

/**
 * The files every skill needs (wechat-ai-mode.md, "Where skills live"):
 * a parseable mcp.json and an index.js that registers the APIs.
 */
export const skillFiles: Rule = {
  id: 'SKILL_FILES',
  severity: 'error',
  title: 'mcp.json (valid JSON) and index.js exist',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const mcp = facts.mcp();
      if (!mcp) ctx.report('SKILL_MCP_MISSING', skillLoc(ctx, skill), { skill: skill.name });
      else if (mcp.error) ctx.report('SKILL_MCP_INVALID_JSON', mcp.error.loc, { reason: mcp.error.reason });
      if (!facts.indexFile()) ctx.report('SKILL_INDEX_MISSING', skillLoc(ctx, skill), { skill: skill.name });
    }
  },
};
