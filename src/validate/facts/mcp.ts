import { isObject, locator } from '../../load/json-doc.js';
import { jsonPath, parseJsonWithLocations } from '../../load/json-loc.js';
import type { Loc } from '../../model/types.js';
import type { Vfs } from '../../util/vfs.js';

/**
 * A skill's mcp.json (WeChat's shape: `{ apis: [...], components?: [...] }`),
 * parsed with the position of every field so each finding points at the
 * field it is about. The file is taken as written: shape problems are the
 * schema rule's business, the other rules read what is there.
 */
export interface McpApi {
  index: number;
  /** Key path of this entry (`apis[2]`). */
  path: string;
  name: string | null;
  inputSchema: unknown;
  outputSchema: unknown;
  componentPath: string | null;
  pagePath: string | null;
}

export interface McpComponent {
  index: number;
  path: string;
  componentPath: string | null;
  /** `relatedPage` (current) or `pagePath` (older docs): the page behind the card, with the key it was read from. */
  page: { value: string; key: 'relatedPage' | 'pagePath' } | null;
}

export interface McpFacts {
  file: string;
  /** The parsed value; undefined when the text is not JSON. */
  value: unknown;
  /** Byte size on disk. */
  bytes: number;
  error: { reason: string; loc: Loc } | null;
  apis: McpApi[];
  components: McpComponent[];
  at(path: string): Loc;
  has(path: string): boolean;
}

export function readMcp(vfs: Vfs, file: string): McpFacts | null {
  const text = vfs.readText(file);
  if (text === null) return null;
  const r = parseJsonWithLocations(text);
  const at = locator(r.index, file);
  const facts: McpFacts = {
    file,
    value: r.value,
    bytes: vfs.size(file),
    error: r.error ? { reason: r.error.reason, loc: { file, line: r.error.pos.line, column: r.error.pos.column } } : null,
    apis: [],
    components: [],
    at,
    has: (p) => r.index.has(p),
  };
  if (r.error || !isObject(r.value)) return facts;
  const apis = r.value.apis;
  if (Array.isArray(apis)) {
    apis.forEach((a, index) => {
      if (!isObject(a)) return;
      const ui = isObject(a._meta) && isObject(a._meta.ui) ? a._meta.ui : {};
      facts.apis.push({
        index,
        path: jsonPath('apis', index),
        name: typeof a.name === 'string' ? a.name : null,
        inputSchema: a.inputSchema,
        outputSchema: a.outputSchema,
        componentPath: typeof ui.componentPath === 'string' ? ui.componentPath : null,
        pagePath: typeof ui.pagePath === 'string' ? ui.pagePath : null,
      });
    });
  }
  const comps = r.value.components;
  if (Array.isArray(comps)) {
    comps.forEach((c, index) => {
      if (!isObject(c)) return;
      const page =
        typeof c.relatedPage === 'string'
          ? { value: c.relatedPage, key: 'relatedPage' as const }
          : typeof c.pagePath === 'string'
            ? { value: c.pagePath, key: 'pagePath' as const }
            : null;
      facts.components.push({ index, path: jsonPath('components', index), componentPath: typeof c.path === 'string' ? c.path : null, page });
    });
  }
  return facts;
}

/** `outputSchema.properties` keys (in file order) and `required`, when the schema has them. */
export function outputProperties(schema: unknown): { properties: string[]; required: string[] } | null {
  if (!isObject(schema) || !isObject(schema.properties)) return null;
  const required = Array.isArray(schema.required) ? schema.required.filter((x): x is string => typeof x === 'string') : [];
  return { properties: Object.keys(schema.properties), required };
}
