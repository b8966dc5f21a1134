import fs from 'node:fs';
import path from 'node:path';
import type { AppModel, ComponentModel, Diagnostic, Effect, PageModel, ProjectInfo } from '../model/types.js';
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
 *
 * On disk it is one record per line, so that a run which redid a few units
 * writes the others back as the text it read, without encoding them again:
 *
 *   {"format":3,"key":…}            checked before anything else is parsed
 *   p[[probe, answer], …]           probe table (several lines: later runs append)
 *   e[effect, …]                    effect table (idem)
 *   u[key, probe refs, model, diagnostics]   one per unit; its effects are refs
 *   g{global, globalDiagnostics, project, app}
 *   l{project, diagnostics}          the loader's result (parsed only when reused)
 *   s{read probe: stamp}
 *
 * A run that redid a few units appends to the file instead of rewriting it:
 * new table entries, the redone units' lines, a new g line, and l and s
 * lines with what changed. The last line of a kind wins (a unit's, g, l;
 * s lines add up), so the file reads as the newest run left it; it is
 * rewritten whole once superseded lines pile up (`MAX_APPENDS`,
 * `tooMuchGarbage`).
 *
 * Effects are stored once and referenced: a handler's effects repeat the
 * page's, and a shared service's effects repeat across pages (at 2,000
 * synthetic pages, 75,000 effects are 19,000 distinct ones, and the file
 * halves). Decoded units share those effect objects, so nothing downstream
 * may modify a model in place (test/analyze/cache.test.ts freezes one).
 */
const FORMAT = 4;

/** Tables are rewritten from scratch once entries no unit uses outnumber the live ones. */
const GARBAGE_SLACK = 1024;
/** Runs appended to one file before it is rewritten whole (each appends a g and an s line at least). */
const MAX_APPENDS = 16;

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
  /**
   * The loaded project as JSON text (stored-project.ts), or null:
   * kept as text because only a run that redoes some units needs it.
   */
  loaded: string | null;
  /** `page:<route>` / `component:<path>` → unit. */
  units: Record<string, CachedUnit>;
}

interface GlobalRecord {
  global: number[];
  globalDiagnostics: Diagnostic[];
  project: ProjectInfo;
  app: AppModel | null;
}

type UnitRecord = [key: string, probes: number[], model: PageModel | ComponentModel, diagnostics: Diagnostic[]];

/** A cache file as read: its table lines, kept to be written back as they are. */
interface Generation {
  file: string;
  header: string;
  probeLines: string[];
  probes: [string, string][];
  effectLines: string[];
  effectCount: number;
  /** The project's probes, and their references into `probes`. */
  global: [string, string][];
  globalRefs: number[];
  /** Read probe → stamp now, for the reads the replay found unchanged (filled by reusableUnits). */
  stampsNow: Map<string, string>;
  /** The file's size when read: appending is only safe to the file this run read. */
  size: number;
  /** Runs appended since the file was last written whole (g lines beyond the first). */
  appends: number;
  /** Unit lines a later line for the same unit superseded. */
  supersededUnits: number;
  /** The units the file holds. */
  unitKeys: string[];
  /** The stamps and the loaded project the file holds (an appending run writes them only where they changed). */
  stamps: Record<string, string>;
  loaded: string | null;
}

/** A unit read from disk: its line and what it references, so it can be written back unchanged. */
interface StoredUnit {
  from: Generation;
  line: string;
  probeRefs: number[];
  effectRefs: number[];
}

const stored = new WeakMap<CachedUnit, StoredUnit>();
const generations = new WeakMap<CacheData, Generation>();

export function readCache(file: string, key: string): CacheData | null {
  try {
    const fd = fs.openSync(file, 'r');
    let text: string;
    let size: number;
    try {
      size = fs.fstatSync(fd).size;
      text = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
    const lines = text.split('\n');
    const header = lines[0]!;
    const head = JSON.parse(header) as { format?: unknown; key?: unknown };
    if (head.format !== FORMAT || head.key !== key) return null;
    const gen: Generation = { file, header, probeLines: [], probes: [], effectLines: [], effectCount: 0, global: [], globalRefs: [], stampsNow: new Map(), size, appends: -1, supersededUnits: 0, unitKeys: [], stamps: {}, loaded: null };
    const effects: Effect[] = [];
    const units: Record<string, CachedUnit> = {};
    let g: GlobalRecord | null = null;
    let loaded: string | null = null;
    let stamps: Record<string, string> | null = null;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const body = line.slice(1);
      switch (line[0]) {
        case 'p':
          gen.probeLines.push(line);
          for (const p of JSON.parse(body) as [string, string][]) gen.probes.push(p);
          break;
        case 'e':
          gen.effectLines.push(line);
          for (const e of JSON.parse(body) as Effect[]) effects.push(e);
          break;
        case 'u': {
          const [k, probeRefs, model, diagnostics] = JSON.parse(body) as UnitRecord;
          const effectRefs: number[] = [];
          const link = (refs: unknown[]): Effect[] => refs.map((r) => (effectRefs.push(r as number), entry(effects, r)));
          model.effects = link(model.effects);
          for (const h of model.handlers) h.effects = link(h.effects);
          const unit: CachedUnit = { probes: probeRefs.map((r) => entry(gen.probes, r)), model, diagnostics };
          if (units[k]) gen.supersededUnits++;
          units[k] = unit;
          stored.set(unit, { from: gen, line, probeRefs, effectRefs });
          break;
        }
        case 'g':
          g = JSON.parse(body) as GlobalRecord;
          gen.appends++;
          break;
        case 'l':
          loaded = body;
          break;
        case 's':
          // An appended s line holds only the stamps that run changed.
          stamps = Object.assign(stamps ?? {}, JSON.parse(body) as Record<string, string>);
          break;
        case undefined:
          break; // the final newline
        default:
          return null;
      }
    }
    gen.effectCount = effects.length;
    gen.unitKeys = Object.keys(units);
    // A file cut short (a run killed while writing) has lost its last records.
    if (!g || !stamps) return null;
    gen.globalRefs = g.global;
    gen.global = g.global.map((r) => entry(gen.probes, r));
    gen.stamps = stamps;
    gen.loaded = loaded;
    const data: CacheData = { format: FORMAT, key, global: gen.global, stamps, globalDiagnostics: g.globalDiagnostics, project: g.project, app: g.app, loaded, units };
    generations.set(data, gen);
    return data;
  } catch {
    return null;
  }
}

/** A table entry, or a throw (caught above: the file is ignored) for a reference it does not hold. */
function entry<T>(table: T[], ref: unknown): T {
  const v = table[ref as number];
  if (v === undefined) throw new Error('dangling cache reference');
  return v;
}

export function writeCache(file: string, data: Omit<CacheData, 'format'>): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const ignore = path.join(path.dirname(file), '.gitignore');
    if (path.basename(path.dirname(file)) === '.autoskill-cache' && !fs.existsSync(ignore)) fs.writeFileSync(ignore, '*\n');
    const { text, append } = encode(data, file);
    if (append) fs.appendFileSync(file, text);
    else fs.writeFileSync(file, text);
  } catch {
    /* a cache that cannot be written only costs time next run */
  }
}

/**
 * The file's text. Units reused from the cache that was read are written as
 * the lines they were read from, after that cache's tables (so their
 * references still hold); new entries go to new table lines.
 */
/** Each distinct value (by `key`) once: the first gets the next index after `base`, later ones its index. */
function interner<T>(base: number): { ref: (key: string, value: T) => number; added: T[] } {
  const index = new Map<string, number>();
  const added: T[] = [];
  return {
    added,
    ref(key, value) {
      let i = index.get(key);
      if (i === undefined) {
        i = base + added.length;
        added.push(value);
        index.set(key, i);
      }
      return i;
    },
  };
}

function encode(data: Omit<CacheData, 'format'>, file: string): { text: string; append: boolean } {
  const previous = previousGeneration(data, file);
  // The project's own probes are normally those of the previous run (else no unit could be reused): keep their references.
  const sameGlobal = previous !== null && samePairs(previous.global, data.global);
  const gen = previous && !tooMuchGarbage(data, previous, sameGlobal) ? previous : null;

  // New probes are appended, not looked up in the old table: a redone unit adds a few repeats, which the garbage count bounds.
  const probes = interner<[string, string]>(gen ? gen.probes.length : 0);
  const probeRef = (p: [string, string]): number => probes.ref(`${p[0]}\0${p[1]}`, p);
  const effects = interner<string>(gen ? gen.effectCount : 0);
  const effectRef = (e: Effect): number => {
    const s = JSON.stringify(e);
    return effects.ref(s, s);
  };

  const kept: string[] = [];
  const redone: string[] = [];
  for (const [k, u] of Object.entries(data.units)) {
    const s = stored.get(u);
    if (gen && s?.from === gen) {
      kept.push(s.line);
      continue;
    }
    const m = u.model;
    const model = { ...m, effects: m.effects.map(effectRef), handlers: m.handlers.map((h) => ({ ...h, effects: h.effects.map(effectRef) })) };
    redone.push('u' + JSON.stringify([k, u.probes.map(probeRef), model, u.diagnostics]));
  }
  const global = gen && sameGlobal ? gen.globalRefs : data.global.map(probeRef);
  const g: GlobalRecord = { global, globalDiagnostics: data.globalDiagnostics, project: data.project, app: data.app };

  const newTables: string[] = [];
  if (probes.added.length || !gen) newTables.push('p' + JSON.stringify(probes.added));
  if (effects.added.length || !gen) newTables.push(`e[${effects.added.join(',')}]`);
  const stamps = writtenStamps(data, previous);
  if (gen && appendable(gen, data.units, redone.length)) {
    const changed = Object.fromEntries(Object.entries(stamps).filter(([k, st]) => gen.stamps[k] !== st));
    const loaded = data.loaded !== null && data.loaded !== gen.loaded ? ['l' + data.loaded] : [];
    return { text: [...newTables, ...redone, 'g' + JSON.stringify(g), ...loaded, 's' + JSON.stringify(changed), ''].join('\n'), append: true };
  }
  const out = [JSON.stringify({ format: FORMAT, key: data.key })];
  if (gen) out.push(...gen.probeLines);
  if (gen) out.push(...gen.effectLines, ...newTables);
  else out.push(...newTables);
  out.push(...kept, ...redone, 'g' + JSON.stringify(g), ...(data.loaded !== null ? ['l' + data.loaded] : []), 's' + JSON.stringify(stamps), '');
  return { text: out.join('\n'), append: false };
}

/**
 * Whether this run's lines can go at the end of the file it read: the file
 * is still as read, every unit in it is still a unit (a later line can
 * replace a unit, not remove it), and superseded lines stay a minority.
 */
function appendable(gen: Generation, units: Record<string, CachedUnit>, redone: number): boolean {
  if (gen.appends >= MAX_APPENDS || !gen.unitKeys.every((k) => k in units)) return false;
  if (2 * (gen.supersededUnits + redone) > Object.keys(units).length) return false;
  try {
    return fs.statSync(gen.file).size === gen.size;
  } catch {
    return false;
  }
}

const samePairs = (a: [string, string][], b: [string, string][]): boolean => a.length === b.length && a.every((p, i) => p[0] === b[i]![0] && p[1] === b[i]![1]);

/** The cache this run read, when the units it reuses come from it (then its lines can be kept). */
function previousGeneration(data: Omit<CacheData, 'format'>, file: string): Generation | null {
  for (const u of Object.values(data.units)) {
    const s = stored.get(u);
    if (s && s.from.file === file) return s.from;
  }
  return null;
}

/** Whether the tables the kept lines need hold more dead entries than live ones. */
function tooMuchGarbage(data: Omit<CacheData, 'format'>, gen: Generation, sameGlobal: boolean): boolean {
  const probes = new Uint8Array(gen.probes.length);
  const effects = new Uint8Array(gen.effectCount);
  let liveProbes = 0;
  let liveEffects = 0;
  const mark = (refs: number[], seen: Uint8Array): number => {
    let n = 0;
    for (const r of refs) if (!seen[r]) (seen[r] = 1), n++;
    return n;
  };
  if (sameGlobal) liveProbes += mark(gen.globalRefs, probes);
  for (const u of Object.values(data.units)) {
    const s = stored.get(u);
    if (s?.from !== gen) continue;
    liveProbes += mark(s.probeRefs, probes);
    liveEffects += mark(s.effectRefs, effects);
  }
  return gen.probes.length > 2 * liveProbes + GARBAGE_SLACK || gen.effectCount > 2 * liveEffects + GARBAGE_SLACK;
}

/**
 * Stamps of the files read: this run's reads, and the reads the replay found
 * unchanged (a unit reused as it was still read its files; without their
 * stamps the next run would hash them all again).
 */
function writtenStamps(data: Omit<CacheData, 'format'>, previous: Generation | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (previous) for (const [k, st] of previous.stampsNow) out[k] = st;
  for (const [k, st] of Object.entries(data.stamps)) out[k] = st;
  return out;
}

export const probesToList = (p: ProbeSet): [string, string][] => [...p.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/**
 * The units of `cache` that can be reused as they are, or null when the
 * project itself changed. When every unit is reused the caller writes
 * nothing; if the replay had to re-read files whose stamps moved (same
 * content: a checkout, a `touch`), the cache is rewritten here with the new
 * stamps, its other lines as they were, so the next run trusts them again.
 */
export function reusableUnits(cache: CacheData, replay: ProbeReplayer): Map<string, CachedUnit> | null {
  const gen = generations.get(cache);
  if (!replay.unchanged(cache.global)) return null;
  const out = new Map<string, CachedUnit>();
  for (const [k, u] of Object.entries(cache.units)) if (replay.unchanged(u.probes)) out.set(k, u);
  if (gen) {
    for (const [k, st] of replay.stampsNow) gen.stampsNow.set(k, st);
    if (out.size === Object.keys(cache.units).length && replay.restamped) writeCache(gen.file, { ...cache, stamps: {} });
  }
  return out;
}
