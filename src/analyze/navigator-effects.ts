import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { isNoLink, isStaticFile, navigationProblem, resolveNavigation } from '../flow/navigation.js';
import type { Interpreter } from '../flow/interpreter.js';
import { expandStrings, type Expanded } from '../flow/strings.js';
import { evalAttribute } from './wxml-expr.js';
import { alternatives, type ObjValue, type Value } from '../flow/values.js';
import type { NavigateEffect } from '../model/types.js';
import type { WxmlFacts } from '../wxml/types.js';

/**
 * `<navigator url="/pages/detail/detail?id={{item.id}}">` is a navigation
 * the page offers without any script. Mustaches become holes, as in code.
 * https://developers.weixin.qq.com/miniprogram/dev/component/navigator.html
 */
export function navigatorEffects(ip: Interpreter, wxml: WxmlFacts, route: string | null, routes: Set<string>, diags: DiagnosticBag, pageData: ObjValue | null = null, staticData?: ReadonlyMap<string, Value>): NavigateEffect[] {
  const out: NavigateEffect[] = [];
  for (const n of wxml.navigators) {
    if (n.target && n.target !== 'self' && !opensThisApp(ip, n, wxml, pageData, staticData)) continue; // another mini-program
    if (n.openType === 'navigateBack' || n.openType === 'exit') continue;
    if (n.url === null || n.url.trim() === '') continue;
    // An HTML-style placeholder link (`url="#"`, `url="javascript:;"`, a template's leftover) leads nowhere.
    if (isNoLink(n.url)) continue;
    // `{{ }}` parts are evaluated (ternaries, <wxs> helpers, menu entries in page data often name the target exactly).
    // A rendered file (`url="{{item.pic}}"` over sample rows whose `pic` is `../../images/a.jpg`) is no page.
    // A menu row whose `url` is a placeholder (`url: '#'`) leads nowhere either; a navigator whose every row is one is no link.
    const evaluated = n.url.includes('{{') ? expandStrings(evalAttribute(ip, n.url, n, wxml.wxs, pageData, staticData)) : [toExpanded(n.url)];
    const links = evaluated.filter((u) => !isNoLink(u.text));
    if (evaluated.length && !links.length) continue;
    const readings = n.url.includes('{{') ? links.filter((u) => !isStaticFile(u.text)) : links;
    for (const u of readings.length ? readings : [toExpanded(n.url)]) {
      const nav = resolveNavigation(u, route, routes);
      const eff: NavigateEffect = { kind: 'navigate', mode: 'navigator', target: nav.target, query: nav.query, loc: n.loc };
      if (nav.target === null) eff.confidence = 'guess';
      const problem = navigationProblem(nav, '<navigator>', u.text);
      if (problem) diags.report(problem.code, n.loc, problem.args);
      out.push(eff);
    }
  }
  return out;
}

/**
 * A `target="{{item.target}}"` over rows of a menu, most of which set none: the navigator opens a
 * page of this app unless every reading is another mini-program (a navigator to one names it by
 * `app-id` and `path`; a `url` of its own is a page of this app).
 */
function opensThisApp(ip: Interpreter, n: WxmlFacts['navigators'][number], wxml: WxmlFacts, pageData: ObjValue | null, staticData?: ReadonlyMap<string, Value>): boolean {
  if (!n.target?.includes('{{')) return false;
  const readings = alternatives(evalAttribute(ip, n.target, n, wxml.wxs, pageData, staticData));
  return readings.some((r) => r.t !== 'str' || r.v !== 'miniProgram');
}

function toExpanded(url: string): Expanded {
  let holes = 0;
  let constPrefix = -1;
  const text = url.replace(/\{\{([\s\S]*?)\}\}/g, (_m, expr: string, offset: number) => {
    holes++;
    if (constPrefix < 0) constPrefix = offset;
    const name = /([A-Za-z_$][\w$]*)\s*$/.exec(expr.trim())?.[1] ?? '';
    return `{${name}}`;
  });
  return { text: text.trim(), holes, constPrefix: constPrefix < 0 ? text.length : constPrefix, inputs: {} };
}

