import { compareLoc } from '../diagnostics/diagnostic.js';
import { effectWords, isReadEffect } from '../emit/effect-facts.js';
import type { ApiPlan } from '../emit/plan-types.js';
import { OBJECT_NOISE } from '../emit/vocabulary.js';
import { camel } from '../emit/words.js';
import type { CloudDatabaseEffect, Effect, RequestEffect, StorageEffect } from '../model/types.js';
import type { AuthFacts } from './auth.js';
import type { BaseUrl } from './base-url.js';
import { jsString, lineComment, member, objectLines, optionLines, variableName, wrap } from './js-writer.js';
import { at, provenance, todo } from './notes.js';
import { stepPath, urlExpr, valueOf, type Value } from './step-values.js';
import type { ScaffoldTexts } from './texts.js';

/**
 * One effect of an API as code in its function body: a request through the
 * skill's utils/request.js, a cloud call through utils/cloud.js, a storage
 * write, or (for payment) the reason there is no call. Every value is taken
 * from what the analysis recorded — an API input, a storage read, an earlier
 * step's response — or left as a marked question; never made up.
 * Each step starts with its provenance (`[ai-mode:static] file:line`).
 */

/** What a step needs from the skill's utils. */
export type Helper = 'request' | 'download' | 'upload' | 'loginCode' | 'callFunction' | 'database' | 'callContainer' | 'pick';

export interface Step {
  effect: Effect;
  /** Variable holding the step's result; null when it returns nothing to read. */
  result: string | null;
  /** Response fields the result can be read at (as the app's code reads them). */
  responseKeys: string[];
  /** Code lines, relative indentation. */
  code: string[];
  uses: Set<Helper>;
  /** Base URL constants used. */
  bases: Set<string>;
  /** Payment: there is no call, the API hands off to the page. */
  payment: boolean;
}

export interface StepContext {
  api: ApiPlan;
  t: ScaffoldTexts;
  bases: readonly BaseUrl[];
  auth: AuthFacts;
  /** The requests of this API send the login credential. */
  sendsCredential: boolean;
  /** Variable names already used in the function. */
  taken: Set<string>;
}

/** Storage-only actions (logout, clear history) write storage on purpose; elsewhere a write is likely conditional. */
const isStorage = (e: Effect): e is StorageEffect => e.kind === 'storage';

/** Step order: remote writes, storage writes, remote reads, payment; then source location. */
const RANK = (e: Effect): number => (e.kind === 'payment' ? 3 : e.kind === 'storage' ? 1 : isReadEffect(e) ? 2 : 0);

export function orderEffects(effects: readonly Effect[]): Effect[] {
  return [...effects].sort((a, b) => RANK(a) - RANK(b) || compareLoc(a.loc, b.loc));
}

function resultName(e: Effect, taken: Set<string>): string {
  // Version segments (`v2`) and numbers name nothing.
  const all = effectWords(e).filter((w) => !/^v?\d+$/.test(w));
  const words = all.filter((w) => !OBJECT_NOISE.has(w));
  // `/api/index/index` has only noise words: the last one still names it better than the effect kind.
  const base = words.length ? camel(words.slice(-2)) : all.length ? camel(all.slice(-1)) : e.kind;
  return variableName(base + 'Res', taken);
}

function newStep(e: Effect): Step {
  return { effect: e, result: null, responseKeys: 'responseKeys' in e && Array.isArray(e.responseKeys) ? e.responseKeys : [], code: [], uses: new Set(), bases: new Set(), payment: false };
}

function requestStep(e: RequestEffect, ctx: StepContext, earlier: readonly Step[]): Step {
  const step = newStep(e);
  const notes: string[] = [];
  const url = urlExpr(e.url, e, ctx, earlier, { notes, uses: step.uses, bases: step.bases });
  const data = e.dataKeys.map((k) => [k, valueOf(k, e, ctx, earlier)] as [string, Value]);
  for (const [, v] of data) for (const u of v.uses) step.uses.add(u);
  const options: [string, string[]][] = [['url', [url]]];
  let helper: Helper = 'request';
  if (e.api === 'wx.downloadFile') helper = 'download';
  else if (e.api === 'wx.uploadFile') {
    helper = 'upload';
    const file = ctx.api.inputs.find((i) => i.format === 'image' || i.name === 'filePath');
    options.push(['filePath', [file ? member('args', file.name) : 'undefined']]);
    if (!file) notes.push(todo(ctx.t, ctx.t.q.value('filePath', at(e.loc))));
    notes.push(todo(ctx.t, ctx.t.q.uploadName(at(e.loc))));
    options.push(['name', ['undefined']]);
    if (data.length) options.push(['formData', objectLines(data)]);
  } else {
    options.push(['method', [jsString((e.method || 'GET').toUpperCase())]]);
    if (data.length) options.push(['data', objectLines(data)]);
  }
  if (ctx.sendsCredential && helper !== 'download') options.push(['auth', ['true']]);
  step.uses.add(helper);
  step.result = resultName(e, ctx.taken);
  step.code = [provenance(e, `${e.api} ${(e.method || 'GET').toUpperCase()} ${e.url ?? '(dynamic URL)'}`), ...notes, ...wrap(`const ${step.result} = await ${helper}(`, optionLines(options), ')')];
  return step;
}

function cloudFunctionStep(e: Extract<Effect, { kind: 'cloudFunction' }>, ctx: StepContext, earlier: readonly Step[]): Step {
  const step = newStep(e);
  const notes: string[] = [];
  if (e.name === null) notes.push(todo(ctx.t, ctx.t.q.value('name', at(e.loc))));
  const data = e.dataKeys.map((k) => [k, valueOf(k, e, ctx, earlier)] as [string, Value]);
  for (const [, v] of data) for (const u of v.uses) step.uses.add(u);
  step.uses.add('callFunction');
  step.result = resultName(e, ctx.taken);
  const name = e.name === null ? 'undefined' : jsString(e.name);
  step.code = [provenance(e, `wx.cloud.callFunction ${e.name ?? '(dynamic name)'}`), ...notes, ...wrap(`const ${step.result} = await callFunction(${name}, `, objectLines(data), ')')];
  return step;
}

/** Database operations: how each op is written, and whether it needs a record id. */
const DB_OPS: Readonly<Record<string, { call: (data: string[]) => string[]; doc: boolean; query: boolean }>> = {
  get: { call: () => ['.get()'], doc: false, query: true },
  count: { call: () => ['.count()'], doc: false, query: true },
  add: { call: (d) => wrap('.add(', optionLines([['data', d]]), ')'), doc: false, query: false },
  update: { call: (d) => wrap('.update(', optionLines([['data', d]]), ')'), doc: true, query: false },
  set: { call: (d) => wrap('.set(', optionLines([['data', d]]), ')'), doc: true, query: false },
  remove: { call: () => ['.remove()'], doc: true, query: false },
};

function databaseStep(e: CloudDatabaseEffect, ctx: StepContext, earlier: readonly Step[]): Step {
  const step = newStep(e);
  const { t } = ctx;
  const head = provenance(e, `wx.cloud.database ${e.collection ?? '(dynamic collection)'}.${e.op}`);
  const op = DB_OPS[e.op];
  if (!op) {
    step.code = [head, todo(t, t.q.dbOp(e.op, at(e.loc)))];
    return step;
  }
  const notes: string[] = [];
  if (e.collection === null) notes.push(todo(t, t.q.value('collection', at(e.loc))));
  if (op.query) notes.push(todo(t, t.q.dbQuery(at(e.loc))));
  if (op.doc) notes.push(todo(t, t.q.dbDoc(at(e.loc))));
  const data = (e.dataKeys ?? []).map((k) => [k, valueOf(k, e, ctx, earlier)] as [string, Value]);
  for (const [, v] of data) for (const u of v.uses) step.uses.add(u);
  step.uses.add('database');
  step.result = resultName(e, ctx.taken);
  const chain = [`.collection(${e.collection === null ? 'undefined' : jsString(e.collection)})`, ...(op.doc ? ['.doc(undefined)'] : [])];
  const call = op.call(objectLines(data));
  step.code = [head, ...notes, `const ${step.result} = await database()`, ...chain.map((c) => '  ' + c), ...call.map((c) => '  ' + c)];
  return step;
}

function containerStep(e: Extract<Effect, { kind: 'cloudContainer' }>, ctx: StepContext, earlier: readonly Step[]): Step {
  const step = newStep(e);
  const notes: string[] = [];
  if (e.service === null) notes.push(todo(ctx.t, ctx.t.q.value('service', at(e.loc))));
  // Container paths are relative to the service by design.
  const path = urlExpr(e.path, e, ctx, earlier, { notes, uses: step.uses, bases: new Set() }, true);
  const data = (e.dataKeys ?? []).map((k) => [k, valueOf(k, e, ctx, earlier)] as [string, Value]);
  for (const [, v] of data) for (const u of v.uses) step.uses.add(u);
  const options: [string, string[]][] = [
    ['service', [e.service === null ? 'undefined' : jsString(e.service)]],
    ['path', [path]],
    ['method', [jsString((e.method || 'GET').toUpperCase())]],
    ...(data.length ? ([['data', objectLines(data)]] as [string, string[]][]) : []),
  ];
  step.uses.add('callContainer');
  step.result = resultName(e, ctx.taken);
  step.code = [provenance(e, `wx.cloud.callContainer ${e.service ?? '?'} ${(e.method || 'GET').toUpperCase()} ${e.path ?? '(dynamic path)'}`), ...notes, ...wrap(`const ${step.result} = await callContainer(`, optionLines(options), ')')];
  return step;
}

function storageStep(e: StorageEffect, ctx: StepContext, earlier: readonly Step[], onPurpose: boolean): Step {
  const step = newStep(e);
  const { t } = ctx;
  const head = provenance(e, `wx.${e.op}Storage ${e.key ?? '(dynamic key)'}`);
  if (e.key === null && e.op !== 'clear') {
    step.code = [head, todo(t, t.q.storageKey(at(e.loc)))];
    return step;
  }
  const key = jsString(e.key ?? '');
  let call: string;
  const notes: string[] = [];
  if (e.op === 'set') {
    const input = ctx.api.inputs.find((i) => i.name === e.key);
    const fromStep = stepPath(e.key!, earlier);
    if (input && input.from !== null) call = `wx.setStorageSync(${key}, ${member('args', input.name)})`;
    else if (fromStep) {
      notes.push(todo(t, t.q.fromStep(e.key!, fromStep.path, at(e.loc))));
      step.uses.add('pick');
      call = `wx.setStorageSync(${key}, pick(${fromStep.result}, ${jsString(fromStep.path)}))`;
      onPurpose = true;
    } else if (input) call = `wx.setStorageSync(${key}, ${member('args', input.name)})`;
    else {
      step.code = [head, todo(t, t.q.storageValue(e.key!, at(e.loc)))];
      return step;
    }
  } else if (e.op === 'remove') call = `wx.removeStorageSync(${key})`;
  else if (e.op === 'clear') call = 'wx.clearStorageSync()';
  else {
    step.code = [head];
    return step;
  }
  step.code = onPurpose ? [head, ...notes, call] : [head, todo(t, t.q.storageConditional(call, at(e.loc))), lineComment(call)];
  return step;
}

/** Every business effect of the API as steps, in execution order. */
export function effectSteps(ctx: StepContext): Step[] {
  const ordered = orderEffects(ctx.api.effects);
  const storageOnly = ordered.every(isStorage);
  const steps: Step[] = [];
  for (const e of ordered) {
    switch (e.kind) {
      case 'request':
        steps.push(requestStep(e, ctx, steps));
        break;
      case 'cloudFunction':
        steps.push(cloudFunctionStep(e, ctx, steps));
        break;
      case 'cloudDatabase':
        steps.push(databaseStep(e, ctx, steps));
        break;
      case 'cloudContainer':
        steps.push(containerStep(e, ctx, steps));
        break;
      case 'storage':
        steps.push(storageStep(e, ctx, steps, storageOnly || ctx.api.isLogin));
        break;
      case 'payment': {
        const s = newStep(e);
        s.payment = true;
        s.code = [provenance(e, `wx.${e.api.replace(/^wx\./, '')}`), todo(ctx.t, ctx.t.q.payment(at(e.loc)))];
        steps.push(s);
        break;
      }
      default:
        break;
    }
  }
  return steps;
}
