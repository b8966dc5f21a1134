import type { ComponentModel, Effect, Handler, Loc, PageModel } from '../model/types.js';
import { EFFECT_LABEL, effectSummary, needsConfirmation } from './effect-view.js';
import { anchorId, esc, escMarked, TO_CONFIRM } from './html.js';
import { ANCHOR, href, type ReviewContext } from './review-context.js';

/**
 * One section per page (or custom component): what a user can do there
 * (handlers and their triggers), what the code does (effects, each with
 * the source line it was inferred from), the APIs drafted from it and the
 * diagnostics in its files.
 */
type Unit = { kind: 'page'; page: PageModel } | { kind: 'component'; comp: ComponentModel };

const locText = (l: Loc) => `${l.file}:${l.line}:${l.column}`;
const sameLoc = (a: Loc, b: Loc) => a.file === b.file && a.line === b.line && a.column === b.column;

export function pageSection(ctx: ReviewContext, page: PageModel): string {
  return unitSection(ctx, { kind: 'page', page });
}

export function componentSection(ctx: ReviewContext, comp: ComponentModel): string {
  return unitSection(ctx, { kind: 'component', comp });
}

function unitSection(ctx: ReviewContext, unit: Unit): string {
  const u = unit.kind === 'page' ? unit.page : unit.comp;
  const key = unit.kind === 'page' ? unit.page.route : unit.comp.path;
  const prefix = unit.kind === 'page' ? ANCHOR.page : ANCHOR.component;
  const badges: string[] = [];
  if (unit.kind === 'page') {
    if (unit.page.tab) badges.push('tab');
    if (unit.page.subpackage) badges.push(`subpackage ${unit.page.subpackage}`);
    if (unit.page.independent) badges.push('independent');
  } else if (unit.comp.origin && unit.comp.origin !== 'local') badges.push(unit.comp.origin);

  const parts: string[] = [];
  parts.push(
    `<h3>${esc(key)}${u.title ? ` <span class="sub">${esc(u.title)}</span>` : ''}${badges.map((b) => `<span class="badge">${esc(b)}</span>`).join('')}</h3>`,
  );
  const meta = unit.kind === 'page' ? ctx.drafts.pageMeta.get(key) : undefined;
  if (meta) parts.push(`<p>${escMarked(meta.name)}${meta.description ? ` — ${escMarked(meta.description)}` : ''}</p>`);
  const files = Object.values(u.files).filter((f): f is string => !!f);
  parts.push(`<div class="sub">files: ${files.map((f) => `<code>${esc(f)}</code>`).join(' ')}</div>`);
  if (unit.kind === 'page' && unit.page.query.length) {
    parts.push(`<div>query: ${unit.page.query.map((q) => `<code>${esc(q.name)}</code> <span class="loc">${esc(locText(q.loc))}</span>`).join(', ')}</div>`);
  }
  for (const f of u.forms) {
    const fields = f.fields.map((x) => `<code>${esc(x.name)}</code> <span class="sub">&lt;${esc(x.tag)}${x.type ? ` ${esc(x.type)}` : ''}&gt;</span>`).join(', ');
    parts.push(`<div>form → <code>${esc(f.submitHandler ?? '(no submit handler)')}</code>: ${fields || '<span class="empty">no fields</span>'} <span class="loc">${esc(locText(f.loc))}</span></div>`);
  }

  const effectId = (i: number) => anchorId(ANCHOR.effect, `${key}#${i}`);
  const effects = u.effects;
  parts.push(`<h4>Handlers (${u.handlers.length})</h4>`);
  parts.push(u.handlers.length ? handlerTable(key, u.handlers, effects, effectId) : '<p class="empty">No event handlers.</p>');
  parts.push(`<h4>Effects (${effects.length})</h4>`);
  parts.push(effects.length ? `<ul class="effects">${effects.map((e, i) => effectItem(ctx, e, effectId(i), key)).join('')}</ul>` : '<p class="empty">No effects.</p>');

  const apis = unit.kind === 'page' ? (ctx.apisByPage.get(key) ?? []) : [];
  if (apis.length) parts.push(`<h4>Drafted APIs</h4><p>${apis.map((a) => `<a href="${href(ANCHOR.api, a.name)}"><code>${esc(a.name)}</code></a>`).join(', ')}</p>`);
  const diags = files.flatMap((f) => ctx.diagsByFile.get(f) ?? []);
  if (diags.length) {
    const items = diags.map(({ d, i }) => `<li class="sev-${d.severity}"><a href="${href(ANCHOR.diagnostic, String(i))}"><span class="badge ${d.severity}">${d.severity}</span> ${esc(d.code)}</a> ${esc(d.message)}</li>`);
    parts.push(`<h4>Diagnostics (${diags.length})</h4><ul>${items.join('')}</ul>`);
  }
  return `<section class="unit" id="${anchorId(prefix, key)}">${parts.join('\n')}</section>`;
}

function handlerTable(key: string, handlers: Handler[], pageEffects: Effect[], effectId: (i: number) => string): string {
  const rows = handlers.map((h) => {
    const triggers = h.triggers
      .map((t) => `<code>${esc(t.binding)}</code> on &lt;${esc(t.tag)}&gt;${t.text ? ` “${esc(t.text)}”` : ''}${t.dataset.length ? ` <span class="sub">data-${t.dataset.map(esc).join(', data-')}</span>` : ''} <span class="loc">${esc(locText(t.loc))}</span>`)
      .join('<br>');
    const inputs = h.inputs.map((i) => `<code>${esc(i.name)}</code> ← ${esc(i.from)}`).join('<br>');
    const effects = h.effects
      .map((e) => {
        const i = pageEffects.findIndex((p) => p.kind === e.kind && sameLoc(p.loc, e.loc));
        const text = `<span class="badge kind">${esc(EFFECT_LABEL[e.kind])}</span> ${esc(effectSummary(e))}`;
        return i >= 0 ? `<a href="#${effectId(i)}">${text}</a>` : text;
      })
      .join('<br>');
    const id = anchorId(ANCHOR.handler, `${key}#${h.name}`);
    return (
      `<tr id="${id}"><td><code>${esc(h.name)}</code>${h.loc ? `<div class="loc">${esc(locText(h.loc))}</div>` : ''}</td>` +
      `<td>${triggers || '<span class="empty">lifecycle / called by code</span>'}</td><td>${inputs}</td><td>${effects || '<span class="empty">none</span>'}</td></tr>`
    );
  });
  return `<table><thead><tr><th>handler</th><th>triggered by</th><th>inputs</th><th>effects</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function effectItem(ctx: ReviewContext, e: Effect, id: string, owner: string): string {
  const tbc = needsConfirmation(e);
  const summary = esc(effectSummary(e));
  if (tbc) ctx.toConfirm.push({ href: `#${id}`, text: `${owner}: ${EFFECT_LABEL[e.kind]} ${effectSummary(e)}` });
  const conf = e.confidence ? `<span class="badge ${e.confidence}">${e.confidence}</span>` : '';
  const goto = e.kind === 'navigate' && e.target && ctx.routes.has(e.target) ? ` <a href="${href(ANCHOR.page, e.target)}">↳ ${esc(e.target)}</a>` : '';
  const inputs = e.inputs ? Object.entries(e.inputs).map(([k, v]) => `<code>${esc(k)}</code> ← ${esc(v.from)}.${esc(v.name)}`) : [];
  const snippet = ctx.snippets.html(e.loc);
  return (
    `<li id="${id}"${tbc ? ' class="tbc"' : ''}><span class="badge kind">${esc(EFFECT_LABEL[e.kind])}</span> <code>${summary}</code>${conf}` +
    `${tbc ? ` <span class="tbc-flag">${TO_CONFIRM}</span>` : ''}${goto}` +
    `<div class="loc">${esc(locText(e.loc))}${e.via?.length ? ` <span class="via">via ${e.via.map(esc).join(' → ')}</span>` : ''}</div>` +
    (inputs.length ? `<div class="sub">values: ${inputs.join(', ')}</div>` : '') +
    (snippet ? `<details class="snippet" open><summary>source</summary>${snippet}</details>` : '') +
    `</li>`
  );
}
