import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import { normalizeRel } from '../util/paths.js';
import type { Vfs } from '../util/vfs.js';
import { field, isObject, readJsonDoc, type JsonDoc } from './json-doc.js';

/**
 * project.config.json (+ project.private.config.json), the DevTools project
 * file: where the mini-program root is, the appid, the compiler plugins.
 * https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html
 */
export interface ProjectConfig {
  appid: string | null;
  /** Normalised folder of app.json inside the project directory ('' = the same folder). */
  miniprogramRoot: string;
  compileType: string | null;
  /** `setting.useCompilerPlugins` names (`typescript`, `sass`, `less`…). */
  compilerPlugins: string[];
  /** `projectname`. */
  name: string | null;
}

export const PROJECT_CONFIG = 'project.config.json';
/** Per-developer overrides; "same-named fields override project.config.json" (DevTools docs). */
export const PROJECT_PRIVATE_CONFIG = 'project.private.config.json';

/** Read the project config of `projectVfs`; null when there is no project.config.json. */
export function readProjectConfig(projectVfs: Vfs, diags: DiagnosticBag): ProjectConfig | null {
  const base = readJsonDoc(projectVfs, PROJECT_CONFIG, diags, 'PROJECT_CONFIG_INVALID');
  if (!base) return null;
  const priv = readJsonDoc(projectVfs, PROJECT_PRIVATE_CONFIG, diags);
  const docs = priv ? [base, priv] : [base];

  /** The doc that supplies a top-level field last wins; diagnostics point into it. */
  const owner = (key: string): JsonDoc => [...docs].reverse().find((d) => Object.hasOwn(d.value, key)) ?? base;
  const get = <K extends 'string' | 'object'>(key: string, kind: K) => {
    const d = owner(key);
    return field(d, d.value, '', key, kind, diags);
  };

  // `setting` is merged key by key: the private file usually overrides one or two switches.
  const setting: Record<string, unknown> = {};
  for (const d of docs) Object.assign(setting, field(d, d.value, '', 'setting', 'object', diags));

  return {
    appid: get('appid', 'string') ?? null,
    miniprogramRoot: miniprogramRoot(get('miniprogramRoot', 'string'), owner('miniprogramRoot').at('miniprogramRoot'), diags),
    compileType: get('compileType', 'string') ?? null,
    compilerPlugins: compilerPlugins(setting.useCompilerPlugins),
    name: get('projectname', 'string') ?? null,
  };
}

function miniprogramRoot(raw: string | undefined, loc: Loc, diags: DiagnosticBag): string {
  if (raw === undefined) return '';
  const n = normalizeRel(raw);
  if (n === null) {
    // Fall back to the project folder: app.json may still be there.
    diags.report('PATH_ESCAPES_ROOT', loc, { path: raw });
    return '';
  }
  return n;
}

/** `["typescript", "sass"]`; `false` and other shapes mean none. */
function compilerPlugins(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((p) => (typeof p === 'string' ? p : isObject(p) && typeof p.name === 'string' ? p.name : null)).filter((p): p is string => p !== null);
}
