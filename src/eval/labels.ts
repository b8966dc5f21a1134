import type { Vfs } from '../util/vfs.js';
import { cmp } from '../diagnostics/diagnostic.js';
import { normalizeRequestKey } from './normalize.js';

/**
 * Hand-made labels for a fixture app (`fixtures/<name>/labels.json`): what a
 * careful reviewer says each page can reach. The format is described in
 * fixtures/README.md. Labels are data written by people, so the loader is
 * strict: a typo in a key or an unsorted list is reported, never guessed at.
 */

/** The list-valued label keys, each scored as a set. */
export const SET_METRICS = ['requests', 'cloudFunctions', 'navigations', 'query', 'formFields'] as const;
export type SetMetric = (typeof SET_METRICS)[number];

export interface PageLabels {
  /** `METHOD URL`, method upper-case, dynamic URL parts written `{}`. */
  requests: string[];
  cloudFunctions: string[];
  /** Target routes in app.json form: no leading '/', no query. */
  navigations: string[];
  /** Keys of the page's onLoad options (or `this.options`) that its code reads. */
  query: string[];
  payment: boolean;
  /** `name`s of controls inside `<form>` and `model:value` keys. */
  formFields: string[];
}

export interface Labels {
  /** Keyed by route (subpackage routes joined with their root). */
  pages: Record<string, PageLabels>;
}

/** A problem in a labels file; `path` is a JSON-path-like pointer (`pages["a/b"].requests[2]`). */
export interface LabelProblem {
  path: string;
  message: string;
}

export type LabelsResult = { ok: true; labels: Labels } | { ok: false; problems: LabelProblem[] };

const PAGE_KEYS: readonly string[] = [...SET_METRICS, 'payment'];

/** One check per list: entries that do not fit it are problems. */
const ENTRY_CHECKS: Record<SetMetric, (s: string) => string | null> = {
  requests: (s) => {
    if (!/^[A-Z]+ \S+$/.test(s)) return 'must be "METHOD URL" with an upper-case method';
    return s.replace(/\{[^{}]*\}/g, '{}') === s ? null : 'dynamic URL parts must be written {}';
  },
  cloudFunctions: () => null,
  navigations: (s) => (s.startsWith('/') || s.includes('?') ? 'must be a route: no leading "/", no query' : null),
  query: () => null,
  formFields: () => null,
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkList(value: unknown, metric: SetMetric, at: string, problems: LabelProblem[]): string[] {
  if (!Array.isArray(value)) {
    problems.push({ path: at, message: 'must be an array of strings' });
    return [];
  }
  const out: string[] = [];
  value.forEach((entry, i) => {
    const here = `${at}[${i}]`;
    if (typeof entry !== 'string' || entry === '') {
      problems.push({ path: here, message: 'must be a non-empty string' });
      return;
    }
    const bad = ENTRY_CHECKS[metric](entry);
    if (bad) problems.push({ path: here, message: bad });
    const prev = out[out.length - 1];
    // Sorted and unique keeps hand-edited files canonical and diffs small.
    if (prev !== undefined && cmp(prev, entry) >= 0) {
      problems.push({ path: here, message: prev === entry ? `duplicate "${entry}"` : `not sorted: "${entry}" after "${prev}"` });
    }
    out.push(entry);
  });
  return out;
}

function checkPage(value: unknown, at: string, problems: LabelProblem[]): PageLabels | null {
  if (!isRecord(value)) {
    problems.push({ path: at, message: 'must be an object' });
    return null;
  }
  for (const k of Object.keys(value)) {
    if (!PAGE_KEYS.includes(k) && !k.startsWith("_")) problems.push({ path: `${at}.${k}`, message: 'unknown key' });
  }
  const lists = {} as Record<SetMetric, string[]>;
  for (const m of SET_METRICS) {
    if (!(m in value)) {
      problems.push({ path: `${at}.${m}`, message: 'missing' });
      lists[m] = [];
    } else lists[m] = checkList(value[m], m, `${at}.${m}`, problems);
  }
  if (typeof value.payment !== 'boolean') {
    problems.push({ path: `${at}.payment`, message: 'payment' in value ? 'must be true or false' : 'missing' });
  }
  return { ...lists, payment: value.payment === true };
}

/** Validate a parsed labels object. */
export function parseLabels(value: unknown): LabelsResult {
  const problems: LabelProblem[] = [];
  if (!isRecord(value)) return { ok: false, problems: [{ path: '', message: 'must be an object with "pages"' }] };
  for (const k of Object.keys(value)) {
    if (k !== 'pages') problems.push({ path: k, message: 'unknown key' });
  }
  const pages: Record<string, PageLabels> = {};
  if (!isRecord(value.pages)) {
    problems.push({ path: 'pages', message: 'pages' in value ? 'must be an object keyed by route' : 'missing' });
  } else {
    for (const route of Object.keys(value.pages).sort(cmp)) {
      const page = checkPage(value.pages[route], `pages[${JSON.stringify(route)}]`, problems);
      if (page) pages[route] = page;
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, labels: { pages } };
}

/** Read and validate `file` (root-relative) from `vfs`. */
export function readLabels(vfs: Vfs, file = 'labels.json'): LabelsResult {
  const text = vfs.readText(file);
  if (text === null) return { ok: false, problems: [{ path: '', message: `${file} not found` }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '', message: `${file} is not valid JSON: ${(e as Error).message}` }] };
  }
  return parseLabels(value);
}
