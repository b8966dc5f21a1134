import { jsonPath } from '../../load/json-loc.js';
import { CARD_FILES } from '../facts/skill-facts.js';
import type { Rule } from '../types.js';

/**
 * V012 — a declared `_meta.ui.componentPath` is `components/<name>/index`
 * and that folder holds the card's four files (index.js, index.json,
 * index.wxml, index.wxss; a TypeScript index.ts stands for index.js).
 */
const COMPONENT_PATH = /^components\/[\w-]+\/index$/;

export const v012ComponentFiles: Rule = {
  id: 'V012',
  severity: 'error',
  title: 'a declared componentPath is components/<name>/index with the 4 files',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const mcp = facts.mcp();
      for (const api of mcp?.apis ?? []) {
        if (api.componentPath === null) continue;
        const at = mcp!.at(jsonPath(jsonPath(jsonPath(api.path, '_meta'), 'ui'), 'componentPath'));
        if (!COMPONENT_PATH.test(api.componentPath)) {
          ctx.report('V012_COMPONENT_PATH_FORMAT', at, { path: api.componentPath });
          continue;
        }
        const dir = facts.path(api.componentPath.slice(0, -'/index'.length));
        const missing = CARD_FILES.filter((f) => !ctx.vfs.isFile(`${dir}/${f}`) && !(f === 'index.js' && ctx.vfs.isFile(`${dir}/index.ts`)));
        if (missing.length) ctx.report('V012_COMPONENT_FILES_MISSING', at, { path: dir, missing: missing.join(', ') });
      }
    }
  },
};
