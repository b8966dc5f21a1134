import { dirnameRel } from '../util/paths.js';

/**
 * `dir` and each folder above it up to the root (''), nearest first: the
 * order in which `miniprogram_npm/` (WeChat) and `node_modules/` (TypeScript
 * `extends`) are searched, like Node's module lookup.
 */
export function selfAndAncestors(dir: string): string[] {
  const out = [dir];
  for (let d = dir; d !== ''; ) {
    d = dirnameRel(d);
    out.push(d);
  }
  return out;
}
