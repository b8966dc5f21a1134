import { describe, expect, it } from 'vitest';
import type { Labels, PageLabels, SetMetric } from '../../src/eval/labels.js';
import { combineScores, formatScore, scoreApp } from '../../src/eval/score.js';
import { cloud, form, model, nav, page, pay, req } from './helpers.js';
import type { PageSpec } from './helpers.js';

const ROUTE = 'pages/a/a';

function labelled(p: Partial<PageLabels> = {}): PageLabels {
  return { requests: [], cloudFunctions: [], navigations: [], query: [], payment: false, formFields: [], ...p };
}

function one(route: string, p: Partial<PageLabels> = {}): Labels {
  return { pages: { [route]: labelled(p) } };
}

interface Want {
  tp: number;
  fp: number;
  fn: number;
  missed?: string[];
  extra?: string[];
}

describe('scoreApp: one page, one list', () => {
  it.each<[string, { given: PageSpec; labels: Partial<PageLabels>; metric: SetMetric; want: Want }]>([
    [
      'exact request match',
      {
        given: { effects: [req('GET', 'https://a.example.com/x'), req('POST', 'https://a.example.com/y')] },
        labels: { requests: ['GET https://a.example.com/x', 'POST https://a.example.com/y'] },
        metric: 'requests',
        want: { tp: 2, fp: 0, fn: 0 },
      },
    ],
    [
      'named placeholders become {} and methods are upper-cased',
      {
        given: { effects: [req('post', 'https://a.example.com/goods/{id}/like'), req('get', 'https://a.example.com/o/{orderId}')] },
        labels: { requests: ['GET https://a.example.com/o/{}', 'POST https://a.example.com/goods/{}/like'] },
        metric: 'requests',
        want: { tp: 2, fp: 0, fn: 0 },
      },
    ],
    [
      'empty method defaults to GET',
      {
        given: { effects: [req('', 'https://a.example.com/x')] },
        labels: { requests: ['GET https://a.example.com/x'] },
        metric: 'requests',
        want: { tp: 1, fp: 0, fn: 0 },
      },
    ],
    [
      'uploadFile is POST and downloadFile is GET whatever the method field says',
      {
        given: {
          effects: [req('GET', 'https://a.example.com/up', 'wx.uploadFile'), req('POST', 'https://f.example.com/{}.pdf', 'wx.downloadFile')],
        },
        labels: { requests: ['GET https://f.example.com/{}.pdf', 'POST https://a.example.com/up'] },
        metric: 'requests',
        want: { tp: 2, fp: 0, fn: 0 },
      },
    ],
    [
      'a null URL is a wrong prediction and does not stand in for the label',
      {
        given: { effects: [req('GET', null, 'wx.request', 7)] },
        labels: { requests: ['GET https://a.example.com/x'] },
        metric: 'requests',
        want: { tp: 0, fp: 1, fn: 1, missed: ['GET https://a.example.com/x'], extra: ['GET <unresolved pages/a/a.js:7:1>'] },
      },
    ],
    [
      'two unresolved calls count twice, the same call reached twice once',
      {
        given: { effects: [req('GET', null, 'wx.request', 3), req('GET', null, 'wx.request', 3), req('POST', null, 'wx.request', 9)] },
        labels: {},
        metric: 'requests',
        want: { tp: 0, fp: 2, fn: 0, extra: ['GET <unresolved pages/a/a.js:3:1>', 'POST <unresolved pages/a/a.js:9:1>'] },
      },
    ],
    [
      'missing and extra requests',
      {
        given: { effects: [req('GET', 'https://a.example.com/x'), req('GET', 'https://a.example.com/z')] },
        labels: { requests: ['GET https://a.example.com/x', 'POST https://a.example.com/y'] },
        metric: 'requests',
        want: { tp: 1, fp: 1, fn: 1, missed: ['POST https://a.example.com/y'], extra: ['GET https://a.example.com/z'] },
      },
    ],
    [
      'the same request reached along two paths is one prediction',
      {
        given: { effects: [req('GET', 'https://a.example.com/x'), req('GET', 'https://a.example.com/x', 'wx.request', 5)] },
        labels: { requests: ['GET https://a.example.com/x'] },
        metric: 'requests',
        want: { tp: 1, fp: 0, fn: 0 },
      },
    ],
    [
      'cloud functions; an unresolved name is a wrong prediction',
      {
        given: { effects: [cloud('book'), cloud(null, 4)] },
        labels: { cloudFunctions: ['book', 'getSlot'] },
        metric: 'cloudFunctions',
        want: { tp: 1, fp: 1, fn: 1, missed: ['getSlot'], extra: ['<unresolved pages/a/a.js:4:1>'] },
      },
    ],
    [
      'navigation targets lose a leading "/" and the query; dynamic targets, navigateBack and plugin pages are not predictions',
      {
        given: {
          effects: [nav('/pages/b/b?id=1'), nav('pages/c/c', 'switchTab'), nav(null), nav(null, 'navigateBack'), nav('pages/d/d', 'navigator'), nav('plugin://routePlan/index')],
        },
        labels: { navigations: ['pages/b/b', 'pages/c/c', 'pages/d/d'] },
        metric: 'navigations',
        want: { tp: 3, fp: 0, fn: 0 },
      },
    ],
    [
      'query keys',
      {
        given: { query: ['id', 'from', 'id'] },
        labels: { query: ['from', 'id', 'storeId'] },
        metric: 'query',
        want: { tp: 2, fp: 0, fn: 1, missed: ['storeId'] },
      },
    ],
    [
      'form fields: names inside forms and model:value keys',
      {
        given: { forms: [form([{ name: 'phone', model: 'phone' }, { name: 'remark' }]), form([{ name: 'nickName', model: 'nickName' }], null)] },
        labels: { formFields: ['nickName', 'phone', 'remark'] },
        metric: 'formFields',
        want: { tp: 3, fp: 0, fn: 0 },
      },
    ],
    [
      'form field names built in WXML: the dynamic part is `{}`, quoted text in a concatenation is text',
      {
        given: { forms: [form([{ name: 'remark{{index}}' }, { name: '{{"input" + index}}' }, { name: "{{ 'q' + i + '_' + j }}" }, { name: "{{ a ? 'x' : 'y' }}" }])] },
        labels: { formFields: ['input{}', 'q{}_{}', 'remark{}', '{}'] },
        metric: 'formFields',
        want: { tp: 4, fp: 0, fn: 0 },
      },
    ],
    [
      'non-request effects are not requests',
      {
        given: { effects: [cloud('x'), nav('pages/b/b'), pay(), { kind: 'storage', op: 'get', key: 'token', loc: { file: 'a.js', line: 1, column: 1 } }] },
        labels: {},
        metric: 'requests',
        want: { tp: 0, fp: 0, fn: 0 },
      },
    ],
  ])('%s', (_name, { given, labels, metric, want }) => {
    const s = scoreApp(model(page(ROUTE, given)), one(ROUTE, labels)).pages[0]!.metrics[metric];
    expect({ tp: s.tp, fp: s.fp, fn: s.fn }).toEqual({ tp: want.tp, fp: want.fp, fn: want.fn });
    expect(s.missed).toEqual(want.missed ?? []);
    expect(s.extra).toEqual(want.extra ?? []);
  });
});

describe('measures', () => {
  it.each<[string, { tp: number; fp: number; fn: number }, { precision: number | null; recall: number | null; f1: number | null }]>([
    ['perfect', { tp: 2, fp: 0, fn: 0 }, { precision: 1, recall: 1, f1: 1 }],
    ['nothing expected, nothing predicted', { tp: 0, fp: 0, fn: 0 }, { precision: null, recall: null, f1: null }],
    ['nothing predicted', { tp: 0, fp: 0, fn: 3 }, { precision: null, recall: 0, f1: 0 }],
    ['nothing expected', { tp: 0, fp: 2, fn: 0 }, { precision: 0, recall: null, f1: 0 }],
    ['half and half', { tp: 1, fp: 1, fn: 1 }, { precision: 0.5, recall: 0.5, f1: 0.5 }],
    ['P=1 R=1/3', { tp: 1, fp: 0, fn: 2 }, { precision: 1, recall: 1 / 3, f1: 0.5 }],
  ])('%s', (_name, counts, want) => {
    const labels: string[] = [];
    const predicted: string[] = [];
    for (let i = 0; i < counts.tp; i++) labels.push(`t${i}`), predicted.push(`t${i}`);
    for (let i = 0; i < counts.fn; i++) labels.push(`m${i}`);
    for (let i = 0; i < counts.fp; i++) predicted.push(`e${i}`);
    const s = scoreApp(model(page(ROUTE, { query: predicted })), one(ROUTE, { query: labels })).pages[0]!.metrics.query;
    expect(s.precision).toBe(want.precision);
    expect(s.recall).toBe(want.recall);
    expect(s.f1).toBe(want.f1);
  });
});

describe('scoreApp: payment', () => {
  it.each<[string, PageSpec, boolean, { predicted: boolean; correct: boolean }]>([
    ['reached and labelled', { effects: [pay()] }, true, { predicted: true, correct: true }],
    ['any payment api counts', { effects: [pay('openBusinessView')] }, true, { predicted: true, correct: true }],
    ['reached, not labelled', { effects: [pay('requestVirtualPayment')] }, false, { predicted: true, correct: false }],
    ['labelled, not reached', {}, true, { predicted: false, correct: false }],
    ['neither', { effects: [req('GET', 'https://a.example.com/x')] }, false, { predicted: false, correct: true }],
  ])('%s', (_name, given, expected, want) => {
    const s = scoreApp(model(page(ROUTE, given)), one(ROUTE, { payment: expected }));
    expect(s.pages[0]!.payment).toEqual({ expected, ...want });
    expect(s.totals.payment).toEqual({ correct: want.correct ? 1 : 0, total: 1, accuracy: want.correct ? 1 : 0 });
  });
});

describe('scoreApp: pages', () => {
  const labels: Labels = {
    pages: {
      'pages/b/b': labelled({ requests: ['GET https://a.example.com/b'], payment: true }),
      'pages/a/a': labelled({ requests: ['GET https://a.example.com/a', 'GET https://a.example.com/a2'], query: ['id'] }),
    },
  };
  const m = model(
    page('pages/a/a', { effects: [req('GET', 'https://a.example.com/a'), req('GET', 'https://a.example.com/zz')], query: ['id'] }),
    page('pages/extra/extra', { effects: [req('GET', 'https://a.example.com/e')] }),
  );
  const s = scoreApp(m, labels);

  it('scores every labelled route in route order; a page the model lacks predicts nothing', () => {
    expect(s.pages.map((p) => [p.route, p.found])).toEqual([
      ['pages/a/a', true],
      ['pages/b/b', false],
    ]);
    expect(s.pages[1]!.metrics.requests).toMatchObject({ tp: 0, fp: 0, fn: 1, missed: ['GET https://a.example.com/b'] });
    expect(s.missingPages).toEqual(['pages/b/b']);
  });

  it('lists model pages without labels and does not score them', () => {
    expect(s.unlabelledPages).toEqual(['pages/extra/extra']);
    expect(s.totals.metrics.requests).toMatchObject({ tp: 1, fp: 1, fn: 2 });
  });

  it('totals are micro-averaged over pages and lists', () => {
    expect(s.totals.metrics.requests).toEqual({ tp: 1, fp: 1, fn: 2, precision: 0.5, recall: 1 / 3, f1: 0.4 });
    expect(s.totals.metrics.query).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(s.totals.metrics.cloudFunctions).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(s.totals.all).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(s.totals.payment).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  });

  it('combineScores adds the counts of several apps', () => {
    const other = scoreApp(model(page(ROUTE, { query: ['x'] })), one(ROUTE, { query: ['x'] }));
    const t = combineScores([s, other]);
    expect(t.metrics.query).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(t.metrics.requests).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(t.payment).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
  });
});

describe('formatScore', () => {
  const coffee = scoreApp(
    model(page('pages/a/a', { effects: [req('GET', 'https://a.example.com/a'), pay()], query: ['id'] })),
    {
      pages: {
        'pages/a/a': labelled({ requests: ['GET https://a.example.com/a', 'POST https://a.example.com/b'], query: ['id'], payment: true }),
        'pages/gone/gone': labelled({ payment: true }),
      },
    },
  );
  const mall = scoreApp(model(page('pages/x/x', { effects: [nav('pages/y/y')] }), page('pages/u/u')), one('pages/x/x', { navigations: ['pages/y/y'] }));

  it('prints one block for one app', () => {
    expect(formatScore({ coffee })).toBe(
      [
        'app     metric              P      R     F1  tp  fp  fn',
        'coffee  requests        1.000  0.500  0.667   1   0   1',
        '        cloudFunctions      -      -      -   0   0   0',
        '        navigations         -      -      -   0   0   0',
        '        query           1.000  1.000  1.000   1   0   0',
        '        formFields          -      -      -   0   0   0',
        '        all             1.000  0.667  0.800   2   0   1',
        '        payment         exact 1/2 (0.500)',
        'coffee: labelled but not in the model: pages/gone/gone',
        '',
      ].join('\n'),
    );
  });

  it('adds an ALL block and sorts apps by name', () => {
    const out = formatScore({ mall, coffee });
    const lines = out.split('\n');
    expect(lines.filter((l) => /^\S/.test(l) && !l.includes(':')).map((l) => l.split(/\s+/)[0])).toEqual(['app', 'coffee', 'mall', 'ALL']);
    expect(out).toContain('ALL     requests        1.000  0.500  0.667   1   0   1');
    expect(out).toContain('        navigations     1.000  1.000  1.000   1   0   0');
    expect(out).toContain('        payment         exact 2/3 (0.667)');
    expect(out).toContain('mall: in the model but not labelled: pages/u/u');
  });
});
