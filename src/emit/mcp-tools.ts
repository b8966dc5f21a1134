import type { ApiPlan } from './plan-types.js';
import type { DraftContext } from './describe.js';
import { apiDescription, apiTitle } from './describe.js';
import { inputSchema, outputSchema, type JsonSchema } from './schema-infer.js';

/**
 * Standard MCP `tools/list` result for `--format mcp` (MCP spec 2025-11-25,
 * "Tools"): `{ tools: [{ name, title, description, inputSchema, outputSchema,
 * annotations }] }`. Annotations are hints from the effects: read-only for
 * pure reads (GET, cloud database get/count, storage reads), destructive for
 * writes and payment, idempotent when HTTP semantics say so (GET/PUT/DELETE),
 * open-world when the call leaves the device.
 */

export interface McpTool {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema: JsonSchema;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
}

export function mcpTool(ctx: DraftContext, api: ApiPlan): McpTool {
  return {
    name: api.name,
    title: apiTitle(ctx, api),
    description: apiDescription(ctx, api),
    inputSchema: inputSchema(ctx, api),
    outputSchema: outputSchema(ctx, api),
    annotations: {
      readOnlyHint: api.readOnly,
      destructiveHint: !api.readOnly,
      idempotentHint: api.idempotent,
      openWorldHint: api.openWorld,
    },
  };
}

/** All APIs as MCP tools, in the given order. */
export function mcpTools(ctx: DraftContext, apis: readonly ApiPlan[]): { tools: McpTool[] } {
  return { tools: apis.map((a) => mcpTool(ctx, a)) };
}
