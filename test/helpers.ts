import { analyze } from '../src/analyze/analyze.js';
import type { AnalysisModel, Effect, PageModel } from '../src/model/types.js';
import { MemoryVfs } from '../src/util/vfs.js';

/**
 * Analyse an in-memory app. `files` are mini-program-root relative; an
 * app.json listing every `pages/…/*.js|ts` page is added when absent.
 */
export async function analyzeFiles(files: Record<string, string>, opts: { stepBudget?: number } = {}): Promise<AnalysisModel> {
  const all = { ...files };
  if (!all['app.json']) {
    const pages = Object.keys(files)
      .filter((f) => /^pages\/.+\.(js|ts)$/.test(f))
      .map((f) => f.replace(/\.(js|ts)$/, ''));
    all['app.json'] = JSON.stringify({ pages });
  }
  for (const f of Object.keys(files)) {
    const wxml = f.replace(/\.(js|ts)$/, '.wxml');
    if (/^pages\/.+\.(js|ts)$/.test(f) && !(wxml in all)) all[wxml] = '<view></view>';
  }
  const res = await analyze({ vfs: new MemoryVfs(all), stepBudget: opts.stepBudget });
  if (!res.model) throw new Error('no model: ' + JSON.stringify(res.diagnostics));
  return res.model;
}

export function page(model: AnalysisModel, route: string): PageModel {
  const p = model.pages.find((x) => x.route === route);
  if (!p) throw new Error(`no page ${route}`);
  return p;
}

/** A compact, comparable form of an effect. */
export function brief(e: Effect): string {
  switch (e.kind) {
    case 'request':
      return `${e.api} ${e.method} ${e.url}`;
    case 'cloudFunction':
      return `cloud ${e.name}`;
    case 'cloudDatabase':
      return `db ${e.collection}.${e.op}`;
    case 'cloudContainer':
      return `container ${e.service} ${e.method} ${e.path}`;
    case 'navigate':
      return `${e.mode} ${e.target}${e.query.length ? '?' + e.query.join('&') : ''}`;
    case 'payment':
      return `pay ${e.api}`;
    case 'storage':
      return `storage ${e.op} ${e.key}`;
    case 'jsapi':
      return `${e.api}`;
  }
}

export function briefs(effects: Effect[], kinds?: Effect['kind'][]): string[] {
  return effects.filter((e) => !kinds || kinds.includes(e.kind)).map(brief);
}
