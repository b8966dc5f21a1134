import { escMarked } from './html.js';

/**
 * The Markdown SKILL.md drafts use — headings, paragraphs, `-`/`1.` lists,
 * `**bold**` and `code` — as HTML. Everything is escaped first; anything
 * else shows as plain text. Headings are demoted by `shift` levels so they
 * nest under the page's own headings.
 */
const BLOCKS: { re: RegExp; kind: 'h' | 'ul' | 'ol' }[] = [
  { re: /^(#{1,6})\s+(.*)$/, kind: 'h' },
  { re: /^\s*[-*+]\s+(.*)$/, kind: 'ul' },
  { re: /^\s*\d+[.)]\s+(.*)$/, kind: 'ol' },
];

function inline(s: string): string {
  return escMarked(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

export function markdownToHtml(md: string, shift = 2): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | null = null;
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(`<p>${para.map(inline).join('<br>')}</p>`);
    para = [];
  };
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (const line of md.split(/\r?\n/)) {
    const block = BLOCKS.map((b) => ({ b, m: b.re.exec(line) })).find((x) => x.m);
    if (!block) {
      closeList();
      if (line.trim()) para.push(line.trim());
      else flush();
      continue;
    }
    flush();
    const m = block.m!;
    if (block.b.kind === 'h') {
      closeList();
      const level = Math.min(6, m[1]!.length + shift);
      out.push(`<h${level}>${inline(m[2]!)}</h${level}>`);
      continue;
    }
    const kind = block.b.kind as 'ul' | 'ol';
    if (list !== kind) {
      closeList();
      out.push(`<${kind}>`);
      list = kind;
    }
    out.push(`<li>${inline(m[1]!)}</li>`);
  }
  flush();
  closeList();
  return out.join('\n');
}
