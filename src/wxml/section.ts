import { cmp } from '../diagnostics/diagnostic.js';
import type { Loc } from '../model/types.js';
import { clip } from './text.js';
import type { WxmlBinding, WxmlForm, WxmlFormField, WxmlModelBinding, WxmlNavigator, WxmlSection, WxmlTemplateUse } from './types.js';

/** Cap of `WxmlSection.text` and `WxmlFacts.text`. */
export const PAGE_TEXT_MAX = 200;

/** Accumulates one `WxmlSection` (a document's top level or one template body) during the walk. */
export class SectionBuilder {
  readonly bindings: WxmlBinding[] = [];
  readonly forms: WxmlForm[] = [];
  /** Template body fields outside any form of the body (see `WxmlSection.loose`). */
  readonly loose: WxmlFormField[] = [];
  readonly navigators: WxmlNavigator[] = [];
  readonly models: WxmlModelBinding[] = [];
  readonly uses: WxmlTemplateUse[] = [];
  readonly tags = new Set<string>();
  /** Root identifiers read in `{{ }}` → where first. */
  readonly refs = new Map<string, Loc>();
  /** `root.name` reads of data keys, first place each is read. */
  readonly members = new Map<string, Loc>();
  /** Enclosing `<form>`s, innermost last; null for a form without a submit binding. */
  readonly openForms: (WxmlForm | null)[] = [];
  /** The entry for `model:` fields outside any submitting form. */
  private unboundForm: WxmlForm | null = null;
  private readonly texts: string[] = [];
  private textLength = 0;

  constructor(readonly template: string | null) {}

  addText(s: string): void {
    if (s === '' || this.textLength > PAGE_TEXT_MAX) return;
    this.texts.push(s);
    this.textLength += s.length + 1;
  }

  /**
   * Add a field to the innermost form when it submits; else to the unbound (`submitHandler: null`)
   * entry, when it is inside a form or has a model key.
   */
  addField(field: WxmlFormField & { loc: NonNullable<WxmlFormField['loc']> }): void {
    const form = this.openForms[this.openForms.length - 1];
    if (form) {
      form.fields.push(field);
      return;
    }
    if (form === undefined && field.model === undefined) return;
    if (!this.unboundForm) {
      this.unboundForm = { submitHandler: null, fields: [], loc: field.loc };
      this.forms.push(this.unboundForm);
    }
    this.unboundForm.fields.push(field);
  }

  build(): WxmlSection {
    const refAt = Object.fromEntries([...this.refs].sort((a, b) => cmp(a[0], b[0])));
    return {
      bindings: this.bindings,
      forms: this.forms,
      ...(this.loose.length ? { loose: this.loose } : {}),
      navigators: this.navigators,
      models: this.models,
      uses: this.uses,
      tags: [...this.tags].sort(cmp),
      dataRefs: Object.keys(refAt),
      dataRefAt: refAt,
      dataMemberAt: Object.fromEntries([...this.members].sort((a, b) => cmp(a[0], b[0]))),
      text: clip(this.texts.join(' '), PAGE_TEXT_MAX),
    };
  }
}
