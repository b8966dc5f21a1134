import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { ListToolsResultSchema, ToolSchema } from '@modelcontextprotocol/sdk/types.js';

/**
 * Validators for emitted files: our JSON Schemas through ajv (draft-07), the
 * MCP tools list through the official SDK's zod schemas. Every emitted file
 * passes these before it may become a snapshot.
 */

const schemaDir = new URL('../../schema/', import.meta.url);
const load = (name: string): object => JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8'));

export const ajv = new Ajv({ allErrors: true, strict: true });
// WeChat's templates mark image inputs with `format: "image"` (a file path, not a checkable string format).
ajv.addFormat('image', true);

const compiled = {
  analysis: ajv.compile(load('analysis.schema.json')),
  wechatMcp: ajv.compile(load('wechat-mcp.schema.json')),
  pageMeta: ajv.compile(load('page-meta.schema.json')),
  capabilities: ajv.compile(load('capabilities.schema.json')),
};

export type SchemaName = keyof typeof compiled;

/** Validation errors as readable lines (empty when valid). */
export function schemaErrors(name: SchemaName, data: unknown): string[] {
  const v = compiled[name];
  return v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Errors of a JSON Schema document itself (as draft-07), e.g. an emitted inputSchema. */
export function jsonSchemaErrors(schema: object): string[] {
  if (!ajv.validateSchema(schema)) return (ajv.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  try {
    ajv.compile(schema);
    return [];
  } catch (err) {
    return [String(err)];
  }
}

/** Errors of an MCP `tools/list` result per the official SDK (whole result, then each tool). */
export function mcpToolsErrors(data: unknown): string[] {
  const out: string[] = [];
  const all = ListToolsResultSchema.safeParse(data);
  if (!all.success) out.push(all.error.message);
  const tools = (data as { tools?: unknown[] }).tools ?? [];
  tools.forEach((t, i) => {
    const r = ToolSchema.safeParse(t);
    if (!r.success) out.push(`tools[${i}]: ${r.error.message}`);
  });
  return out;
}
