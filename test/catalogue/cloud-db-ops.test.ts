import { describe, expect, it } from 'vitest';
import { CLOUD_DB_METHODS, DB_ENTRY_HANDLE, DB_HANDLE_CLASSES, dbStep } from '../../src/catalogue/cloud-db-ops.js';
import type { DbHandle, DbOp, GeneratedCatalogue } from '../../src/catalogue/types.js';
import generatedJson from '../../src/catalogue/wx-apis.generated.json' with { type: 'json' };

const generated: GeneratedCatalogue = generatedJson;
const handles = Object.keys(DB_HANDLE_CLASSES) as DbHandle[];
const handleOfClass = new Map(handles.map((h) => [DB_HANDLE_CLASSES[h], h]));
/** Return types of the typings that mean "this sends the query". */
const EXECUTES = new Set(['Promise', 'RealtimeListener']);

describe('the chain table agrees with the typings', () => {
  it.each(handles)('%s: every typings method is in the table, with the same effect', (handle) => {
    const methods = generated.cloudDatabase[DB_HANDLE_CLASSES[handle]] ?? {};
    expect(Object.keys(methods).length).toBeGreaterThan(0);
    for (const [method, returns] of Object.entries(methods)) {
      const step = dbStep(handle, method);
      expect(step, `${handle}.${method}`).not.toBeNull();
      if (handleOfClass.has(returns)) expect(step, `${handle}.${method}`).toMatchObject({ step: 'build', returns: handleOfClass.get(returns) });
      else if (EXECUTES.has(returns)) expect(step?.step, `${handle}.${method}`).toBe('execute');
      else expect(step?.step, `${handle}.${method}`).toBe('value');
    }
  });

  it.each(handles)('%s: table methods the client typings lack are marked server-only', (handle) => {
    const methods = generated.cloudDatabase[DB_HANDLE_CLASSES[handle]] ?? {};
    for (const [method, step] of Object.entries(CLOUD_DB_METHODS[handle])) {
      if (method in methods) continue;
      expect(step, `${handle}.${method}`).toMatchObject({ step: 'execute', serverOnly: true });
    }
  });
});

describe('dbStep', () => {
  it.each([
    ['database', 'collection', { step: 'build', returns: 'collection', args: { collection: [{ arg: 0 }] } }],
    ['collection', 'doc', { step: 'build', returns: 'document', args: { docId: [{ arg: 0 }] } }],
    ['collection', 'where', { step: 'build', returns: 'query', args: { where: [{ arg: 0 }] } }],
    ['collection', 'add', { step: 'execute', op: 'add', args: { data: [{ arg: 0, path: ['data'] }] } }],
    ['collection', 'aggregate', { step: 'build', returns: 'aggregate' }],
    ['query', 'orderBy', { step: 'build', returns: 'query' }],
    ['query', 'limit', { step: 'build', returns: 'query' }],
    ['query', 'skip', { step: 'build', returns: 'query' }],
    ['query', 'field', { step: 'build', returns: 'query' }],
    ['query', 'get', { step: 'execute', op: 'get' }],
    ['query', 'count', { step: 'execute', op: 'count' }],
    ['query', 'watch', { step: 'execute', op: 'watch' }],
    ['query', 'update', { step: 'execute', op: 'update', serverOnly: true }],
    ['query', 'remove', { step: 'execute', op: 'remove', serverOnly: true }],
    ['document', 'get', { step: 'execute', op: 'get' }],
    ['document', 'set', { step: 'execute', op: 'set', args: { data: [{ arg: 0, path: ['data'] }] } }],
    ['document', 'update', { step: 'execute', op: 'update' }],
    ['document', 'remove', { step: 'execute', op: 'remove' }],
    ['aggregate', 'match', { step: 'build', returns: 'aggregate' }],
    ['aggregate', 'count', { step: 'build', returns: 'aggregate' }],
    ['aggregate', 'end', { step: 'execute', op: 'aggregate' }],
    ['database', 'serverDate', { step: 'value' }],
  ] as const)('%s.%s', (handle, method, want) => {
    expect(dbStep(handle, method)).toMatchObject(want);
  });

  it.each([
    ['query', 'doc'],
    ['document', 'where'],
    ['database', 'get'],
    ['query', 'constructor'],
    ['collection', 'toString'],
  ] as const)('%s.%s does not exist', (handle, method) => {
    expect(dbStep(handle, method)).toBeNull();
  });

  /** What a follower does: walk the chain from wx.cloud.database() and report the op that runs. */
  const run = (chain: string[]): DbOp | null => {
    let handle: DbHandle = DB_ENTRY_HANDLE;
    for (const method of chain) {
      const step = dbStep(handle, method);
      if (!step || step.step === 'value') return null;
      if (step.step === 'execute') return step.op;
      handle = step.returns;
    }
    return null;
  };

  it.each([
    [['collection', 'where', 'orderBy', 'limit', 'get'], 'get'],
    [['collection', 'doc', 'get'], 'get'],
    [['collection', 'doc', 'field', 'get'], 'get'],
    [['collection', 'add'], 'add'],
    [['collection', 'where', 'count'], 'count'],
    [['collection', 'aggregate', 'match', 'group', 'end'], 'aggregate'],
    [['collection', 'where'], null],
  ])('%j runs %s', (chain, op) => {
    expect(run(chain)).toBe(op);
  });
});
