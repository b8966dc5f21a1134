import { DiagnosticBag, sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { loadProject } from '../../src/load/load-project.js';
import type { LoadedProject } from '../../src/load/types.js';
import { MemoryVfs } from '../../src/util/vfs.js';

/** Load an in-memory project; diagnostics as sorted `CODE file:line:column` strings. */
export async function load(files: Record<string, string>): Promise<{ project: LoadedProject | null; diags: string[]; bag: DiagnosticBag }> {
  const bag = new DiagnosticBag();
  const project = await loadProject(new MemoryVfs(files), bag);
  return { project, diags: summarize(bag), bag };
}

export function summarize(bag: DiagnosticBag): string[] {
  return sortDiagnostics(bag.items).map((d) => `${d.code} ${d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.column}` : '-'}`);
}

/** The files of a complete page (script + template). */
export function page(route: string, json?: string): Record<string, string> {
  return {
    [`${route}.js`]: 'Page({})',
    [`${route}.wxml`]: '<view/>',
    ...(json === undefined ? {} : { [`${route}.json`]: json }),
  };
}

/** The files of a custom component; `using` is its usingComponents. */
export function comp(path: string, using: Record<string, string> = {}): Record<string, string> {
  return {
    [`${path}.js`]: 'Component({})',
    [`${path}.wxml`]: '<view/>',
    [`${path}.json`]: JSON.stringify({ component: true, usingComponents: using }),
  };
}
