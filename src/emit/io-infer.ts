import type { Effect, FormField, InputSource, ValueOrigin } from '../model/types.js';
import { cmp } from '../diagnostics/diagnostic.js';
import type { RawAction } from './api-plan.js';
import type { ApiInput, ApiOutput, JsonType } from './plan-types.js';
import { urlParams } from './effect-facts.js';
import { CONTEXT_PARAM, ENVELOPE_KEYS, ID_NAME, TRANSPORT_KEYS, VALUE_METHODS } from './vocabulary.js';
import { capitalize } from './words.js';

/**
 * Which values an API takes and returns, from the model's facts only:
 * inputs are what flows into its effects (effect `inputs`/`dataKeys`, URL
 * placeholders, handler inputs, page query, submitted form fields); outputs
 * are the response fields the code reads and the keys it writes with setData.
 * Values the app fills itself (storage, app globals, login context) are not
 * inputs: the skill supplies them.
 */

/** Where a value is typed or picked by the user rather than carried from an earlier result. */
const USER_SOURCES: ReadonlySet<InputSource> = new Set(['form', 'detail']);
/** Handler inputs that reach the API even when no effect names them. */
const EVENT_SOURCES: ReadonlySet<InputSource> = new Set(['dataset', 'detail', 'form', 'query', 'mark']);

/** Type evidence from a form field: tag/type → JSON type. Everything else stays a string. */
const FIELD_TYPES: readonly { tag?: string; type?: string; json: JsonType }[] = [
  { tag: 'input', type: 'number', json: 'number' },
  { tag: 'input', type: 'digit', json: 'number' },
  { tag: 'slider', json: 'number' },
  { tag: 'switch', json: 'boolean' },
  { tag: 'checkbox-group', json: 'array' },
];

function fieldType(f: FormField | undefined): JsonType {
  if (!f) return 'string';
  const row = FIELD_TYPES.find((r) => r.tag === f.tag && (r.type === undefined || r.type === f.type));
  return row ? row.json : 'string';
}

function isIdName(name: string, source: string | null): boolean {
  return ID_NAME.test(name) || (source !== null && ID_NAME.test(source));
}

export function inferInputs(a: RawAction): ApiInput[] {
  const fields = a.forms.flatMap((f) => f.fields ?? []);
  const byName = new Map(fields.map((f) => [f.name, f] as const));
  const byModel = new Map(fields.filter((f) => f.model).map((f) => [f.model!, f] as const));
  const inputs = new Map<string, ApiInput>();

  const make = (name: string, origin: ValueOrigin | null): ApiInput => {
    const source = origin?.name ?? null;
    const field = origin?.from === 'form' ? byName.get(origin.name) : origin?.from === 'data' ? byModel.get(origin.name) : undefined;
    const root = origin?.name.split(/[.[]/)[0] ?? '';
    const uiData = origin?.from === 'data' && (field !== undefined || a.uiKeys.includes(root));
    // Page data declared in `data` starts with a value: the page has a default.
    // (An ID held in page data is the loaded item's, not a default.)
    const hasDefault = origin?.from === 'data' && !!a.dataKeys?.includes(root) && (uiData || !isIdName(name, source));
    return {
      name,
      from: origin?.from ?? null,
      source,
      required: origin !== null && !hasDefault,
      hasDefault,
      type: fieldType(field),
      isId: isIdName(name, source),
      userEntered: !!origin && (USER_SOURCES.has(origin.from) || uiData),
      fieldTag: field?.tag ?? null,
      providers: [],
    };
  };
  const covers = (from: InputSource, name: string) => [...inputs.values()].some((i) => i.from === from && (i.source === name || i.name === name));

  // 1. Parameters of the effects. A parameter of unknown origin that another effect of the same
  // action returns (submit → orderId → prepay) is passed along inside the action, not asked for.
  const returnedBy = (e: Effect) => businessResponseKeys('responseKeys' in e && Array.isArray(e.responseKeys) ? e.responseKeys : []).map((k) => k.split('.').pop()!);
  for (const e of a.effects) {
    const returned = new Set(a.effects.filter((x) => x !== e).flatMap(returnedBy));
    const origins = e.inputs ?? {};
    const keys = 'dataKeys' in e && Array.isArray(e.dataKeys) ? e.dataKeys : [];
    for (const p of [...new Set([...keys, ...Object.keys(origins), ...urlParams(e)])].sort(cmp)) {
      const origin = origins[p] ?? null;
      if (origin && (origin.from === 'storage' || origin.from === 'app')) continue;
      if (!origin && (CONTEXT_PARAM.test(p) || returned.has(p))) continue;
      const prev = inputs.get(p);
      if (!prev || (prev.from === null && origin)) inputs.set(p, make(p, origin));
    }
    if (e.kind === 'request' && e.api === 'wx.uploadFile' && !inputs.has('filePath')) {
      inputs.set('filePath', { ...make('filePath', null), format: 'image' });
    }
  }

  // 2. Handler inputs — only when the model gives no parameter origins (an older or partial analysis):
  // attach each to a parameter with the same (suffix) name, or add it. With origins, a handler input
  // that reaches no parameter is UI state (a stepper's delta), not an API input.
  const hasOrigins = a.effects.some((e) => e.inputs && Object.keys(e.inputs).length > 0);
  for (const h of hasOrigins ? [] : [...a.handlerInputs].sort((x, y) => cmp(x.name, y.name) || cmp(x.from, y.from))) {
    if (h.from === 'storage' || h.from === 'app' || covers(h.from, h.name)) continue;
    const unknown = [...inputs.values()].find((i) => i.from === null && (i.name === h.name || i.name.endsWith(capitalize(h.name))));
    if (unknown) inputs.set(unknown.name, { ...make(unknown.name, h), ...(unknown.format ? { format: unknown.format } : {}) });
    else if (EVENT_SOURCES.has(h.from) || (h.from === 'data' && byModel.has(h.name))) {
      if (!inputs.has(h.name)) inputs.set(h.name, make(h.name, h));
    }
  }

  // 3. Page query of an entry; optional when the code gives a default.
  for (const q of a.query) {
    const existing = [...inputs.values()].find((i) => i.from === 'query' && i.source === q.name);
    if (existing) {
      if (q.hasDefault) Object.assign(existing, { required: false, hasDefault: true });
      continue;
    }
    const unknown = inputs.get(q.name);
    if (unknown && unknown.from !== null) continue;
    if (hasOrigins && !unknown) continue; // the analysis knows the flows: this query key reaches no effect
    inputs.set(q.name, { ...make(q.name, { from: 'query', name: q.name }), required: !q.hasDefault, hasDefault: !!q.hasDefault });
  }

  // 4. Submitted form fields, unless the effects already say which fields they use.
  if (a.kind === 'form' && ![...inputs.values()].some((i) => i.from === 'form')) {
    for (const f of a.forms.filter((x) => x.submitHandler === a.handler).flatMap((x) => x.fields ?? [])) {
      if (!inputs.has(f.name)) inputs.set(f.name, make(f.name, { from: 'form', name: f.name }));
    }
  }

  return [...inputs.values()].sort((x, y) => cmp(x.name, y.name));
}

/** `list[0].name` → segments ['list', 'name']. */
function segments(k: string): string[] {
  return k.replace(/\[[^\]]*\]/g, '.').split('.').filter(Boolean);
}

/**
 * Response fields as business data: no method calls (`items.map`), no
 * transport fields (`code`, `errmsg`), and the common envelope unwrapped
 * (`data.items` → `items`) when every business field sits inside it.
 */
export function businessResponseKeys(keys: readonly string[]): string[] {
  let paths = keys
    .map((k) => {
      const segs = segments(k);
      while (segs.length && VALUE_METHODS.has(segs[segs.length - 1]!)) segs.pop();
      return segs;
    })
    .filter((segs) => segs.length > 0 && !(segs.length === 1 && TRANSPORT_KEYS.has(segs[0]!)));
  const env = paths[0]?.[0];
  if (env && ENVELOPE_KEYS.has(env) && paths.every((p) => p[0] === env)) paths = paths.map((p) => p.slice(1)).filter((p) => p.length > 0);
  return [...new Set(paths.map((p) => p.join('.')))].sort(cmp);
}

export function inferOutputs(a: RawAction): ApiOutput[] {
  const out = new Map<string, ApiOutput>();
  for (const e of a.effects) {
    const keys = 'responseKeys' in e && Array.isArray(e.responseKeys) ? e.responseKeys : [];
    for (const key of businessResponseKeys(keys)) out.set(key, { key, from: 'response' });
  }
  for (const k of a.setData) {
    const key = segments(k)[0];
    if (key && ![...out.keys()].some((o) => o === key || o.startsWith(key + '.'))) out.set(key, { key, from: 'setData' });
  }
  return [...out.values()].sort((x, y) => cmp(x.key, y.key));
}

/** Inputs of merged duplicates: union; required only when every duplicate requires it. */
export function mergeInputs(lists: ApiInput[][]): ApiInput[] {
  const by = new Map<string, ApiInput>();
  for (const list of lists) {
    for (const i of list) {
      const prev = by.get(i.name);
      by.set(i.name, prev ? { ...prev, required: prev.required && i.required, hasDefault: prev.hasDefault || i.hasDefault } : { ...i });
    }
  }
  for (const [name, i] of by) if (!lists.every((l) => l.some((x) => x.name === name))) i.required = false;
  return [...by.values()].sort((x, y) => cmp(x.name, y.name));
}

export function mergeOutputs(lists: ApiOutput[][]): ApiOutput[] {
  const by = new Map<string, ApiOutput>();
  for (const list of lists) for (const o of list) if (!by.has(o.key) || o.from === 'response') by.set(o.key, o);
  return [...by.values()].sort((x, y) => cmp(x.key, y.key));
}
