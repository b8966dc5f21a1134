import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseWxml } from '../../src/wxml/parse.js';
import { extractWxml } from '../../src/wxml/extract.js';
import type { WxmlDocFacts, WxmlDocument, WxmlElement, WxmlNode } from '../../src/wxml/types.js';

export const FILE = 'pages/p/p.wxml';

/** Diagnostics as `{ code, loc }`, the shape every test asserts. */
export function codes(bag: DiagnosticBag): { code: string; loc: { file: string; line: number; column: number } | null }[] {
  return bag.items.map((d) => ({ code: d.code, loc: d.loc }));
}

export function parse(src: string): { doc: WxmlDocument; diags: ReturnType<typeof codes> } {
  const bag = new DiagnosticBag();
  const doc = parseWxml(src, FILE, bag);
  return { doc, diags: codes(bag) };
}

export function extract(src: string): { facts: WxmlDocFacts; diags: ReturnType<typeof codes> } {
  const bag = new DiagnosticBag();
  const facts = extractWxml(parseWxml(src, FILE, bag), bag);
  return { facts, diags: codes(bag) };
}

export const at = (line: number, column: number, file = FILE) => ({ file, line, column });

/** Compact tree: `view[a=1,b](text:"x")` — easy to compare in table tests. */
export function shape(nodes: readonly WxmlNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return JSON.stringify(n.text);
      const attrs = n.attrs.map((a) => (a.value === null ? a.name : `${a.name}=${a.value}`)).join(',');
      const kids = n.children.length ? `(${shape(n.children)})` : '';
      return `${n.tag}${attrs ? `[${attrs}]` : ''}${kids}`;
    })
    .join(' ');
}

export const el = (n: WxmlNode | undefined): WxmlElement => {
  if (!n || n.type !== 'element') throw new Error('not an element');
  return n;
};
