import type { PagePattern } from './config-types.js';

/**
 * Page selectors of `include` / `exclude`. A selector is a route glob —
 * `*` any characters within one path segment, `**` any characters across
 * segments, `?` one character other than `/` — or a route folder: a
 * subpackage root (`packageOrder`) or any folder of routes (`pages/ucenter`)
 * selects every page under it. Routes are in app.json form; a leading `/`
 * or `./` in a selector is ignored, so `/pages/index/index` works too.
 */

/** Characters that mean something in a RegExp and nothing in a glob. */
const REGEXP_SPECIAL = /[\\^$.|+()[\]{}]/g;

function normalize(pattern: string): string {
  return pattern.trim().replace(/^(?:\.\/|\/)+/, '').replace(/\/+$/, '');
}

/** The RegExp of a glob, anchored at both ends. */
export function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `a/**/b` also matches `a/b`: the slash after `**` is optional with it.
      if (glob[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(REGEXP_SPECIAL, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether one selector selects a route. */
export function matchesRoute(pattern: string, route: string): boolean {
  const p = normalize(pattern);
  if (p === '') return false;
  if (route === p || route.startsWith(p + '/')) return true;
  return /[*?]/.test(p) && globRegExp(p).test(route);
}

export interface PageScope {
  /** Whether a route's actions are drafted. */
  keeps(route: string): boolean;
  /** Selectors that select no route of `routes` (stale). */
  unused(routes: readonly string[]): { list: 'include' | 'exclude'; index: number; pattern: PagePattern }[];
}

/** A page is drafted when `include` is empty or selects it, and `exclude` does not. */
export function pageScope(include: readonly PagePattern[] = [], exclude: readonly PagePattern[] = []): PageScope {
  const any = (list: readonly PagePattern[], route: string) => list.some((p) => matchesRoute(p.pattern, route));
  return {
    keeps: (route) => (include.length === 0 || any(include, route)) && !any(exclude, route),
    unused: (routes) =>
      (
        [
          ['include', include],
          ['exclude', exclude],
        ] as const
      ).flatMap(([list, patterns]) =>
        patterns.flatMap((pattern, index) => (routes.some((r) => matchesRoute(pattern.pattern, r)) ? [] : [{ list, index, pattern }])),
      ),
  };
}
