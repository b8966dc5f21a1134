import { jsonPath } from '../../load/json-loc.js';
import type { Rule } from '../types.js';

/**
 * V007 — the APIs of mcp.json and the APIs index.js registers are the same
 * set of names (wechat-ai-mode.md, "mcp.json": `name` equals the registered
 * name). A name computed at run time cannot be compared and is a warning.
 */
export const v007Names: Rule = {
  id: 'V007',
  severity: 'error',
  title: 'mcp.json API names == names registered in index.js',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const mcp = facts.mcp();
      // Without index.js or a readable mcp.json there is nothing to compare (SKILL_INDEX_MISSING / SKILL_MCP_… say why).
      if (!mcp || mcp.error || !facts.indexFile()) continue;
      const regs = facts.registrations();
      const registered = new Set(regs.map((r) => r.name));
      const dynamic = regs.some((r) => r.name === null);
      for (const r of regs) if (r.name === null) ctx.report('V007_DYNAMIC_NAME', r.loc);
      const declared = new Set<string>();
      for (const api of mcp.apis) {
        if (api.name === null) continue;
        declared.add(api.name);
        if (!registered.has(api.name) && !dynamic) ctx.report('V007_NOT_REGISTERED', mcp.at(jsonPath(api.path, 'name')), { name: api.name });
      }
      for (const r of regs) if (r.name !== null && !declared.has(r.name)) ctx.report('V007_NOT_DECLARED', r.loc, { name: r.name });
    }
  },
};
