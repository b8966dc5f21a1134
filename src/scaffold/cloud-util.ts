import type { AuthFacts } from './auth.js';
import { at, todo } from './notes.js';
import { CodeWriter } from './js-writer.js';
import type { ScaffoldTexts } from './texts.js';

/**
 * `utils/cloud.js` of one skill, written when its APIs use WeChat cloud
 * development. Skills live in an independent subpackage, which does not run
 * the app's `App()` launch code: it must call `wx.cloud.init()` itself
 * (wechat-ai-mode.md, "self-contained"). The environment id is not in the
 * analysis, so it is a marked question.
 */
export interface CloudUtilInput {
  t: ScaffoldTexts;
  auth: AuthFacts;
  callFunction: boolean;
  database: boolean;
  callContainer: boolean;
}

export function cloudUtil(input: CloudUtilInput): string {
  const { t } = input;
  const w = new CodeWriter();
  for (const l of t.header.cloud) w.comment(l);
  w.line();
  w.line(todo(t, t.q.cloudEnv(input.auth.cloudInit ? at(input.auth.cloudInit) : null)));
  w.line('const CLOUD_ENV = undefined');
  w.line();
  w.line('let ready = false');
  w.line();
  w.open('function init() {');
  w.line('if (ready) return');
  if (input.auth.cloudInit) w.comment(`[ai-mode:static] ${at(input.auth.cloudInit)} wx.cloud.init`);
  w.line('wx.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV } : {})');
  w.line('ready = true');
  w.close();
  w.line();
  if (input.callFunction) {
    w.open('async function callFunction(name, data) {');
    w.line('init()');
    w.open('try {');
    w.line('const res = await wx.cloud.callFunction({ name, data })');
    w.line('return res.result');
    w.close('} catch (err) {', true);
    w.line("console.error('[ai-mode] cloud function failed', name, err)");
    w.line('throw err');
    w.close();
    w.close();
    w.line();
  }
  if (input.database) {
    w.open('function database() {');
    w.line('init()');
    w.line('return wx.cloud.database()');
    w.close();
    w.line();
  }
  if (input.callContainer) {
    w.open('async function callContainer(options) {');
    w.line('init()');
    w.open('const res = await wx.cloud.callContainer({');
    w.line('config: CLOUD_ENV ? { env: CLOUD_ENV } : {},');
    w.line('path: options.path,');
    w.line('method: options.method,');
    w.line("header: { 'X-WX-SERVICE': options.service },");
    w.line('data: options.data');
    w.close('})');
    w.line('return res.data');
    w.close();
    w.line();
  }
  const exported = [...(input.callFunction ? ['callFunction'] : []), ...(input.database ? ['database'] : []), ...(input.callContainer ? ['callContainer'] : [])];
  w.line(`module.exports = { ${exported.join(', ')} }`);
  return w.toString();
}
