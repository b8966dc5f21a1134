import type { Loc } from '../../model/types.js';
import { LineIndex } from '../../wxml/line-index.js';

/**
 * Just enough of a WXSS (CSS) reader for the card style rules: the
 * selectors of every style rule and every declaration, with locations.
 * Comments are ignored and strings cannot end a block or a declaration,
 * so `content: "a;b}"` or a commented-out `/* z-index: 9 *\/` cause no
 * false finding. `@media` / `@supports` blocks hold rules; `@keyframes`
 * blocks hold keyframes (their `from` / `50%` are not selectors);
 * `@font-face` / `@page` hold declarations; `@import` is skipped.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxss.html
 */
export interface CssSelector {
  /** One selector of a selector list, as written (comments blanked). */
  text: string;
  /** Location of its first character. */
  loc: Loc;
  /** Offset → location inside the selector. */
  at(i: number): Loc;
}

export interface CssDeclaration {
  /** Property name, lower-cased (`--x` kept as written). */
  prop: string;
  /** Value without comments, `!important` and surrounding space. */
  value: string;
  loc: Loc;
}

export interface WxssSheet {
  selectors: CssSelector[];
  declarations: CssDeclaration[];
}

type Block = 'rules' | 'decls' | 'keyframes';

/** At-rules whose block holds style rules. */
const RULE_BLOCK_AT_RULES: ReadonlySet<string> = new Set(['media', 'supports', 'document', 'layer', 'container']);

export function parseWxss(input: string, file: string): WxssSheet {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = new LineIndex(text, file);
  const { noComments, structural } = mask(text);
  const sheet: WxssSheet = { selectors: [], declarations: [] };
  const stack: Block[] = ['rules'];
  let start = 0;
  for (let i = 0; i < structural.length; i++) {
    const c = structural[i];
    if (c !== '{' && c !== '}' && c !== ';') continue;
    const top = stack[stack.length - 1]!;
    const chunkStart = start;
    start = i + 1;
    if (c === '{') {
      const prelude = structural.slice(chunkStart, i);
      const at = /^\s*@([\w-]+)/.exec(prelude);
      if (top === 'keyframes') stack.push('decls');
      else if (at) {
        const name = at[1]!.toLowerCase();
        stack.push(RULE_BLOCK_AT_RULES.has(name) ? 'rules' : name.endsWith('keyframes') ? 'keyframes' : 'decls');
      } else {
        for (const sel of splitSelectors(noComments, chunkStart, i)) {
          const base = sel.start;
          sheet.selectors.push({ text: sel.text, loc: lines.loc(base), at: (k) => lines.loc(base + k) });
        }
        stack.push('decls');
      }
      continue;
    }
    if (top === 'decls') {
      const d = declaration(noComments, structural, chunkStart, i, lines);
      if (d) sheet.declarations.push(d);
    }
    if (c === '}' && stack.length > 1) stack.pop();
  }
  return sheet;
}

/** Comments blanked (newlines kept), and additionally string contents blanked, both offset-preserving. */
function mask(s: string): { noComments: string; structural: string } {
  const a = s.split('');
  const b = s.split('');
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      const stop = end < 0 ? s.length : end + 2;
      for (let k = i; k < stop; k++) if (s[k] !== '\n') a[k] = b[k] = ' ';
      i = stop;
    } else if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < s.length && s[k] !== c && s[k] !== '\n') k += s[k] === '\\' ? 2 : 1;
      for (let j = i + 1; j < Math.min(k, s.length); j++) b[j] = '_';
      i = k + 1;
    } else i++;
  }
  return { noComments: a.join(''), structural: b.join('') };
}

/** A selector list split on top-level commas, each trimmed, with its start offset. */
function splitSelectors(s: string, from: number, to: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let segStart = from;
  const push = (end: number): void => {
    const raw = s.slice(segStart, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: segStart + lead });
  };
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      push(i);
      segStart = i + 1;
    }
  }
  push(to);
  return out;
}

function declaration(noComments: string, structural: string, from: number, to: number, lines: LineIndex): CssDeclaration | null {
  const colon = structural.indexOf(':', from);
  if (colon < 0 || colon >= to) return null;
  const rawProp = noComments.slice(from, colon);
  const prop = rawProp.trim();
  if (!prop || /\s/.test(prop)) return null;
  const lead = rawProp.length - rawProp.trimStart().length;
  const value = noComments
    .slice(colon + 1, to)
    .replace(/!\s*important\s*$/i, '')
    .trim()
    .replace(/\s+/g, ' ');
  return { prop: prop.startsWith('--') ? prop : prop.toLowerCase(), value, loc: lines.loc(from + lead) };
}
