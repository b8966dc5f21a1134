import fs from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isObject } from '../../load/json-doc.js';
import { jsonPath } from '../../load/json-loc.js';
import type { Rule } from '../types.js';

/**
 * mcp.json has WeChat's shape (schema/wechat-mcp.schema.json, validated
 * with ajv), every `inputSchema` is itself a valid draft-07 JSON Schema
 * (ajv compiles it), and API names are unique and camelCase
 * (wechat-ai-mode.md, "mcp.json").
 */
const SCHEMA_URL = new URL('../../../schema/wechat-mcp.schema.json', import.meta.url);
const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;
/**
 * Pattern failures of fields another rule reports with a precise message
 * (V012 componentPath, V017 page paths, SKILL_API_NAME_CASE): not repeated
 * as schema errors.
 */
const COVERED_PATTERNS: readonly RegExp[] = [
  /^\/apis\/\d+\/_meta\/ui\/(componentPath|pagePath)$/,
  /^\/components\/\d+\/(relatedPage|pagePath)$/,
  /^\/apis\/\d+\/name$/,
];

let shapeValidator: ValidateFunction | null = null;
/** Formats are not asserted (`"format": "image"` is WeChat's own); `$id`s are not kept between APIs. */
const schemaCompiler = new Ajv({ strict: false, validateFormats: false, addUsedSchema: false });

function mcpShape(): ValidateFunction {
  shapeValidator ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(SCHEMA_URL, 'utf8')) as object);
  return shapeValidator;
}

export const skillMcpSchema: Rule = {
  id: 'SKILL_MCP',
  severity: 'error',
  title: 'mcp.json matches WeChat\'s shape (JSON Schema), inputSchemas are valid draft-07, API names unique and camelCase',
  check(ctx) {
    for (const skill of ctx.skills) {
      const mcp = ctx.facts(skill).mcp();
      if (!mcp || mcp.error) continue;
      const validate = mcpShape();
      if (!validate(mcp.value)) {
        for (const e of validate.errors ?? []) {
          if (e.keyword === 'pattern' && COVERED_PATTERNS.some((re) => re.test(e.instancePath))) continue;
          const path = errorPath(mcp.value, e);
          ctx.report('SKILL_MCP_SCHEMA', mcp.at(path), { path: path || '(top level)', reason: e.message ?? e.keyword });
        }
      }
      const seen = new Set<string>();
      for (const api of mcp.apis) {
        if (api.name !== null) {
          const at = mcp.at(jsonPath(api.path, 'name'));
          if (seen.has(api.name)) ctx.report('SKILL_API_NAME_DUPLICATE', at, { name: api.name });
          seen.add(api.name);
          if (!CAMEL_CASE.test(api.name)) ctx.report('SKILL_API_NAME_CASE', at, { name: api.name });
        }
        if (!isObject(api.inputSchema)) continue;
        try {
          schemaCompiler.compile(api.inputSchema);
        } catch (err) {
          ctx.report('SKILL_INPUT_SCHEMA_INVALID', mcp.at(jsonPath(api.path, 'inputSchema')), { api: api.name ?? String(api.index), reason: (err as Error).message });
        }
      }
    }
  },
};

/** An ajv error's instance path (a JSON pointer) as a key path (`apis[0].name`), pointing at the offending member when ajv names it. */
function errorPath(root: unknown, e: ErrorObject): string {
  let path = '';
  let cur: unknown = root;
  const segs = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = (e.params as { additionalProperty?: string }).additionalProperty;
  if (extra !== undefined) segs.push(extra);
  for (const seg of segs) {
    if (Array.isArray(cur)) {
      path = jsonPath(path, Number(seg));
      cur = cur[Number(seg)];
    } else {
      path = jsonPath(path, seg);
      cur = isObject(cur) ? cur[seg] : undefined;
    }
  }
  return path;
}
