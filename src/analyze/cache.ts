import fs from 'node:fs';
import path from 'node:path';
import type { AppModel, ComponentModel, Diagnostic, PageModel, ProjectInfo } from '../model/types.js';
import type { ProbeReplayer, ProbeSet } from '../util/tracking-vfs.js';

/**
 * The incremental-run cache: for the project as a whole and for every page
 * and component, the probes its analysis made (files read with their content
 * hashes, paths tested) and the result it produced. On the next run a unit
 * whose probes all still answer the same is reused; the rest is analysed
 * again. Unchanged app: nothing is parsed. One file changed: only the units
 * that read it (directly or through a module they use) are redone.
 *
 * The file lives in the output folder (never elsewhere) with a `.gitignore`
 * beside it, so `autoskill check` can keep it next to committed outputs.
 */
const FORMAT = 1;

export interface CachedUnit {
  probes: [string, string][];
  model: PageModel | ComponentModel;
  diagnostics: Diagnostic[];
}

export interface CacheData {
  format: number;
  /** Tool version and options: a different analyser invalidates everything. */
  key: string;
  global: [string, string][];
  globalDiagnostics: Diagnostic[];
  project: ProjectInfo;
  app: AppModel | null;
  /** `page:<route>` / `component:<path>` → unit. */
  units: Record<string, CachedUnit>;
}

export function readCache(file: string, key: string): CacheData | null {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheData;
    return data.format === FORMAT && data.key === key ? data : null;
  } catch {
    return null;
  }
}

export function writeCache(file: string, data: Omit<CacheData, 'format'>): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const ignore = path.join(path.dirname(file), '.gitignore');
    if (path.basename(path.dirname(file)) === '.autoskill-cache' && !fs.existsSync(ignore)) fs.writeFileSync(ignore, '*\n');
    fs.writeFileSync(file, JSON.stringify({ format: FORMAT, ...data }));
  } catch {
    /* a cache that cannot be written only costs time next run */
  }
}

export const probesToList = (p: ProbeSet): [string, string][] => [...p.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/** The units of `cache` that can be reused as they are, or null when the project itself changed. */
export function reusableUnits(cache: CacheData, replay: ProbeReplayer): Map<string, CachedUnit> | null {
  if (!replay.unchanged(cache.global)) return null;
  const out = new Map<string, CachedUnit>();
  for (const [k, u] of Object.entries(cache.units)) if (replay.unchanged(u.probes)) out.set(k, u);
  return out;
}
