import { cmp, compareLoc, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import { readTextWithin, type Vfs } from '../util/vfs.js';
import { extractWxml } from './extract.js';
import { parseWxml } from './parse.js';
import { resolveSrc } from './resolve-src.js';
import { PAGE_TEXT_MAX } from './section.js';
import { clip } from './text.js';
import type { WxmlDocFacts, WxmlFacts, WxmlForm, WxmlFormField, WxmlImport, WxmlSection, WxmlTemplateDef, WxmlTemplateUse, WxmlWxsModule } from './types.js';

/** Parsed and extracted documents by root-relative path (null: unreadable), shared across pages of one run. */
export type WxmlDocCache = Map<string, WxmlDocFacts | null>;

/**
 * Templates larger than this are skipped (FILE_TOO_LARGE), like scripts: the
 * tree of a 50 MB template takes gigabytes and most of a minute to build,
 * while real ones, generated `base.wxml` included, stay far below.
 */
export const WXML_MAX_BYTES = 5_000_000;

/** Parse + extract one file through the cache; diagnostics of a file are reported the first time only. */
export function loadWxmlDoc(vfs: Vfs, file: string, diags: DiagnosticBag, cache: WxmlDocCache): WxmlDocFacts | null {
  const hit = cache.get(file);
  if (hit !== undefined) return hit;
  let text = readTextWithin(vfs, file, WXML_MAX_BYTES);
  if (typeof text === 'number') {
    diags.report('FILE_TOO_LARGE', { file, line: 1, column: 1 }, { file, size: text, limit: WXML_MAX_BYTES });
    text = '';
  }
  const facts = text === null ? null : extractWxml(parseWxml(text, file, diags), diags);
  cache.set(file, facts);
  return facts;
}

interface TemplateRef {
  file: string;
  def: WxmlTemplateDef;
}

const byLoc = <T extends { loc: Loc }>(a: T, b: T): number => compareLoc(a.loc, b.loc);

/**
 * The WXML facts of one page or component: its entry file plus everything it
 * reaches (https://developers.weixin.qq.com/miniprogram/dev/reference/wxml/import.html):
 *
 * - `<include src>` inlines the target's content except its `<template>` and
 *   `<wxs>` definitions: its top-level bindings count for the page.
 * - `<import src>` makes the target's own template definitions available (not
 *   the ones it imports in turn); a template's bindings count when the page
 *   uses it with `<template is>`. A dynamic `is` counts the templates its
 *   string literals name, or every template in scope when they name none.
 *   Templates defined but never used render nothing and are not counted.
 *
 * Diagnostics: PATH_ESCAPES_ROOT (not read), WXML_IMPORT_UNRESOLVED,
 * WXML_IMPORT_CYCLE (the closing edge is not followed), WXML_TEMPLATE_UNKNOWN.
 * Everything is iterative; the output is sorted by location and made of
 * fresh objects (the cache is never shared with callers).
 */
export function collectWxml(vfs: Vfs, entry: string, diags: DiagnosticBag, cache: WxmlDocCache = new Map()): WxmlFacts {
  const files: string[] = [];
  const load = (f: string): WxmlDocFacts | null => loadWxmlDoc(vfs, f, diags, cache);
  const entryDoc = load(entry);
  if (!entryDoc) {
    diags.report('FILE_UNREADABLE', null, { file: entry, reason: 'not found' });
    return { files, bindings: [], forms: [], navigators: [], imports: [], wxs: [], tags: [], dataRefs: [], text: '', models: [] };
  }

  // 1. The file graph, depth first with an explicit stack; an edge back into the active path is a cycle.
  const target = new Map<WxmlImport, string>(); // followed edges
  const resolvedOut = new Map<WxmlImport, string | null>();
  const state = new Map<string, 'active' | 'done'>([[entry, 'active']]);
  const stack: { file: string; doc: WxmlDocFacts; i: number }[] = [{ file: entry, doc: entryDoc, i: 0 }];
  files.push(entry);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.doc.imports.length) {
      state.set(top.file, 'done');
      stack.pop();
      continue;
    }
    const imp = top.doc.imports[top.i++]!;
    resolvedOut.set(imp, null);
    const r = resolveSrc(top.file, imp.src, '.wxml');
    if (r.kind === 'escapes') {
      diags.report('PATH_ESCAPES_ROOT', imp.loc, { path: imp.src });
      continue;
    }
    const st = r.kind === 'path' ? state.get(r.path) : undefined;
    const doc = r.kind === 'path' && st === undefined ? load(r.path) : null;
    if (r.kind === 'invalid' || (st === undefined && !doc)) {
      diags.report('WXML_IMPORT_UNRESOLVED', imp.loc, { tag: imp.kind, src: imp.src });
      continue;
    }
    resolvedOut.set(imp, r.path);
    if (st === 'active') {
      diags.report('WXML_IMPORT_CYCLE', imp.loc, { file: r.path });
      continue;
    }
    target.set(imp, r.path);
    if (st === 'done') continue;
    state.set(r.path, 'active');
    files.push(r.path);
    stack.push({ file: r.path, doc: doc!, i: 0 });
  }

  // 2. What renders: the entry, included files, and the templates they use (transitively).
  const scopes = new Map<string, Map<string, TemplateRef>>();
  const scopeOf = (file: string): Map<string, TemplateRef> => {
    let sc = scopes.get(file);
    if (sc) return sc;
    sc = new Map();
    const doc = load(file)!;
    for (const imp of doc.imports) {
      const t = imp.kind === 'import' ? target.get(imp) : undefined;
      if (t !== undefined) for (const def of load(t)!.templates) sc.set(def.name, { file: t, def });
    }
    for (const def of doc.templates) sc.set(def.name, { file, def });
    scopes.set(file, sc);
    return sc;
  };

  type Item = { file: string; def: WxmlTemplateDef | null };
  const queue: Item[] = [{ file: entry, def: null }];
  const seenFiles = new Set<string>([entry]);
  const seenDefs = new Set<WxmlTemplateDef>();
  /** The `data` each template is used with (one entry per use that passes any). */
  const dataOf = new Map<WxmlTemplateDef, string[]>();
  const rendered: { section: WxmlSection; top: boolean; data?: string[] }[] = [];
  /** Template body fields a use places in the form around it. */
  const placed: PlacedFields[] = [];
  const useTemplates = (file: string, uses: WxmlTemplateUse[]): void => {
    const sc = scopeOf(file);
    for (const u of uses) {
      let names: string[];
      if (u.is !== null) {
        if (!sc.has(u.is)) diags.report('WXML_TEMPLATE_UNKNOWN', u.loc, { name: u.is });
        names = [u.is];
      } else {
        const named = (u.candidates ?? []).filter((c) => sc.has(c));
        names = named.length ? named : [...sc.keys()].sort(cmp);
      }
      for (const n of names) {
        const ref = sc.get(n);
        if (ref?.def.loose && u.form !== undefined) placed.push({ form: u.form, at: u.loc, fields: ref.def.loose, data: u.data });
        if (ref && u.data !== undefined) {
          const list = dataOf.get(ref.def) ?? [];
          if (!list.includes(u.data)) list.push(u.data);
          dataOf.set(ref.def, list);
        }
        if (ref && !seenDefs.has(ref.def)) {
          seenDefs.add(ref.def);
          queue.push({ file: ref.file, def: ref.def });
        }
      }
    }
  };
  for (let q = 0; q < queue.length; q++) {
    const { file, def } = queue[q]!;
    if (def) {
      if (!dataOf.has(def)) dataOf.set(def, []);
      rendered.push({ section: def, top: false, data: dataOf.get(def)! });
      useTemplates(file, def.uses);
      continue;
    }
    const doc = load(file)!;
    rendered.push({ section: doc, top: true });
    useTemplates(file, doc.uses);
    for (const imp of doc.imports) {
      const t = imp.kind === 'include' ? target.get(imp) : undefined;
      if (t !== undefined && !seenFiles.has(t)) {
        seenFiles.add(t);
        queue.push({ file: t, def: null });
      }
    }
  }

  return merge(files, rendered, placed, (f) => load(f)!, resolvedOut, vfs, diags);
}

/** `<template is>` in a `<form>`: the form (see `WxmlTemplateUse.form`), the template's loose fields, the use's `data`. */
interface PlacedFields {
  form: Loc | null;
  at: Loc;
  fields: WxmlFormField[];
  data: string | undefined;
}

function merge(
  files: string[],
  rendered: { section: WxmlSection; top: boolean; data?: string[] }[],
  placed: PlacedFields[],
  doc: (f: string) => WxmlDocFacts,
  resolvedOut: Map<WxmlImport, string | null>,
  vfs: Vfs,
  diags: DiagnosticBag,
): WxmlFacts {
  const forms: WxmlForm[] = [];
  let unbound: WxmlForm | null = null;
  const tags = new Set<string>();
  const refs = new Map<string, Loc>();
  const members = new Map<string, Loc>();
  for (const { section, top } of rendered) {
    for (const f of section.forms) {
      const fields = f.fields.map((x) => ({ ...x }));
      if (f.submitHandler !== null) forms.push({ ...f, fields });
      else if (!unbound) forms.push((unbound = { ...f, fields }));
      else {
        unbound.fields.push(...fields);
        if (compareLoc(f.loc, unbound.loc) < 0) unbound.loc = f.loc;
      }
    }
    for (const t of section.tags) tags.add(t);
    if (top) {
      for (const r of section.dataRefs) {
        const at = section.dataRefAt[r]!;
        const prev = refs.get(r);
        if (!prev || compareLoc(at, prev) < 0) refs.set(r, at);
      }
      for (const [m, at] of Object.entries(section.dataMemberAt)) {
        const prev = members.get(m);
        if (!prev || compareLoc(at, prev) < 0) members.set(m, at);
      }
    }
  }
  // A template used in a form adds its fields there, each named with that use's `data`.
  for (const p of placed) {
    let form = p.form === null ? unbound : forms.find((f) => f.submitHandler !== null && compareLoc(f.loc, p.form) === 0);
    if (p.form === null && !form) forms.push((form = unbound = { submitHandler: null, fields: [], loc: p.at }));
    if (!form) continue;
    for (const x of p.fields) {
      const f: WxmlFormField = { ...x };
      if (p.data !== undefined) f.templateData = [p.data];
      form.fields.push(f);
    }
  }
  if (unbound) unbound.fields.sort((a, b) => compareLoc(a.loc ?? null, b.loc ?? null));

  // Identifiers, never integer-like: the object keeps them in the sorted order they were added.
  const refAt = Object.fromEntries([...refs].sort((a, b) => cmp(a[0], b[0])));
  const imports: WxmlImport[] = [];
  const wxs: WxmlWxsModule[] = [];
  for (const f of files) {
    const d = doc(f);
    for (const imp of d.imports) imports.push({ ...imp, resolved: resolvedOut.get(imp) ?? null });
    for (const m of d.wxs) wxs.push(checkWxs(f, m, vfs, diags));
  }

  return {
    files,
    bindings: rendered.flatMap((r) => r.section.bindings.map((b) => withData({ ...b }, r.data))).sort((a, b) => byLoc(a, b) || cmp(a.binding, b.binding)),
    forms: forms.sort(byLoc),
    navigators: rendered.flatMap((r) => r.section.navigators.map((n) => withData({ ...n }, r.data))).sort(byLoc),
    imports: imports.sort(byLoc),
    wxs: wxs.sort(byLoc),
    tags: [...tags].sort(cmp),
    dataRefs: Object.keys(refAt),
    dataRefAt: refAt,
    dataMemberAt: Object.fromEntries([...members].sort((a, b) => cmp(a[0], b[0]))),
    text: clip(rendered.map((r) => r.section.text).filter((t) => t !== '').join(' '), PAGE_TEXT_MAX),
    models: rendered.flatMap((r) => r.section.models.map((m) => ({ ...m }))).sort(byLoc),
  };
}

/** A template body's element, with the `data` the template's uses pass (sorted, for stable output). */
function withData<T extends { templateData?: string[] }>(x: T, data: string[] | undefined): T {
  if (data?.length) x.templateData = [...data].sort(cmp);
  return x;
}

/** An external `<wxs src>` must stay inside the root and exist. */
function checkWxs(file: string, m: WxmlWxsModule, vfs: Vfs, diags: DiagnosticBag): WxmlWxsModule {
  if (m.inline) return m;
  const r = resolveSrc(file, m.spec, null);
  if (r.kind === 'escapes') diags.report('PATH_ESCAPES_ROOT', m.loc, { path: m.spec ?? '' });
  else if (r.kind === 'invalid' || !vfs.isFile(r.path)) diags.report('WXML_IMPORT_UNRESOLVED', m.loc, { tag: 'wxs', src: m.spec ?? '' });
  else return m;
  return { ...m, src: null };
}
