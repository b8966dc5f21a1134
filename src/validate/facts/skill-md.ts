import type { Loc } from '../../model/types.js';

/**
 * SKILL.md read line by line, the way CommonMark sees the block structure
 * the rules care about: front matter, ATX headings, fenced code blocks and
 * pipe tables. Inline text is left to the rules. Line and column are
 * 1-based; columns count UTF-16 code units, like every other location.
 */
export interface MdLine {
  line: number;
  text: string;
  /** Inside a fenced code block (fence lines included) or the front matter. */
  code: boolean;
}

export interface MdHeading {
  level: number;
  /** Heading text without the #s and closing sequence, trimmed. */
  text: string;
  loc: Loc;
}

export interface SkillMdFacts {
  file: string;
  frontMatter: Loc | null;
  /** First line after the front matter (1 without one). */
  bodyStart: number;
  headings: MdHeading[];
  lines: MdLine[];
  /** Opening fence of each fenced code block. */
  codeBlocks: Loc[];
  /** Header row of each pipe table. */
  tables: Loc[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

export function readSkillMd(text: string, file: string): SkillMdFacts {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const raw = src.split(/\r\n|\r|\n/);
  const facts: SkillMdFacts = { file, frontMatter: null, bodyStart: 1, headings: [], lines: [], codeBlocks: [], tables: [] };
  let fence: string | null = null;
  let i = 0;
  // YAML front matter: `---` on the very first line, up to the next `---` or `...`.
  if (raw[0]?.trim() === '---') {
    const end = raw.findIndex((l, k) => k > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) {
      facts.frontMatter = { file, line: 1, column: 1 };
      for (; i <= end; i++) facts.lines.push({ line: i + 1, text: raw[i]!, code: true });
      facts.bodyStart = i + 1;
    }
  }
  for (; i < raw.length; i++) {
    const text = raw[i]!;
    const line = i + 1;
    const f = FENCE.exec(text);
    if (fence !== null) {
      facts.lines.push({ line, text, code: true });
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && text.trim() === f[1]) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      facts.codeBlocks.push({ file, line, column: text.indexOf(f[1]!) + 1 });
      facts.lines.push({ line, text, code: true });
      continue;
    }
    facts.lines.push({ line, text, code: false });
    const h = ATX.exec(text);
    if (h) facts.headings.push({ level: h[1]!.length, text: (h[2] ?? '').trim(), loc: { file, line, column: text.indexOf('#') + 1 } });
    const next = raw[i + 1];
    if (text.includes('|') && next !== undefined && next.includes('-') && TABLE_DELIMITER.test(next) && (next.includes('|') || text.trim().startsWith('|'))) {
      facts.tables.push({ file, line, column: text.length - text.trimStart().length + 1 });
    }
  }
  return facts;
}
