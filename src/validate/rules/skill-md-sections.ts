import type { SkillMdFacts } from '../facts/skill-md.js';
import type { Rule, RuleContext } from '../types.js';

/**
 * SKILL.md follows the official template (wechat-ai-mode.md, "SKILL.md",
 * generator v0.2.1): no front matter; `# <business title>` then one line
 * positioning the capability; then only these `##` sections, in this
 * order, with these exact headings — 触发场景 (3–6 user utterances,
 * required), 不适用范围, 前置条件, 使用顺序 (each omitted when it has
 * nothing to say).
 */
export const SKILL_MD_SECTIONS: readonly { heading: string; required: boolean }[] = [
  { heading: '触发场景', required: true },
  { heading: '不适用范围', required: false },
  { heading: '前置条件', required: false },
  { heading: '使用顺序', required: false },
];
const TRIGGERS = { heading: '触发场景', min: 3, max: 6 } as const;
const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+\S/;

export const skillMdSections: Rule = {
  id: 'SKILL_MD_SECTIONS',
  severity: 'warning',
  title: 'SKILL.md: no front matter, the five official sections in order with exact headings',
  check(ctx) {
    for (const skill of ctx.skills) {
      const md = ctx.facts(skill).skillMd();
      if (md) checkSections(ctx, md);
    }
  },
};

function checkSections(ctx: RuleContext, md: SkillMdFacts): void {
  if (md.frontMatter) ctx.report('SKILL_MD_FRONT_MATTER', md.frontMatter);
  const first = md.lines.find((l) => l.line >= md.bodyStart && l.text.trim() !== '');
  const [title, ...rest] = md.headings;
  const titleOk = !!first && !!title && title.level === 1 && title.loc.line === first.line;
  const positioned = titleOk && md.lines.some((l) => l.line > title.loc.line && l.line < (rest[0]?.loc.line ?? Infinity) && !l.code && l.text.trim() !== '');
  if (!titleOk || !positioned) ctx.report('SKILL_MD_NO_TITLE', titleOk ? title.loc : { file: md.file, line: first?.line ?? 1, column: 1 });

  const order = SKILL_MD_SECTIONS.map((s) => s.heading);
  const allowed = order.map((h) => `## ${h}`).join(', ');
  let last = -1;
  const present = new Set<string>();
  for (const h of titleOk ? rest : md.headings) {
    const i = h.level === 2 ? order.indexOf(h.text) : -1;
    if (i < 0) {
      ctx.report('SKILL_MD_UNKNOWN_SECTION', h.loc, { heading: `${'#'.repeat(h.level)} ${h.text}`, allowed });
      continue;
    }
    if (i <= last) ctx.report('SKILL_MD_SECTION_ORDER', h.loc, { heading: h.text, order: order.join(' → ') });
    last = Math.max(last, i);
    present.add(h.text);
  }
  for (const s of SKILL_MD_SECTIONS) {
    if (s.required && !present.has(s.heading)) ctx.report('SKILL_MD_SECTION_MISSING', titleOk ? title.loc : { file: md.file, line: 1, column: 1 }, { section: s.heading });
  }

  const trig = md.headings.find((h) => h.level === 2 && h.text === TRIGGERS.heading);
  if (trig) {
    const next = md.headings.find((h) => h.loc.line > trig.loc.line)?.loc.line ?? Infinity;
    const count = md.lines.filter((l) => l.line > trig.loc.line && l.line < next && !l.code && LIST_ITEM.test(l.text)).length;
    if (count < TRIGGERS.min || count > TRIGGERS.max) ctx.report('SKILL_MD_TRIGGER_COUNT', trig.loc, { count });
  }
}
