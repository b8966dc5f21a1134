import type { Diagnostic } from '../model/types.js';
import type { LoadedProject } from '../load/types.js';
import { subVfs } from '../util/sub-vfs.js';
import type { Vfs } from '../util/vfs.js';

/**
 * The loader's result as the incremental cache keeps it: everything but the
 * VFS, plus what loading reported. A run whose project probes all replay
 * unchanged (app.json, every page's and component's JSON, the files found)
 * would load the same project, so it takes this one instead of reading and
 * resolving every unit's JSON again — what keeps a one-file change from
 * costing a pass over the whole app.
 */
interface StoredProject {
  project: Omit<LoadedProject, 'vfs' | 'routes'> & { routes: string[] };
  diagnostics: Diagnostic[];
}

/** `project` and the diagnostics its loading reported, as the cache's text. */
export function storeProject(project: LoadedProject, diagnostics: Diagnostic[]): string {
  const { vfs: _vfs, routes, ...rest } = project;
  const stored: StoredProject = { project: { ...rest, routes: [...routes] }, diagnostics };
  return JSON.stringify(stored);
}

/** The project `storeProject` kept, over `projectVfs`; null when it cannot be used (the cache is then ignored for it). */
export function restoreProject(text: string, projectVfs: Vfs): { project: LoadedProject; diagnostics: Diagnostic[] } | null {
  try {
    const stored = JSON.parse(text) as StoredProject;
    // The mini-program root inside the project folder as the loader recorded it (`.` or `root/`; subVfs normalises it).
    const vfs = subVfs(projectVfs, stored.project.info.miniprogramRoot);
    if (!vfs) return null;
    return { project: { ...stored.project, vfs, routes: new Set(stored.project.routes) }, diagnostics: stored.diagnostics };
  } catch {
    return null;
  }
}
