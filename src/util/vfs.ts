import fs from 'node:fs';
import path from 'node:path';
import { normalizeRel } from './paths.js';

/**
 * The file access autoskill needs, behind one small interface so that tests
 * run on in-memory trees and so that no stage can read outside the project
 * root: every path is root-relative and is refused when it escapes.
 */
export interface Vfs {
  /** File contents as text (BOM stripped), or null when absent / not a file / outside the root. */
  readText(rel: string): string | null;
  isFile(rel: string): boolean;
  isDir(rel: string): boolean;
  /** Entries of a directory (names only), sorted; [] when absent. */
  list(rel: string): string[];
  /** Size in bytes, or -1 when not a file. */
  size(rel: string): number;
  /** The last read of `rel` met bytes that are not UTF-8 (they were replaced). */
  wasLossy?(rel: string): boolean;
  /** A cheap fingerprint of a file (size, modification time, inode), or null: lets caches skip re-reading. */
  stamp?(rel: string): string | null;
  /** `readTextWithin` in one open, stat and read; without it, `size` then `readText` are asked. */
  readTextWithin?(rel: string, maxBytes: number): string | number | null;
}

/**
 * A file's text when it is at most `maxBytes` long, its size in bytes when it
 * is larger (then it is not read), or null when it is not a readable file:
 * what `size` then `readText` answer, for callers that refuse large files.
 */
export function readTextWithin(vfs: Vfs, rel: string, maxBytes: number): string | number | null {
  if (vfs.readTextWithin) return vfs.readTextWithin(rel, maxBytes);
  const size = vfs.size(rel);
  return size > maxBytes ? size : vfs.readText(rel);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decode strictly; on bad bytes, decode with replacement characters and say so. */
function decodeUtf8(buf: Buffer): { text: string; lossy: boolean } {
  try {
    return { text: UTF8.decode(buf), lossy: false };
  } catch {
    return { text: buf.toString('utf8'), lossy: true };
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** The rest of an open file whose size is `size` (0: unknown, read to the end), as `readFileSync` reads it. */
function readAll(fd: number, size: number): Buffer {
  if (size === 0) return fs.readFileSync(fd);
  const buf = Buffer.allocUnsafe(size);
  let n = 0;
  while (n < size) {
    const r = fs.readSync(fd, buf, n, size - n, null);
    if (r === 0) break;
    n += r;
  }
  return n < size ? buf.subarray(0, n) : buf;
}

/** `dir/name` for a name from `dir`'s listing (what `path.join` gives, without its normalising pass). */
const joinName = (dir: string, name: string): string => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);

/** What a directory entry is, from its listing (no extra system call), or 'link' to be resolved. */
type EntryKind = 'file' | 'dir' | 'link' | 'other';

/**
 * A VFS over a directory of the real file system. Symlinks that resolve
 * outside the root are refused.
 *
 * Paths are resolved through cached directory listings: an analysis probes
 * many names that do not exist (`x.ts`, `x/index.js`, `x.wxs`…), and asking
 * the listing costs nothing, where a failed `realpath` throws. Only entries
 * that are symlinks are resolved with `realpath` (and checked against the root).
 */
export class NodeVfs implements Vfs {
  private readonly realRoot: string;
  private readonly statCache = new Map<string, fs.Stats | null>();
  /** Root-relative normalised path → its absolute real path and kind (null: absent or outside). */
  private readonly realCache = new Map<string, { abs: string; kind: EntryKind } | null>();
  /** Absolute real directory → its entries. */
  private readonly dirCache = new Map<string, Map<string, EntryKind> | null>();
  private readonly lossy = new Set<string>();

  private readonly rootEntry: { abs: string; kind: EntryKind };

  constructor(readonly root: string) {
    this.realRoot = fs.realpathSync(path.resolve(root));
    this.rootEntry = { abs: this.realRoot, kind: 'dir' };
  }

  private absNorm(n: string): string | null {
    return this.entry(n)?.abs ?? null;
  }

  /** A normalised path's real location and kind, as its directory's listing says ('link' resolved to its target's path). */
  private entry(n: string): { abs: string; kind: EntryKind } | null {
    if (n === '') return this.rootEntry;
    const hit = this.realCache.get(n);
    if (hit !== undefined) return hit;
    const i = n.lastIndexOf('/');
    const dir = this.absNorm(i < 0 ? '' : n.slice(0, i));
    let r: { abs: string; kind: EntryKind } | null = null;
    if (dir !== null) {
      const name = n.slice(i + 1);
      const kind = this.entries(dir)?.get(name);
      if (kind === 'link') {
        const real = this.realInside(joinName(dir, name));
        if (real !== null) r = { abs: real, kind };
      } else if (kind !== undefined) r = { abs: joinName(dir, name), kind };
    }
    this.realCache.set(n, r);
    return r;
  }

  /** The real path of a symlink when it resolves inside the root, else null. */
  private realInside(p: string): string | null {
    let real: string;
    try {
      real = fs.realpathSync.native(p);
    } catch {
      return null; // dangling link or a loop
    }
    return real === this.realRoot || real.startsWith(this.realRoot + path.sep) ? real : null;
  }

  private entries(absDir: string): Map<string, EntryKind> | null {
    const hit = this.dirCache.get(absDir);
    if (hit !== undefined) return hit;
    let out: Map<string, EntryKind> | null = null;
    try {
      out = new Map();
      for (const e of fs.readdirSync(absDir, { withFileTypes: true })) {
        out.set(e.name, e.isSymbolicLink() ? 'link' : e.isFile() ? 'file' : e.isDirectory() ? 'dir' : 'other');
      }
    } catch {
      out = null; // not a directory, or not readable
    }
    this.dirCache.set(absDir, out);
    return out;
  }

  /** `rel`'s stat (following links), by its real location `e`. */
  private stat(rel: string, e: { abs: string }): fs.Stats | null {
    const cached = this.statCache.get(rel);
    if (cached !== undefined) return cached;
    let st: fs.Stats | null;
    try {
      st = fs.statSync(e.abs);
    } catch {
      st = null;
    }
    this.statCache.set(rel, st);
    return st;
  }

  /** What `rel` names: its real location and kind, from the listings alone where it can (a link's kind is its target's). */
  private lookup(rel: string): { abs: string; kind: EntryKind } | null {
    const n = normalizeRel(rel);
    const e = n === null ? null : this.entry(n);
    if (e === null || e.kind !== 'link') return e;
    const st = this.stat(rel, e);
    return st?.isFile() ? { abs: e.abs, kind: 'file' } : st?.isDirectory() ? { abs: e.abs, kind: 'dir' } : null;
  }

  private kind(rel: string): EntryKind | null {
    return this.lookup(rel)?.kind ?? null;
  }

  readText(rel: string): string | null {
    const e = this.lookup(rel);
    if (e?.kind !== 'file') return null;
    try {
      return this.decode(rel, fs.readFileSync(e.abs));
    } catch {
      return null;
    }
  }

  readTextWithin(rel: string, maxBytes: number): string | number | null {
    const e = this.lookup(rel);
    if (e?.kind !== 'file') return null;
    let fd: number;
    try {
      fd = fs.openSync(e.abs, 'r');
    } catch {
      // Not readable: a large file is still reported as large.
      const size = this.size(rel);
      return size > maxBytes ? size : null;
    }
    try {
      const st = fs.fstatSync(fd);
      if (!this.statCache.has(rel)) this.statCache.set(rel, st);
      if (!st.isFile()) return null;
      if (st.size > maxBytes) return st.size;
      return this.decode(rel, readAll(fd, st.size));
    } catch {
      return null;
    } finally {
      fs.closeSync(fd);
    }
  }

  private decode(rel: string, buf: Buffer): string {
    const { text, lossy } = decodeUtf8(buf);
    if (lossy) this.lossy.add(rel);
    return stripBom(text);
  }

  wasLossy(rel: string): boolean {
    return this.lossy.has(rel);
  }

  stamp(rel: string): string | null {
    const e = this.lookup(rel);
    if (e?.kind !== 'file') return null;
    const st = this.stat(rel, e);
    return st && st.isFile() ? `${st.size}:${st.mtimeMs}:${st.ino}` : null;
  }

  isFile(rel: string): boolean {
    return this.kind(rel) === 'file';
  }

  isDir(rel: string): boolean {
    return this.kind(rel) === 'dir';
  }

  list(rel: string): string[] {
    const e = this.lookup(rel);
    if (e?.kind !== 'dir') return [];
    const entries = this.entries(e.abs);
    return entries ? [...entries.keys()].sort() : [];
  }

  size(rel: string): number {
    const e = this.lookup(rel);
    if (e?.kind !== 'file') return -1;
    const st = this.stat(rel, e);
    return st && st.isFile() ? st.size : -1;
  }
}

/** An in-memory VFS: `{ 'app.json': '…', 'pages/a/a.js': '…' }`. */
export class MemoryVfs implements Vfs {
  private readonly files = new Map<string, string>();
  private readonly dirs = new Set<string>(['']);

  constructor(files: Record<string, string>) {
    for (const [k, v] of Object.entries(files)) {
      const n = normalizeRel(k);
      if (n === null) continue;
      this.files.set(n, v);
      const parts = n.split('/');
      for (let i = 1; i < parts.length; i++) this.dirs.add(parts.slice(0, i).join('/'));
    }
  }

  readText(rel: string): string | null {
    const n = normalizeRel(rel);
    if (n === null) return null;
    const v = this.files.get(n);
    return v === undefined ? null : stripBom(v);
  }

  isFile(rel: string): boolean {
    const n = normalizeRel(rel);
    return n !== null && this.files.has(n);
  }

  isDir(rel: string): boolean {
    const n = normalizeRel(rel);
    return n !== null && this.dirs.has(n);
  }

  list(rel: string): string[] {
    const n = normalizeRel(rel);
    if (n === null || !this.dirs.has(n)) return [];
    const prefix = n ? n + '/' : '';
    const out = new Set<string>();
    for (const k of [...this.files.keys(), ...this.dirs]) {
      if (k.startsWith(prefix) && k.length > prefix.length) out.add(k.slice(prefix.length).split('/')[0]!);
    }
    return [...out].sort();
  }

  size(rel: string): number {
    const t = this.readText(rel);
    return t === null ? -1 : Buffer.byteLength(t);
  }
}
