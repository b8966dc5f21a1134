import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import { datasetKey, datasetKeys, markKeys, propertyKey } from './attributes.js';
import { readEventBinding, parseModelAttr, type EventBindingHead } from './event-binding.js';
import { rootIdentifiers, rootMembers, stringLiterals } from './expression.js';
import { FIELD_TAGS, formFieldOf, NON_FIELD_TAGS } from './form-fields.js';
import { mustacheExprs, pureMustache } from './mustache.js';
import { resolveSrc } from './resolve-src.js';
import { SectionBuilder } from './section.js';
import { clip, collapse, INLINE_TAGS, staticText } from './text.js';
import { ELEMENT_ID_KEY, type WxmlAttr, type WxmlBinding, type WxmlDocFacts, type WxmlDocument, type WxmlElement, type WxmlForm, type WxmlFormField, type WxmlImport, type WxmlNavigator, type WxmlTemplateDef, type WxmlTemplateUse, type WxmlWxsModule } from './types.js';
import { attr, walkWxml } from './walk.js';

/** Cap of `WxmlBinding.text` / `WxmlNavigator.text`. */
export const TRIGGER_TEXT_MAX = 60;
/** Per-element text kept while gathering upwards (bounds the work on huge trees). */
const GATHER_MAX = 200;

/** `wx:for` and its old alias; their value is read in the outer scope. */
const FOR_ATTRS = new Set(['wx:for', 'wx:for-items']);
/** A group of options (`radio-group`, `van-checkbox-group`, `t-radio-group`): the field its options' names are values of. */
const CHOICE_GROUP = /(^|-)(radio|checkbox)-group$/;
/** An option of such a group (`van-radio`, `t-checkbox`; the built-in `radio` and `checkbox` submit nothing anyway). */
const CHOICE = /(^|-)(radio|checkbox)$/;
/** Attributes whose value is a name, not an expression. */
const NAME_ATTRS = new Set(['wx:for-item', 'wx:for-index', 'wx:key']);

const staticAttr = (el: WxmlElement, name: string): string | null => {
  const v = attr(el, name);
  return typeof v === 'string' ? v : null;
};

/** The `<wxs module>` names of a document (visible everywhere in it). */
function wxsModuleNames(doc: WxmlDocument): Set<string> {
  const names = new Set<string>();
  walkWxml(doc.children, {
    enter(n) {
      if (n.type === 'element' && n.tag === 'wxs') {
        const m = staticAttr(n, 'module')?.trim();
        if (m) names.add(m);
      }
    },
  });
  return names;
}

interface ElementState {
  scopeNames: string[];
  /** This element is a radio or checkbox group (`van-radio-group`). */
  choices?: boolean;
  /** This element opened a `wx:for` loop. */
  loop?: boolean;
  form: boolean;
  section: boolean;
  /** A binding or navigator on this element takes its text. */
  wantsText?: boolean;
}

/**
 * What `model:` may bind: one data field (https://developers.weixin.qq.com/miniprogram/dev/framework/view/two-way-bindings.html).
 * A path (`{{form.name}}`) is kept: the docs say it is not bound yet, but the input is there and
 * apps submit it; an expression (`{{a + b}}`, `{{sex == 1 ? 'M' : 'F'}}`) names no field.
 */
const FIELD_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[\d+\])*$/;

/**
 * Everything one WXML document says, without following `<import>`/`<include>`
 * (see collect.ts): bindings, forms, navigators, two-way bindings, template
 * definitions and uses, wxs modules, tags, data references and visible text.
 * Walks iteratively; diagnostics about handlers go to `diags`.
 */
export function extractWxml(doc: WxmlDocument, diags: DiagnosticBag): WxmlDocFacts {
  const wxsNames = wxsModuleNames(doc);
  const top = new SectionBuilder(null);
  const sections: SectionBuilder[] = [top];
  const templates: { name: string; loc: Loc; builder: SectionBuilder }[] = [];
  const imports: WxmlImport[] = [];
  const wxs: WxmlWxsModule[] = [];
  const scope = new Map<string, number>();
  /** Enclosing wx:for loops, outermost first (navigators inside keep them to evaluate their URL). */
  const loops: { expr: string; item: string; index: string }[] = [];
  const states: ElementState[] = [];
  /**
   * Gathered visible text of finished elements, until their parent takes it. Only elements inside one
   * that wants its text (a binding's or navigator's) gather: `wanting` counts those open.
   */
  const gathered = new Map<WxmlElement, string>();
  let wanting = 0;
  /** Radio and checkbox groups open at this point of the walk. */
  let choiceGroups = 0;
  /** Facts waiting for their element's text. */
  const wantText = new Map<WxmlElement, { text: string | null }[]>();

  const section = (): SectionBuilder => sections[sections.length - 1]!;
  const addRefs = (value: string | null, loc: Loc): void => {
    if (value === null) return;
    const { refs, members } = section();
    for (const e of mustacheExprs(value)) {
      for (const id of rootIdentifiers(e)) if (!scope.get(id) && !wxsNames.has(id) && !refs.has(id)) refs.set(id, loc);
      for (const m of rootMembers(e)) {
        const root = m.slice(0, m.indexOf('.'));
        if (!scope.get(root) && !wxsNames.has(root) && !members.has(m)) members.set(m, loc);
      }
    }
  };
  const pushScope = (names: string[]): void => {
    for (const n of names) scope.set(n, (scope.get(n) ?? 0) + 1);
  };

  const enterElement = (el: WxmlElement): void => {
    const state: ElementState = { scopeNames: [], form: false, section: false };
    states.push(state);

    section().tags.add(el.tag);
    if (el.tag === 'template') {
      const name = staticAttr(el, 'name');
      if (name !== null && name.trim() !== '') {
        const builder = new SectionBuilder(name.trim());
        sections.push(builder);
        templates.push({ name: name.trim(), loc: el.loc, builder });
        state.section = true;
      }
    }
    const sec = section();

    // Data references: `wx:for` reads the outer scope, everything else sees its item/index.
    let forAttr: WxmlAttr | undefined;
    for (const a of el.attrs) {
      if (!FOR_ATTRS.has(a.name)) continue;
      addRefs(a.value, a.loc);
      forAttr ??= a;
    }
    if (forAttr) {
      state.scopeNames = [staticAttr(el, 'wx:for-item')?.trim() || 'item', staticAttr(el, 'wx:for-index')?.trim() || 'index'];
      pushScope(state.scopeNames);
      loops.push({ expr: forAttr.value ?? '', item: state.scopeNames[0]!, index: state.scopeNames[1]! });
      state.loop = true;
    }
    const heads: EventBindingHead[] = [];
    for (const a of el.attrs) {
      if (!FOR_ATTRS.has(a.name) && !NAME_ATTRS.has(a.name)) addRefs(a.value, a.loc);
      const h = readEventBinding(a, diags, wxsNames);
      if (h) heads.push(h);
    }
    const textTargets: { text: string | null }[] = [];
    if (heads.length) {
      const dataset = datasetKeys(el);
      const marks = markKeys(el);
      const openType = el.tag === 'button' ? staticAttr(el, 'open-type')?.trim() : undefined;
      const formType = el.tag === 'button' ? staticAttr(el, 'form-type')?.trim() : undefined;
      const props = NON_FIELD_TAGS.has(el.tag) || Object.hasOwn(FIELD_TAGS, el.tag) ? undefined : componentProps(el);
      for (const h of heads) {
        const b: WxmlBinding = { event: h.event, binding: h.binding, handler: h.handler, tag: el.tag, dataset, marks, text: null, loc: h.attr.loc };
        if (h.dynamicExpr !== undefined) b.dynamicExpr = h.dynamicExpr;
        if (h.candidates !== undefined) b.candidates = h.candidates;
        if (h.wxsModule !== undefined) b.wxsModule = h.wxsModule;
        if (openType) b.openType = openType;
        if (formType) b.formType = formType;
        if (sec.template !== null) b.template = sec.template;
        const values: Record<string, string> = {};
        for (const a of el.attrs) {
          const k = datasetKey(a.name);
          if (k !== null && a.value !== null && !(k in values)) values[k] = a.value;
          else if (a.name === 'id' && a.value && !(ELEMENT_ID_KEY in values)) values[ELEMENT_ID_KEY] = a.value;
        }
        if (Object.keys(values).length) b.datasetValues = values;
        if (loops.length) b.loops = loops.map((l) => ({ ...l }));
        if (props) b.props = props;
        sec.bindings.push(b);
        textTargets.push(b);
      }
    }

    if (el.tag === 'form') {
      // A form without a submit binding still names its fields (their values are read through
      // `bindinput`, or the form is submitted by a button's handler).
      // Its fields join the unbound entry (`submitHandler: null`).
      const submit = heads.find((h) => h.event === 'submit');
      if (submit) {
        const handler = submit.handler ?? (submit.candidates?.length === 1 ? submit.candidates[0]! : null);
        const form: WxmlForm = { submitHandler: handler, fields: [], loc: el.loc };
        sec.forms.push(form);
        sec.openForms.push(form);
      } else sec.openForms.push(null);
      state.form = true;
    }

    let modelKey: string | undefined;
    for (const a of el.attrs) {
      const m = parseModelAttr(a.name, a.value);
      if (!m) continue;
      if (m.key !== null && !FIELD_PATH.test(m.key)) {
        diags.report('WXML_MODEL_NOT_FIELD', a.loc, { attr: a.name, expr: m.key });
        m.key = null;
      }
      sec.models.push({ prop: m.prop, key: m.key, tag: el.tag, loc: a.loc });
      // A field's value: any two-way property of a built-in field (`model:checked` on a switch), but on a
      // custom component only `model:value` (`model:show` on a dialog is display state, not input).
      if (m.key === null || (m.prop !== 'value' && !Object.hasOwn(FIELD_TAGS, el.tag))) continue;
      // A row of a wx:for (`model:value="{{item.num}}"`) is no field of the page: nothing it declares is bound.
      const root = /^[A-Za-z_$][\w$]*/.exec(m.key)?.[0];
      if (root !== undefined && loops.some((l) => l.item === root || l.index === root)) continue;
      if (modelKey === undefined || m.prop === 'value') modelKey = m.key;
    }
    const inForm = sec.openForms.length > 0;
    // A template body's field outside its own forms is submitted by the form the template is used in.
    const loose = !inForm && sec.template !== null;
    // The options of a group (`<van-radio name="2">` in a `van-radio-group`): their `name` is the value the group submits.
    const option = choiceGroups > 0 && CHOICE.test(el.tag);
    const field = option ? null : (formFieldOf(el, inForm || loose) ?? (modelKey !== undefined ? { name: null, tag: el.tag, type: null } : null));
    if (CHOICE_GROUP.test(el.tag)) {
      state.choices = true;
      choiceGroups++;
    }
    if (field) {
      const place = (name: string): WxmlFormField & { loc: Loc } => {
        const f: WxmlFormField & { loc: Loc } = { name, tag: field.tag, type: field.type, ...(modelKey !== undefined ? { model: modelKey } : {}), loc: el.loc };
        if (loops.length && name.includes('{{')) f.loops = loops.map((l) => ({ ...l }));
        return f;
      };
      // Outside a <form> a `name` is submitted nowhere: the field is known by the key it binds.
      const name = inForm ? (field.name ?? modelKey) : (modelKey ?? field.name ?? undefined);
      if (name !== undefined && (inForm || modelKey !== undefined)) sec.addField(place(name));
      const submitted = field.name ?? modelKey;
      if (loose && submitted !== undefined) sec.loose.push(place(submitted));
    }

    if (el.tag === 'navigator') {
      const nav: WxmlNavigator = { url: staticAttr(el, 'url'), openType: staticAttr(el, 'open-type'), target: staticAttr(el, 'target'), text: null, loc: el.loc };
      if (loops.length) nav.loops = loops.map((l) => ({ ...l }));
      sec.navigators.push(nav);
      textTargets.push(nav);
    }
    if (el.tag === 'import' || el.tag === 'include') {
      const src = staticAttr(el, 'src') ?? '';
      const r = resolveSrc(doc.file, src, '.wxml');
      imports.push({ kind: el.tag, src, resolved: r.kind === 'path' ? r.path : null, loc: el.loc });
    }
    if (el.tag === 'wxs') {
      const module = staticAttr(el, 'module')?.trim();
      if (module) {
        const spec = staticAttr(el, 'src');
        if (spec === null) wxs.push({ module, src: null, inline: true, loc: el.loc, ...(el.raw !== undefined ? { code: el.raw } : {}) });
        else {
          const r = resolveSrc(doc.file, spec, null);
          wxs.push({ module, src: r.kind === 'path' ? r.path : null, inline: false, spec, loc: el.loc });
        }
      }
    }
    if (el.tag === 'template' && !state.section) {
      const is = staticAttr(el, 'is');
      if (is !== null) {
        const expr = pureMustache(is) ?? (mustacheExprs(is).length ? is.trim() : null);
        const dataAttr = staticAttr(el, 'data');
        const data = dataAttr === null ? null : pureMustache(dataAttr);
        const use: WxmlTemplateUse = expr === null ? { is: is.trim(), loc: el.loc } : { is: null, expr, candidates: stringLiterals(expr), loc: el.loc };
        if (data) use.data = data;
        const form = sec.openForms[sec.openForms.length - 1];
        if (form !== undefined) use.form = form === null ? null : form.loc;
        sec.uses.push(use);
      }
    }
    if (textTargets.length) {
      wantText.set(el, textTargets);
      state.wantsText = true;
      wanting++;
    }
  };

  const leaveElement = (el: WxmlElement): void => {
    const state = states.pop()!;
    for (const n of state.scopeNames) scope.set(n, scope.get(n)! - 1);
    if (state.loop) loops.pop();
    if (state.form) section().openForms.pop();
    if (state.choices) choiceGroups--;
    if (state.section) sections.pop();
    if (wanting === 0) return; // no one takes this element's text
    if (state.wantsText) wanting--;

    let s = '';
    for (const c of el.children) {
      if (s.length > GATHER_MAX) break;
      if (c.type === 'text') s += c.text;
      else {
        const t = gathered.get(c) ?? '';
        if (t !== '') s += INLINE_TAGS.has(c.tag) ? t : ` ${t} `;
      }
    }
    for (const c of el.children) if (c.type === 'element') gathered.delete(c);
    const text = clip(collapse(s), GATHER_MAX);
    gathered.set(el, text);
    const targets = wantText.get(el);
    if (targets) {
      const t = text === '' ? null : clip(text, TRIGGER_TEXT_MAX);
      for (const target of targets) target.text = t;
      wantText.delete(el);
    }
  };

  walkWxml(doc.children, {
    enter(n) {
      if (n.type === 'element') enterElement(n);
      else {
        addRefs(n.text, n.loc);
        section().addText(staticText(n.text));
      }
    },
    leave: leaveElement,
  });

  const defs: WxmlTemplateDef[] = templates.map((t) => ({ name: t.name, loc: t.loc, ...t.builder.build() }));
  return { file: doc.file, ...top.build(), imports, wxs, templates: defs };
}

/** The properties an element that may be a custom component sets (`jumpArray="{{jumpArray}}"`), as written. */
function componentProps(el: WxmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attrs) {
    const k = propertyKey(a.name);
    if (k !== null && a.value !== null && !Object.hasOwn(out, k)) out[k] = a.value;
  }
  return out;
}
