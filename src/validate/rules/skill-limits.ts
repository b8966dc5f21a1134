import { isObject } from '../../load/json-doc.js';
import type { Rule } from '../types.js';

/**
 * WeChat's size limits (wechat-ai-mode.md, "Where skills live"): mcp.json
 * ≤ 24,000 bytes not counting outputSchema and whitespace, SKILL.md
 * ≤ 16,000 bytes, at most 30 skills per mini-program.
 */
export const LIMITS = { mcpBytes: 24_000, skillMdBytes: 16_000, skills: 30 } as const;

/** mcp.json as WeChat counts it: compact JSON (no whitespace outside strings), UTF-8, without any API's outputSchema. */
export function countedMcpBytes(value: unknown): number {
  const counted = isObject(value) && Array.isArray(value.apis)
    ? { ...value, apis: value.apis.map((a) => (isObject(a) ? Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'outputSchema')) : a)) }
    : value;
  return Buffer.byteLength(JSON.stringify(counted) ?? '', 'utf8');
}

export const skillLimits: Rule = {
  id: 'SKILL_LIMITS',
  severity: 'error',
  title: 'mcp.json ≤ 24,000 bytes (without outputSchema and whitespace), SKILL.md ≤ 16,000 bytes, ≤ 30 skills',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const mcp = facts.mcp();
      if (mcp && !mcp.error) {
        const size = countedMcpBytes(mcp.value);
        if (size > LIMITS.mcpBytes) ctx.report('SKILL_MCP_OVER_LIMIT', { file: mcp.file, line: 1, column: 1 }, { size, limit: LIMITS.mcpBytes });
      }
      const md = facts.skillMdName();
      if (md) {
        const size = ctx.vfs.size(facts.path(md));
        if (size > LIMITS.skillMdBytes) ctx.report('SKILL_MD_OVER_LIMIT', { file: facts.path(md), line: 1, column: 1 }, { size, limit: LIMITS.skillMdBytes });
      }
    }
    if (!ctx.whole) return;
    const agent = ctx.app?.value.agent;
    const declared = isObject(agent) && Array.isArray(agent.skills) ? agent.skills.length : 0;
    const count = Math.max(declared, ctx.allSkills.length);
    if (count > LIMITS.skills) {
      const at = ctx.app ? ctx.app.at('agent.skills') : ctx.facts(ctx.skills[0]!).anchor;
      ctx.report('SKILL_COUNT_OVER_LIMIT', at, { count, limit: LIMITS.skills });
    }
  },
};
