import { jsonPath } from '../../load/json-loc.js';
import { isScriptFile } from '../js/scripts.js';
import type { Rule } from '../types.js';

/**
 * Each API of mcp.json lives in `apis/<name>.js`, and `apis/` holds only
 * APIs (wechat-ai-mode.md, "Where skills live"; helpers go to `utils/`).
 */
export const skillApiFiles: Rule = {
  id: 'SKILL_API_FILES',
  severity: 'warning',
  title: 'API names vs apis/<name>.js files',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const mcp = facts.mcp();
      if (!mcp || mcp.error) continue;
      const names = new Set<string>();
      for (const api of mcp.apis) {
        if (api.name === null) continue;
        names.add(api.name);
        if (!facts.apiFile(api.name)) ctx.report('SKILL_API_FILE_MISSING', mcp.at(jsonPath(api.path, 'name')), { name: api.name, file: facts.path(`apis/${api.name}.js`) });
      }
      const dir = facts.path('apis');
      for (const f of ctx.vfs.list(dir)) {
        if (!isScriptFile(f) || !ctx.vfs.isFile(`${dir}/${f}`)) continue;
        const base = f.replace(/\.(js|ts)$/, '');
        if (base !== 'index' && !names.has(base)) ctx.report('SKILL_API_FILE_UNDECLARED', { file: `${dir}/${f}`, line: 1, column: 1 }, { file: `${dir}/${f}` });
      }
    }
  },
};
