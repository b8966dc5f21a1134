import type { DraftApi, DraftSkill, SchemaProp } from './drafts.js';
import { anchorId, esc, escMarked, TO_CONFIRM } from './html.js';
import { markdownToHtml } from './markdown.js';
import { ANCHOR, href, type ReviewContext } from './review-context.js';

/**
 * The drafted skills and APIs: SKILL.md as the AI will read it, and each
 * API's description, parameters and result fields, with every 【待确认】
 * highlighted and listed for the reviewer.
 */

export function skillSection(ctx: ReviewContext, s: DraftSkill): string {
  const title = /^#\s+(.*)$/m.exec(s.skillMd)?.[1] ?? s.name;
  return (
    `<section class="skill" id="${anchorId(ANCHOR.skill, s.name)}"><h3>${escMarked(title)} <span class="sub mono">skills/${esc(s.name)}</span></h3>` +
    (s.skillMd ? `<details open><summary>SKILL.md</summary><div class="md">${markdownToHtml(s.skillMd)}</div></details>` : '') +
    (s.apis.length ? s.apis.map((a) => apiArticle(ctx, a)).join('') : '<p class="empty">No APIs.</p>') +
    `</section>`
  );
}

export function apiArticle(ctx: ReviewContext, a: DraftApi): string {
  const marks = [a.description, ...a.inputs.map((p) => p.description), ...a.outputs.map((p) => p.description)].join('').split(TO_CONFIRM).length - 1;
  const id = anchorId(ANCHOR.api, a.name);
  if (marks) ctx.toConfirm.push({ href: `#${id}`, text: `API ${a.name}: ${marks} × ${TO_CONFIRM}` });
  const page = a.page
    ? ctx.routes.has(a.page)
      ? `<a href="${href(ANCHOR.page, a.page)}">/${esc(a.page)}</a>`
      : `<code>/${esc(a.page)}</code> <span class="tbc-flag">not a page of app.json</span>`
    : '<span class="empty">none</span>';
  return (
    `<article class="api" id="${id}"><h4><code>${esc(a.name)}</code>${marks ? ` <span class="badge guess">${marks} ${TO_CONFIRM}</span>` : ''}</h4>` +
    `<p>${linkApiNames(ctx, escMarked(a.description))}</p><div>handoff page: ${page}</div>` +
    propTable('parameters (inputSchema)', a.inputs, true) +
    propTable('result (outputSchema)', a.outputs, false) +
    `</article>`
  );
}

/** API names a description mentions ("call getCartList first") become links to those APIs. */
function linkApiNames(ctx: ReviewContext, html: string): string {
  return ctx.apiNamePattern ? html.replace(ctx.apiNamePattern, (n) => `<a href="${href(ANCHOR.api, n)}">${n}</a>`) : html;
}

function propTable(caption: string, ps: SchemaProp[], showRequired: boolean): string {
  if (!ps.length) return `<div class="sub">${esc(caption)}: none</div>`;
  const rows = ps.map(
    (p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.type)}</td>${showRequired ? `<td>${p.required ? 'yes' : ''}</td>` : ''}<td>${escMarked(p.description)}</td></tr>`,
  );
  return `<table><caption class="sub" style="text-align:left">${esc(caption)}</caption><thead><tr><th>name</th><th>type</th>${showRequired ? '<th>required</th>' : ''}<th>description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
