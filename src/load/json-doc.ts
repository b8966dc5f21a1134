import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import type { Vfs } from '../util/vfs.js';
import { jsonPath, parseJsonWithLocations, type JsonPos } from './json-loc.js';

/**
 * One JSON file of the project, parsed, with the location of every field.
 * Invalid files are reported and read as `{}`, so loading goes on.
 */
export interface JsonDoc {
  /** File name as it appears in diagnostics. */
  file: string;
  /** The top-level object ({} when the file is invalid or not an object). */
  value: Record<string, unknown>;
  /** False when the file could not be parsed or is not an object. */
  valid: boolean;
  /** Location of a key path (`pages[3]`); the nearest enclosing field when absent; 1:1 at worst. */
  at(path: string): Loc;
}

/** Which code reports an unparseable file: app.json and project.config.json have their own. */
export type JsonInvalidCode = 'APP_JSON_INVALID' | 'PROJECT_CONFIG_INVALID' | 'JSON_INVALID';

/**
 * Read and parse `rel` from `vfs`; null when the file does not exist.
 * Locations name the file `rel`: root-relative for mini-program files,
 * project-relative for project.config.json and tsconfig.json.
 */
export function readJsonDoc(
  vfs: Vfs,
  rel: string,
  diags: DiagnosticBag,
  invalidCode: JsonInvalidCode = 'JSON_INVALID',
): JsonDoc | null {
  const file = rel;
  const text = vfs.readText(rel);
  if (text === null) return null;
  const r = parseJsonWithLocations(text);
  const locOf = (p: JsonPos): Loc => ({ file, line: p.line, column: p.column });
  const at = locator(r.index, file);

  if (r.error) {
    diags.report(invalidCode, locOf(r.error.pos), { file, reason: r.error.reason });
    return { file, value: {}, valid: false, at };
  }
  const first = r.lenient[0];
  if (first) diags.report('JSON_NONSTANDARD', locOf(first.pos), { file, what: first.what });
  if (!isObject(r.value)) {
    diags.report('JSON_FIELD_TYPE', at(''), { field: `(top level of ${file})`, expected: 'an object' });
    return { file, value: {}, valid: false, at };
  }
  return { file, value: r.value, valid: true, at };
}

/**
 * Location of a key path in a parsed file: the path itself, else its nearest
 * enclosing field (a missing `root` is reported at its subpackage), else 1:1.
 */
export function locator(index: ReadonlyMap<string, JsonPos>, file: string): (path: string) => Loc {
  return (path) => {
    for (let p: string | null = path; p !== null; p = parentPath(p)) {
      const pos = index.get(p);
      if (pos) return { file, line: pos.line, column: pos.column };
    }
    return { file, line: 1, column: 1 };
  };
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → '' → null. */
function parentPath(p: string): string | null {
  if (p === '') return null;
  const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
  return cut < 0 ? '' : p.slice(0, cut);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The JSON types a field can be expected to have, with the wording used in JSON_FIELD_TYPE. */
const KINDS = {
  string: { expected: 'a string', test: (v: unknown): v is string => typeof v === 'string' },
  boolean: { expected: 'true or false', test: (v: unknown): v is boolean => typeof v === 'boolean' },
  array: { expected: 'an array', test: (v: unknown): v is unknown[] => Array.isArray(v) },
  object: { expected: 'an object', test: isObject },
} as const;

type Kinds = typeof KINDS;
type KindValue<K extends keyof Kinds> = Kinds[K]['test'] extends (v: unknown) => v is infer T ? T : never;

/**
 * `container[key]` when it has the expected JSON type; undefined when absent (or
 * null), and also when mistyped, after a JSON_FIELD_TYPE at the field.
 */
export function field<K extends keyof Kinds>(
  doc: JsonDoc,
  container: Record<string, unknown> | readonly unknown[],
  path: string,
  key: string | number,
  kind: K,
  diags: DiagnosticBag,
): KindValue<K> | undefined {
  const v = Array.isArray(container)
    ? (container as readonly unknown[])[key as number]
    : Object.hasOwn(container, key)
      ? (container as Record<string, unknown>)[key]
      : undefined;
  if (v === undefined || v === null) return undefined;
  const k = KINDS[kind];
  if (k.test(v)) return v as KindValue<K>;
  const p = jsonPath(path, key);
  diags.report('JSON_FIELD_TYPE', doc.at(p), { field: p, expected: k.expected });
  return undefined;
}
