import { describe, expect, it } from 'vitest';
import { memberPathRoot, rootIdentifiers, rootMembers, stringLiterals } from '../../src/wxml/expression.js';
import { pureMustache, splitMustaches, stripMustaches } from '../../src/wxml/mustache.js';

describe('rootIdentifiers', () => {
  it.each([
    ['a.b[c] + d(e)', ['a', 'c', 'd', 'e']],
    ['goods.price * 100 | 0', ['goods']],
    ['a ? b : c', ['a', 'b', 'c']],
    ["flag ? 'x' : \"y\"", ['flag']],
    ['{ key: value, other }', ['value', 'other']],
    ['...item, index: idx', ['item', 'idx']],
    ['true && null || undefined || typeof x', ['x']],
    ['list.length > 0 && !loading', ['list', 'loading']],
    ['a?.b ?? c', ['a', 'c']],
    ['"a.b" + c', ['c']],
    ['[1, 2.5, .5e3]', []],
    ['用户 + 名', ['用户', '名']],
  ])('%s', (expr, want) => {
    expect(rootIdentifiers(expr)).toEqual(want);
  });
});

describe('rootMembers', () => {
  it.each([
    ['options.my && groupDetail.status == 1', ['options.my', 'groupDetail.status']],
    ['a.b.c + a.b + x?.y', ['a.b', 'x.y']],
    ['list[i].name', []],
    ["{ key: o.v, other }", ['o.v']],
    ['f(a).b', []],
  ])('%s', (expr, want) => {
    expect(rootMembers(expr)).toEqual(want);
  });
});

describe('stringLiterals / memberPathRoot', () => {
  it.each([
    ["flag ? 'onA' : 'onB'", ['onA', 'onB']],
    ['a ? "x\\"y" : \'\'', ['x"y']],
    ["'on' + 'A' + 'on'", ['on', 'A']],
  ])('stringLiterals(%s)', (expr, want) => {
    expect(stringLiterals(expr)).toEqual(want);
  });

  it.each([
    [' m.onTap ', 'm'],
    ['handler', 'handler'],
    ['a ? b : c', null],
    ['a[0]', null],
  ])('memberPathRoot(%s)', (expr, want) => {
    expect(memberPathRoot(expr)).toBe(want);
  });
});

describe('mustaches', () => {
  it.each([
    ['a {{b}} c', ['static:a ', 'expr:b', 'static: c']],
    ['{{ {a: 1}}}', ['expr: {a: 1}']],
    ['{{a}}{{b}}', ['expr:a', 'expr:b']],
    ['{{ open', ['static:{{ open']],
    ['{{a {{b}}', ['static:{{a ', 'expr:b']],
  ])('splitMustaches(%s)', (s, want) => {
    expect(splitMustaches(s).map((p) => `${p.kind}:${p.text}`)).toEqual(want);
  });

  it.each([
    ['{{ handler }}', 'handler'],
    ['  {{a}} ', 'a'],
    ['on{{a}}', null],
    ['{{a}}{{b}}', null],
    ['plain', null],
  ])('pureMustache(%s)', (s, want) => {
    expect(pureMustache(s)).toBe(want);
  });

  it('stripMustaches keeps static text only', () => {
    expect(stripMustaches('¥{{price}} 起')).toBe('¥  起');
  });
});
