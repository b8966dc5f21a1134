import { createHash } from 'node:crypto';
import type { Vfs } from './vfs.js';

/**
 * A VFS that records every question asked of it — which files were read and
 * what they held, which paths existed — into the probe sets currently open.
 * A cached result stays valid as long as replaying its probes on the current
 * file system gives the same answers: that is what makes incremental re-runs
 * exact rather than guessed from modification times.
 */
export type ProbeSet = Map<string, string>;

const hash = (s: string): string => createHash('sha1').update(s).digest('base64');

/**
 * Whether a stamp can vouch for the content read with it. A file modified
 * within the last moments may be modified again within the same mtime tick
 * (coarse on some file systems) without its stamp changing — git's "racily
 * clean" entries — so such a stamp is not recorded and the file is hashed
 * next time. Stamps whose time cannot be read are taken as they are.
 */
const RACY_MS = 2000;
function settled(stamp: string): boolean {
  const mtime = Number(stamp.split(':')[1]);
  return !(Date.now() - mtime < RACY_MS);
}

export class TrackingVfs implements Vfs {
  /** Open probe sets; every probe goes into each. */
  private readonly open: ProbeSet[] = [];
  /** Answers already computed (a path is read and hashed once per run). */
  private readonly answers = new Map<string, string>();
  /** Read probe → the file's stamp when it was read (a later run trusts an equal stamp). */
  readonly stamps = new Map<string, string>();

  constructor(readonly inner: Vfs) {}

  /** Run `fn` with `set` recording every probe it makes. */
  recording<T>(set: ProbeSet, fn: () => T): T {
    this.open.push(set);
    try {
      return fn();
    } finally {
      this.open.pop();
    }
  }

  /** Add recorded probes to every open set (a cached piece of work was reused). */
  merge(probes: ProbeSet): void {
    for (const set of this.open) if (set !== probes) for (const [k, v] of probes) set.set(k, v);
  }

  /** Record a read of `rel` that was served from a cache elsewhere (WXML, parsed modules). */
  touchRead(rel: string): void {
    const key = `r\0${rel}`;
    if (this.answers.has(key)) this.note(key, this.answers.get(key)!);
    else this.readText(rel);
  }

  private note(key: string, answer: string): void {
    for (const set of this.open) set.set(key, answer);
  }

  readText(rel: string): string | null {
    const key = `r\0${rel}`;
    let a = this.answers.get(key);
    // Stamped before reading: a change after the stamp makes the next run read it again.
    const st = a === undefined ? (this.inner.stamp?.(rel) ?? null) : null;
    const text = this.inner.readText(rel);
    if (a === undefined) {
      a = text === null ? '' : hash(text);
      this.answers.set(key, a);
      if (st && text !== null && settled(st)) this.stamps.set(key, st);
    }
    this.note(key, a);
    return text;
  }

  wasLossy(rel: string): boolean {
    return !!this.inner.wasLossy?.(rel);
  }

  stamp(rel: string): string | null {
    return this.inner.stamp?.(rel) ?? null;
  }

  isFile(rel: string): boolean {
    const r = this.inner.isFile(rel);
    this.note(`f\0${rel}`, r ? '1' : '0');
    return r;
  }

  isDir(rel: string): boolean {
    const r = this.inner.isDir(rel);
    this.note(`d\0${rel}`, r ? '1' : '0');
    return r;
  }

  list(rel: string): string[] {
    const r = this.inner.list(rel);
    this.note(`l\0${rel}`, r.join('/'));
    return r;
  }

  size(rel: string): number {
    const r = this.inner.size(rel);
    this.note(`s\0${rel}`, String(r));
    return r;
  }
}

/**
 * Replays probes against a VFS, answering each distinct probe once: true when
 * every answer is still the same.
 */
export class ProbeReplayer {
  private readonly memo = new Map<string, string>();
  /** Read probe → the file's stamp now, for the reads that still answer as recorded (to be written with the cache). */
  readonly stampsNow = new Map<string, string>();
  /** A read answered as recorded only after reading it again: its stamp had moved (a checkout, a `touch`). */
  restamped = false;

  /** `stamps`: read probe → file stamp when recorded; an equal stamp now means the same content (as git's index does). */
  constructor(
    private readonly vfs: Vfs,
    private readonly stamps: Record<string, string> = {},
  ) {}

  answer(key: string, recorded?: string): string {
    let a = this.memo.get(key);
    if (a !== undefined) return a;
    const [op, rel] = [key[0], key.slice(2)];
    switch (op) {
      case 'r': {
        const st = this.vfs.stamp?.(rel) ?? null;
        if (recorded !== undefined && st !== null && st === this.stamps[key]) {
          this.stampsNow.set(key, st);
          a = recorded;
          break;
        }
        const t = this.vfs.readText(rel);
        a = t === null ? '' : hash(t);
        if (st !== null && t !== null && a === recorded && settled(st)) {
          this.stampsNow.set(key, st);
          this.restamped = true;
        }
        break;
      }
      case 'f':
        a = this.vfs.isFile(rel) ? '1' : '0';
        break;
      case 'd':
        a = this.vfs.isDir(rel) ? '1' : '0';
        break;
      case 'l':
        a = this.vfs.list(rel).join('/');
        break;
      default:
        a = String(this.vfs.size(rel));
    }
    this.memo.set(key, a);
    return a;
  }

  unchanged(probes: Iterable<[string, string]>): boolean {
    for (const [k, v] of probes) if (this.answer(k, v) !== v) return false;
    return true;
  }
}
