import { cmp } from '../diagnostics/diagnostic.js';

/**
 * The WeChat AI drafts among the outputs, read back for the review page:
 * `mcp.json` (every API), `skills/<skill>/mcp.json` + `SKILL.md`, and
 * `page-meta.json`. Read from buildOutputs().files, so the page shows exactly
 * the bytes `analyze` writes; absent files just mean fewer sections.
 * Shapes: shared/reference/wechat-ai-mode.md.
 */

export interface SchemaProp {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface DraftApi {
  name: string;
  description: string;
  /** `_meta.ui.pagePath` without its leading `/`: the handoff page route. */
  page: string | null;
  inputs: SchemaProp[];
  outputs: SchemaProp[];
}

export interface DraftSkill {
  /** Folder name under `skills/`. */
  name: string;
  /** SKILL.md text ('' when absent). */
  skillMd: string;
  apis: DraftApi[];
}

export interface PageMetaEntry {
  name: string;
  description: string;
}

export interface Drafts {
  skills: DraftSkill[];
  /** APIs of the top-level mcp.json that no skill holds. */
  otherApis: DraftApi[];
  /** page-meta.json entries by route. */
  pageMeta: Map<string, PageMetaEntry>;
  /** Files that could not be read back (not valid JSON…): a bug in an emitter, shown on the page. */
  unreadable: string[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function props(schema: unknown): SchemaProp[] {
  const s = obj(schema);
  const required = new Set(Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : []);
  return Object.entries(obj(s.properties)).map(([name, p]) => {
    const t = obj(p).type;
    const type = Array.isArray(t) ? t.join(' | ') : str(t) || (obj(p).format ? str(obj(p).format) : 'any');
    return { name, type, required: required.has(name), description: str(obj(p).description) };
  });
}

function apis(text: string): DraftApi[] {
  const list = obj(JSON.parse(text)).apis;
  return (Array.isArray(list) ? list : []).map((a) => {
    const api = obj(a);
    const pagePath = str(obj(obj(api._meta).ui).pagePath);
    return {
      name: str(api.name),
      description: str(api.description),
      page: pagePath ? pagePath.replace(/^\//, '').replace(/\?.*$/, '') : null,
      inputs: props(api.inputSchema),
      outputs: props(api.outputSchema),
    };
  });
}

export function readDrafts(files: Record<string, string>): Drafts {
  const res: Drafts = { skills: [], otherApis: [], pageMeta: new Map(), unreadable: [] };
  const parse = <T>(file: string, fn: (text: string) => T, fallback: T): T => {
    try {
      return fn(files[file]!);
    } catch {
      res.unreadable.push(file);
      return fallback;
    }
  };
  const skillNames = new Set<string>();
  for (const f of Object.keys(files)) {
    const m = /^skills\/([^/]+)\/(?:mcp\.json|SKILL\.md)$/.exec(f);
    if (m) skillNames.add(m[1]!);
  }
  const inSkills = new Set<string>();
  for (const name of [...skillNames].sort(cmp)) {
    const mcp = `skills/${name}/mcp.json`;
    const skill: DraftSkill = { name, skillMd: files[`skills/${name}/SKILL.md`] ?? '', apis: mcp in files ? parse(mcp, apis, []) : [] };
    for (const a of skill.apis) inSkills.add(a.name);
    res.skills.push(skill);
  }
  if ('mcp.json' in files) res.otherApis = parse('mcp.json', apis, []).filter((a) => !inSkills.has(a.name));
  if ('page-meta.json' in files) {
    parse(
      'page-meta.json',
      (text) => {
        const pages = obj(JSON.parse(text)).pages;
        for (const p of Array.isArray(pages) ? pages : []) {
          const e = obj(p);
          if (str(e.path)) res.pageMeta.set(str(e.path).replace(/^\//, ''), { name: str(e.name), description: str(e.description) });
        }
      },
      undefined,
    );
  }
  return res;
}
