import { cmp } from '../diagnostics/diagnostic.js';
import type { AnalysisModel, Diagnostic } from '../model/types.js';
import type { Vfs } from '../util/vfs.js';
import { apiArticle, skillSection } from './drafts-section.js';
import { readDrafts } from './drafts.js';
import { EFFECT_LABEL, effectSummary } from './effect-view.js';
import { flowLegend, flowSvg, pageFlow } from './flow-graph.js';
import { anchorId, esc, TO_CONFIRM } from './html.js';
import { ANCHOR, href, reviewContext, type ReviewContext } from './review-context.js';
import { REVIEW_JS } from './script.js';
import { SourceSnippets } from './snippets.js';
import { REVIEW_CSS } from './styles.js';
import { componentSection, pageSection } from './unit-section.js';

/**
 * `autoskill review`: one self-contained HTML page for a person reviewing
 * what autoskill inferred — overview, page-flow picture, every page with its
 * handlers and effects (and the source lines behind them), the drafted
 * skills and APIs, and the diagnostics. No server, no network (a CSP forbids
 * any load), no timestamps: the same input gives the same bytes.
 */
export interface ReviewInput {
  model: AnalysisModel;
  /** buildOutputs().files: the drafts (mcp.json, skills/…, page-meta.json) are read from here. */
  files: Record<string, string>;
  /** Analysis and emit diagnostics, sorted. */
  diagnostics: Diagnostic[];
  /** The mini-program root, for source excerpts; null shows none. */
  vfs: Vfs | null;
  lang?: 'zh' | 'en';
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function renderReview(input: ReviewInput): string {
  const { model } = input;
  const ctx = reviewContext(model, readDrafts(input.files), new SourceSnippets(input.vfs), input.diagnostics);
  // Sections first: rendering them fills the 待确认 list the overview shows.
  const pages = model.pages.map((p) => pageSection(ctx, p)).join('\n');
  const active = model.components.filter((c) => c.handlers.length || c.effects.length);
  const quiet = model.components.filter((c) => !c.handlers.length && !c.effects.length);
  const components =
    active.map((c) => componentSection(ctx, c)).join('\n') +
    (quiet.length ? `<p class="sub">Without handlers or effects: ${quiet.map((c) => `<code id="${anchorId(ANCHOR.component, c.path)}">${esc(c.path)}</code>`).join(', ')}</p>` : '');
  const skills = skillsSection(ctx);
  const diagnostics = diagnosticsSection(ctx, input.diagnostics);
  const app = appSection(ctx);
  const name = model.project.name ?? 'mini-program';
  const body = [
    overview(ctx, input),
    `<h2 id="flow">Page flow</h2>${flowSection(ctx)}`,
    app,
    `<h2 id="pages">Pages (${model.pages.length})</h2>${pages || '<p class="empty">No pages.</p>'}`,
    model.components.length ? `<h2 id="components">Components (${model.components.length})</h2>${components}` : '',
    skills,
    diagnostics,
    outputsSection(input.files),
  ].join('\n');
  return `<!doctype html>
<html lang="${input.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>autoskill review — ${esc(name)}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<header class="top"><span class="brand">autoskill review</span><a href="#overview">Overview</a><a href="#flow">Page flow</a><a href="#pages">Pages</a>${model.components.length ? '<a href="#components">Components</a>' : ''}<a href="#skills">Skills &amp; APIs</a><a href="#diagnostics">Diagnostics</a><a href="#outputs">Outputs</a><span class="tools"><button id="expand-all" type="button" data-open="true">Collapse sources</button></span></header>
<main>
${body}
</main>
<script>${REVIEW_JS}</script>
</body>
</html>
`;
}

function overview(ctx: ReviewContext, input: ReviewInput): string {
  const m = ctx.model;
  const count = (sev: Diagnostic['severity']) => input.diagnostics.filter((d) => d.severity === sev).length;
  const apis = ctx.drafts.skills.reduce((n, s) => n + s.apis.length, 0) + ctx.drafts.otherApis.length;
  const stats: [string, number][] = [
    ['pages', m.pages.length],
    ['components', m.components.length],
    ['handlers', m.pages.reduce((n, p) => n + p.handlers.length, 0)],
    ['page effects', m.pages.reduce((n, p) => n + p.effects.length, 0)],
    ['skills', ctx.drafts.skills.length],
    ['APIs', apis],
    ['errors', count('error')],
    ['warnings', count('warning')],
    ['to confirm', ctx.toConfirm.length],
  ];
  const project = [m.project.appid ? `appid ${m.project.appid}` : null, `autoskill ${m.tool.version}`, m.project.typescript ? 'TypeScript' : null]
    .filter(Boolean)
    .join(' · ');
  const toc = m.pages.map((p) => `<li><a href="${href(ANCHOR.page, p.route)}">${esc(p.route)}</a>${p.title ? ` <span class="sub">${esc(p.title)}</span>` : ''}</li>`).join('');
  const tbc = ctx.toConfirm.map((t) => `<li><a href="${esc(t.href)}">${esc(t.text)}</a></li>`).join('');
  const unreadable = ctx.drafts.unreadable.length
    ? `<p class="tbc-flag">Could not read back: ${ctx.drafts.unreadable.map(esc).join(', ')} (a bug in autoskill)</p>`
    : '';
  return (
    `<h1 id="overview">${esc(m.project.name ?? 'mini-program')}</h1><div class="sub">${esc(project)}</div>${unreadable}` +
    `<div class="stats">${stats.map(([k, v]) => `<div class="stat"><b>${v}</b>${esc(k)}</div>`).join('')}</div>` +
    `<details open><summary>Pages</summary><ul>${toc}</ul></details>` +
    `<details${ctx.toConfirm.length <= 30 ? ' open' : ''}><summary>To confirm ${TO_CONFIRM} (${ctx.toConfirm.length}): inferred statically, not verified</summary>` +
    (tbc ? `<ul>${tbc}</ul>` : '<p class="empty">Nothing.</p>') +
    `</details>`
  );
}

function flowSection(ctx: ReviewContext): string {
  const g = pageFlow(ctx.model);
  const svg = flowSvg(g, (route) => href(ANCHOR.page, route));
  if (!svg) return '<p class="empty">No pages.</p>';
  const dynamic = g.nodes.reduce((n, x) => n + x.dynamic, 0);
  return (
    `<div class="flow-wrap">${svg}</div><div class="legend">${flowLegend(g)}<span>thick blue box: entry page · green box: tab page</span>` +
    (dynamic ? `<span><b class="tbc-flag">+n?</b> navigations whose target is not known statically (${dynamic})</span>` : '') +
    `</div>`
  );
}

function appSection(ctx: ReviewContext): string {
  const app = ctx.model.app;
  if (!app || !app.effects.length) return '';
  const items = app.effects
    .map((e) => `<li><span class="badge kind">${esc(EFFECT_LABEL[e.kind])}</span> <code>${esc(effectSummary(e))}</code> <span class="loc">${esc(`${e.loc.file}:${e.loc.line}:${e.loc.column}`)}</span></li>`)
    .join('');
  return `<h2 id="app">App launch</h2><p class="sub">What <code>App({ onLaunch, onShow })</code> does before any page (${esc(app.script ?? '')}).</p><ul>${items}</ul>`;
}

function skillsSection(ctx: ReviewContext): string {
  const { skills, otherApis } = ctx.drafts;
  const parts = [`<h2 id="skills">Skills &amp; APIs</h2>`];
  if (!skills.length && !otherApis.length) parts.push('<p class="empty">No drafts among the outputs.</p>');
  parts.push(...skills.map((s) => skillSection(ctx, s)));
  if (otherApis.length) parts.push(`<h3>${skills.length ? 'APIs in no skill' : 'APIs (mcp.json)'}</h3>`, ...otherApis.map((a) => apiArticle(ctx, a)));
  return parts.join('\n');
}

function diagnosticsSection(ctx: ReviewContext, diags: Diagnostic[]): string {
  const parts = [
    `<h2 id="diagnostics">Diagnostics (${diags.length})</h2>`,
    `<div class="sub"><label><input type="checkbox" data-hide="warning" checked> warnings</label> <label><input type="checkbox" data-hide="info" checked> info</label></div>`,
  ];
  let file: string | null | undefined;
  diags.forEach((d, i) => {
    const f = d.loc?.file ?? null;
    if (f !== file) parts.push(`<div class="diag-file">${f ? esc(f) : '(project)'}</div>`);
    file = f;
    const where = d.loc ? `<span class="loc">${esc(`${d.loc.file}:${d.loc.line}:${d.loc.column}`)}</span>` : '';
    const snippet = d.loc ? ctx.snippets.html(d.loc) : '';
    parts.push(
      `<div class="diag sev-${d.severity}" id="${anchorId(ANCHOR.diagnostic, String(i))}"><span class="badge ${d.severity}">${d.severity}</span> <code>${esc(d.code)}</code> ${esc(d.message)} ${where}` +
        (snippet ? `<details class="snippet"><summary>source</summary>${snippet}</details>` : '') +
        `</div>`,
    );
  });
  if (!diags.length) parts.push('<p class="empty">None.</p>');
  return parts.join('\n');
}

function outputsSection(files: Record<string, string>): string {
  const rows = Object.keys(files)
    .sort(cmp)
    .map((f) => `<tr><td><code>${esc(f)}</code></td><td>${Buffer.byteLength(files[f]!)} bytes</td></tr>`);
  return `<h2 id="outputs">Outputs</h2><p class="sub">What <code>autoskill analyze</code> writes for this app.</p><table><tbody>${rows.join('')}</tbody></table>`;
}
