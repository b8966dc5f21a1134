import { cmp } from '../diagnostics/diagnostic.js';
import { apiPhrase, isReadLike, pageInfos, type DraftContext } from '../emit/describe.js';
import type { WechatApi, WechatMcp } from '../emit/mcp-json.js';
import { buildNavGraph } from '../emit/nav-graph.js';
import type { Lang, SkillPlan } from '../emit/plan-types.js';
import { TEXTS } from '../emit/texts.js';
import type { AnalysisModel } from '../model/types.js';
import { apiModule } from './api-module.js';
import { authFacts } from './auth.js';
import { baseUrls } from './base-url.js';
import { cloudUtil } from './cloud-util.js';
import { indexJs } from './index-js.js';
import { requestUtil } from './request-util.js';
import { resultUtil } from './result-util.js';
import { SCAFFOLD_TEXTS } from './texts.js';

/**
 * `autoskill analyze --scaffold`: the skill packages of the drafts as code
 * (wechat-ai-mode.md, "Where skills live"):
 *
 *   skills/<skill>/SKILL.md, mcp.json   the emitter's, unchanged
 *   skills/<skill>/index.js             registers every API
 *   skills/<skill>/apis/<name>.js       one async function per API
 *   skills/<skill>/utils/request.js     base URLs, login, auth (when it calls the network)
 *   skills/<skill>/utils/cloud.js       its own wx.cloud.init (when it uses the cloud)
 *   skills/<skill>/utils/result.js      small helpers
 *
 * Each skill is self-contained (no getApp(), no main-package import: V001).
 * What the analysis could not determine is a `TODO(autoskill): 【待确认】`
 * question in the code, with the source location it came from.
 *
 * Pure: model + plans + the emitter's files in, files out; same input, same bytes.
 */
export interface ScaffoldInput {
  model: AnalysisModel;
  skills: readonly SkillPlan[];
  /** The emitter's files (`emitDrafts`): each skill's mcp.json and SKILL.md are taken from them. */
  drafts: Readonly<Record<string, string>>;
  lang: Lang;
}

/** One app.json `agent.skills` entry. */
export interface AgentSkill {
  name: string;
  description: string;
  path: string;
}

export interface ScaffoldResult {
  /** `skills/<skill>/…` (mini-program-root-relative) → bytes, sorted. */
  files: Record<string, string>;
  agentSkills: AgentSkill[];
  /** Open questions left in the code (`TODO(autoskill)` lines). */
  questions: number;
}

export const QUESTION_MARK = 'TODO(autoskill)';

function parseMcp(text: string | undefined): WechatMcp {
  try {
    const v = text ? (JSON.parse(text) as WechatMcp) : null;
    return v && Array.isArray(v.apis) ? v : { apis: [] };
  } catch {
    return { apis: [] };
  }
}

export function scaffoldSkills(input: ScaffoldInput): ScaffoldResult {
  const { model } = input;
  const t = SCAFFOLD_TEXTS[input.lang];
  const emitTexts = TEXTS[input.lang];
  // apiPhrase reads only the texts and the page names of the context.
  const ctx: DraftContext = {
    t: emitTexts,
    appName: null,
    apis: [],
    byId: new Map(),
    consumers: new Map(),
    pages: pageInfos(model, emitTexts),
    nav: buildNavGraph(model),
    edges: [],
    skillOf: new Map(),
  };
  const bases = baseUrls(model);
  const auth = authFacts(model, input.skills.flatMap((s) => s.apis));
  const pages = new Map(model.pages.map((p) => [p.route, p]));
  const scripts = new Map<string, string>();
  for (const p of model.pages) if (p.files.script) scripts.set(p.route, p.files.script);
  for (const c of model.components) if (c.files.script) scripts.set(c.path, c.files.script);

  const files: Record<string, string> = {};
  for (const skill of input.skills) {
    const mcpText = input.drafts[`${skill.path}/mcp.json`];
    const mdText = input.drafts[`${skill.path}/SKILL.md`];
    if (mcpText !== undefined) files[`${skill.path}/mcp.json`] = mcpText;
    if (mdText !== undefined) files[`${skill.path}/SKILL.md`] = mdText;
    const mcp = parseMcp(mcpText);
    const uses = new Set<string>();
    const used = new Set<string>();
    let credential = false;
    for (const api of skill.apis) {
      const entry: WechatApi = mcp.apis.find((a) => a.name === api.name) ?? {
        name: api.name,
        description: '',
        inputSchema: { type: 'object', properties: {} },
        outputSchema: { type: 'object', properties: {} },
        _meta: { ui: { pagePath: '/' + api.route } },
      };
      const mod = apiModule({
        api,
        mcp: entry,
        page: api.owner === api.route ? pages.get(api.route) ?? null : null,
        ownerScript: scripts.get(api.owner) ?? api.owner,
        phrase: apiPhrase(ctx, api),
        readLike: isReadLike(api),
        t,
        bases,
        auth,
      });
      files[`${skill.path}/apis/${api.name}.js`] = mod.text;
      for (const u of mod.uses) uses.add(u);
      for (const b of mod.bases) used.add(b);
      if (mod.credential) credential = true;
    }
    files[`${skill.path}/index.js`] = indexJs(t, skill.name, skill.apis.map((a) => a.name));
    files[`${skill.path}/utils/result.js`] = resultUtil(t);
    if (['request', 'download', 'upload', 'loginCode'].some((h) => uses.has(h))) {
      files[`${skill.path}/utils/request.js`] = requestUtil({
        t,
        bases,
        used,
        auth,
        credential,
        download: uses.has('download'),
        upload: uses.has('upload'),
        loginCode: uses.has('loginCode'),
      });
    }
    if (uses.has('callFunction') || uses.has('database') || uses.has('callContainer')) {
      files[`${skill.path}/utils/cloud.js`] = cloudUtil({ t, auth, callFunction: uses.has('callFunction'), database: uses.has('database'), callContainer: uses.has('callContainer') });
    }
  }

  const sorted: Record<string, string> = {};
  let questions = 0;
  for (const k of Object.keys(files).sort(cmp)) {
    sorted[k] = files[k]!;
    if (k.endsWith('.js')) questions += files[k]!.split(QUESTION_MARK).length - 1;
  }
  return {
    files: sorted,
    agentSkills: input.skills.map((s) => ({ name: s.name, description: s.description, path: s.path })),
    questions,
  };
}
