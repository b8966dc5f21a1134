import { describe, expect, it } from 'vitest';
import type { AnalysisModel } from '../../src/model/types.js';
import { coffeeModel } from './models/coffee.js';
import { schemaErrors } from './validate.js';

/** schema/analysis.schema.json: strict on the contract, open to extension fields. */

type Mutation = (m: AnalysisModel & Record<string, unknown>) => void;
const page0 = (m: AnalysisModel) => m.pages[0]! as unknown as Record<string, unknown>;
const effect = (m: AnalysisModel, kind: string) => m.pages.flatMap((p) => p.handlers.flatMap((h) => h.effects)).find((e) => e.kind === kind)! as unknown as Record<string, unknown>;

describe('analysis.schema.json', () => {
  it.each<[string, Mutation]>([
    ['wrong schemaVersion', (m) => ((m as Record<string, unknown>)['schemaVersion'] = 2)],
    ['no diagnostics', (m) => delete (m as Record<string, unknown>)['diagnostics']],
    ['route with a leading slash', (m) => (page0(m)['route'] = '/pages/index/index')],
    ['route with an extension', (m) => (page0(m)['route'] = 'pages/index/index.js')],
    ['tab not a boolean', (m) => (page0(m)['tab'] = 'yes')],
    ['a path climbing out of the root', (m) => ((page0(m)['files'] as Record<string, unknown>)['script'] = '../x.js')],
    ['a Windows path', (m) => ((page0(m)['files'] as Record<string, unknown>)['script'] = 'pages\\index\\index.js')],
    ['line 0', (m) => ((m.pages[0]!.handlers[0]!.effects[0]!.loc as unknown as Record<string, unknown>)['line'] = 0)],
    ['an unknown effect kind', (m) => (effect(m, 'request')['kind'] = 'http')],
    ['a request without url', (m) => delete effect(m, 'request')['url']],
    ['a request with a lower-case method', (m) => (effect(m, 'request')['method'] = 'get')],
    ['a storage op outside the contract', (m) => (effect(m, 'storage')['op'] = 'put')],
    ['a navigation without query', (m) => delete effect(m, 'navigate')['query']],
    ['a jsapi without aiMode', (m) => delete effect(m, 'jsapi')['aiMode']],
    ['an input source outside the contract', (m) => (m.pages[0]!.handlers[1]!.inputs = [{ name: 'id', from: 'url' as 'query' }])],
    ['a diagnostic code in lower case', (m) => m.diagnostics.push({ code: 'oops', severity: 'error', message: 'x', loc: null })],
  ])('rejects %s', (_what, mutate) => {
    const m = coffeeModel() as AnalysisModel & Record<string, unknown>;
    expect(schemaErrors('analysis', m)).toEqual([]);
    mutate(m);
    expect(schemaErrors('analysis', m)).not.toEqual([]);
  });

  it('accepts extension fields anywhere', () => {
    const m = coffeeModel() as AnalysisModel & Record<string, unknown>;
    m['generatedBy'] = 'test';
    page0(m)['purpose'] = 'detail';
    effect(m, 'request')['retries'] = 3;
    m.project.name = '街角咖啡';
    m.app = { script: 'app.js', effects: [{ kind: 'jsapi', api: 'wx.login', aiMode: 'api-side', loc: { file: 'app.js', line: 3, column: 5 }, plumbing: true }] };
    expect(schemaErrors('analysis', m)).toEqual([]);
  });
});
