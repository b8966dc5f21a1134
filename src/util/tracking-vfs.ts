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
    const text = this.inner.readText(rel);
    const key = `r\0${rel}`;
    let a = this.answers.get(key);
    if (a === undefined) {
      a = text === null ? '' : hash(text);
      this.answers.set(key, a);
      const st = text === null ? null : (this.inner.stamp?.(rel) ?? null);
      if (st) this.stamps.set(key, st);
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
  /** `stamps`: read probe → file stamp when recorded; an equal stamp now means the same content (as git's index does). */
  constructor(
    private readonly vfs: Vfs,
    private readonly stamps: Record<string, string> = {},
  ) {}

  answer(key: string, recorded?: string): string {
    let a = this.memo.get(key);
    if (a !== undefined) return a;
    if (recorded !== undefined && key[0] === 'r' && this.stamps[key] !== undefined && this.vfs.stamp?.(key.slice(2)) === this.stamps[key]) {
      this.memo.set(key, recorded);
      return recorded;
    }
    const [op, rel] = [key[0], key.slice(2)];
    switch (op) {
      case 'r': {
        const t = this.vfs.readText(rel);
        a = t === null ? '' : hash(t);
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
