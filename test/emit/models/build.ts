import type {
  AnalysisModel,
  ComponentModel,
  Effect,
  Form,
  FormField,
  Handler,
  HandlerInput,
  InputSource,
  Loc,
  PageModel,
  ProjectInfo,
  QueryParam,
  Trigger,
  ValueOrigin,
} from '../../../src/model/types.js';

/**
 * Small builders for hand-made analysis models: each fact gets a plausible
 * location in the file it would come from, so the models read like what the
 * analyser produces.
 */

const lines = new Map<string, number>();
/** Start a new model: line counters restart, so a model factory always builds the same locations. */
export function resetLines(): void {
  lines.clear();
}
/** A location in `file`; lines count up per file so every fact has its own place. */
export function at(file: string, l?: number, column = 5): Loc {
  if (l !== undefined) return { file, line: l, column };
  const next = (lines.get(file) ?? 0) + 4;
  lines.set(file, next);
  return { file, line: next, column };
}

export function o(from: InputSource, name: string): ValueOrigin {
  return { from, name };
}

type Common = { via?: string[]; inputs?: Record<string, ValueOrigin>; file: string };

export function request(
  method: string,
  url: string | null,
  c: Common & { dataKeys?: string[]; responseKeys?: string[]; api?: 'wx.request' | 'wx.uploadFile' | 'wx.downloadFile' },
): Effect {
  const e: Effect = { kind: 'request', api: c.api ?? 'wx.request', method, url, dataKeys: c.dataKeys ?? [], loc: at(c.file) };
  if (c.responseKeys) e.responseKeys = c.responseKeys;
  if (c.inputs) e.inputs = c.inputs;
  if (c.via) e.via = c.via;
  return e;
}

export function cloudFunction(name: string | null, c: Common & { dataKeys?: string[]; responseKeys?: string[] }): Effect {
  const e: Effect = { kind: 'cloudFunction', name, dataKeys: c.dataKeys ?? [], loc: at(c.file) };
  if (c.responseKeys) e.responseKeys = c.responseKeys;
  if (c.inputs) e.inputs = c.inputs;
  if (c.via) e.via = c.via;
  return e;
}

export function cloudDb(collection: string | null, op: string, c: Common & { dataKeys?: string[] }): Effect {
  const e: Effect = { kind: 'cloudDatabase', collection, op, loc: at(c.file) };
  if (c.dataKeys) e.dataKeys = c.dataKeys;
  if (c.inputs) e.inputs = c.inputs;
  if (c.via) e.via = c.via;
  return e;
}

export function navigate(mode: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack' | 'navigator', target: string | null, query: string[], file: string): Effect {
  return { kind: 'navigate', mode, target, query, loc: at(file) };
}

export function payment(file: string, via?: string[]): Effect {
  return { kind: 'payment', api: 'requestPayment', loc: at(file), ...(via ? { via } : {}) };
}

export function storage(op: 'get' | 'set' | 'remove' | 'clear', key: string | null, file: string): Effect {
  return { kind: 'storage', op, key, loc: at(file) };
}

export function jsapi(api: string, aiMode: 'api-side' | 'card-side' | 'dynamic-card' | 'not-migratable', file: string): Effect {
  return { kind: 'jsapi', api, aiMode, loc: at(file) };
}

export function trigger(file: string, tag: string, text: string | null, dataset: string[] = [], extra: Partial<Trigger> = {}): Trigger {
  return { event: 'tap', binding: 'bindtap', tag, dataset, text, loc: at(file), ...extra };
}

export function handler(
  name: string,
  file: string,
  h: { triggers?: Trigger[]; inputs?: HandlerInput[]; effects?: Effect[]; setData?: string[] } = {},
): Handler {
  const out: Handler = { name, triggers: h.triggers ?? [], inputs: h.inputs ?? [], effects: h.effects ?? [], loc: at(file) };
  if (h.setData) out.setData = h.setData;
  return out;
}

export function field(name: string, tag: string, type: string | null = null, model?: string): FormField {
  return { name, tag, type, ...(model ? { model } : {}) };
}

export function form(submitHandler: string | null, fields: FormField[], file: string): Form {
  return { submitHandler, fields, loc: at(file) };
}

export function query(name: string, file: string, hasDefault?: boolean): QueryParam {
  return { name, loc: at(file), ...(hasDefault ? { hasDefault } : {}) };
}

/** A page; its `effects` are the union of its handlers' effects plus `extraEffects` (as the analyser records them). */
export function page(
  route: string,
  p: {
    title?: string | null;
    tab?: boolean;
    subpackage?: string | null;
    query?: string[] | QueryParam[];
    forms?: Form[];
    handlers?: Handler[];
    extraEffects?: Effect[];
    components?: string[];
    dataKeys?: string[];
  } = {},
): PageModel {
  const script = `${route}.js`;
  const handlers = p.handlers ?? [];
  return {
    route,
    subpackage: p.subpackage ?? null,
    tab: p.tab ?? false,
    title: p.title ?? null,
    files: { wxml: `${route}.wxml`, script, json: `${route}.json`, wxss: `${route}.wxss` },
    query: (p.query ?? []).map((q) => (typeof q === 'string' ? query(q, script) : q)),
    forms: p.forms ?? [],
    handlers,
    effects: [...handlers.flatMap((h) => h.effects.map((e) => ({ ...e, via: e.via ?? [h.name] }))), ...(p.extraEffects ?? [])],
    components: p.components ?? [],
    ...(p.dataKeys ? { dataKeys: p.dataKeys } : {}),
  };
}

export function component(path: string, c: { handlers?: Handler[]; properties?: string[]; components?: string[] } = {}): ComponentModel {
  const handlers = c.handlers ?? [];
  return {
    path,
    title: null,
    files: { wxml: `${path}.wxml`, script: `${path}.js`, json: `${path}.json`, wxss: `${path}.wxss` },
    query: [],
    forms: [],
    handlers,
    effects: handlers.flatMap((h) => h.effects.map((e) => ({ ...e, via: e.via ?? [h.name] }))),
    components: c.components ?? [],
    properties: c.properties ?? [],
    origin: 'local',
  };
}

export function model(project: Partial<ProjectInfo>, pages: PageModel[], components: ComponentModel[] = []): AnalysisModel {
  return {
    schemaVersion: 1,
    tool: { name: 'autoskill', version: '0.1.0' },
    project: { root: '.', appid: null, miniprogramRoot: '.', plugins: [], ...project },
    pages,
    components,
    diagnostics: [],
  };
}
