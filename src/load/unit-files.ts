import type { Vfs } from '../util/vfs.js';
import type { UnitFiles } from './types.js';

/**
 * Which file plays which role for a page or component `<base>`, first
 * existing candidate wins. A `.ts` script is preferred over a `.js` beside it
 * (TypeScript projects may keep compiled output next to the source). Style
 * sources compiled by DevTools' compiler plugins (`.scss`, `.less`, `.sass`)
 * count as the unit's wxss when there is no `.wxss`.
 */
const ROLE_EXTENSIONS: Record<keyof UnitFiles, readonly string[]> = {
  wxml: ['.wxml'],
  script: ['.ts', '.js'],
  json: ['.json'],
  wxss: ['.wxss', '.scss', '.less', '.sass'],
};

/** Files whose presence makes `<base>` a component someone can point usingComponents at. */
const UNIT_MARKERS = ['.json', '.js', '.ts', '.wxml'];

export function findUnitFiles(vfs: Vfs, base: string): UnitFiles {
  const pick = (role: keyof UnitFiles): string | null => ROLE_EXTENSIONS[role].map((e) => base + e).find((f) => vfs.isFile(f)) ?? null;
  return { wxml: pick('wxml'), script: pick('script'), json: pick('json'), wxss: pick('wxss') };
}

export function unitExists(vfs: Vfs, base: string): boolean {
  return base !== '' && UNIT_MARKERS.some((e) => vfs.isFile(base + e));
}
