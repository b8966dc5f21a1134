import { cmp } from '../diagnostics/diagnostic.js';
import type { AnalysisModel, Diagnostic } from '../model/types.js';
import type { DraftApi, Drafts } from './drafts.js';
import { anchorId } from './html.js';
import type { SourceSnippets } from './snippets.js';

/** What the section renderers share: the model, the drafts, sources, and the 待确认 list they fill. */
export interface ReviewContext {
  model: AnalysisModel;
  drafts: Drafts;
  snippets: SourceSnippets;
  routes: Set<string>;
  components: Set<string>;
  /** Diagnostics with their index (anchor `d-<i>`), by file. */
  diagsByFile: Map<string, { d: Diagnostic; i: number }[]>;
  /** Drafted APIs by the route of their handoff page. */
  apisByPage: Map<string, DraftApi[]>;
  /** Matches the name of any drafted API in escaped text (not inside an entity or a longer identifier); null when none. */
  apiNamePattern: RegExp | null;
  /** Items a person must confirm, in page order: filled while sections render. */
  toConfirm: { href: string; text: string }[];
}

/** Anchor prefixes: one per kind of thing the page links to. */
export const ANCHOR = {
  page: 'page',
  component: 'comp',
  handler: 'h',
  effect: 'e',
  skill: 'skill',
  api: 'api',
  diagnostic: 'd',
} as const;

export const href = (prefix: string, key: string): string => `#${anchorId(prefix, key)}`;

export function reviewContext(model: AnalysisModel, drafts: Drafts, snippets: SourceSnippets, diagnostics: Diagnostic[]): ReviewContext {
  const diagsByFile = new Map<string, { d: Diagnostic; i: number }[]>();
  diagnostics.forEach((d, i) => {
    if (!d.loc) return;
    const list = diagsByFile.get(d.loc.file) ?? [];
    list.push({ d, i });
    diagsByFile.set(d.loc.file, list);
  });
  const apisByPage = new Map<string, DraftApi[]>();
  const all = [...drafts.skills.flatMap((s) => s.apis), ...drafts.otherApis];
  for (const a of all) {
    if (a.page) apisByPage.set(a.page, [...(apisByPage.get(a.page) ?? []), a]);
  }
  return {
    model,
    drafts,
    snippets,
    routes: new Set(model.pages.map((p) => p.route)),
    components: new Set(model.components.map((c) => c.path)),
    diagsByFile,
    apisByPage,
    apiNamePattern: namePattern(all.map((a) => a.name)),
    toConfirm: [],
  };
}

function namePattern(names: string[]): RegExp | null {
  const ids = [...new Set(names.filter((n) => /^[\w$]+$/.test(n)))].sort((a, b) => b.length - a.length || cmp(a, b));
  if (!ids.length) return null;
  return new RegExp(`(?<![&#\\w$])(${ids.map((n) => n.replace(/\$/g, '\\$')).join('|')})(?![\\w$;])`, 'g');
}
