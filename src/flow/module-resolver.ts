import { selfAndAncestors } from '../load/lookup-dirs.js';
import { dirnameRel, joinRel, normalizeRel } from '../util/paths.js';
import type { ProbeSet, TrackingVfs } from '../util/tracking-vfs.js';
import type { Vfs } from '../util/vfs.js';

/**
 * How mini-program scripts find each other. WeChat's `require` resolves
 * relative paths and root-absolute ones (`/utils/util`), and bare names to
 * `miniprogram_npm/<pkg>`; TypeScript projects add tsconfig `paths` aliases.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/api/require.html
 */
export interface ResolveResult {
  file: string | null;
  /** The specifier pointed outside the project root: never read. */
  escapes?: boolean;
}

/**
 * A `.ts` module before a `.js` beside it, as for pages and components (unit-files.ts): a
 * TypeScript project may keep compiled output, sometimes stale, next to the source DevTools compiles.
 */
const SCRIPT_EXTS = ['.ts', '.js', '.json', '.wxs'];

export class ModuleResolver {
  private readonly cache = new Map<string, { r: ResolveResult; probes: ProbeSet }>();

  constructor(
    private readonly vfs: Vfs,
    private readonly aliases: { pattern: string; targets: string[] }[] = [],
    private readonly tracker: TrackingVfs | null = null,
  ) {}

  resolve(fromFile: string, spec: string): ResolveResult {
    const key = `${dirnameRel(fromFile)}\0${spec}`;
    const hit = this.cache.get(key);
    if (hit) {
      // The paths probed to resolve it are part of what the caller's result depends on.
      this.tracker?.merge(hit.probes);
      return hit.r;
    }
    const probes: ProbeSet = new Map();
    const r = this.tracker ? this.tracker.recording(probes, () => this.compute(fromFile, spec)) : this.compute(fromFile, spec);
    this.tracker?.merge(probes);
    this.cache.set(key, { r, probes });
    return r;
  }

  private compute(fromFile: string, spec: string): ResolveResult {
    const dir = dirnameRel(fromFile);
    if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..' || spec.startsWith('/')) {
      const p = joinRel(dir, spec);
      if (p === null) return { file: null, escapes: true };
      return { file: this.probe(p) };
    }
    // tsconfig paths aliases (`@/utils/x`).
    for (const a of this.aliases) {
      const m = matchAlias(a.pattern, spec);
      if (m === null) continue;
      for (const t of a.targets) {
        const p = normalizeRel(t.replace('*', m));
        if (p === null) return { file: null, escapes: true };
        const f = this.probe(p);
        if (f) return { file: f };
      }
    }
    // npm packages built into miniprogram_npm (searched from the file's folder upwards, as WeChat does).
    const npm = this.probeNpm(dir, spec);
    if (npm) return { file: npm };
    // Many apps write `require('utils/util.js')` meaning a path relative to the file.
    const rel = joinRel(dir, spec);
    if (rel !== null) {
      const f = this.probe(rel);
      if (f) return { file: f };
    }
    const fromRoot = normalizeRel(spec);
    if (fromRoot !== null) {
      const f = this.probe(fromRoot);
      if (f) return { file: f };
    }
    return { file: null };
  }

  private probeNpm(dir: string, spec: string): string | null {
    // The same folders, in the same order, as the loader searches for npm components.
    for (const d of selfAndAncestors(dir)) {
      const base = d ? `${d}/miniprogram_npm` : 'miniprogram_npm';
      if (!this.vfs.isDir(base)) continue;
      const p = normalizeRel(`${base}/${spec}`);
      if (p === null) return null;
      const f = this.probe(p) ?? this.probePackageMain(p);
      if (f) return f;
    }
    return null;
  }

  private probePackageMain(dir: string): string | null {
    const pkg = this.vfs.readText(`${dir}/package.json`);
    if (!pkg) return null;
    try {
      const main = (JSON.parse(pkg) as { main?: unknown }).main;
      if (typeof main === 'string') {
        const p = joinRel(dir, main);
        return p === null ? null : this.probe(p);
      }
    } catch {
      /* not JSON: fall through */
    }
    return null;
  }

  /** Try the path as a file, with script extensions, then as a folder with an index. */
  probe(p: string): string | null {
    if (this.vfs.isFile(p)) return p;
    for (const e of SCRIPT_EXTS) if (this.vfs.isFile(p + e)) return p + e;
    // `util.js` written for a TS source `util.ts`.
    if (p.endsWith('.js') && this.vfs.isFile(p.slice(0, -3) + '.ts')) return p.slice(0, -3) + '.ts';
    for (const e of SCRIPT_EXTS) if (this.vfs.isFile(`${p}/index${e}`)) return `${p}/index${e}`;
    return null;
  }
}

function matchAlias(pattern: string, spec: string): string | null {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === spec ? '' : null;
  const pre = pattern.slice(0, star);
  const post = pattern.slice(star + 1);
  if (spec.length < pre.length + post.length || !spec.startsWith(pre) || !spec.endsWith(post)) return null;
  return spec.slice(pre.length, spec.length - post.length);
}
