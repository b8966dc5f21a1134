import path from 'node:path';
import type { Loc } from '../model/types.js';

/**
 * Where reporters point: diagnostic paths are relative to the mini-program
 * root; people and tools want them relative to where they stand (the current
 * directory for terminals and editors, the checkout for GitHub).
 */
export interface LocationBase {
  /** Absolute path of the mini-program root (diagnostic paths are relative to it). */
  root: string;
  /** Absolute directory that printed paths are relative to. */
  cwd: string;
}

/** `to` relative to `from` (both absolute), with `/` separators; '.' when they are the same. */
export function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/') || '.';
}

/** A root-relative POSIX path as a POSIX path relative to `cwd`. */
export function displayPath(file: string, o: LocationBase): string {
  return posixRelative(o.cwd, path.join(o.root, file));
}

/** `file:line:col`, the form terminals and editors turn into links. */
export function displayLoc(loc: Loc, o: LocationBase): string {
  return `${displayPath(loc.file, o)}:${loc.line}:${loc.column}`;
}
