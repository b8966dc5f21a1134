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

/** A VFS over a directory of the real file system. Symlinks that resolve outside the root are refused. */
export class NodeVfs implements Vfs {
  private readonly realRoot: string;
  private readonly statCache = new Map<string, fs.Stats | null>();
  private readonly realCache = new Map<string, string | null>();
  private readonly lossy = new Set<string>();

  constructor(readonly root: string) {
    this.realRoot = fs.realpathSync(path.resolve(root));
  }

  /** Absolute path for a root-relative path, or null when it is (or resolves) outside the root. */
  private abs(rel: string): string | null {
    const hit = this.realCache.get(rel);
    if (hit !== undefined) return hit;
    const r = this.resolveAbs(rel);
    this.realCache.set(rel, r);
    return r;
  }

  private resolveAbs(rel: string): string | null {
    const n = normalizeRel(rel);
    if (n === null) return null;
    const p = path.join(this.realRoot, n);
    let real: string;
    try {
      real = fs.realpathSync.native(p);
    } catch {
      return null;
    }
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) return null;
    return real;
  }

  private stat(rel: string): fs.Stats | null {
    const cached = this.statCache.get(rel);
    if (cached !== undefined) return cached;
    const a = this.abs(rel);
    let st: fs.Stats | null = null;
    if (a) {
      try {
        st = fs.statSync(a);
      } catch {
        st = null;
      }
    }
    this.statCache.set(rel, st);
    return st;
  }

  readText(rel: string): string | null {
    const st = this.stat(rel);
    if (!st || !st.isFile()) return null;
    const a = this.abs(rel);
    if (!a) return null;
    try {
      const { text, lossy } = decodeUtf8(fs.readFileSync(a));
      if (lossy) this.lossy.add(rel);
      return stripBom(text);
    } catch {
      return null;
    }
  }

  wasLossy(rel: string): boolean {
    return this.lossy.has(rel);
  }

  stamp(rel: string): string | null {
    const st = this.stat(rel);
    return st && st.isFile() ? `${st.size}:${st.mtimeMs}:${st.ino}` : null;
  }

  isFile(rel: string): boolean {
    return !!this.stat(rel)?.isFile();
  }

  isDir(rel: string): boolean {
    return !!this.stat(rel)?.isDirectory();
  }

  list(rel: string): string[] {
    if (!this.isDir(rel)) return [];
    const a = this.abs(rel);
    if (!a) return [];
    try {
      return fs.readdirSync(a).sort();
    } catch {
      return [];
    }
  }

  size(rel: string): number {
    const st = this.stat(rel);
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
