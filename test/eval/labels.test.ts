import { describe, expect, it } from 'vitest';
import { parseLabels, readLabels } from '../../src/eval/labels.js';
import type { LabelProblem } from '../../src/eval/labels.js';
import { normalizeRequestKey, normalizeRoute, normalizeUrl } from '../../src/eval/normalize.js';
import { MemoryVfs } from '../../src/util/vfs.js';

const okPage = {
  requests: ['GET https://a.example.com/x', 'POST https://a.example.com/{}/y'],
  cloudFunctions: ['book'],
  navigations: ['pages/b/b'],
  query: ['id'],
  payment: true,
  formFields: ['mobile', 'name'],
};

const withPage = (patch: Record<string, unknown>) => ({ pages: { 'pages/a/a': { ...okPage, ...patch } } });

describe('parseLabels', () => {
  it('accepts a well-formed file', () => {
    const r = parseLabels({ pages: { 'pages/a/a': okPage, 'pkg/b/b': { ...okPage, payment: false, requests: [] } } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.labels.pages['pages/a/a']).toEqual(okPage);
  });

  it.each<[string, unknown, LabelProblem[]]>([
    ['not an object', [], [{ path: '', message: 'must be an object with "pages"' }]],
    ['no pages', {}, [{ path: 'pages', message: 'missing' }]],
    ['pages is a list', { pages: [] }, [{ path: 'pages', message: 'must be an object keyed by route' }]],
    ['unknown top-level key', { pages: {}, _comment: 'x' }, [{ path: '_comment', message: 'unknown key' }]],
    ['page not an object', { pages: { 'pages/a/a': true } }, [{ path: 'pages["pages/a/a"]', message: 'must be an object' }]],
    ['unknown page key', withPage({ formField: [] }), [{ path: 'pages["pages/a/a"].formField', message: 'unknown key' }]],
    [
      'missing keys',
      { pages: { 'pages/a/a': { requests: [] } } },
      [
        { path: 'pages["pages/a/a"].cloudFunctions', message: 'missing' },
        { path: 'pages["pages/a/a"].navigations', message: 'missing' },
        { path: 'pages["pages/a/a"].query', message: 'missing' },
        { path: 'pages["pages/a/a"].formFields', message: 'missing' },
        { path: 'pages["pages/a/a"].payment', message: 'missing' },
      ],
    ],
    ['payment not boolean', withPage({ payment: 'yes' }), [{ path: 'pages["pages/a/a"].payment', message: 'must be true or false' }]],
    ['list not an array', withPage({ query: 'id' }), [{ path: 'pages["pages/a/a"].query', message: 'must be an array of strings' }]],
    [
      'non-string and empty entries',
      withPage({ query: [1, ''] }),
      [
        { path: 'pages["pages/a/a"].query[0]', message: 'must be a non-empty string' },
        { path: 'pages["pages/a/a"].query[1]', message: 'must be a non-empty string' },
      ],
    ],
    [
      'request without method or lower-case',
      withPage({ requests: ['get https://a.example.com/y', 'https://a.example.com/x'] }),
      [
        { path: 'pages["pages/a/a"].requests[0]', message: 'must be "METHOD URL" with an upper-case method' },
        { path: 'pages["pages/a/a"].requests[1]', message: 'must be "METHOD URL" with an upper-case method' },
      ],
    ],
    [
      'named placeholder in a request',
      withPage({ requests: ['GET https://a.example.com/goods/{id}'] }),
      [{ path: 'pages["pages/a/a"].requests[0]', message: 'dynamic URL parts must be written {}' }],
    ],
    [
      'navigation with leading slash or query',
      withPage({ navigations: ['/pages/b/b', 'pages/c/c?id=1'] }),
      [
        { path: 'pages["pages/a/a"].navigations[0]', message: 'must be a route: no leading "/", no query' },
        { path: 'pages["pages/a/a"].navigations[1]', message: 'must be a route: no leading "/", no query' },
      ],
    ],
    ['unsorted list', withPage({ formFields: ['name', 'mobile'] }), [{ path: 'pages["pages/a/a"].formFields[1]', message: 'not sorted: "mobile" after "name"' }]],
    ['duplicate entry', withPage({ cloudFunctions: ['book', 'book'] }), [{ path: 'pages["pages/a/a"].cloudFunctions[1]', message: 'duplicate "book"' }]],
    // Code-unit order: upper-case before lower-case, as cmp() sorts everywhere else.
    ['locale order is not code-unit order', withPage({ query: ['b', 'Z'] }), [{ path: 'pages["pages/a/a"].query[1]', message: 'not sorted: "Z" after "b"' }]],
  ])('%s', (_name, given, problems) => {
    expect(parseLabels(given)).toEqual({ ok: false, problems });
  });
});

describe('readLabels', () => {
  it.each<[string, Record<string, string>, string | null]>([
    ['valid file', { 'labels.json': JSON.stringify({ pages: {} }) }, null],
    ['absent file', {}, 'labels.json not found'],
    ['invalid JSON', { 'labels.json': '{ "pages": {}, }' }, 'labels.json is not valid JSON'],
  ])('%s', (_name, files, problem) => {
    const r = readLabels(new MemoryVfs(files));
    if (problem === null) expect(r).toEqual({ ok: true, labels: { pages: {} } });
    else expect(r.ok ? '' : r.problems[0]!.message).toContain(problem);
  });
});

describe('normalisation', () => {
  it.each([
    ['https://a.example.com/goods/{id}/x/{}', 'https://a.example.com/goods/{}/x/{}'],
    ['https://a.example.com/{a}{b}.pdf', 'https://a.example.com/{}{}.pdf'],
    ['https://a.example.com/plain', 'https://a.example.com/plain'],
    ['https://a.example.com/index/seckill ', 'https://a.example.com/index/seckill'],
    [' https://a.example.com/q ?x=1', 'https://a.example.com/q'],
  ])('normalizeUrl(%s)', (given, want) => {
    expect(normalizeUrl(given)).toBe(want);
  });

  it.each([
    ['post https://a.example.com/{id}', 'POST https://a.example.com/{}'],
    ['GET https://a.example.com/x', 'GET https://a.example.com/x'],
  ])('normalizeRequestKey(%s)', (given, want) => {
    expect(normalizeRequestKey(given)).toBe(want);
  });

  it.each([
    ['/pages/a/a?id=1', 'pages/a/a'],
    ['pages/a/a#top', 'pages/a/a'],
    ['pkg/b/b', 'pkg/b/b'],
  ])('normalizeRoute(%s)', (given, want) => {
    expect(normalizeRoute(given)).toBe(want);
  });
});
