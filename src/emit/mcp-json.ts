import type { ApiPlan } from './plan-types.js';
import type { DraftContext } from './describe.js';
import { apiDescription } from './describe.js';
import { inputSchema, outputSchema, type JsonSchema } from './schema-infer.js';

/**
 * WeChat's mcp.json (not the `mcpServers` client config): `{ apis: [...] }`,
 * one entry per registered API. `_meta.ui.pagePath` is the handoff page:
 * `/` + the routable page where the action lives, no query
 * (wechat-ai-mode.md, "mcp.json"). No `components`: autoskill drafts no
 * cards, and a declared card must exist (validator V012).
 */

export interface WechatApi {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema: JsonSchema;
  _meta: { ui: { pagePath: string } };
}

export interface WechatMcp {
  apis: WechatApi[];
}

export function wechatApi(ctx: DraftContext, api: ApiPlan): WechatApi {
  return {
    name: api.name,
    description: apiDescription(ctx, api),
    inputSchema: inputSchema(ctx, api),
    outputSchema: outputSchema(ctx, api),
    _meta: { ui: { pagePath: '/' + api.route } },
  };
}

/** mcp.json for a list of APIs, in the given order. */
export function wechatMcp(ctx: DraftContext, apis: readonly ApiPlan[]): WechatMcp {
  return { apis: apis.map((a) => wechatApi(ctx, a)) };
}
