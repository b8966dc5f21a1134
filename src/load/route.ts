import { normalizeRel } from '../util/paths.js';

/**
 * Route normalisation, shared by app.json pages, subpackage roots, tabBar,
 * entryPagePath and (later) navigation targets: `/pages/a//a.js` →
 * `pages/a/a`. A route is a root-relative path without extension; see
 * https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#pages
 */
export type RouteResult = { route: string } | { problem: 'escapes' | 'invalid' };

/** Extensions people sometimes write after a page path; the route is the path without them. */
const PAGE_FILE_EXTENSIONS = ['.js', '.ts', '.wxml', '.json', '.wxss'];

export function normalizeRoute(raw: string): RouteResult {
  let s = raw.trim();
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(0, q);
  const ext = PAGE_FILE_EXTENSIONS.find((e) => s.endsWith(e));
  if (ext) s = s.slice(0, -ext.length);
  const n = normalizeRel(s);
  if (n === null) return { problem: 'escapes' };
  if (n === '') return { problem: 'invalid' };
  return { route: n };
}

/** Join a subpackage root and one of its pages into a route. */
export function joinRoute(root: string, page: string): string {
  return root ? `${root}/${page}` : page;
}
