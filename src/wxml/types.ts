import type { Form, FormField, Loc } from '../model/types.js';

/** A WXML attribute exactly as written (name case preserved). `value` is null for a boolean attribute. */
export interface WxmlAttr {
  name: string;
  value: string | null;
  loc: Loc;
}

export interface WxmlElement {
  type: 'element';
  tag: string;
  attrs: WxmlAttr[];
  children: WxmlNode[];
  loc: Loc;
  /** Body of an inline `<wxs>` module (not parsed as WXML). */
  raw?: string;
}

export interface WxmlText {
  type: 'text';
  text: string;
  loc: Loc;
}

export type WxmlNode = WxmlElement | WxmlText;

export interface WxmlDocument {
  file: string;
  children: WxmlNode[];
}

/** One event binding on one element: `bindtap="onBuy"`, `catch:submit="{{h}}"`… */
export interface WxmlBinding {
  /** Event name without prefix: `tap`, `submit`, `input`, `getphonenumber`… */
  event: string;
  /** The attribute as written: `bindtap`, `catch:tap`, `capture-bind:touchstart`, `mut-bind:tap`… */
  binding: string;
  /** Static handler name, or null when dynamic / empty. */
  handler: string | null;
  /** For `{{expr}}` handlers: the expression text and the string literals it can take. */
  dynamicExpr?: string;
  candidates?: string[];
  tag: string;
  /** `data-*` keys on the element, camelCased (`data-goods-id` → `goodsId`). */
  dataset: string[];
  /** `mark:` keys on the element. */
  marks: string[];
  /**
   * `data-*` values as written (`{{item.path}}`), by dataset key; the element's `id` attribute
   * (what `e.currentTarget.id` reads) under `ELEMENT_ID_KEY`.
   */
  datasetValues?: Record<string, string>;
  /** Enclosing `wx:for` loops, outermost first. */
  loops?: { expr: string; item: string; index: string }[];
  /** Visible text of the element (and its descendants), whitespace-collapsed, mustaches kept; null when none. */
  text: string | null;
  openType?: string;
  formType?: string;
  loc: Loc;
  /** When the binding sits inside `<template name>`: that template's name. */
  template?: string;
  /**
   * Inside a template: the `data` its uses pass (`listType: 'stadium', item`), as written
   * between `{{ }}`, one per use — the names the template body reads.
   */
  templateData?: string[];
  /**
   * On an element that is no built-in (a custom component): its other attributes as written, by
   * the property they set (`jump-array` → `jumpArray`), what the component's properties receive
   * (empty when it sets none).
   */
  props?: Record<string, string>;
  /** The handler is a function of this `<wxs>` module (`bindtap="{{m.onTap}}"`); `handler` is null. */
  wxsModule?: string;
}

/** A two-way binding `model:<prop>="{{key}}"`. */
export interface WxmlModelBinding {
  prop: string;
  /** The bound data key, or null when the value is not a single `{{ }}`. */
  key: string | null;
  tag: string;
  loc: Loc;
}

export interface WxmlNavigator {
  /** `url` attribute as written (may contain `{{}}`), or null. */
  url: string | null;
  /** Enclosing `wx:for` loops, outermost first: the list expression as written and the item/index names. */
  loops?: { expr: string; item: string; index: string }[];
  /** Inside a template: the `data` its uses pass (see WxmlBinding.templateData). */
  templateData?: string[];
  openType: string | null;
  /** `target="miniProgram"` and friends. */
  target: string | null;
  text: string | null;
  loc: Loc;
}

export interface WxmlImport {
  kind: 'import' | 'include';
  src: string;
  /** Resolved root-relative path, or null when it could not be resolved. */
  resolved: string | null;
  loc: Loc;
}

export interface WxmlWxsModule {
  module: string;
  /** Resolved root-relative path of an external `.wxs` file, or null for inline (or when it cannot be resolved). */
  src: string | null;
  /** The `src` attribute as written, for external modules. */
  spec?: string;
  inline: boolean;
  /** The module's code, for inline modules (`loc` is where the element starts). */
  code?: string;
  loc: Loc;
}

/** What a page or component's WXML tells us, after following `<import>` / `<include>`. */
export interface WxmlFacts {
  /** Files read to build these facts (the entry first, then imports/includes), root-relative. */
  files: string[];
  bindings: WxmlBinding[];
  forms: WxmlForm[];
  navigators: WxmlNavigator[];
  imports: WxmlImport[];
  wxs: WxmlWxsModule[];
  /** Distinct tag names used (so custom components can be matched with usingComponents). */
  tags: string[];
  /** Root identifiers referenced in `{{ }}` (data keys the page renders). */
  dataRefs: string[];
  /** Where each of `dataRefs` is first read (the first in file order over the rendered files). */
  dataRefAt?: Record<string, Loc>;
  /** Where each `root.name` read of a data key (`{{ options.my }}`) is first read, by `root.name`. */
  dataMemberAt?: Record<string, Loc>;
  /** Visible static text of the page, whitespace-collapsed, for naming (first ~200 chars). */
  text: string;
  /** Two-way `model:` bindings (data keys the user's input writes). */
  models?: WxmlModelBinding[];
}

/**
 * A form field as the WXML writes it. Where its `name` has `{{ }}`, the loops around it and the
 * `data` of the template use it came through let the unit's analysis evaluate it (see `formsOf`).
 */
export interface WxmlFormField extends FormField {
  /** Enclosing `wx:for` loops, outermost first. */
  loops?: { expr: string; item: string; index: string }[];
  /** A field of a template body placed in a form by a `<template is>` use: that use's `data`. */
  templateData?: string[];
}

export interface WxmlForm extends Form {
  fields: WxmlFormField[];
}

/** A `<template is="…">` use. */
export interface WxmlTemplateUse {
  /** Static template name, or null when `is` is dynamic. */
  is: string | null;
  /** `data="{{…}}"`: the object fields as written between the braces. */
  data?: string;
  /** For a dynamic `is`: the expression and the names its string literals can produce. */
  expr?: string;
  candidates?: string[];
  /**
   * The use sits in a `<form>`: the form's location when it binds submit, null when it does not
   * (its fields join the unbound entry). The template's `loose` fields are that form's too.
   */
  form?: Loc | null;
  loc: Loc;
}

/** What one part of a document renders: its top level, or one `<template name>` body. */
export interface WxmlSection {
  bindings: WxmlBinding[];
  forms: WxmlForm[];
  /** In a template body: fields outside any `<form>` of the body, submitted by the form a use of the template sits in. */
  loose?: WxmlFormField[];
  navigators: WxmlNavigator[];
  models: WxmlModelBinding[];
  /** `<template is>` uses in this part. */
  uses: WxmlTemplateUse[];
  /** Distinct tags, sorted. */
  tags: string[];
  /** Root identifiers in `{{ }}`, sorted; inside a template these are the template's data names. */
  dataRefs: string[];
  /** Where each of `dataRefs` is first read. */
  dataRefAt: Record<string, Loc>;
  /** Where each `root.name` read of a data key is first read, by `root.name`. */
  dataMemberAt: Record<string, Loc>;
  /** Visible static text, whitespace-collapsed, first 200 chars. */
  text: string;
}

/** `<template name="…">…</template>`. */
export interface WxmlTemplateDef extends WxmlSection {
  name: string;
  loc: Loc;
}

/** Facts of one WXML document, before `<import>` / `<include>` are followed. */
export interface WxmlDocFacts extends WxmlSection {
  file: string;
  /** `<import>` and `<include>` in document order; `resolved` is the path they name (existence unchecked), null when it escapes the root or is dynamic. */
  imports: WxmlImport[];
  wxs: WxmlWxsModule[];
  templates: WxmlTemplateDef[];
}

/**
 * Where `WxmlBinding.datasetValues` keeps the element's `id` (`<view id="../a/a" bindtap="go">`
 * read as `e.currentTarget.id`). No `data-*` attribute gives this key: a dataset key has no `#`.
 */
export const ELEMENT_ID_KEY = '#id';
