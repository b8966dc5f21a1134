import { cmp } from '../diagnostics/diagnostic.js';
import type { AnalysisModel, Effect, RequestEffect } from '../model/types.js';

/**
 * The app's base URLs, read from every request the analysis found (app,
 * pages, components): per origin, the path prefix all its URLs share. The
 * origin used most is `BASE_URL`; others are named after their host
 * (`ACT_BASE_URL` for act.example.com). Computed over the whole app so
 * every skill writes the same constants.
 */
export interface BaseUrl {
  /** Constant name in utils/request.js. */
  name: string;
  /** `https://host/prefix`, no trailing slash. */
  url: string;
}

const ABSOLUTE = /^([a-z][a-z0-9+.-]*:\/\/[^/?#{}]+)(\/[^?#]*)?/i;

export function allRequests(model: AnalysisModel): RequestEffect[] {
  const effects: Effect[] = [...(model.app?.effects ?? []), ...model.pages.flatMap((p) => p.effects), ...model.components.flatMap((c) => c.effects)];
  return effects.filter((e): e is RequestEffect => e.kind === 'request');
}

/** Directory segments of a URL path, up to the first run-time part. */
function dirSegments(path: string): string[] {
  const segs = path.split('/').filter(Boolean);
  segs.pop();
  const dynamic = segs.findIndex((s) => s.includes('{'));
  return dynamic < 0 ? segs : segs.slice(0, dynamic);
}

function commonPrefix(lists: string[][]): string[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  let n = first.length;
  for (const l of rest) {
    let i = 0;
    while (i < n && i < l.length && l[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n);
}

function hostLabel(origin: string): string {
  const host = origin.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/:\d+$/, '');
  const label = (host.split('.')[0] ?? '').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
  return /^[A-Z]/.test(label) ? label : `HOST_${label}`;
}

export function baseUrls(model: AnalysisModel): BaseUrl[] {
  const byOrigin = new Map<string, { count: number; dirs: string[][] }>();
  for (const e of allRequests(model)) {
    const m = e.url ? ABSOLUTE.exec(e.url) : null;
    if (!m) continue;
    const origin = m[1]!;
    const o = byOrigin.get(origin) ?? { count: 0, dirs: [] };
    o.count++;
    o.dirs.push(dirSegments(m[2] ?? '/'));
    byOrigin.set(origin, o);
  }
  const origins = [...byOrigin.entries()].sort((a, b) => b[1].count - a[1].count || cmp(a[0], b[0]));
  const used = new Set<string>();
  return origins.map(([origin, o], i) => {
    let name = i === 0 ? 'BASE_URL' : `${hostLabel(origin)}_BASE_URL`;
    for (let k = 2; used.has(name); k++) name = `${hostLabel(origin)}_${k}_BASE_URL`;
    used.add(name);
    const prefix = commonPrefix(o.dirs);
    return { name, url: origin + (prefix.length ? '/' + prefix.join('/') : '') };
  });
}

/** The base a URL starts with (the longest), and the rest of it (starting with `/`, `?` or empty). */
export function splitBase(url: string, bases: readonly BaseUrl[]): { base: BaseUrl; rest: string } | null {
  let best: { base: BaseUrl; rest: string } | null = null;
  for (const b of bases) {
    if (url !== b.url && !url.startsWith(b.url + '/') && !url.startsWith(b.url + '?')) continue;
    if (!best || b.url.length > best.base.url.length) best = { base: b, rest: url.slice(b.url.length) };
  }
  return best;
}

export function isAbsoluteUrl(url: string): boolean {
  return ABSOLUTE.test(url);
}
