import type * as t from '@babel/types';
import { buildInstance, entryArgs, wxmlData, type UnitEntry, type UnitInstance } from '../flow/instance.js';
import type { Interpreter } from '../flow/interpreter.js';
import { alternatives, join, obj, str, unknown, type Value } from '../flow/values.js';
import type { LoadedUnit } from '../load/types.js';
import { walkAst } from '../util/ast-walk.js';
import type { WxmlBinding, WxmlFacts } from '../wxml/types.js';
import { datasetBindings, datasetKeysOf, isFixedPath, knownDatasets } from './datasets.js';
import { staticDataTables } from './static-data.js';
import { evalAttribute } from './wxml-expr.js';

/** A custom component a unit's WXML uses, by tag: its unit and WXML facts. */
export type ComponentLookup = (tag: string) => { unit: LoadedUnit; wxml: WxmlFacts | null } | null;

/** Component uses run for one unit, at most (each runs the component's handlers that raise the event). */
const MAX_COMPONENT_RUNS = 16;

/**
 * What a page's handler bound to a custom component's event reads as `e.detail`, where the page
 * fixes it: the TDesign starter's goods page hands its buy bar a table of tab targets
 * (`jumpArray="{{jumpArray}}"`), the bar renders one element per row with `data-url="{{item.url}}"`,
 * its `toNav` raises `triggerEvent('toNav', { url })`, and the page's `toNav` does
 * `wx.switchTab({ url: e.detail.url })`. The component's handlers that raise the event run with the
 * properties the page's element passes (evaluated against the page's data) and the datasets the
 * component's WXML fixes from them; the detail fields that hold paths the app fixes become the page
 * handler's readings of `e.detail.<field>` (anything else the component hands over stays unknown).
 * The component's own analysis reports its problems: these runs report nothing.
 *
 * Returns, by page handler name, the known detail fields.
 */
export function componentEventDetails(
  ip: Interpreter,
  bindings: readonly WxmlBinding[],
  wxml: WxmlFacts,
  page: UnitInstance,
  lookup: ComponentLookup,
): Map<string, Map<string, Value>> {
  // The component uses whose handler reads `e.detail` at all, each looked up once; their handlers.
  const uses = new Map<WxmlBinding, NonNullable<ReturnType<ComponentLookup>>>();
  const handlers = new Set<string>();
  for (const b of bindings) {
    if (b.handler === null || !b.props) continue;
    const fn = page.thisObj.props.get(b.handler);
    if (fn?.t !== 'fn' || !words(fn.node).names.has('detail')) continue;
    const comp = lookup(b.tag);
    if (!comp) continue;
    uses.set(b, comp);
    handlers.add(b.handler);
  }
  if (!handlers.size) return new Map();
  const perHandler = new Map<string, (Map<string, Value> | null)[]>();
  let runs = 0;
  for (const b of bindings) {
    if (b.handler === null || !handlers.has(b.handler)) continue;
    const comp = runs < MAX_COMPONENT_RUNS ? uses.get(b) : undefined;
    let fields: Map<string, Value> | null = null;
    if (comp?.unit.files.script && comp.wxml) {
      runs++;
      fields = ip.diags.muted(() => detailOf(ip, b, wxml, page, comp.unit.files.script!, comp.wxml!));
    }
    const list = perHandler.get(b.handler);
    if (list) list.push(fields);
    else perHandler.set(b.handler, [fields]);
  }
  const out = new Map<string, Map<string, Value>>();
  for (const [handler, list] of perHandler) {
    const keys = new Set(list.flatMap((f) => [...(f?.keys() ?? [])]));
    if (!keys.size) continue;
    // A binding that fixes no such field (another component, or the field unknown there) reads anything.
    const merged = new Map<string, Value>();
    for (const k of keys) merged.set(k, join(...list.map((f) => f?.get(k) ?? unknown())));
    out.set(handler, merged);
  }
  return out;
}

/** The detail fields the component used at `b` hands over with `b.event` that hold fixed paths. */
function detailOf(ip: Interpreter, b: WxmlBinding, pageWxml: WxmlFacts, page: UnitInstance, script: string, wxml: WxmlFacts): Map<string, Value> | null {
  const rec = ip.loadModule(script);
  const reg = rec.registrations.find((r) => r.kind === 'Component');
  if (!reg) return null;
  const inst = buildInstance(ip, reg, null);
  // The properties as the page's element sets them, read in the page's scope (its loops, its data).
  const pageData = wxmlData(page);
  const props = new Map<string, Value>();
  for (const [name, raw] of Object.entries(b.props ?? {})) {
    if (!inst.properties.includes(name)) continue;
    const v = evalAttribute(ip, raw, b, pageWxml.wxs, pageData, page.staticData);
    props.set(name, v);
    inst.data.props.set(name, v);
  }
  const entries = raisers(inst, wxml.bindings, b.event);
  // Nothing the run could hand over holds a path: no need to run it (a goods card handing back its row).
  if (!entries.length || !mayHandOverPath(props, inst, wxml, entries)) return null;
  const declared = inst.initialData?.props ?? [];
  const data = obj([...declared, ...props]);
  const used: UnitInstance = { ...inst, initialData: data, dataTables: new Map(), staticData: new Map([...staticDataTables(rec.ast, inst.initialData), ...props]) };
  const withDataset = datasetBindings(wxml.bindings);
  const raised: Value[] = [];
  for (const entry of entries) {
    const mine = withDataset.get(entry.name);
    const { keys, dataKeys } = datasetKeysOf(mine);
    const run = ip.newRun(null, entry.name);
    ip.runEntry(
      run,
      () => {
        const known = mine ? knownDatasets(ip, mine, keys!, wxml, used) : undefined;
        for (const dataset of known?.runs ?? [undefined]) ip.callFunction(entry.fn, entryArgs(entry, true, dataset, dataKeys), inst.thisObj);
      },
      ip.loc(entry.fn.node, entry.fn.file),
    );
    raised.push(...(run.trace.details?.get(b.event) ?? []));
  }
  const fields = new Map<string, Value[]>();
  for (const d of raised)
    for (const alt of alternatives(d)) {
      if (alt.t !== 'obj') continue;
      for (const [k, v] of alt.props) fields.set(k, [...(fields.get(k) ?? []), v]);
    }
  const out = new Map<string, Value>();
  for (const [k, values] of fields) {
    const readings = alternatives(join(...values));
    const kept = readings.filter(isFixedPath);
    if (kept.length) out.set(k, join(...kept, ...(kept.length < readings.length ? [unknown()] : [])));
  }
  return out.size ? out : null;
}

/**
 * Where a path the run could hand over would come from: the properties the page passes, the
 * component's declared data, a `data-*` its WXML writes as text, or a text in a raising method.
 */
function mayHandOverPath(props: Map<string, Value>, inst: UnitInstance, wxml: WxmlFacts, entries: UnitEntry[]): boolean {
  if ([...props.values()].some((v) => holdsPath(v))) return true;
  if (inst.initialData && holdsPath(inst.initialData)) return true;
  const literal = (text: string) => isFixedPath(str(text));
  if (wxml.bindings.some((x) => Object.values(x.datasetValues ?? {}).some((raw) => !raw.includes('{{') && literal(raw)))) return true;
  return entries.some((e) => [...words(e.fn.node).texts].some(literal));
}

/** The component's handlers its WXML binds whose code names `event` (`this.triggerEvent('toNav', …)`). */
function raisers(inst: UnitInstance, bindings: readonly WxmlBinding[], event: string): UnitEntry[] {
  const bound = new Set(bindings.flatMap((b) => (b.handler !== null ? [b.handler] : [])));
  return inst.entries.filter((e) => !e.lifecycle && bound.has(e.name) && words(e.fn.node).texts.has(event));
}

/** A path the app fixes somewhere in `v` (its rows, their fields), a few levels down. */
function holdsPath(v: Value, depth = 0): boolean {
  if (depth > 3) return false;
  return alternatives(v).some((x) => {
    if (x.t === 'arr') return x.items.some((i) => holdsPath(i, depth + 1));
    if (x.t === 'obj') return [...x.props.values()].some((p) => holdsPath(p, depth + 1));
    return isFixedPath(x);
  });
}

/** The names and texts a function's code writes (`detail`, `'toNav'`), once per function. */
const WORDS = new WeakMap<t.Node, { names: Set<string>; texts: Set<string> }>();

function words(fn: t.Node): { names: Set<string>; texts: Set<string> } {
  let w = WORDS.get(fn);
  if (w) return w;
  w = { names: new Set(), texts: new Set() };
  const { names, texts } = w;
  walkAst(fn, (n) => {
    if (n.type === 'Identifier') names.add(n.name);
    else if (n.type === 'StringLiteral') texts.add(n.value);
  });
  WORDS.set(fn, w);
  return w;
}
