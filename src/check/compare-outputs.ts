import { cmp } from '../diagnostics/diagnostic.js';
import { MANIFEST, sha256 } from '../output/write-outputs.js';
import type { Vfs } from '../util/vfs.js';
import { unifiedDiff } from './line-diff.js';

/**
 * Committed outputs against freshly generated ones, the heart of
 * `autoskill check`. Any difference is drift, as in `prettier --check`;
 * line endings are ignored (a CRLF checkout is in sync).
 *
 * Each drifted file also says who made the committed bytes, from the
 * manifest where `writeOutputs` records the hash of every file it wrote: a
 * file edited by hand needs `--force` to be rewritten, and a file autoskill
 * never wrote is never deleted.
 */
export type DriftStatus = 'changed' | 'missing' | 'extra';

export interface Drift {
  /** Output-relative POSIX path. */
  file: string;
  status: DriftStatus;
  /** Unified diff from the committed file to the generated one. */
  diff: string;
  /**
   * Who made the committed file, from the manifest: autoskill (unchanged
   * since it wrote it), autoskill then a person (edited), or unknown (not in
   * the manifest); null when there is no committed file.
   */
  origin: Origin | null;
}

export type Origin = 'autoskill' | 'edited' | 'unknown';

export interface Comparison {
  drift: Drift[];
  /** Generated files whose committed copy matches. */
  inSync: string[];
}

export interface CompareOptions {
  /** Diff labels: output-relative path → the path shown after `a/` and `b/`. */
  label: (file: string) => string;
}

/** Every file under the folder, output-relative, sorted; dotfiles (the manifest, .gitkeep…) are not outputs. */
export function listFiles(vfs: Vfs, dir = ''): string[] {
  const out: string[] = [];
  for (const name of vfs.list(dir)) {
    if (name.startsWith('.')) continue;
    const rel = dir ? `${dir}/${name}` : name;
    if (vfs.isDir(rel)) out.push(...listFiles(vfs, rel));
    else if (vfs.isFile(rel)) out.push(rel);
  }
  return out.sort(cmp);
}

export function readManifest(vfs: Vfs | null): Record<string, string> {
  const text = vfs?.readText(MANIFEST);
  if (!text) return {};
  try {
    const m = JSON.parse(text) as unknown;
    return m && typeof m === 'object' && !Array.isArray(m) ? (m as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const lf = (s: string): string => s.replace(/\r\n/g, '\n');

/** `committed` is the output folder (null when it does not exist); `files` what autoskill generates now. */
export function compareOutputs(committed: Vfs | null, files: Record<string, string>, o: CompareOptions): Comparison {
  const manifest = readManifest(committed);
  const res: Comparison = { drift: [], inSync: [] };
  const origin = (file: string, have: string): Origin =>
    manifest[file] === undefined ? 'unknown' : manifest[file] === sha256(have) ? 'autoskill' : 'edited';
  const diff = (file: string, a: string | null, b: string | null) => unifiedDiff(a, b, { old: `a/${o.label(file)}`, new: `b/${o.label(file)}` });
  for (const file of Object.keys(files).sort(cmp)) {
    const want = files[file]!;
    const have = committed?.readText(file) ?? null;
    if (have === null) {
      res.drift.push({ file, status: 'missing', diff: diff(file, null, want), origin: null });
      continue;
    }
    if (lf(have) === lf(want)) {
      res.inSync.push(file);
      continue;
    }
    res.drift.push({ file, status: 'changed', diff: diff(file, lf(have), want), origin: origin(file, have) });
  }
  for (const file of committed ? listFiles(committed) : []) {
    if (file in files) continue;
    const have = committed!.readText(file) ?? '';
    res.drift.push({ file, status: 'extra', diff: diff(file, lf(have), null), origin: origin(file, have) });
  }
  res.drift.sort((a, b) => cmp(a.file, b.file));
  return res;
}
