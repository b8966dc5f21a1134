import type {
  AnalysisModel,
  CloudFunctionEffect,
  Effect,
  Form,
  Loc,
  NavigateEffect,
  PageModel,
  RequestEffect,
} from '../../src/model/types.js';

/** Hand-built models for scoring tests: only the fields scoring reads are meaningful. */

export const loc = (line = 1, file = 'pages/a/a.js'): Loc => ({ file, line, column: 1 });

export function req(method: string, url: string | null, api: RequestEffect['api'] = 'wx.request', line = 1): RequestEffect {
  return { kind: 'request', api, method, url, dataKeys: [], loc: loc(line) };
}

export function cloud(name: string | null, line = 1): CloudFunctionEffect {
  return { kind: 'cloudFunction', name, dataKeys: [], loc: loc(line) };
}

export function nav(target: string | null, mode: NavigateEffect['mode'] = 'navigateTo'): NavigateEffect {
  return { kind: 'navigate', mode, target, query: [], loc: loc() };
}

export function pay(api = 'requestPayment'): Effect {
  return { kind: 'payment', api, loc: loc() };
}

export function form(fields: { name: string; model?: string }[], submitHandler: string | null = 'onSubmit'): Form {
  return { submitHandler, fields: fields.map((f) => ({ tag: 'input', type: null, ...f })), loc: loc() };
}

export interface PageSpec {
  effects?: Effect[];
  query?: string[];
  forms?: Form[];
}

export function page(route: string, spec: PageSpec = {}): PageModel {
  return {
    route,
    subpackage: null,
    tab: false,
    title: null,
    files: { wxml: null, script: null, json: null, wxss: null },
    query: (spec.query ?? []).map((name) => ({ name, loc: loc() })),
    forms: spec.forms ?? [],
    handlers: [],
    effects: spec.effects ?? [],
    components: [],
  };
}

export function model(...pages: PageModel[]): AnalysisModel {
  return {
    schemaVersion: 1,
    tool: { name: 'autoskill', version: '0.0.0-test' },
    project: { root: '.', appid: null, miniprogramRoot: '.', plugins: [] },
    pages,
    components: [],
    diagnostics: [],
  };
}
