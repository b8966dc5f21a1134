import { joinRel, normalizeRel } from '../util/paths.js';
import type { Vfs } from '../util/vfs.js';
import { selfAndAncestors } from './lookup-dirs.js';
import { expandAlias, type PathAlias } from './path-aliases.js';
import { unitExists } from './unit-files.js';

/**
 * Where a usingComponents value points. WeChat's rules
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/,
 * https://developers.weixin.qq.com/miniprogram/dev/devtools/npm.html):
 * - `plugin://name/comp` (and `plugin-private://`): a plugin's component, not in the source;
 * - `/x/y`: root-absolute; `./x`, `../x`: relative to the unit's folder;
 * - a bare `x/y`: an alias (tsconfig paths / app.json resolveAlias), else relative,
 *   else an npm package built into `miniprogram_npm/`, looked up from the unit's
 *   folder upwards like Node looks up node_modules.
 * A path may name a folder holding `index.*`; the component is then `<folder>/index`.
 */
export type ComponentResolution =
  | { kind: 'found'; path: string; origin: 'local' | 'npm' }
  | { kind: 'plugin' }
  | { kind: 'escapes' }
  | { kind: 'unresolved' };

const PLUGIN_PREFIXES = ['plugin://', 'plugin-private://'];
/** A spec may carry the extension of one of the component's files; the unit is the path without it. */
const SPEC_EXTENSIONS = ['.js', '.ts', '.json', '.wxml'];
const NPM_DIR = 'miniprogram_npm';

export function resolveComponentSpec(vfs: Vfs, fromDir: string, rawSpec: string, aliases: readonly PathAlias[]): ComponentResolution {
  const trimmed = rawSpec.trim();
  if (PLUGIN_PREFIXES.some((p) => trimmed.startsWith(p))) return { kind: 'plugin' };
  const ext = SPEC_EXTENSIONS.find((e) => trimmed.endsWith(e));
  const spec = ext ? trimmed.slice(0, -ext.length) : trimmed;

  const explicit = spec.startsWith('/') || spec.startsWith('./') || spec.startsWith('../');
  const candidates: (string | null)[] = [];
  if (!explicit) candidates.push(...expandAlias(aliases, spec).map((t) => normalizeRel(t)));
  candidates.push(joinRel(fromDir, spec));
  if (!explicit) candidates.push(...npmCandidates(fromDir, spec));

  let escaped = false;
  for (const c of candidates) {
    if (c === null) {
      escaped = true;
      continue;
    }
    const found = findUnit(vfs, c);
    if (found !== null) return { kind: 'found', path: found, origin: isNpmPath(found) ? 'npm' : 'local' };
  }
  return escaped ? { kind: 'escapes' } : { kind: 'unresolved' };
}

/** `<p>` when it is a component, else `<p>/index` when `<p>` is a folder holding one. */
function findUnit(vfs: Vfs, p: string): string | null {
  if (unitExists(vfs, p)) return p;
  const index = p ? `${p}/index` : 'index';
  return vfs.isDir(p) && unitExists(vfs, index) ? index : null;
}

/** `miniprogram_npm/<spec>` in the unit's folder, then each parent folder up to the root. */
function npmCandidates(fromDir: string, spec: string): (string | null)[] {
  // A package name never climbs: `a/../../x` must not land back in the project through miniprogram_npm.
  if (spec.split('/').includes('..')) return [];
  return selfAndAncestors(fromDir).map((dir) => joinRel(dir, `${NPM_DIR}/${spec}`));
}

function isNpmPath(p: string): boolean {
  return p.split('/').includes(NPM_DIR);
}
