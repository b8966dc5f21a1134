import type { AnalysisModel, Diagnostic } from '../model/types.js';
import { cmp, DiagnosticBag, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { ApiPlan, EmitOptions, SkillPlan } from './plan-types.js';
import { planApis } from './api-plan.js';
import { assignNames } from './naming.js';
import { flowEdges, linkProviders, useOrder } from './data-flow.js';
import { groupApis } from './grouping.js';
import { buildNavGraph } from './nav-graph.js';
import { appName, pageInfos, skillTitle, type DraftContext } from './describe.js';
import { TEXTS } from './texts.js';
import { wechatMcp } from './mcp-json.js';
import { skillMd, skillPositioning } from './skill-md.js';
import { pageMeta } from './page-meta.js';
import { capabilities } from './capabilities.js';
import { mcpTools } from './mcp-tools.js';
import { checkLimits, type SkillFiles } from './limits.js';
import { checkReadiness } from './readiness.js';
import { jsonText } from './json-text.js';
import { OverrideSession } from '../config/apply-overrides.js';
import { groupWithSkills } from '../config/skill-groups.js';

/**
 * Draft the WeChat AI-mode files from the analysis model:
 * plan APIs → name → link data flow → group into skills → render.
 *
 * `files` maps output-relative paths to exact bytes:
 *   mcp.json                  every API, WeChat shape
 *   skills/<skill>/mcp.json   the skill's APIs
 *   skills/<skill>/SKILL.md   the skill's routing text
 *   page-meta.json            every page (app.json `agent.pageMetadata`)
 *   capabilities.json         the official generator's phase-2 capability list
 *   mcp-tools.json            standard MCP `tools/list` result (`--format mcp`)
 *
 * `options.overrides` (autoskill.config.json) edit the plan at each step
 * (src/config/apply-overrides.ts), so every file shows the same edit;
 * analysis.json is not made here and always lists every page.
 *
 * Pure: no file system, no printing; the same model gives the same bytes.
 */
export function emitDrafts(
  model: AnalysisModel,
  options: EmitOptions,
): { files: Record<string, string>; diagnostics: Diagnostic[]; skills: SkillPlan[] } {
  const t = TEXTS[options.lang];
  const bag = new DiagnosticBag();
  const o = options.overrides ? new OverrideSession(model, options.overrides, bag) : null;
  const nav = buildNavGraph(o ? o.scopedModel : model);

  const apis = o ? o.keep(planApis(o.scopedModel)) : planApis(model);
  assignNames(apis);
  o?.edit(apis);
  linkProviders(apis, nav);
  const subpackage = new Map((model.pages ?? []).map((p) => [p.route, p.subpackage ?? null]));
  const subpackageOf = (r: string) => subpackage.get(r) ?? null;
  const grouping = options.grouping ?? 'domain';
  const groups = o ? groupWithSkills(apis, nav, grouping, subpackageOf, o, bag) : groupApis(apis, nav, grouping, subpackageOf);

  const sorted = [...apis].sort((a, b) => cmp(a.name, b.name));
  const byId = new Map(apis.map((a) => [a.id, a]));
  const consumers = new Map<string, ApiPlan[]>();
  for (const a of sorted) {
    for (const id of new Set(a.inputs.flatMap((i) => i.providers))) consumers.set(id, [...(consumers.get(id) ?? []), a]);
  }
  const ctx: DraftContext = {
    t,
    appName: appName(model),
    apis: sorted,
    byId,
    consumers,
    pages: o ? o.pages(pageInfos(model, t)) : pageInfos(model, t),
    nav,
    edges: flowEdges(sorted, nav),
    skillOf: new Map(),
  };

  const skills: SkillPlan[] = groups.map((g) => {
    const ordered = useOrder(g.apis, ctx.edges, nav);
    return { name: g.id, path: `skills/${g.id}`, domains: g.domains, title: skillTitle(t, g.id, g.domains), description: skillPositioning(ctx, ordered), apis: ordered };
  });
  // Titles must tell skills apart: a repeated title gets the folder name.
  const titleCount = new Map<string, number>();
  for (const s of skills) titleCount.set(s.title, (titleCount.get(s.title) ?? 0) + 1);
  for (const s of skills) if (titleCount.get(s.title)! > 1) s.title = t.titleWithQualifier(s.title, s.name);
  o?.retitle(skills);
  for (const s of skills) for (const a of s.apis) ctx.skillOf.set(a.id, s);

  const files: Record<string, string> = {};
  const put = (path: string, text: string) => (files[path] = text);
  put('mcp.json', jsonText(wechatMcp(ctx, sorted)));
  const skillFiles: SkillFiles[] = [];
  for (const s of skills) {
    const mcp = wechatMcp(ctx, s.apis);
    const md = skillMd(ctx, s, skills);
    put(`${s.path}/mcp.json`, jsonText(mcp));
    put(`${s.path}/SKILL.md`, md);
    skillFiles.push({ name: s.name, mcp, skillMd: md });
  }
  put('page-meta.json', jsonText(pageMeta(ctx)));
  put('capabilities.json', jsonText(capabilities(ctx, sorted)));
  put('mcp-tools.json', jsonText(mcpTools(ctx, sorted)));

  checkLimits(skillFiles, bag);
  checkReadiness(model, sorted, bag);

  const ordered: Record<string, string> = {};
  for (const k of Object.keys(files).sort(cmp)) ordered[k] = files[k]!;
  return { files: ordered, diagnostics: sortDiagnostics(bag.items), skills };
}
