/**
 * The wx.cloud database chain: which method of which handle builds the next
 * handle and which one sends the query (the effect), so the code follower can
 * read `db.collection('x').where({…}).orderBy('t', 'desc').get()` as one
 * cloudDatabase effect `{ collection: 'x', op: 'get' }`.
 *
 * Reference: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/Database.html
 * The client-side shape is checked against miniprogram-api-typings in
 * test/catalogue/cloud-db-ops.test.ts.
 */
import type { ArgSource, ArgSpec, DbHandle, DbOp, DbStep } from './types.js';

const pos = (arg: number): ArgSource => [{ arg }];
const opt = (...path: string[]): ArgSource => [{ arg: 0, path }];

const build = (returns: DbHandle, args: ArgSpec<'collection' | 'docId' | 'where' | 'orderBy' | 'fields'> = {}): DbStep => ({
  step: 'build',
  returns,
  args,
});
const execute = (op: DbOp, args: ArgSpec<'data'> = {}): DbStep => ({ step: 'execute', op, args });
const serverOnly = (op: DbOp, args: ArgSpec<'data'> = {}): DbStep => ({ step: 'execute', op, args, serverOnly: true });
const value: DbStep = { step: 'value' };

/** Query methods, shared by collections (a collection is a query over all its documents). */
const QUERY: Readonly<Record<string, DbStep>> = {
  where: build('query', { where: pos(0) }),
  orderBy: build('query', { orderBy: pos(0) }),
  limit: build('query'),
  skip: build('query'),
  field: build('query', { fields: pos(0) }),
  get: execute('get'),
  count: execute('count'),
  watch: execute('watch'),
  // Multi-document writes exist in wx-server-sdk only; recorded all the same, since
  // cloud-function sources use the same chain.
  update: serverOnly('update', { data: opt('data') }),
  remove: serverOnly('remove'),
};

/** Aggregation pipeline stages: each returns the pipeline; `end()` runs it. */
const AGGREGATE_STAGES = [
  'addFields',
  'bucket',
  'bucketAuto',
  'count',
  'geoNear',
  'group',
  'limit',
  'lookup',
  'match',
  'project',
  'replaceRoot',
  'sample',
  'skip',
  'sort',
  'sortByCount',
  'unwind',
] as const;

export const CLOUD_DB_METHODS: Readonly<Record<DbHandle, Readonly<Record<string, DbStep>>>> = {
  database: {
    collection: build('collection', { collection: pos(0) }),
    serverDate: value,
    RegExp: value,
  },
  collection: {
    ...QUERY,
    doc: build('document', { docId: pos(0) }),
    add: execute('add', { data: opt('data') }),
    aggregate: build('aggregate'),
  },
  query: QUERY,
  document: {
    field: build('document', { fields: pos(0) }),
    get: execute('get'),
    set: execute('set', { data: opt('data') }),
    update: execute('update', { data: opt('data') }),
    remove: execute('remove'),
    watch: execute('watch'),
  },
  aggregate: {
    ...Object.fromEntries(AGGREGATE_STAGES.map((stage) => [stage, build('aggregate')])),
    end: execute('aggregate'),
  },
};

/** The typings class behind each handle (DB namespace of lib.wx.cloud.d.ts). */
export const DB_HANDLE_CLASSES: Readonly<Record<DbHandle, string>> = {
  database: 'Database',
  collection: 'CollectionReference',
  query: 'Query',
  document: 'DocumentReference',
  aggregate: 'Aggregate',
};

/** The handle `wx.cloud.database()` returns. */
export const DB_ENTRY_HANDLE: DbHandle = 'database';

// Maps, not the objects: method names like `constructor` must not hit Object.prototype.
const steps = new Map<DbHandle, ReadonlyMap<string, DbStep>>(
  (Object.keys(CLOUD_DB_METHODS) as DbHandle[]).map((h) => [h, new Map(Object.entries(CLOUD_DB_METHODS[h]))]),
);

/** What calling `method` on a `handle` does, or null when that handle has no such method. */
export function dbStep(handle: DbHandle, method: string): DbStep | null {
  return steps.get(handle)?.get(method) ?? null;
}
