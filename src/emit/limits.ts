import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import type { WechatMcp } from './mcp-json.js';
import { byteLength } from './json-text.js';

/**
 * WeChat's size limits for skills (wechat-ai-mode.md, "Where skills live"):
 * mcp.json ≤ 24,000 bytes not counting `outputSchema` and whitespace,
 * SKILL.md ≤ 16,000 bytes, at most 30 skills. Over a limit is a warning
 * located at the file that would be installed in the mini-program
 * (`skills/<name>/…`, or app.json for the skill count); the draft is still
 * written so the developer can trim it.
 */

export interface Limits {
  mcpBytes: number;
  skillMdBytes: number;
  skills: number;
}

export const LIMITS: Limits = { mcpBytes: 24_000, skillMdBytes: 16_000, skills: 30 };

const at = (file: string): Loc => ({ file, line: 1, column: 1 });

/** Size of an mcp.json as WeChat counts it: compact JSON (no whitespace outside strings), no outputSchema. */
export function mcpCountedBytes(mcp: WechatMcp): number {
  const counted = { ...mcp, apis: mcp.apis.map(({ outputSchema: _omit, ...rest }) => rest) };
  return byteLength(JSON.stringify(counted));
}

export interface SkillFiles {
  name: string;
  mcp: WechatMcp;
  skillMd: string;
}

export function checkLimits(skills: readonly SkillFiles[], bag: DiagnosticBag, limits: Limits = LIMITS): void {
  if (skills.length > limits.skills) bag.report('TOO_MANY_SKILLS', at('app.json'), { count: skills.length, limit: limits.skills });
  for (const s of skills) {
    const mcp = mcpCountedBytes(s.mcp);
    if (mcp > limits.mcpBytes) bag.report('MCP_TOO_LARGE', at(`skills/${s.name}/mcp.json`), { skill: s.name, size: mcp, limit: limits.mcpBytes });
    const md = byteLength(s.skillMd);
    if (md > limits.skillMdBytes) bag.report('SKILL_MD_TOO_LARGE', at(`skills/${s.name}/SKILL.md`), { skill: s.name, size: md, limit: limits.skillMdBytes });
  }
}
