import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import type { Vfs } from '../util/vfs.js';
import { field, readJsonDoc, type JsonDoc } from './json-doc.js';
import { jsonPath } from './json-loc.js';

/**
 * The JSON of a page or component: title, `component: true` and its
 * usingComponents, still unresolved.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/page.html
 */
export interface UnitJson {
  json: Record<string, unknown>;
  title: string | null;
  isComponent: boolean;
  usingComponents: ComponentDecl[];
}

/** One `usingComponents` entry as written: `"goods-card": "/components/goods-card/index"`. */
export interface ComponentDecl {
  tag: string;
  spec: string;
  loc: Loc;
}

/** Read a unit's JSON file (`null` → no file: an empty JSON). */
export function readUnitJson(vfs: Vfs, jsonFile: string | null, diags: DiagnosticBag): UnitJson {
  const doc = jsonFile === null ? null : readJsonDoc(vfs, jsonFile, diags);
  if (!doc) return { json: {}, title: null, isComponent: false, usingComponents: [] };
  const v = doc.value;
  return {
    json: v,
    title: field(doc, v, '', 'navigationBarTitleText', 'string', diags) ?? null,
    isComponent: field(doc, v, '', 'component', 'boolean', diags) ?? false,
    usingComponents: readUsingComponents(doc, v, '', diags),
  };
}

/** The `usingComponents` of `obj` (found at key path `path` of `doc`), in declaration order. */
export function readUsingComponents(doc: JsonDoc, obj: Record<string, unknown>, path: string, diags: DiagnosticBag): ComponentDecl[] {
  const using = field(doc, obj, path, 'usingComponents', 'object', diags);
  if (!using) return [];
  const usingPath = jsonPath(path, 'usingComponents');
  const out: ComponentDecl[] = [];
  for (const tag of Object.keys(using)) {
    const spec = field(doc, using, usingPath, tag, 'string', diags);
    if (spec !== undefined) out.push({ tag, spec, loc: doc.at(jsonPath(usingPath, tag)) });
  }
  return out;
}
