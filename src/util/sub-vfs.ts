import path from 'node:path';
import { normalizeRel } from './paths.js';
import { NodeVfs, type Vfs } from './vfs.js';

/**
 * A VFS rooted at `prefix`, a folder of `vfs` (e.g. the mini-program root
 * inside the project directory). Paths that climb out of the sub-root are
 * refused like paths outside any VFS root: absent, not listable.
 *
 * Returns null when `prefix` itself escapes `vfs` or is not a directory.
 * A NodeVfs gets a NodeVfs of its own over the sub-folder, so symlinks are
 * checked against the narrower root too.
 */
export function subVfs(vfs: Vfs, prefix: string): Vfs | null {
  const p = normalizeRel(prefix);
  if (p === null || !vfs.isDir(p)) return null;
  if (p === '') return vfs;
  if (vfs instanceof NodeVfs) return new NodeVfs(path.join(vfs.root, p));
  return new PrefixedVfs(vfs, p);
}

class PrefixedVfs implements Vfs {
  constructor(
    private readonly inner: Vfs,
    private readonly prefix: string,
  ) {}

  /** The inner path, or null when `rel` climbs above the sub-root. */
  private map(rel: string): string | null {
    const n = normalizeRel(rel);
    if (n === null) return null;
    return n ? `${this.prefix}/${n}` : this.prefix;
  }

  readText(rel: string): string | null {
    const p = this.map(rel);
    return p === null ? null : this.inner.readText(p);
  }

  isFile(rel: string): boolean {
    const p = this.map(rel);
    return p !== null && this.inner.isFile(p);
  }

  wasLossy(rel: string): boolean {
    const p = this.map(rel);
    return p !== null && !!this.inner.wasLossy?.(p);
  }

  stamp(rel: string): string | null {
    const p = this.map(rel);
    return p === null ? null : (this.inner.stamp?.(p) ?? null);
  }

  isDir(rel: string): boolean {
    const p = this.map(rel);
    return p !== null && this.inner.isDir(p);
  }

  list(rel: string): string[] {
    const p = this.map(rel);
    return p === null ? [] : this.inner.list(p);
  }

  size(rel: string): number {
    const p = this.map(rel);
    return p === null ? -1 : this.inner.size(p);
  }
}
