import { describe, expect, it } from 'vitest';
import { globRegExp, matchesRoute, pageScope } from '../../src/config/route-glob.js';

describe('matchesRoute: route globs and route folders', () => {
  it.each([
    ['pages/goods/goods', 'pages/goods/goods', true],
    ['/pages/goods/goods', 'pages/goods/goods', true],
    ['./pages/goods/goods', 'pages/goods/goods', true],
    ['pages/goods/*', 'pages/goods/goods', true],
    ['pages/*', 'pages/goods/goods', false],
    ['pages/**', 'pages/goods/goods', true],
    ['**/detail', 'packageOrder/detail/detail', true],
    ['pages/**/index', 'pages/index', true],
    ['pages/**/index', 'pages/ucenter/index/index', true],
    ['pages/ucenter/*/index', 'pages/ucenter/index/index', true],
    ['pages/?art/cart', 'pages/cart/cart', true],
    ['packageOrder', 'packageOrder/list/list', true],
    ['packageOrder/', 'packageOrder/list/list', true],
    ['packageOrder', 'packageOrderX/list/list', false],
    ['pages/ucenter', 'pages/ucenter/address/address', true],
    ['pages/goods.detail', 'pages/goodsXdetail', false],
    ['pages/(a|b)', 'pages/a', false],
    ['', 'pages/a', false],
  ])('%s selects %s: %s', (pattern, route, want) => {
    expect(matchesRoute(pattern, route)).toBe(want);
  });

  it('escapes RegExp characters', () => {
    expect(globRegExp('a.b+c').test('a.b+c')).toBe(true);
    expect(globRegExp('a.b+c').test('aXbbc')).toBe(false);
  });
});

describe('pageScope', () => {
  const routes = ['pages/index/index', 'pages/goods/goods', 'pages/auth/login/login', 'packageOrder/list/list'];
  const p = (...ps: string[]) => ps.map((pattern) => ({ pattern }));

  it.each([
    ['everything without selectors', [], [], routes],
    ['include only', p('pages/**'), [], ['pages/index/index', 'pages/goods/goods', 'pages/auth/login/login']],
    ['exclude after include', p('pages/**'), p('pages/auth'), ['pages/index/index', 'pages/goods/goods']],
    ['exclude only', [], p('packageOrder', 'pages/index/*'), ['pages/goods/goods', 'pages/auth/login/login']],
  ] as [string, { pattern: string }[], { pattern: string }[], string[]][])('%s', (_n, include, exclude, want) => {
    const scope = pageScope(include, exclude);
    expect(routes.filter((r) => scope.keeps(r))).toEqual(want);
  });

  it('lists the selectors that select no page', () => {
    const scope = pageScope(p('pages/**', 'pages/nope/*'), p('packageX'));
    expect(scope.unused(routes).map((u) => [u.list, u.index, u.pattern.pattern])).toEqual([
      ['include', 1, 'pages/nope/*'],
      ['exclude', 0, 'packageX'],
    ]);
  });
});
