import { cmp } from '../diagnostics/diagnostic.js';
import type { ApiInput, ApiOutput, ApiPlan } from './plan-types.js';
import type { DraftContext } from './describe.js';
import { objectLabel } from './describe.js';
import { FLAG_KEY, LIST_KEY } from './vocabulary.js';

/**
 * JSON Schemas of an API (draft-07, as in WeChat's templates): inputSchema
 * from the inputs (closed: `additionalProperties: false`; `required` = the
 * inputs without a default), each property saying where its value comes from
 * and, for IDs, which API's result it must come from; outputSchema from the
 * response fields and setData keys, every field marked as statically guessed.
 * Types follow evidence only (form field types); names alone never make a
 * number.
 */

export interface JsonSchema {
  type?: string;
  format?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  additionalProperties?: boolean;
}

function inputDescription(ctx: DraftContext, input: ApiInput): string {
  if (input.description) return input.description; // a reviewer's text (config) replaces the inferred one
  const { t } = ctx;
  const src = input.source ?? input.name;
  const parts: string[] = [];
  if (input.format === 'image') parts.push(t.param.image);
  switch (input.from) {
    case 'dataset':
    case 'mark':
      parts.push(t.param.dataset(src));
      break;
    case 'detail':
      parts.push(t.param.detail);
      break;
    case 'form':
      parts.push(t.param.form(src));
      break;
    case 'query':
      parts.push(t.param.query(src));
      break;
    case 'data':
      parts.push(input.userEntered ? t.param.userData(src) : t.param.pageData(src));
      break;
    default:
      if (input.format !== 'image') parts.push(t.param.unknown(input.name));
  }
  if (input.hasDefault) parts.push(t.param.optionalDefault);
  if (input.isId && !input.userEntered) {
    const names = input.providers.map((id) => ctx.byId.get(id)?.name).filter((n): n is string => !!n);
    parts.push(names.length ? t.param.idFrom(names) : t.param.idNoInvent);
  }
  return t.lang === 'zh' ? parts.join('，') + '。' : parts.join('; ') + '.';
}

export function inputSchema(ctx: DraftContext, api: ApiPlan): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const i of api.inputs) {
    const p: JsonSchema = { type: i.type };
    if (i.format) p.format = i.format;
    if (i.type === 'array') p.items = { type: 'string' };
    p.description = inputDescription(ctx, i);
    properties[i.name] = p;
  }
  const required = api.inputs.filter((i) => i.required).map((i) => i.name);
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

/** Weak type hints from a field name (`list`, `isPaid`); no hint → no `type`. */
function leafType(key: string): string | undefined {
  const last = key.split('.').pop()!;
  if (LIST_KEY.test(last)) return 'array';
  if (FLAG_KEY.test(last)) return 'boolean';
  return undefined;
}

interface Node {
  output?: ApiOutput;
  children: Map<string, Node>;
}

function toSchema(ctx: DraftContext, node: Node, path: string): JsonSchema {
  const { t } = ctx;
  const desc = node.output ? (node.output.from === 'response' ? t.output.response(path) : t.output.setData(path)) : undefined;
  if (node.children.size === 0) {
    const type = leafType(path);
    return { ...(type ? { type } : {}), ...(desc ? { description: desc } : {}) };
  }
  const properties: Record<string, JsonSchema> = {};
  for (const k of [...node.children.keys()].sort(cmp)) properties[k] = toSchema(ctx, node.children.get(k)!, path ? `${path}.${k}` : k);
  // `list.name`: fields of the items of a list.
  if (leafType(path) === 'array') return { type: 'array', ...(desc ? { description: desc } : {}), items: { type: 'object', properties } };
  return { type: 'object', ...(desc ? { description: desc } : {}), properties };
}

export function outputSchema(ctx: DraftContext, api: ApiPlan): JsonSchema {
  const root: Node = { children: new Map() };
  for (const o of api.outputs) {
    let n = root;
    for (const seg of o.key.split('.')) {
      let c = n.children.get(seg);
      if (!c) n.children.set(seg, (c = { children: new Map() }));
      n = c;
    }
    n.output = o;
  }
  const properties: Record<string, JsonSchema> = {};
  for (const k of [...root.children.keys()].sort(cmp)) properties[k] = toSchema(ctx, root.children.get(k)!, k);
  const description = api.outputs.length ? ctx.t.output.schema(objectLabel(ctx.t, api.object)) : ctx.t.output.unknown;
  return { type: 'object', description, properties };
}
