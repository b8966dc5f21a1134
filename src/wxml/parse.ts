import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { LineIndex } from './line-index.js';
import { maskWxml } from './mask.js';
import type { WxmlAttr, WxmlDocument, WxmlElement, WxmlNode } from './types.js';

/**
 * WXML → tree (https://developers.weixin.qq.com/miniprogram/dev/reference/wxml/).
 *
 * Tokens come from htmlparser2's tokenizer in XML mode: tag and attribute case
 * is kept, `<tag/>` self-closes every tag, no HTML void elements or implied
 * closes, no raw-text special tags, entities left as written. We drive the
 * tokenizer ourselves instead of htmlparser2's `Parser` because the `Parser`
 * keeps its open-element stack with `Array.unshift` (quadratic: ~2.5 s for
 * 100,000 nested `<view>`), ignores stray end tags without telling, and does
 * not report attribute offsets; our own stack gives O(1) pushes, exact
 * locations and browser-like recovery with diagnostics.
 *
 * Before tokenizing, `maskWxml` hides `{{ }}` insides and inline `<wxs>`
 * bodies behind same-length placeholders; all text kept in the tree is cut
 * from the original by offset.
 */

/** Deeper elements are attached as siblings at this depth, so no later walk (ours or a consumer's recursive one) can overflow. */
export const MAX_DEPTH = 512;

interface Frame {
  el: WxmlElement;
  /** Where children go: `el.children`, or the same list as `el` once flattened. */
  container: WxmlNode[];
  /** Inline `<wxs>`: its body is `raw`, not children. */
  rawBody: boolean;
}

interface PendingTag {
  tag: string;
  /** Offset of `<`. */
  start: number;
  attrs: WxmlAttr[];
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

export function parseWxml(input: string, file: string, diags: DiagnosticBag): WxmlDocument {
  // A BOM is not part of line 1's columns.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = new LineIndex(text, file);
  const { masked, unclosedMustaches, wxsBodies } = maskWxml(text);
  for (const at of unclosedMustaches) diags.report('WXML_UNCLOSED_MUSTACHE', lines.loc(at));

  const root: WxmlNode[] = [];
  const stack: Frame[] = [];
  const openCount = new Map<string, number>();
  let tooDeepReported = false;
  let pending: PendingTag | null = null;
  let attrName = '';
  let attrStart = 0;
  let valueStart = -1;
  let valueEnd = -1;
  let textStart = -1;
  let textEnd = -1;

  const container = (): WxmlNode[] => (stack.length ? stack[stack.length - 1]!.container : root);

  const flushText = (): void => {
    if (textStart < 0) return;
    const s = textStart;
    const e = textEnd;
    textStart = textEnd = -1;
    const top = stack[stack.length - 1];
    if (top?.rawBody) return;
    let first = s;
    while (first < e && isSpace(text.charCodeAt(first))) first++;
    if (first === e) return; // whitespace between tags is not rendered
    container().push({ type: 'text', text: text.slice(s, e), loc: lines.loc(first) });
  };

  const pop = (): Frame => {
    const f = stack.pop()!;
    openCount.set(f.el.tag, openCount.get(f.el.tag)! - 1);
    return f;
  };

  const finishOpenTag = (gt: number, selfClosing: boolean): void => {
    const p = pending;
    pending = null;
    if (!p) return;
    const el: WxmlElement = { type: 'element', tag: p.tag, attrs: p.attrs, children: [], loc: lines.loc(p.start) };
    const parent = container();
    parent.push(el);
    if (selfClosing) return;
    let children = el.children;
    if (stack.length >= MAX_DEPTH) {
      children = parent;
      if (!tooDeepReported) diags.report('WXML_TOO_DEEP', el.loc, { limit: MAX_DEPTH });
      tooDeepReported = true;
    }
    const bodyEnd = p.tag === 'wxs' ? wxsBodies.get(gt + 1) : undefined;
    if (bodyEnd !== undefined) el.raw = text.slice(gt + 1, bodyEnd);
    stack.push({ el, container: children, rawBody: bodyEnd !== undefined });
    openCount.set(p.tag, (openCount.get(p.tag) ?? 0) + 1);
  };

  /** Offset of the `<` of an end tag whose name starts at `nameStart` (`</ name>` is allowed in XML mode). */
  const closeTagStart = (nameStart: number): number => {
    let j = nameStart - 1;
    while (j > 0 && isSpace(masked.charCodeAt(j))) j--;
    return j - 1;
  };

  const cbs: TokenizerCallbacks = {
    ontext(start, end) {
      if (textStart < 0) textStart = start;
      textEnd = end;
    },
    ontextentity() {
      // Not emitted: entities are not decoded.
    },
    oncdata(start, end, endOffset) {
      flushText();
      textStart = start;
      textEnd = end - endOffset;
      flushText();
    },
    oncomment() {
      flushText();
    },
    ondeclaration() {
      flushText();
    },
    onprocessinginstruction() {
      flushText();
    },
    onopentagname(start, end) {
      flushText();
      pending = { tag: text.slice(start, end), start: start - 1, attrs: [] };
    },
    onattribname(start, end) {
      attrName = text.slice(start, end);
      attrStart = start;
      valueStart = valueEnd = -1;
    },
    onattribdata(start, end) {
      if (valueStart < 0) valueStart = start;
      valueEnd = end;
    },
    onattribentity() {
      // Not emitted: entities are not decoded.
    },
    onattribend(quote) {
      const value = quote === QuoteType.NoValue ? null : valueStart < 0 ? '' : text.slice(valueStart, valueEnd);
      pending?.attrs.push({ name: attrName, value, loc: lines.loc(attrStart) });
    },
    onopentagend(gt) {
      finishOpenTag(gt, false);
    },
    onselfclosingtag(gt) {
      finishOpenTag(gt, true);
    },
    onclosetag(start, end) {
      flushText();
      const tag = text.slice(start, end);
      const at = lines.loc(closeTagStart(start));
      if (!openCount.get(tag)) {
        diags.report('WXML_UNEXPECTED_CLOSE', at, { tag });
        return;
      }
      // Browser-like recovery: close every element up to the matching one.
      if (stack[stack.length - 1]!.el.tag !== tag) {
        diags.report('WXML_MISMATCHED_CLOSE', at, { tag, open: stack[stack.length - 1]!.el.tag });
        while (stack[stack.length - 1]!.el.tag !== tag) {
          const f = pop();
          diags.report('WXML_UNCLOSED_TAG', f.el.loc, { tag: f.el.tag });
        }
      }
      pop();
    },
    onend() {
      flushText();
      if (pending) {
        // `<view class="a"` at the end of the file: the tokenizer drops it.
        diags.report('WXML_UNCLOSED_TAG', lines.loc(pending.start), { tag: pending.tag });
        pending = null;
      }
      while (stack.length) {
        const f = pop();
        diags.report('WXML_UNCLOSED_TAG', f.el.loc, { tag: f.el.tag });
      }
    },
  };

  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false, recognizeSelfClosing: true }, cbs);
  tokenizer.write(masked);
  tokenizer.end();
  return { file, children: root };
}
