import { cmp } from '../../diagnostics/diagnostic.js';
import { jsonPath } from '../../load/json-loc.js';
import { outputProperties } from '../facts/mcp.js';
import type { Rule } from '../types.js';

/**
 * V009 — the `structuredContent` an API returns has exactly the
 * properties its outputSchema declares (wechat-ai-mode.md, "mcp.json":
 * outputSchema describes structuredContent). Read from the object literals
 * the API function returns (through variables and `sc.key = …`
 * assignments): a returned key not declared, a required key missing from a
 * return, a declared property no return sets. Returns that cannot be read
 * (a helper's result, a spread) make the checks that need them stay quiet.
 */
export const v009OutputSchema: Rule = {
  id: 'V009',
  severity: 'error',
  title: 'returned structuredContent keys == outputSchema properties',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const mcp = facts.mcp();
      if (!mcp) continue;
      for (const api of mcp.apis) {
        if (api.name === null) continue;
        const ret = facts.returns(api.name);
        if (!ret) continue;
        const schema = outputProperties(api.outputSchema);
        const declared = new Set(schema?.properties ?? []);
        const contents = ret.shapes.map((s) => s.structuredContent);
        const known = contents.filter((c) => typeof c === 'object');
        const returned = new Set(known.flatMap((c) => c.keys.map((k) => k.name)));
        if (!schema || declared.size === 0) {
          if (returned.size) {
            ctx.report('V009_OUTPUT_SCHEMA_MISSING', mcp.at(jsonPath(api.path, schema ? 'outputSchema' : 'name')), {
              api: api.name,
              keys: [...returned].sort(cmp).join(', '),
            });
          }
          continue;
        }
        for (const c of known) {
          for (const k of c.keys) if (!declared.has(k.name)) ctx.report('V009_KEY_NOT_DECLARED', k.loc, { api: api.name, key: k.name });
          if (!c.complete) continue;
          for (const req of schema.required) {
            if (declared.has(req) && !c.keys.some((k) => k.name === req)) ctx.report('V009_REQUIRED_MISSING', c.loc, { api: api.name, key: req });
          }
        }
        // "Never returned" needs every return read in full.
        const allRead = ret.shapes.length > 0 && contents.every((c) => c === 'absent' || (typeof c === 'object' && c.complete));
        if (!allRead) continue;
        for (const prop of schema.properties) {
          if (!returned.has(prop)) ctx.report('V009_PROPERTY_NOT_RETURNED', mcp.at(jsonPath(jsonPath(jsonPath(api.path, 'outputSchema'), 'properties'), prop)), { api: api.name, key: prop });
        }
      }
    }
  },
};
