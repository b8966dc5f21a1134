import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import { dirnameRel, joinRel } from '../util/paths.js';
import type { Vfs } from '../util/vfs.js';
import { isObject, locator } from './json-doc.js';
import { jsonPath, parseJsonWithLocations } from './json-loc.js';
import { selfAndAncestors } from './lookup-dirs.js';
import type { PathAlias } from './path-aliases.js';

/**
 * tsconfig.json `compilerOptions.paths` / `baseUrl`, following `extends`,
 * turned into aliases relative to the mini-program root.
 * https://www.typescriptlang.org/tsconfig/#paths
 *
 * TypeScript itself parses the text (tsconfig is JSONC with its own quirks);
 * `extends` is followed by hand so that every read goes through the project
 * VFS. ts-morph is heavy, so it is imported only when a TS project needs it.
 */
export const TSCONFIG = 'tsconfig.json';

/** An option and the folder of the config file that set it (relative options are relative to it). */
interface Sourced<T> {
  value: T;
  dir: string;
  at: (path: string) => Loc;
}

interface PathOptions {
  baseUrl?: Sourced<string>;
  paths?: Sourced<Record<string, unknown>>;
}

type Ts = typeof import('ts-morph').ts;

/** Aliases from `<projectVfs>/tsconfig.json`; `miniprogramRoot` is the normalised app.json folder. */
export async function readTsPathAliases(projectVfs: Vfs, miniprogramRoot: string, diags: DiagnosticBag): Promise<PathAlias[]> {
  if (!projectVfs.isFile(TSCONFIG)) return [];
  const { ts } = await import('ts-morph');
  const opts = readConfig(ts, projectVfs, TSCONFIG, diags, new Set());
  if (!opts?.paths) return [];

  const { paths, baseUrl } = opts;
  const base = baseUrl ? joinRel(baseUrl.dir, baseUrl.value) : paths.dir;
  if (base === null) {
    diags.report('PATH_ESCAPES_ROOT', baseUrl!.at('compilerOptions.baseUrl'), { path: baseUrl!.value });
    return [];
  }
  const out: PathAlias[] = [];
  for (const [pattern, targets] of Object.entries(paths.value)) {
    if (!Array.isArray(targets)) continue;
    const loc = paths.at(jsonPath('compilerOptions.paths', pattern));
    const kept: string[] = [];
    for (const t of targets) {
      if (typeof t !== 'string') continue;
      const rel = underRoot(base, t, miniprogramRoot);
      // Type folders beside the mini-program root (`typings/*`) are common and harmless: the alias is just not followed.
      if (rel === null) diags.report('TSCONFIG_PATH_OUTSIDE_ROOT', loc, { path: t, pattern });
      else kept.push(rel);
    }
    if (kept.length) out.push({ pattern, targets: kept });
  }
  return out;
}

/** An absolute file-system path (POSIX or Windows) cannot be mapped into the project. */
function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:/.test(p);
}

/** `target` (relative to `base`) as a path relative to the mini-program root; null when outside it. */
function underRoot(base: string, target: string, miniprogramRoot: string): string | null {
  if (isAbsolute(target)) return null;
  const p = joinRel(base, target);
  if (p === null) return null;
  if (miniprogramRoot === '') return p;
  if (p === miniprogramRoot) return '';
  return p.startsWith(miniprogramRoot + '/') ? p.slice(miniprogramRoot.length + 1) : null;
}

/** The path options of `file` with everything it extends applied underneath; null when unreadable. */
function readConfig(ts: Ts, vfs: Vfs, file: string, diags: DiagnosticBag, seen: Set<string>): PathOptions | null {
  seen.add(file);
  const text = vfs.readText(file) ?? '';
  const located = parseJsonWithLocations(text);
  const at = locator(located.index, file);
  let parsed: ReturnType<Ts['parseConfigFileTextToJson']>;
  try {
    parsed = ts.parseConfigFileTextToJson(file, text);
  } catch {
    // TypeScript's JSON reader recurses per nesting level: hostile nesting overflows the stack (ours stops at a fixed depth).
    const pos = located.error?.pos ?? { line: 1, column: 1 };
    diags.report('JSON_INVALID', { file, line: pos.line, column: pos.column }, { file, reason: located.error?.reason ?? 'nested too deeply' });
    return null;
  }
  if (parsed.error) {
    const pos = located.error?.pos ?? { line: 1, column: 1 };
    diags.report('JSON_INVALID', { file, line: pos.line, column: pos.column }, {
      file,
      reason: ts.flattenDiagnosticMessageText(parsed.error.messageText, ' '),
    });
    return null;
  }
  const config: unknown = parsed.config;
  if (!isObject(config)) return null;

  const dir = dirnameRel(file);
  const result: PathOptions = {};
  const ext = config.extends;
  const parents = typeof ext === 'string' ? [ext] : Array.isArray(ext) ? ext : [];
  parents.forEach((spec, i) => {
    if (typeof spec !== 'string') return;
    const where = at(Array.isArray(ext) ? jsonPath('extends', i) : 'extends');
    const found = findExtended(vfs, dir, spec);
    if (found === 'escapes') diags.report('PATH_ESCAPES_ROOT', where, { path: spec });
    else if (found === null) diags.report('TSCONFIG_EXTENDS_UNRESOLVED', where, { file, spec });
    else if (!seen.has(found)) Object.assign(result, readConfig(ts, vfs, found, diags, seen));
  });

  const co = isObject(config.compilerOptions) ? config.compilerOptions : {};
  if (typeof co.baseUrl === 'string') result.baseUrl = { value: co.baseUrl, dir, at };
  if (isObject(co.paths)) result.paths = { value: co.paths, dir, at };
  return result;
}

/**
 * The file an `extends` names: a relative path (with or without `.json`),
 * or a package under `node_modules` looked up from `dir` upwards.
 */
function findExtended(vfs: Vfs, dir: string, spec: string): string | 'escapes' | null {
  const relative = spec.startsWith('./') || spec.startsWith('../');
  if (isAbsolute(spec)) return 'escapes';
  const bases = relative ? [joinRel(dir, spec)] : selfAndAncestors(dir).map((d) => joinRel(d, `node_modules/${spec}`));
  if (bases.every((b) => b === null)) return 'escapes';
  for (const b of bases) {
    if (b === null) continue;
    const hit = [b, `${b}.json`, `${b}/tsconfig.json`].find((c) => vfs.isFile(c));
    if (hit) return hit;
  }
  return null;
}
