import { attr } from './walk.js';
import type { WxmlElement } from './types.js';

/**
 * Which elements are form fields, as data
 * (https://developers.weixin.qq.com/miniprogram/dev/component/form.html: "form
 * 中的 switch input checkbox-group slider radio-group picker 提交…" plus the
 * later editor, picker-view, textarea).
 *
 * A built-in field: its tag → the attribute that says its kind (`FormField.type`), or null.
 */
export const FIELD_TAGS: Readonly<Record<string, string | null>> = {
  input: 'type',
  textarea: null,
  picker: 'mode',
  'picker-view': null,
  switch: null,
  slider: null,
  'radio-group': null,
  'checkbox-group': null,
  editor: null,
};

/**
 * Built-in components that take no part in form submission even with a `name`
 * attribute. Any other element with `name` inside a `<form>` is taken for a
 * custom component implementing `behaviors: ['wx://form-field']`; the unit's
 * analysis keeps it only when the unit declares that tag a component
 * (`formsOf` in analyze-unit.ts), which rules out HTML tags like `<span>`.
 */
export const NON_FIELD_TAGS: ReadonlySet<string> = new Set([
  'ad', 'audio', 'block', 'button', 'camera', 'canvas', 'checkbox', 'cover-image', 'cover-view',
  'form', 'functional-page-navigator', 'icon', 'image', 'import', 'include', 'label', 'live-player',
  'live-pusher', 'map', 'match-media', 'movable-area', 'movable-view', 'navigator', 'official-account',
  'open-data', 'page-container', 'page-meta', 'navigation-bar', 'picker-view-column', 'progress', 'radio',
  'rich-text', 'root-portal', 'scroll-view', 'share-element', 'slot', 'swiper', 'swiper-item', 'template',
  'text', 'video', 'view', 'web-view', 'wxs',
]);

/** An icon of a component library (`<van-icon name="cross">`, `<t-icon>`): its `name` is the glyph. */
const ICON = /(^|-)icons?$/;

export interface FieldInfo {
  /** `name` attribute, or null when absent. */
  name: string | null;
  tag: string;
  type: string | null;
}

/**
 * The element as a form field, or null. `insideForm` widens the rule to
 * custom components with a `name`.
 */
export function formFieldOf(el: WxmlElement, insideForm: boolean): FieldInfo | null {
  const nameAttr = attr(el, 'name');
  const name = typeof nameAttr === 'string' && nameAttr.trim() !== '' ? nameAttr.trim() : null;
  if (Object.hasOwn(FIELD_TAGS, el.tag)) {
    const typeAttr = FIELD_TAGS[el.tag];
    const t = typeAttr ? attr(el, typeAttr) : undefined;
    return { name, tag: el.tag, type: typeof t === 'string' && t.trim() !== '' ? t.trim() : null };
  }
  if (insideForm && name !== null && !NON_FIELD_TAGS.has(el.tag) && !ICON.test(el.tag)) return { name, tag: el.tag, type: null };
  return null;
}
