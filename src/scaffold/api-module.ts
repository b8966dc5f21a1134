import { cmp } from '../diagnostics/diagnostic.js';
import { isReadEffect } from '../emit/effect-facts.js';
import type { WechatApi } from '../emit/mcp-json.js';
import type { ApiPlan } from '../emit/plan-types.js';
import type { PageModel } from '../model/types.js';
import type { AuthFacts } from './auth.js';
import type { BaseUrl } from './base-url.js';
import { effectSteps, type Helper, type Step } from './effect-steps.js';
import { at, todo } from './notes.js';
import { CodeWriter, jsString, member, propKey, templateText, variableName } from './js-writer.js';
import { envelopePath, pathOf } from './response-paths.js';
import type { ScaffoldTexts } from './texts.js';

/**
 * `apis/<name>.js`: one async function implementing one API of mcp.json
 * (wechat-ai-mode.md, "Where skills live"), exported as the module. It runs
 * the API's effects as steps (effect-steps.ts) and returns
 * `{ content: [{ type: 'text', text }], structuredContent, handoff }`:
 * - text is fact + action, errors too (what failed, what to do, no retry);
 * - structuredContent has exactly the outputSchema's properties (V009),
 *   each read from the response path the app's code reads, or null with a
 *   question when the analysis knows no source;
 * - handoff.query carries only keys the handoff page reads (V018), filled
 *   from the API's inputs that came from that page's query.
 * Payment APIs never run concurrently and never pay themselves:
 * `wx.requestPayment` needs a card's tap callback, so they hand the user to
 * the payment page.
 */
export interface ApiModuleInput {
  api: ApiPlan;
  /** The API's entry in the skill's mcp.json: its outputSchema is the contract. */
  mcp: WechatApi;
  /** The handoff page (the API's own page), when the API lives on a page. */
  page: PageModel | null;
  /** Script of the page or component whose code holds the action (where its setData runs). */
  ownerScript: string;
  /** Business phrase of the action ("取消订单"). */
  phrase: string;
  /** A read for the user (describe.ts isReadLike). */
  readLike: boolean;
  t: ScaffoldTexts;
  bases: readonly BaseUrl[];
  auth: AuthFacts;
}

export interface ApiModule {
  text: string;
  /** Helpers it requires from the skill's utils. */
  uses: Set<Helper | 'queryValue' | 'errorText'>;
  bases: Set<string>;
  /** Its requests send the login credential. */
  credential: boolean;
}

type Outcome = 'read' | 'write' | 'storage' | 'login' | 'payment';

function outcome(api: ApiPlan, readLike: boolean): Outcome {
  if (api.payment) return 'payment';
  if (api.isLogin) return 'login';
  if (api.effects.length > 0 && api.effects.every((e) => e.kind === 'storage')) return 'storage';
  return readLike ? 'read' : 'write';
}

/** structuredContent entries: `key: expression`, with the notes that explain each. */
function outputEntries(input: ApiModuleInput, steps: readonly Step[], uses: ApiModule['uses']): { key: string; expr: string; notes: string[] }[] {
  const { api, t } = input;
  const keys = Object.keys(input.mcp.outputSchema.properties ?? {});
  return keys.map((key) => {
    const output = api.outputs.find((o) => o.key === key || o.key.startsWith(key + '.'));
    if (output?.from === 'setData') return { key, expr: 'null', notes: [todo(t, t.q.pageState(key, input.ownerScript))] };
    for (const s of steps) {
      const path = s.result ? pathOf(s.responseKeys, key) : null;
      if (!path) continue;
      uses.add('pick');
      return { key, expr: `pick(${s.result}, ${jsString(path)})`, notes: [] };
    }
    // A field of a merged duplicate (the same endpoint read on another page): one call, so it is that call's.
    const remote = steps.filter((s) => s.result);
    if (output?.from === 'response' && remote.length === 1) {
      const path = envelopePath(remote[0]!.responseKeys, key);
      uses.add('pick');
      return { key, expr: `pick(${remote[0]!.result}, ${jsString(path)})`, notes: [todo(t, t.q.responseMerged(key, path, at(remote[0]!.effect.loc)))] };
    }
    return { key, expr: 'null', notes: [todo(t, t.q.responseUnknown(key, at(api.loc)))] };
  });
}

/** `handoff.query`: the page's query keys the API has values for, as a template literal. */
function handoffQuery(input: ApiModuleInput): string {
  const { api, page } = input;
  const parts: string[] = [];
  for (const q of page?.query ?? []) {
    const from = api.inputs.find((i) => i.from === 'query' && i.source === q.name);
    if (from && !parts.some((p) => p.startsWith(templateText(q.name) + '='))) parts.push(`${templateText(q.name)}=\${queryValue(${member('args', from.name)})}`);
  }
  return parts.length ? '`' + parts.join('&') + '`' : "''";
}

export function apiModule(input: ApiModuleInput): ApiModule {
  const { api, t } = input;
  const taken = new Set<string>();
  const fn = variableName(api.name, taken);
  const credential = api.needsLogin && (input.auth.tokenKey !== null || input.auth.login !== null);
  const steps = effectSteps({ api, t, bases: input.bases, auth: input.auth, sendsCredential: credential, taken });
  const uses: ApiModule['uses'] = new Set(['errorText']);
  const bases = new Set<string>();
  for (const s of steps) {
    for (const u of s.uses) uses.add(u);
    for (const b of s.bases) bases.add(b);
  }
  const kind = outcome(api, input.readLike);
  const failure = kind === 'payment' ? 'payment' : kind === 'read' ? 'read' : 'write';
  const entries = outputEntries(input, steps, uses);
  const query = handoffQuery(input);
  if (query !== "''") uses.add('queryValue');
  const wrapperFields = entries.some((e) => e.expr.startsWith('pick(')) && steps.some((s) => s.result && input.page?.files.script && s.effect.loc.file !== input.page.files.script);

  const w = new CodeWriter();
  const [title, ...headerRest] = t.header.api(api.name, input.phrase, api.loc ? at(api.loc) : null);
  w.comment(`[ai-mode:static] ${title}`);
  for (const l of headerRest) w.comment(l);
  if (api.payment) for (const l of t.header.apiPayment) w.comment(l);
  w.line();
  for (const line of requireLines(uses, bases)) w.line(line);
  w.line();
  if (api.payment) w.line('let inFlight = false').line();

  w.open(`async function ${fn}(args = {}) {`);
  if (api.payment) {
    w.open('if (inFlight) {');
    w.line(`return { isError: true, content: [{ type: 'text', text: ${jsString(t.paymentBusy)} }] }`);
    w.close();
    w.line('inFlight = true');
  }
  w.open('try {');
  // Reads commute; the order only matters once something is written.
  const remote = steps.filter((s) => s.result);
  if (remote.length > 1 && remote.some((s) => !isReadEffect(s.effect))) w.line(todo(t, t.q.order(at(api.loc))));
  if (api.needsLogin && !credential) w.line(todo(t, t.q.needsLogin(at(api.loc))));
  for (const s of steps) {
    w.each(s.code);
    w.line();
  }
  w.open('return {');
  const text = kind === 'read' ? t.result.read(input.phrase) : t.result[kind](input.phrase);
  const tail: string[] = [];
  if (entries.length) tail.push('structuredContent');
  tail.push('handoff');
  w.line(`content: [{ type: 'text', text: ${jsString(text)} }]${tail.length ? ',' : ''}`);
  if (entries.length) {
    if (wrapperFields) w.line(todo(t, t.q.responsePath([...new Set(steps.filter((s) => s.result).map((s) => at(s.effect.loc)))].join(', '))));
    w.open('structuredContent: {');
    entries.forEach((e, i) => {
      w.each(e.notes);
      w.line(`${propKey(e.key)}: ${e.expr}${i < entries.length - 1 ? ',' : ''}`);
    });
    w.close('},');
  }
  w.line(`handoff: { query: ${query} }`);
  w.close();
  w.close('} catch (err) {', true);
  w.line(`console.error(${jsString(`[ai-mode] ${api.name} failed`)}, err)`);
  w.line(`return { isError: true, content: [{ type: 'text', text: ${jsString(t.failure[failure](input.phrase))} + errorText(err) + ${jsString(t.failureAction[failure])} }] }`);
  if (api.payment) {
    w.close('} finally {', true);
    w.line('inFlight = false');
  }
  w.close();
  w.close();
  w.line();
  w.line(`module.exports = ${fn}`);
  return { text: w.toString(), uses, bases, credential };
}

/** Which helper comes from which utils module, in the order they are required. */
const HELPER_MODULES: readonly { file: string; helpers: readonly string[] }[] = [
  { file: '../utils/request', helpers: ['request', 'download', 'upload', 'loginCode'] },
  { file: '../utils/cloud', helpers: ['callFunction', 'database', 'callContainer'] },
  { file: '../utils/result', helpers: ['pick', 'queryValue', 'errorText'] },
];

function requireLines(uses: ReadonlySet<string>, bases: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of HELPER_MODULES) {
    const names = [...(m.file.endsWith('/request') ? [...bases].sort(cmp) : []), ...m.helpers.filter((h) => uses.has(h))];
    if (names.length) out.push(`const { ${names.join(', ')} } = require(${jsString(m.file)})`);
  }
  return out;
}
