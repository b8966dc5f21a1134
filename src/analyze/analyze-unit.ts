import type * as t from '@babel/types';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { buildInstance, entryArgs, PAGE_LIFECYCLE, runsAfter, wxmlData, type UnitEntry, type UnitInstance } from '../flow/instance.js';
import { isQueryObject, type Interpreter, type Registration, type RunState } from '../flow/interpreter.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Trace } from '../flow/trace.js';
import { dataRoot, forgetEdited, isPathText } from '../flow/data-paths.js';
import { patternNames } from '../flow/param-taint.js';
import { walkAst } from '../util/ast-walk.js';
import type { LoadedUnit } from '../load/types.js';
import type { Effect, Form, FormField, Handler, HandlerInput, Loc, QueryParam, Trigger, ValueOrigin } from '../model/types.js';
import type { WxmlBinding, WxmlFacts, WxmlFormField } from '../wxml/types.js';
import { mergeEffects } from './effects.js';
import { datasetBindings, datasetKeysOf, knownDatasets } from './datasets.js';
import { componentEventDetails, type ComponentLookup } from './component-events.js';
import { evalAttribute, fieldNames } from './wxml-expr.js';
import { alternatives, join, unknown, type Env, type FunctionNode, type Value } from '../flow/values.js';
import { navigatorEffects } from './navigator-effects.js';
import { keysEditedByPath, keysNamedInWrites, staticDataTables } from './static-data.js';
import { widenHandlerState } from './handler-state.js';
import type { File } from '@babel/types';
import { cmp, compareLoc } from '../diagnostics/diagnostic.js';
import { entryScope } from '../flow/isolation.js';
import { FIELD_TAGS } from '../wxml/form-fields.js';

/** What analysing one page or component yields (the model fields that depend on its code). */
export interface UnitFacts {
  query: QueryParam[];
  forms: Form[];
  handlers: Handler[];
  effects: Effect[];
  dataKeys: string[];
  properties: string[];
  events: string[];
}

const LIFECYCLE_ORDER = ['created', 'attached', 'onLoad', 'onShow', 'ready', 'onReady'];

/**
 * Follow the code of one page or component: evaluate its script, build its
 * instance, run every entry function (lifecycle hooks first, so data keys a
 * hook fills from the query are known to handlers), then link the WXML
 * bindings to the entries.
 */
export function analyzeUnit(
  ip: Interpreter,
  diags: DiagnosticBag,
  unit: LoadedUnit,
  route: string | null,
  wxml: WxmlFacts | null,
  components: ComponentLookup = () => null,
): UnitFacts {
  const facts: UnitFacts = { query: [], forms: [], handlers: [], effects: [], dataKeys: [], properties: [], events: [] };
  let bindings = wxml?.bindings ?? [];
  let reg: Registration | undefined;
  let ast: File | null = null;
  let scriptEnv: Env | null = null;
  ip.currentPage = null;
  if (unit.files.script) {
    const rec = ip.loadModule(unit.files.script);
    ast = rec.ast;
    scriptEnv = rec.env;
    // One call site may register twice (a bundle's module run on two paths): that is one registration.
    const bySite = new Map<string, Registration>();
    for (const r of rec.registrations) {
      const site = `${r.loc.line}:${r.loc.column}`;
      if ((r.kind === 'Page' || r.kind === 'Component') && !bySite.has(site)) bySite.set(site, r);
    }
    const regs = [...bySite.values()];
    if (regs.length > 1) {
      const { chosen, byBindings } = boundRegistration(regs, bindings);
      reg = chosen;
      const why = byBindings ? 'whose methods the WXML binds' : 'the first';
      for (const r of regs) if (r !== reg) diags.report('UNIT_REGISTERED_TWICE', r.loc, { file: unit.files.script, kind: r.kind, chosen: `${reg.kind}() at line ${reg.loc.line}`, why });
    } else reg = regs[0];
    if (!reg && rec.ast) diags.report('PAGE_NOT_REGISTERED', { file: unit.files.script, line: 1, column: 1 }, { file: unit.files.script });
  }
  const traces = new Map<string, Trace>();
  let inst: UnitInstance | null = null;
  if (wxml && !reg) facts.forms = formsOf(wxml, unit);
  const bound = new Set<string>();
  const declaredPaths = new Map<string, Value>();
  if (reg) {
    inst = buildInstance(ip, reg, route);
    if (route !== null) ip.currentPage = inst.thisObj;
    // Lists, objects and URLs in `data` the page never writes are fixed (a tab bar's entries, a base URL).
    for (const [k, v] of staticDataTables(ast, inst.initialData)) {
      inst.data.props.set(k, v);
      inst.fixedData.add(k);
      inst.staticData.set(k, v);
    }
    // A URL or route the page declares and sets again (`tabUrl` a tab switches): read before any setData, it is
    // the declared one; the paths set later join it (`rememberPaths`), anything else forgets it. A tap may come
    // after another handler set it: there, one still as declared reads as anything (as before any of this).
    for (const [k, v] of inst.initialData?.props ?? [])
      if (!inst.data.props.has(k) && alternatives(v).every(isPathText)) {
        inst.data.props.set(k, v);
        declaredPaths.set(k, v);
      }
    // A key the page sets itself (`ispage` on the next page, `list` from a reply) is its own, not the query kept in data.
    for (const k of keysNamedInWrites(ast)) inst.ownKeys.add(k);
    // An object the page edits field by field is what the user typed, not what a setData once put there (the query).
    for (const k of keysEditedByPath(ast)) forgetEdited(inst.fixedData, k);
    if (wxml) {
      const [data, fixed] = [wxmlData(inst), inst.staticData];
      facts.forms = formsOf(wxml, unit, (f, file) => fieldNames(ip, f, file, wxml.wxs, data, fixed));
    }
    // A page built with Component(): WeChat sets its query into the properties of the same names.
    if (route !== null && reg.kind === 'Component') {
      for (const p of inst.properties) {
        if (inst.dataOrigins.has(p)) continue;
        const origin: ValueOrigin = { from: 'query', name: p };
        inst.dataOrigins.set(p, origin);
        ip.readOnAccess.add(origin);
      }
    }
    facts.dataKeys = [...inst.dataKeys].sort(cmp);
    facts.properties = [...inst.properties].sort(cmp);
    if (wxml) bindings = handlersFromData(ip, bindings, wxml, inst);
    for (const b of bindings) {
      if (b.handler) bound.add(b.handler);
      for (const c of b.candidates ?? []) bound.add(c);
    }
    const withDataset = wxml ? datasetBindings(bindings) : null;
    const details = wxml ? componentEventDetails(ip, bindings, wxml, inst, components) : null;
    const runEntry = (entry: UnitEntry) => {
      if (entry.boundOnly && !bound.has(entry.name)) return;
      const run = ip.newRun(route, entry.name);
      const at = ip.loc(entry.fn.node, entry.fn.file);
      const mine = withDataset?.get(entry.name);
      const { keys, dataKeys } = datasetKeysOf(mine);
      const go = () =>
        ip.runEntry(run, () => {
          const known = mine ? knownDatasets(ip, mine, keys!, wxml!, inst!) : undefined;
          for (const dataset of known?.runs ?? [undefined]) {
            // Earlier behaviors' same lifetime runs first (`attached` of each behavior, in order).
            for (const f of runsAfter(entry.fn)) ip.callFunction(f, entryArgs(entry, false), inst!.thisObj);
            ip.callFunction(entry.fn, entryArgs(entry, bound.has(entry.name), dataset, dataKeys, details?.get(entry.name)), inst!.thisObj);
          }
          for (const dataset of known?.candidates ?? []) candidateNavigations(ip, run, route, entry, entryArgs(entry, bound.has(entry.name), dataset, dataKeys), inst!.thisObj, at);
        }, at);
      // Start-up hooks leave the state every handler starts from; a handler's own writes are its own.
      if (rank(entry.name) < LIFECYCLE_ORDER.length) go();
      else
        entryScope(() => {
          for (const [k, v] of declaredPaths) if (inst!.data.props.get(k) === v) inst!.data.props.delete(k);
          widenHandlerState(inst!.data, scriptEnv, ast);
          go();
        });
      traces.set(entry.name, run.trace);
    };
    const order = [...inst.entries].sort((a, b) => rank(a.name) - rank(b.name) || cmp(a.name, b.name));
    const startUp = order.filter((e) => rank(e.name) < LIFECYCLE_ORDER.length);
    startUp.forEach(runEntry);
    // Methods the start-up hooks put on the instance (`_this.tabBarClick = tabBarClick` in a helper
    // class's constructor) are handlers too where the WXML binds them, run from the state the hooks left.
    const added = addedMethods(inst, bound);
    inst.entries.push(...added);
    [...order.filter((e) => rank(e.name) >= LIFECYCLE_ORDER.length), ...added].forEach(runEntry);
  }
  linkBindings(diags, bindings, inst, reg ?? null, unit);

  const events = new Set<string>();
  const queryByName = new Map<string, QueryParam>();
  for (const entry of inst?.entries ?? []) {
    const tr = traces.get(entry.name);
    if (!tr) continue; // a store action nothing binds: not run, not a handler of this page
    tr.events.forEach((e) => events.add(e));
    for (const r of tr.reads) {
      if (r.origin.from !== 'query') continue;
      const prev = queryByName.get(r.origin.name);
      if (!prev || compareLoc(r.loc, prev.loc) < 0) {
        const q: QueryParam = { name: r.origin.name, loc: r.loc };
        if (r.hasDefault || prev?.hasDefault) q.hasDefault = true;
        queryByName.set(r.origin.name, q);
      } else if (r.hasDefault) prev.hasDefault = true;
    }
    facts.handlers.push(buildHandler(entry.name, entry.fn.node, entry.fn.file, tr, bindings, ip));
  }
  if (inst && wxml) for (const q of [...queryRenderedFromData(inst, wxml), ...queryKeptInData(inst, wxml)]) if (!queryByName.has(q.name)) queryByName.set(q.name, q);
  facts.query = [...queryByName.values()].sort((a, b) => cmp(a.name, b.name));
  facts.events = [...events].sort(cmp);
  facts.handlers.sort((a, b) => cmp(a.name, b.name));
  // Wrapper plumbing stays on the handlers but is not something the page does.
  const all: Effect[] = pageEffects(facts.handlers, inst, bound);
  if (wxml) all.push(...navigatorEffects(ip, wxml, route, ip.opts.routes, diags, inst ? wxmlData(inst) : null, inst?.staticData));
  facts.effects = mergeEffects(all);
  return facts;
}

/**
 * The registration a script that calls `Page()` or `Component()` more than once stands for: the one
 * whose methods its WXML binds most (a page rewritten from `Page` to `Component` below the old
 * code), the first on a tie.
 */
function boundRegistration(regs: Registration[], bindings: readonly WxmlBinding[]): { chosen: Registration; byBindings: boolean } {
  const names = new Set(bindings.flatMap((b) => (b.handler ? [b.handler] : [])));
  const scores = regs.map((r) => {
    const o = r.options.t === 'obj' ? r.options : null;
    const methods = r.kind === 'Component' ? o?.props.get('methods') : o;
    return methods?.t === 'obj' ? [...names].filter((n) => methods.props.has(n)).length : 0;
  });
  let best = 0;
  for (let i = 1; i < regs.length; i++) if (scores[i]! > scores[best]!) best = i;
  // The bindings chose it when it binds more than every other registration does.
  return { chosen: regs[best]!, byBindings: scores.every((s, i) => i === best || s < scores[best]!) };
}

/**
 * The page's own effects: every handler's, but not wrapper plumbing, and not
 * what an internal helper method did with its own unknown parameters when a
 * caller reached the same call site with real values. `submitReview(opts)` is
 * run as an entry too (nothing may call it), and there `opts.functionName` is
 * unknown; `onApprove` calls it with `'trip-verify'`, which is the reading that counts.
 * An internal method that dispatches on a parameter and that some handler calls is left to its
 * callers altogether.
 */
function pageEffects(handlers: Handler[], inst: UnitInstance | null, bound: ReadonlySet<string>): Effect[] {
  // A path is the call site plus the chain from a method onward: `submit > cloud.ts:call` at cloud.ts:30.
  const path = (e: Effect, from: number) => `${e.kind}|${e.loc.file}|${e.loc.line}|${e.loc.column}|${(e.via ?? []).slice(from).join('>')}`;
  const internal = new Set((inst?.entries ?? []).filter((en) => !en.lifecycle && !bound.has(en.name)).map((en) => en.name));
  const candidates = handlers.some((h) => internal.has(h.name) && h.effects.some(unresolved));
  const resolvedPaths = new Set<string>();
  if (candidates) for (const h of handlers) for (const e of h.effects) if (!unresolved(e)) for (let i = 1; i < (e.via?.length ?? 0); i++) resolvedPaths.add(path(e, i));
  // An internal method that picks what to call by a parameter (`action(name, id) { api[name](id) }`)
  // and that another handler calls (`take() { this.action('take', id) }`): what it does with real
  // arguments is in its callers' effects, and its run on its own, where the unknown `name` calls
  // every method of `api`, adds nothing the page does.
  // Only methods some other handler reached are looked at: their code is walked, not every method's.
  const called = new Set<string>();
  for (const h of handlers) for (const e of h.effects) if (!e.plumbing) for (const m of e.via?.slice(1) ?? []) if (internal.has(m) && m !== h.name) called.add(m);
  const dispatching = new Set((inst?.entries ?? []).filter((en) => called.has(en.name) && dispatchesOnParams(en.fn.node)).map((en) => en.name));
  return handlers.flatMap((h) =>
    dispatching.has(h.name) ? [] : h.effects.filter((e) => !e.plumbing && !(internal.has(h.name) && unresolved(e) && resolvedPaths.has(path(e, 0)))),
  );
}

/**
 * `fn` calls a member chosen by one of its parameters, or by a variable it derives from them:
 * `api[name](id)`, `const api = table[name]; Request[api.method](api.url)`.
 */
function dispatchesOnParams(fn: FunctionNode): boolean {
  const params = new Set(fn.params.flatMap((p) => patternNames(p)));
  if (params.size === 0) return false;
  const mentions = (n: t.Node | null | undefined): boolean => {
    let hit = false;
    walkAst(n, (k) => (hit ||= k.type === 'Identifier' && params.has(k.name)));
    return hit;
  };
  let found = false;
  walkAst(fn.body, (n) => {
    if (n.type === 'VariableDeclarator' && mentions(n.init)) for (const name of patternNames(n.id)) params.add(name);
    const callee = n.type === 'CallExpression' || n.type === 'OptionalCallExpression' ? n.callee : null;
    if (callee && (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && callee.computed && mentions(callee.property)) found = true;
    return found;
  });
  return found;
}

/**
 * The query put in data whole (`this.setData(options)`, `setData({ ...options })`) and rendered by
 * the WXML (`{{name}}`): a name the page neither declares nor sets is a query parameter, read
 * where the WXML first reads it. Not when some setData stores keys no one knows (`setData(res.data)`).
 */
function queryRenderedFromData(inst: UnitInstance, wxml: WxmlFacts): QueryParam[] {
  const spread = inst.data.spreadQuery;
  if (!spread || inst.opaqueWrites.seen) return [];
  // Declared, a component's properties, `<wxs>` modules, and what the user types into (`model:value="{{ remarks }}"`).
  const typed = (wxml.models ?? []).flatMap((m) => (m.key === null ? [] : [dataRoot(m.key)]));
  const own = new Set([...inst.dataKeys, ...inst.properties, ...wxml.wxs.map((m) => m.module), ...typed]);
  return wxml.dataRefs.filter((r) => !own.has(r) && !spread.except.has(r) && wxml.dataRefAt?.[r]).map((name) => ({ name, loc: wxml.dataRefAt![name]! }));
}

/**
 * The query kept whole under a data key (`onLoad(options) { this.setData({ options }) }`) and read
 * in the WXML by name (`wx:if="{{options.joined}}"`): each name read is a query parameter (an
 * object spreading the query into data, for the names it does not set itself).
 */
function queryKeptInData(inst: UnitInstance, wxml: WxmlFacts): QueryParam[] {
  const out: QueryParam[] = [];
  for (const [path, loc] of Object.entries(wxml.dataMemberAt ?? {})) {
    const dot = path.indexOf('.');
    const [root, name] = [path.slice(0, dot), path.slice(dot + 1)];
    const held = inst.data.props.get(root);
    if (held && alternatives(held).some((v) => isQueryObject(v) && !(v.t === 'obj' && v.props.has(name)))) out.push({ name, loc });
  }
  return out;
}

/** The effect's target could not be worked out (it hangs on a value the code does not fix). */
function unresolved(e: Effect): boolean {
  switch (e.kind) {
    case 'request':
      return e.url === null || e.url.includes('{');
    case 'cloudFunction':
      return e.name === null;
    case 'navigate':
      return e.target === null;
    case 'cloudDatabase':
      return e.collection === null;
    default:
      return false;
  }
}

/**
 * The unit's forms, with the fields WeChat submits: built-in fields, custom components the unit
 * uses (taken to implement `wx://form-field`), and anything two-way bound. An HTML tag with a
 * `name` (`<span name="phone">` copied from a web page) is not a component and submits nothing.
 * A name with `{{ }}` becomes the names `named` finds for it (one field each), when it finds any.
 */
function formsOf(wxml: WxmlFacts, unit: LoadedUnit, named?: (f: WxmlFormField, file: string) => string[] | null): Form[] {
  const custom = new Set(unit.components.map((c) => c.tag));
  const submits = (f: FormField) => Object.hasOwn(FIELD_TAGS, f.tag) || custom.has(f.tag) || f.model !== undefined;
  return wxml.forms.map((form) => ({
    ...form,
    fields: form.fields.filter(submits).flatMap((written) => {
      const { loops, templateData, ...f } = written; // as the model has it: no WXML placement
      const names = named && f.name.includes('{{') ? named(written, f.loc?.file ?? form.loc.file) : null;
      return names ? names.map((name) => ({ ...f, name })) : [f];
    }),
  }));
}


/**
 * A handler named by page data (`catchtap="{{item.tapEvent}}"` in a wx:for over a menu the page
 * declares): the names of the instance's functions the expression can read become the binding's
 * candidates, beside the string literals written in it. The bindings are copied, not edited (a
 * template's bindings may serve other units).
 */
function handlersFromData(ip: Interpreter, bindings: WxmlBinding[], wxml: WxmlFacts, inst: UnitInstance): WxmlBinding[] {
  if (!bindings.some((b) => b.handler === null && b.dynamicExpr !== undefined)) return bindings;
  const data = wxmlData(inst);
  return bindings.map((b) => {
    if (b.handler !== null || b.dynamicExpr === undefined) return b;
    const text = b.dynamicExpr.includes('{{') ? b.dynamicExpr : `{{${b.dynamicExpr}}}`;
    const named = alternatives(evalAttribute(ip, text, b, wxml.wxs, data, inst.staticData)).flatMap((v) =>
      v.t === 'str' && inst.thisObj.props.get(v.v)?.t === 'fn' ? [v.v] : [],
    );
    const extra = named.filter((n) => !(b.candidates ?? []).includes(n));
    return extra.length ? { ...b, candidates: [...(b.candidates ?? []), ...extra].sort(cmp) } : b;
  });
}

/**
 * A menu whose rows carry plain names (`mineList: [{ name: 'createActivity' }, …]`) and a handler
 * that builds the page from one (`'/pages/' + dataset.name + '/index'`): the names are not paths,
 * so the handler's runs read them as unknown. Run it once more with the names as candidates and
 * keep just the navigations that name a declared route — the target a glued-in name makes is
 * checked against app.json, while a name that is no page (or goes into a request) counts for
 * nothing. What the run tried reports nothing. Element ids written in the WXML are tried the same
 * way, one element per run (`<view id="myInfo">` read into `'./' + id + '/' + id`).
 */
function candidateNavigations(ip: Interpreter, into: RunState, route: string | null, entry: UnitEntry, args: Value[], thisVal: Value, at: Loc): void {
  const run = ip.newRun(route, entry.name);
  run.candidate = true;
  ip.diags.without(SPECULATIVE, () => ip.runEntry(run, () => void ip.callFunction(entry.fn, args, thisVal), at));
  for (const e of run.trace.effects) if (e.kind === 'navigate' && e.target !== null && !e.plumbing) into.trace.addEffect(e);
}
/** What a speculative run may report only because of the values it tried. */
const SPECULATIVE: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'ANALYSIS_BUDGET',
  'DYNAMIC_CALL',
  'DYNAMIC_CLOUD_FUNCTION',
  'DYNAMIC_NAVIGATION',
  'DYNAMIC_URL',
  'NAVIGATION_RELATIVE_SLIP',
  'NAVIGATION_UNKNOWN_ROUTE',
]);


/**
 * Hooks that run when the page goes away. They run last: what they leave on `this`
 * (`this.visible = false`, a request counter bumped to cancel replies) is not the state
 * a user's tap finds — the page is showing then.
 */
const TEARDOWN = new Set(['onHide', 'onUnload', 'detached', 'pageLifetimes.hide']);

function rank(name: string): number {
  const i = LIFECYCLE_ORDER.indexOf(name);
  if (i >= 0) return i;
  if (TEARDOWN.has(name)) return LIFECYCLE_ORDER.length + 2;
  return PAGE_LIFECYCLE.has(name) ? LIFECYCLE_ORDER.length : LIFECYCLE_ORDER.length + 1;
}

/** Functions on the instance under names the WXML binds that no option declares, in name order. */
function addedMethods(inst: UnitInstance, bound: ReadonlySet<string>): UnitEntry[] {
  const declared = new Set(inst.entries.map((e) => e.name));
  const out: UnitEntry[] = [];
  for (const name of [...bound].sort(cmp)) {
    if (declared.has(name)) continue;
    const fn = inst.thisObj.props.get(name);
    if (fn?.t === 'fn') out.push({ name, fn, lifecycle: false });
  }
  return out;
}

function buildHandler(name: string, node: { loc?: { start: { line: number; column: number } } | null }, file: string, tr: Trace, bindings: WxmlBinding[], ip: Interpreter): Handler {
  const triggers: Trigger[] = bindings
    .filter((b) => b.handler === name || (b.handler === null && b.candidates?.includes(name)))
    .map((b) => {
      const tg: Trigger = { event: b.event, binding: b.binding, tag: b.tag, dataset: [...b.dataset].sort(cmp), text: b.text, loc: b.loc };
      if (b.marks.length) tg.marks = [...b.marks].sort(cmp);
      if (b.openType) tg.openType = b.openType;
      if (b.formType) tg.formType = b.formType;
      return tg;
    })
    .sort((a, b) => compareLoc(a.loc, b.loc));
  const inputs = new Map<string, HandlerInput>();
  const addInput = (i: HandlerInput) => inputs.set(`${i.from}:${i.name}`, i);
  for (const r of tr.reads) if (r.origin.from !== 'query' || name === 'onLoad') addInput({ name: r.origin.name, from: r.origin.from });
  const effects = mergeEffects(tr.effects);
  for (const e of effects) for (const o of Object.values(e.inputs ?? {})) addInput({ name: o.name, from: o.from });
  // `e.detail.value.mobile` also reads `e.detail.value`: the form field says more.
  if ([...inputs.values()].some((i) => i.from === 'form')) inputs.delete('detail:value');
  const h: Handler = {
    name,
    triggers,
    inputs: [...inputs.values()].sort((a, b) => cmp(a.from, b.from) || cmp(a.name, b.name)),
    effects,
    loc: ip.loc(node as never, file),
  };
  if (tr.setData.size) h.setData = [...tr.setData].sort(cmp);
  return h;
}

function linkBindings(diags: DiagnosticBag, bindings: WxmlBinding[], inst: UnitInstance | null, reg: Registration | null, unit: LoadedUnit): void {
  const names = new Set(inst?.entries.map((e) => e.name) ?? []);
  // Methods can also be put on the instance at run time (`that.wxParseImgTap = …` by a helper).
  for (const [k, v] of inst?.thisObj.props ?? []) if (v.t === 'fn' || v.t === 'native' || v.t === 'union') names.add(k);
  const owner = unit.isComponent || reg?.kind === 'Component' ? `component ${unit.path}` : `page ${unit.path}`;
  for (const b of bindings) {
    if (!b.handler) continue;
    if (names.has(b.handler)) continue;
    // `catchtouchmove="true"` only stops the event (a common idiom to block scroll-through).
    if (b.handler === 'true' || b.handler === 'false') continue;
    if (!inst) continue; // no script or no registration: reported already
    const related: Loc[] = reg ? [reg.loc] : [];
    diags.report('HANDLER_NOT_FOUND', b.loc, { binding: b.binding, handler: b.handler, owner }, related);
  }
}
