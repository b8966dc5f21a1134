import { cmp, compareLoc, DiagnosticBag, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { isObject, locator } from '../load/json-doc.js';
import { jsonPath, parseJsonWithLocations } from '../load/json-loc.js';
import type { Diagnostic, Loc } from '../model/types.js';
import type { Grouping, JsonType, Lang } from '../emit/plan-types.js';
import type { ApiOverride, AutoskillConfig, PagePattern, ParamOverride, SkillOverride } from './config-types.js';
import { pathOf, schemaFindings } from './config-schema.js';

/**
 * autoskill.config.json → AutoskillConfig + diagnostics, never an
 * exception: the file is parsed with locations (json-loc.ts), checked
 * against the shipped schema (ajv) and by code (an API in two skills), and
 * every problem is reported at its key — CONFIG_UNKNOWN_KEY (warning, the
 * key is ignored), CONFIG_INVALID (error, the value is ignored, the rest of
 * the file still applies). Overrides that name no API are found later, by
 * the emitter, which knows the APIs (apply-overrides.ts).
 */

export { CONFIG_FILE } from './config-file.js';

export interface ParsedConfig {
  config: AutoskillConfig;
  diagnostics: Diagnostic[];
}

export const emptyConfig = (): AutoskillConfig => ({ overrides: {} });

/** `apis["pages/a#b"].name`: a key path as the reader of the file sees it. */
export function displayPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || '(top level)';
}

/** Edit distance ≤ 2 (or a case difference): the key that was probably meant. */
function suggestion(key: string, known: readonly string[]): string | null {
  const distance = (a: string, b: string): number => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
      prev = row;
    }
    return prev[b.length]!;
  };
  const scored = known
    .filter((k) => k !== '$schema')
    .map((k) => ({ k, d: k.toLowerCase() === key.toLowerCase() ? 0 : distance(key, k) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d || cmp(a.k, b.k));
  return scored[0]?.k ?? null;
}

/** Parse the text of a config file; `file` names it in diagnostics. */
export function parseConfig(text: string, file: string): ParsedConfig {
  const bag = new DiagnosticBag();
  const r = parseJsonWithLocations(text);
  if (r.error) {
    bag.report('CONFIG_INVALID', { file, line: r.error.pos.line, column: r.error.pos.column }, { path: file, reason: `not valid JSON (${r.error.reason})` });
    return { config: emptyConfig(), diagnostics: bag.items };
  }
  const at = locator(r.index, file);
  const first = r.lenient[0];
  if (first) bag.report('JSON_NONSTANDARD', { file, line: first.pos.line, column: first.pos.column }, { file, what: first.what });
  if (!isObject(r.value)) {
    bag.report('CONFIG_INVALID', at(''), { path: file, reason: 'must be a JSON object' });
    return { config: emptyConfig(), diagnostics: bag.items };
  }

  // Values the schema rejects are skipped by the reader below (with their children).
  const rejected = new Set<string>();
  for (const f of schemaFindings(r.value)) {
    if (f.kind === 'unknown-key') {
      const hint = suggestion(f.key!, f.known ?? []);
      const where = f.segments.length > 1 ? displayPath(f.segments.slice(0, -1)) : 'the top level';
      bag.report('CONFIG_UNKNOWN_KEY', at(f.path), { key: f.key!, where, hint: hint ? ` (did you mean "${hint}"?)` : '' });
    } else {
      bag.report('CONFIG_INVALID', at(f.path), { path: displayPath(f.segments), reason: f.reason! });
      rejected.add(f.path);
    }
  }
  const config = readConfig(r.value, { at, rejected, bag });
  return { config, diagnostics: sortDiagnostics(bag.items) };
}

interface Reader {
  at: (path: string) => Loc;
  rejected: ReadonlySet<string>;
  bag: DiagnosticBag;
}

/** The value at `path` unless it (or an enclosing value) was rejected. */
function ok(rd: Reader, path: string): boolean {
  for (const p of ancestors(path)) if (rd.rejected.has(p)) return false;
  return true;
}

function ancestors(path: string): string[] {
  const out = [path];
  for (let p = path; p; ) {
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut < 0 ? '' : p.slice(0, cut);
    out.push(p);
  }
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const entries = (v: unknown): [string, unknown][] => (isObject(v) ? Object.entries(v) : []);

function patterns(rd: Reader, root: Record<string, unknown>, key: 'include' | 'exclude'): PagePattern[] | undefined {
  const list = root[key];
  if (!Array.isArray(list) || !ok(rd, key)) return undefined;
  return list.flatMap((p, i) => {
    const path = jsonPath(key, i);
    return typeof p === 'string' && p.trim() && ok(rd, path) ? [{ pattern: p, loc: rd.at(path) }] : [];
  });
}

function readApi(rd: Reader, id: string, v: unknown): ApiOverride | null {
  const path = pathOf(['apis', id]);
  if (!isObject(v) || !ok(rd, path)) return null;
  const o: ApiOverride = { id, loc: rd.at(path) };
  const field = (k: string) => (ok(rd, jsonPath(path, k)) ? v[k] : undefined);
  const name = str(field('name'));
  if (name) {
    o.name = name;
    o.nameLoc = rd.at(jsonPath(path, 'name'));
  }
  const description = str(field('description'));
  if (description) o.description = description;
  if (field('drop') === true) o.drop = true;
  const params: ParamOverride[] = [];
  for (const [pname, pv] of entries(field('params'))) {
    const ppath = pathOf(['apis', id, 'params', pname]);
    if (!isObject(pv) || !ok(rd, ppath)) continue;
    const p: ParamOverride = { name: pname, loc: rd.at(ppath) };
    const pfield = (k: string) => (ok(rd, jsonPath(ppath, k)) ? pv[k] : undefined);
    const d = str(pfield('description'));
    if (d) p.description = d;
    const t = pfield('type');
    if (typeof t === 'string') p.type = t as JsonType;
    const req = pfield('required');
    if (typeof req === 'boolean') p.required = req;
    params.push(p);
  }
  if (params.length) o.params = params.sort((a, b) => cmp(a.name, b.name));
  return o;
}

function readSkills(rd: Reader, v: unknown): SkillOverride[] {
  const skills: SkillOverride[] = [];
  for (const [name, sv] of entries(v)) {
    const path = pathOf(['skills', name]);
    if (!isObject(sv) || !ok(rd, path)) continue;
    const s: SkillOverride = { name, loc: rd.at(path) };
    const field = (k: string) => (ok(rd, jsonPath(path, k)) ? sv[k] : undefined);
    const title = str(field('title'));
    if (title) s.title = title;
    const description = str(field('description'));
    if (description) s.description = description;
    const apis = field('apis');
    if (Array.isArray(apis)) {
      s.apis = apis.flatMap((id, i) => {
        const ipath = jsonPath(jsonPath(path, 'apis'), i);
        return typeof id === 'string' && ok(rd, ipath) ? [{ id, loc: rd.at(ipath) }] : [];
      });
    }
    skills.push(s);
  }
  // An API belongs to one skill: the first listing in the file keeps it.
  const owner = new Map<string, string>();
  const refs = skills.flatMap((s) => (s.apis ?? []).map((ref) => ({ s, ref }))).sort((a, b) => compareLoc(a.ref.loc ?? null, b.ref.loc ?? null));
  for (const { s, ref } of refs) {
    const first = owner.get(ref.id);
    if (first === undefined) owner.set(ref.id, s.name);
    else {
      rd.bag.report('CONFIG_INVALID', ref.loc ?? null, { path: displayPath(['skills', s.name, 'apis']), reason: `"${ref.id}" is already in skill "${first}"` });
      s.apis = s.apis!.filter((x) => x !== ref);
    }
  }
  // An explicit skill left with no valid API is no skill; an entry with neither apis nor texts says nothing.
  return skills.filter((s) => (s.apis ? s.apis.length > 0 : !!(s.title || s.description))).sort((a, b) => cmp(a.name, b.name));
}

function readConfig(root: Record<string, unknown>, rd: Reader): AutoskillConfig {
  const config = emptyConfig();
  const o = config.overrides;
  const top = (k: string) => (ok(rd, k) ? root[k] : undefined);
  const out = str(top('out'));
  if (out) config.out = out;
  const lang = top('lang');
  if (lang === 'zh' || lang === 'en') config.lang = lang as Lang;
  const grouping = top('grouping');
  if (typeof grouping === 'string') config.grouping = grouping as Grouping;
  const include = patterns(rd, root, 'include');
  if (include) o.include = include;
  const exclude = patterns(rd, root, 'exclude');
  if (exclude) o.exclude = exclude;
  const skills = readSkills(rd, top('skills'));
  if (skills.length) o.skills = skills;
  const apis = entries(top('apis'))
    .map(([id, v]) => readApi(rd, id, v))
    .filter((a): a is ApiOverride => a !== null)
    .sort((a, b) => cmp(a.id, b.id));
  if (apis.length) o.apis = apis;
  return config;
}
