import type { Loc } from '../../model/types.js';
import type { Rule } from '../types.js';

/**
 * SKILL.md is written in business language (wechat-ai-mode.md, "SKILL.md";
 * forbidden: camelCase API names, schemas, parameter/return tables,
 * component paths, storage keys, dependency graphs). The API names,
 * component paths and storage keys looked for are the skill's own — read
 * from its mcp.json and, for storage keys, from its code's `wx.*Storage*`
 * calls — so ordinary words are not findings. Code blocks are reported once
 * as a whole; their contents are not searched again.
 */
interface Pattern {
  what: (m: string) => string;
  why: string;
  re: RegExp;
}

const WHY_NAMES = 'the model reads API names and schemas from mcp.json; SKILL.md routes by business meaning';
const STATIC_PATTERNS: readonly Pattern[] = [
  { re: /"(type|properties|required|items|enum)"\s*:/g, what: () => 'a JSON schema', why: WHY_NAMES },
  { re: /\b(inputSchema|outputSchema|structuredContent)\b/g, what: (m) => `the schema field ${m}`, why: WHY_NAMES },
  { re: /\bcomponents\/[\w-]+(\/index)?\b/g, what: (m) => `the component path ${m}`, why: 'cards are an implementation detail the model does not choose' },
  { re: /[\u2500-\u257f]+/g, what: () => 'a diagram', why: 'dependency graphs and flow charts are not part of the template; state ordering rules in words under 使用顺序' },
];

export const skillMdContent: Rule = {
  id: 'SKILL_MD_CONTENT',
  severity: 'warning',
  title: 'SKILL.md has no camelCase API names, schemas, tables, code blocks, component paths, storage keys or diagrams',
  check(ctx) {
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      const md = facts.skillMd();
      if (!md) continue;
      const report = (loc: Loc, what: string, why: string): void => ctx.report('SKILL_MD_FORBIDDEN_CONTENT', loc, { what, why });
      for (const at of md.codeBlocks) report(at, 'a code block', 'schemas, code and diagrams belong in mcp.json and the API code');
      for (const at of md.tables) report(at, 'a table', 'parameter and return tables duplicate mcp.json; write rules as sentences');

      const words: Pattern[] = [];
      const apiNames = new Set([...(facts.mcp()?.apis ?? []).map((a) => a.name), ...facts.registrations().map((r) => r.name)]);
      for (const name of apiNames) {
        if (name && /[a-z][A-Z]/.test(name)) words.push({ re: wordRe(name), what: () => `the API name ${name}`, why: WHY_NAMES });
      }
      const keys = new Set(facts.storageKeys().map((k) => k.name).filter((k) => k.length >= 3));
      for (const key of keys) words.push({ re: wordRe(key), what: () => `the storage key ${key}`, why: 'storage is an implementation detail of the APIs' });

      // Each forbidden item once, at its first occurrence, with how often it appears.
      const found = new Map<string, { loc: Loc; why: string; count: number }>();
      for (const line of md.lines) {
        if (line.code) continue;
        for (const p of [...STATIC_PATTERNS, ...words]) {
          p.re.lastIndex = 0;
          for (let m = p.re.exec(line.text); m; m = p.re.exec(line.text)) {
            const what = p.what(m[0]);
            const f = found.get(what);
            if (f) f.count++;
            else found.set(what, { loc: { file: md.file, line: line.line, column: m.index + 1 }, why: p.why, count: 1 });
          }
        }
      }
      for (const [what, f] of found) report(f.loc, f.count > 1 ? `${what} (${f.count} times)` : what, f.why);
    }
  },
};

/** The word on its own: not part of a longer identifier. */
function wordRe(word: string): RegExp {
  return new RegExp(`(?<![\\w$])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`, 'g');
}
