import { cmp } from '../../diagnostics/diagnostic.js';
import { nodeLoc } from '../js/scripts.js';
import type { Rule } from '../types.js';

/**
 * V002 — every registered API is an async function. The function is the
 * one index.js registers (inline, a local function, or imported from
 * `./apis/<name>` under any alias), else what `apis/<name>.js` exports;
 * when it cannot be followed statically, an info says so.
 */
export const v002AsyncApi: Rule = {
  id: 'V002',
  severity: 'error',
  title: 'registered APIs are async functions',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const names = new Set<string>();
      for (const r of facts.registrations()) if (r.name !== null) names.add(r.name);
      for (const api of facts.mcp()?.apis ?? []) if (api.name !== null) names.add(api.name);
      for (const name of [...names].sort(cmp)) {
        const found = facts.apiFunction(name);
        if (!found) {
          // Only worth saying when something claims to implement it.
          const reg = facts.registrations().find((r) => r.name === name);
          if (reg?.handler || facts.apiFile(name)) ctx.report('SKILL_API_FUNCTION_UNRESOLVED', reg?.loc ?? { file: facts.apiFile(name)!, line: 1, column: 1 }, { name });
          continue;
        }
        if (!found.fn.async) ctx.report('V002_API_NOT_ASYNC', nodeLoc(found.script.file, found.fn), { name });
      }
    }
  },
};
