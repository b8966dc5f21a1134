import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { DiagnosticArgs } from '../diagnostics/diagnostic.js';
import { dirnameRel, joinRel, normalizeRel } from '../util/paths.js';
import type { Expanded } from './strings.js';

/**
 * A navigation URL as WeChat reads it: `/pages/a/a?id=1` is root-absolute,
 * `../b/b?x=1` is relative to the current page's route. The target is the
 * app.json route; query keys are the keys of its query string.
 * https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateTo.html
 */
export interface ResolvedNavigation {
  target: string | null;
  query: string[];
  /** The target is a declared route. */
  known: boolean;
  /** A plugin's page (`plugin://routePlan/index`): the target is that URL, not a route of the app. */
  plugin?: true;
  /**
   * `pages/x/x` without a leading `/` that only names a page read from the root: the relative
   * reading WeChat would use (not a page), for a diagnostic.
   */
  slip?: string;
  /** A literal that names no page at all (`url: '/'`): the target is null, and this is what was written. */
  nowhere?: string;
}

/** What a navigation by `api` (`wx.redirectTo`, `<navigator>`) whose URL read `url` reports, if anything. */
export function navigationProblem(nav: ResolvedNavigation, api: string, url: string | null): { code: DiagnosticCode; args: DiagnosticArgs } | null {
  if (nav.nowhere !== undefined) return { code: 'NAVIGATION_UNKNOWN_ROUTE', args: { api, target: nav.nowhere } };
  if (nav.target === null) return { code: 'DYNAMIC_NAVIGATION', args: { api } };
  if (!nav.known && !nav.plugin) return { code: 'NAVIGATION_UNKNOWN_ROUTE', args: { api, target: nav.target } };
  if (nav.slip) return { code: 'NAVIGATION_RELATIVE_SLIP', args: { api, url: url ?? '', relative: nav.slip, target: nav.target } };
  return null;
}

/** A path naming an image, media or style file, query aside: WeChat opens pages only. */
export function isStaticFile(url: string): boolean {
  return STATIC_FILE.test(url);
}
const STATIC_FILE = /\.(png|jpe?g|gif|webp|svg|bmp|ico|mp3|mp4|m4a|wav|aac|mov|wxss|css)(\?.*)?$/i;

/** An HTML-style placeholder link (`#`, `javascript:;`, a menu row's `url: '#'`): it leads nowhere. */
export function isNoLink(url: string): boolean {
  return /^\s*(#|javascript:)/i.test(url);
}

export function resolveNavigation(u: Expanded | null, fromRoute: string | null, routes: Set<string>): ResolvedNavigation {
  if (!u) return { target: null, query: [], known: false };
  const q = u.text.indexOf('?');
  const pathPart = (q < 0 ? u.text : u.text.slice(0, q)).trim();
  const query = q < 0 ? [] : queryKeys(u.text.slice(q + 1));
  if (pathPart === '' || pathPart.includes('{')) return { target: null, query, known: false };
  if (isPluginPage(pathPart)) return { target: pathPart, query, known: false, plugin: true };
  // `redirectTo({ url: '/' })`: the root is no page (read relatively it would be the caller's folder).
  if (/^\/+$/.test(pathPart)) return { target: null, query, known: false, nowhere: pathPart };
  const { target, slip } = routeOf(pathPart, fromRoute, routes);
  const nav: ResolvedNavigation = { target, query, known: target !== null && routes.has(target) };
  if (slip) nav.slip = slip;
  return nav;
}

/** A plugin's page (`plugin://name/page`, `plugin-private://appid/page`), not a route of the app. */
export function isPluginPage(url: string): boolean {
  return PLUGIN_PAGE.test(url);
}
/** https://developers.weixin.qq.com/miniprogram/dev/framework/plugin/using.html (plugin pages). */
const PLUGIN_PAGE = /^plugin(-private)?:\/\//;

/** The route a URL's path names, and the relative reading it was preferred over (see `slip`). */
function routeOf(pathPart: string, fromRoute: string | null, routes: Set<string>): { target: string | null; slip?: string } {
  const p = pathPart.replace(/\.(html|js|wxml)$/, '').replace(/\/+$/, '');
  if (p.startsWith('/')) return { target: normalizeRel(p.slice(1)) };
  const rel = joinRel(fromRoute ? dirnameRel(fromRoute) : '', p);
  if (rel !== null && routes.has(rel)) return { target: rel };
  // `pages/x/x` without a leading slash is a common slip; WeChat would resolve it relatively,
  // but when only the root reading names a page, that is what the developer meant.
  const abs = normalizeRel(p);
  if (abs !== null && routes.has(abs)) return rel !== null && rel !== abs ? { target: abs, slip: rel } : { target: abs };
  const t = rel ?? abs ?? '';
  return { target: t || null };
}

/** Keys of a query string; dynamic keys (`{qs}` standing for a whole query) are skipped. */
export function queryKeys(qs: string): string[] {
  const out = new Set<string>();
  for (const pair of qs.split('&')) {
    const k = pair.split('=')[0]!.trim();
    if (!k || k.includes('{') || k.includes('}')) continue;
    try {
      out.add(decodeURIComponent(k));
    } catch {
      out.add(k);
    }
  }
  return [...out].sort();
}
