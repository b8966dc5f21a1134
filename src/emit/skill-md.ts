import { cmp } from '../diagnostics/diagnostic.js';
import type { ApiPlan, SkillPlan } from './plan-types.js';
import type { DraftContext } from './describe.js';
import { apiPhrase, isReadLike, objectLabel } from './describe.js';
import { idObject } from './data-flow.js';
import { DOMAIN_AFFINITY } from './vocabulary.js';
import { KNOWN_WORDS } from './texts.js';

/**
 * SKILL.md in the official template's five sections, in order
 * (wechat-ai-mode.md, "SKILL.md"): `# title` + positioning line, trigger
 * scenarios (3–6 utterances), out of scope (only with a confusable sibling),
 * prerequisites (only when found), order of use (only when there is one).
 * Business language only: no API names, schemas, tables, storage keys or
 * graphs — those live in mcp.json where they carry more weight.
 */

const MIN_UTTERANCES = 3;
const MAX_UTTERANCES = 6;
const MAX_POSITIONING = 5;
const MAX_SIBLINGS = 4;
const MAX_SIBLING_PHRASES = 3;
const MAX_ORDER_LINES = 6;
/** Object words too generic to make two skills confusable. */
const GENERIC_OBJECT = new Set(['list', 'detail', 'info', 'data', 'page', 'action', 'home', 'result', 'status', 'preview']);

function utteranceKind(api: ApiPlan): 'pay' | 'search' | 'read' | 'write' {
  if (api.payment) return 'pay';
  if (api.verb === 'search') return 'search';
  return isReadLike(api) ? 'read' : 'write';
}

function utterances(ctx: DraftContext, skill: SkillPlan): string[] {
  const out: string[] = [];
  const apis = skill.apis.slice(0, MAX_UTTERANCES);
  for (let round = 0; round < 3 && out.length < MAX_UTTERANCES; round++) {
    if (round > 0 && out.length >= MIN_UTTERANCES) break;
    for (const a of apis) {
      const tpl = ctx.t.utterances[utteranceKind(a)][round]!;
      const u = tpl(apiPhrase(ctx, a), objectLabel(ctx.t, a.object));
      if (!out.includes(u) && out.length < MAX_UTTERANCES) out.push(u);
    }
  }
  return out;
}

function headWords(skill: SkillPlan): Set<string> {
  return new Set(skill.apis.flatMap((a) => a.object).filter((w) => !GENERIC_OBJECT.has(w)));
}

/** Siblings a router could mistake for this skill: shared business objects or neighbouring domains. */
function confusable(skill: SkillPlan, siblings: readonly SkillPlan[]): SkillPlan[] {
  const mine = headWords(skill);
  return siblings
    .filter((s) => s !== skill)
    .filter((s) => {
      if ([...headWords(s)].some((w) => mine.has(w))) return true;
      return DOMAIN_AFFINITY.some(([x, y]) => (skill.domains[0] === x && s.domains[0] === y) || (skill.domains[0] === y && s.domains[0] === x));
    })
    .sort((a, b) => cmp(a.name, b.name))
    .slice(0, MAX_SIBLINGS);
}

/**
 * Ordering rules: for each ID an API needs, the action that provides it —
 * one in this skill if there is one, else the sibling skill to visit first;
 * then page order (a page's content is loaded before the pages it opens).
 */
function orderLines(ctx: DraftContext, skill: SkillPlan): string[] {
  const { t } = ctx;
  const pos = new Map(skill.apis.map((a, i) => [a, i]));
  const lines: string[] = [];
  const fed = new Set<ApiPlan>();
  for (const to of skill.apis) {
    for (const input of to.inputs) {
      const providers = input.providers.map((id) => ctx.byId.get(id)).filter((a): a is ApiPlan => !!a);
      if (providers.length === 0) continue;
      const local = providers.filter((p) => pos.has(p)).sort((a, b) => pos.get(a)! - pos.get(b)!);
      const from = local[0] ?? providers[0]!;
      const a = apiPhrase(ctx, from);
      const b = apiPhrase(ctx, to);
      if (a === b || fed.has(to)) continue; // one rule per API: its first ID
      fed.add(to);
      if (local.length) {
        const words = idObject(input.name).filter((w) => KNOWN_WORDS.has(w));
        const fallback = from.object.filter((w) => !GENERIC_OBJECT.has(w));
        lines.push(t.orderData(a, b, objectLabel(t, words.length ? words : fallback.length ? fallback : from.object)));
      } else {
        const other = ctx.skillOf.get(from.id);
        if (other) lines.push(t.orderCross(a, b, other.title));
      }
    }
  }
  for (const e of ctx.edges) {
    if (e.kind !== 'nav' || e.from.kind !== 'entry' || !pos.has(e.from) || !pos.has(e.to) || fed.has(e.to)) continue;
    lines.push(t.orderNav(apiPhrase(ctx, e.from), apiPhrase(ctx, e.to)));
  }
  return [...new Set(lines)].slice(0, MAX_ORDER_LINES);
}

export function skillMd(ctx: DraftContext, skill: SkillPlan, siblings: readonly SkillPlan[]): string {
  const { t } = ctx;
  const out: string[] = [`# ${skill.title}`, '', skill.description, '', `## ${t.sections.scenarios}`, ''];
  for (const u of utterances(ctx, skill)) out.push(`- ${u}`);

  const others = confusable(skill, siblings);
  if (others.length) {
    out.push('', `## ${t.sections.outOfScope}`, '');
    for (const s of others) out.push(t.outOfScopeLine(s.apis.slice(0, MAX_SIBLING_PHRASES).map((a) => apiPhrase(ctx, a)), s.title));
  }

  const pre: string[] = [];
  const login = skill.apis.filter((a) => a.needsLogin).map((a) => apiPhrase(ctx, a));
  if (login.length) pre.push(t.loginLine([...new Set(login)].slice(0, 4)));
  if (skill.apis.some((a) => a.needsLocation)) pre.push(t.locationLine);
  if (pre.length) out.push('', `## ${t.sections.prerequisites}`, '', ...pre);

  const order = orderLines(ctx, skill);
  if (order.length) out.push('', `## ${t.sections.order}`, '', ...order);
  return out.join('\n') + '\n';
}

/** The one-line positioning of a skill (SKILL.md second line, app.json skill description). */
export function skillPositioning(ctx: DraftContext, apis: readonly ApiPlan[]): string {
  const phrases = [...new Set(apis.map((a) => apiPhrase(ctx, a)))].slice(0, MAX_POSITIONING);
  return ctx.t.positioning(ctx.appName, phrases);
}
