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
const FORMAT = 2;

/** On disk, each distinct probe is stored once and referenced by index (caches repeat them a lot). */
interface DiskCache extends Omit<CacheData, 'global' | 'units'> {
  table: [string, string][];
  global: number[];
  units: Record<string, Omit<CachedUnit, 'probes'> & { probes: number[] }>;
}

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
  /** Read probe → file stamp (size, mtime, inode) when it was read. */
  stamps: Record<string, string>;
  globalDiagnostics: Diagnostic[];
  project: ProjectInfo;
  app: AppModel | null;
  /** `page:<route>` / `component:<path>` → unit. */
  units: Record<string, CachedUnit>;
}

export function readCache(file: string, key: string): CacheData | null {
  try {
    const disk = JSON.parse(fs.readFileSync(file, 'utf8')) as DiskCache;
    if (disk.format !== FORMAT || disk.key !== key) return null;
    const at = (i: number) => disk.table[i]!;
    const units: Record<string, CachedUnit> = {};
    for (const [k, u] of Object.entries(disk.units)) units[k] = { ...u, probes: u.probes.map(at) };
    return { ...disk, global: disk.global.map(at), units };
  } catch {
    return null;
  }
}

export function writeCache(file: string, data: Omit<CacheData, 'format'>): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const ignore = path.join(path.dirname(file), '.gitignore');
    if (path.basename(path.dirname(file)) === '.autoskill-cache' && !fs.existsSync(ignore)) fs.writeFileSync(ignore, '*\n');
    const index = new Map<string, number>();
    const table: [string, string][] = [];
    const ref = ([k, v]: [string, string]) => {
      const id = `${k}\u0000${v}`;
      let i = index.get(id);
      if (i === undefined) {
        i = table.length;
        table.push([k, v]);
        index.set(id, i);
      }
      return i;
    };
    const units: DiskCache['units'] = {};
    for (const [k, u] of Object.entries(data.units)) units[k] = { ...u, probes: u.probes.map(ref) };
    const disk: DiskCache = { ...data, format: FORMAT, global: data.global.map(ref), units, table };
    fs.writeFileSync(file, JSON.stringify(disk));
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
