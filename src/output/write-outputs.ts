import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { normalizeRel } from '../util/paths.js';

/**
 * Writing the output folder safely. autoskill records what it wrote in
 * `.autoskill-manifest.json` (file → sha256). A file that exists but is not
 * in the manifest, or whose bytes changed since autoskill wrote it, was
 * edited by hand: it is never overwritten without `force`.
 */
export const MANIFEST = '.autoskill-manifest.json';

export interface WriteResult {
  written: string[];
  unchanged: string[];
  /** Files left alone because they were edited by hand (or not ours). */
  refused: string[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function writeOutputs(outDir: string, files: Record<string, string>, opts: { force?: boolean } = {}): WriteResult {
  const res: WriteResult = { written: [], unchanged: [], refused: [] };
  fs.mkdirSync(outDir, { recursive: true });
  const manifestPath = path.join(outDir, MANIFEST);
  let manifest: Record<string, string> = {};
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  } catch {
    manifest = {};
  }
  const next: Record<string, string> = {};
  for (const rel of Object.keys(files).sort()) {
    const norm = normalizeRel(rel);
    if (norm === null || norm === '' || norm === MANIFEST) throw new Error(`refusing to write outside the output folder: ${rel}`);
    const target = path.join(outDir, ...norm.split('/'));
    const text = files[rel]!;
    const hash = sha256(text);
    let existing: string | null = null;
    try {
      existing = fs.readFileSync(target, 'utf8');
    } catch {
      existing = null;
    }
    if (existing !== null) {
      const existingHash = sha256(existing);
      if (existingHash === hash) {
        res.unchanged.push(norm);
        next[norm] = hash;
        continue;
      }
      if (!opts.force && manifest[norm] !== existingHash) {
        res.refused.push(norm);
        if (manifest[norm]) next[norm] = manifest[norm]!;
        continue;
      }
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    res.written.push(norm);
    next[norm] = hash;
  }
  const sorted: Record<string, string> = {};
  for (const k of Object.keys(next).sort()) sorted[k] = next[k]!;
  fs.writeFileSync(manifestPath, JSON.stringify(sorted, null, 2) + '\n');
  return res;
}
