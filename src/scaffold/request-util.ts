import { cmp } from '../diagnostics/diagnostic.js';
import { LOGIN_CODE_KEY, type AuthFacts } from './auth.js';
import { splitBase, type BaseUrl } from './base-url.js';
import { at, todo } from './notes.js';
import { CodeWriter, jsString, propKey } from './js-writer.js';
import type { ScaffoldTexts } from './texts.js';

/**
 * `utils/request.js` of one skill: every network call of the skill goes
 * through it (wechat-ai-mode.md, "How the official generator works": its
 * own base URL and login, no main-package wrapper). It holds the base URLs
 * the skill uses, the credential's storage key, the login flow found in the
 * app (`ensureLogin`) and the auth header — which the analysis cannot see,
 * so it is a marked question, as are the app's own request wrappers, whose
 * headers and success checks should be copied here.
 */
export interface RequestUtilInput {
  t: ScaffoldTexts;
  /** Every base URL of the app (the ones the skill and its login use are written). */
  bases: readonly BaseUrl[];
  /** Base constants the skill's APIs use. */
  used: ReadonlySet<string>;
  auth: AuthFacts;
  /** Some API of the skill sends the credential. */
  credential: boolean;
  download: boolean;
  upload: boolean;
  /** Some API of the skill logs in itself (needs the wx.login code). */
  loginCode: boolean;
}

export function requestUtil(input: RequestUtilInput): string {
  const { t, auth } = input;
  const login = input.credential ? auth.login : null;
  const loginUrl = login?.request.url ? splitBase(login.request.url, input.bases) : null;
  const used = new Set(input.used);
  if (loginUrl) used.add(loginUrl.base.name);
  const wantsCode = input.loginCode || !!login?.wxLogin;

  const w = new CodeWriter();
  for (const l of t.header.request) w.comment(l);
  if (auth.wrappers.length) w.line(todo(t, t.q.wrappers(auth.wrappers.map(at).join(', '))));
  w.line();
  if (login?.tokenPath) w.line("const { pick } = require('./result')").line();
  for (const b of input.bases.filter((x) => used.has(x.name))) w.line(`const ${b.name} = ${jsString(b.url)}`);
  w.line();

  if (input.credential) {
    const key = auth.tokenKey ?? login?.tokenSet?.key ?? null;
    if (key === null) w.line(todo(t, t.q.value('TOKEN_KEY', at(login?.request.loc))));
    else if (auth.tokenReads.length) w.comment(`[ai-mode:static] ${auth.tokenReads.map(at).join(', ')} storage ${key}`);
    w.line(`const TOKEN_KEY = ${key === null ? 'undefined' : jsString(key)}`);
    w.line(`const NOT_LOGGED_IN = ${jsString(t.notLoggedIn)}`);
    w.line();
  }

  w.open('function send(options) {');
  w.open('return new Promise((resolve, reject) => {');
  w.open('wx.request({');
  w.line('url: options.url,').line("method: options.method || 'GET',").line('data: options.data,').line('header: options.header || {},');
  w.open('success: (res) => {');
  w.line('if (res.statusCode >= 200 && res.statusCode < 300) resolve(res.data)');
  w.line(`else reject(new Error(${jsString(t.httpStatus + ' ')} + res.statusCode))`);
  w.close('},');
  w.open('fail: (err) => {');
  w.line("console.error('[ai-mode] request failed', options.url, err)");
  w.line("reject(new Error(err.errMsg || 'request:fail'))");
  w.close();
  w.close('})');
  w.close('})');
  w.close();
  w.line();

  if (wantsCode) {
    w.open('function loginCode() {');
    w.open('return new Promise((resolve, reject) => {');
    w.open('wx.login({');
    w.line('success: (res) => resolve(res.code),');
    w.line("fail: (err) => reject(new Error(err.errMsg || 'login:fail'))");
    w.close('})');
    w.close('})');
    w.close();
    w.line();
  }

  if (input.credential) {
    w.open('async function ensureLogin() {');
    w.line('const saved = wx.getStorageSync(TOKEN_KEY)');
    w.line('if (saved) return saved');
    if (!login) {
      w.line(todo(t, t.q.noLoginFlow(auth.tokenReads.map(at).join(', ') || '?')));
      w.line('throw new Error(NOT_LOGGED_IN)');
    } else {
      const r = login.request;
      w.comment(`[ai-mode:static] ${at(r.loc)} ${r.api} ${(r.method || 'GET').toUpperCase()} ${r.url ?? '(dynamic URL)'}`);
      if (r.url === null) w.line(todo(t, t.q.urlDynamic(at(r.loc))));
      const url = r.url === null ? 'undefined' : loginUrl ? (loginUrl.rest ? `${loginUrl.base.name} + ${jsString(loginUrl.rest)}` : loginUrl.base.name) : jsString(r.url);
      const data = [...r.dataKeys].sort(cmp);
      w.open('const body = await send({');
      w.line(`url: ${url},`);
      w.line(`method: ${jsString((r.method || 'GET').toUpperCase())}${data.length ? ',' : ''}`);
      if (data.length) {
        w.open('data: {');
        data.forEach((k, i) => {
          const code = LOGIN_CODE_KEY.test(k);
          if (!code) w.line(todo(t, t.q.loginExtra(k, at(r.loc))));
          w.line(`${propKey(k)}: ${code ? 'await loginCode()' : 'undefined'}${i < data.length - 1 ? ',' : ''}`);
        });
        w.close();
      }
      w.close('})');
      if (login.tokenPath) {
        w.line(todo(t, t.q.tokenPath(login.tokenPath, at(r.loc))));
        w.line(`const token = pick(body, ${jsString(login.tokenPath)})`);
      } else {
        w.line(todo(t, t.q.loginFields(at(r.loc))));
        w.line('const token = undefined');
      }
      w.line('if (!token) throw new Error(NOT_LOGGED_IN)');
      if (login.tokenSet) w.comment(`[ai-mode:static] ${at(login.tokenSet.loc)} wx.setStorageSync ${login.tokenSet.key}`);
      w.line('wx.setStorageSync(TOKEN_KEY, token)');
      w.line('return token');
    }
    w.close();
    w.line();

    w.line(todo(t, t.q.authHeader(auth.tokenKey ?? '?', auth.tokenReads.map(at).join(', ') || '?')));
    w.open('function authHeader(token) {');
    w.line('return {}');
    w.close();
    w.line();
  }

  w.open('async function request(options) {');
  w.line(input.credential ? 'const header = options.auth ? authHeader(await ensureLogin()) : {}' : 'const header = {}');
  w.line('return send({ url: options.url, method: options.method, data: options.data, header })');
  w.close();
  w.line();

  if (input.download) {
    w.open('function download(options) {');
    w.open('return new Promise((resolve, reject) => {');
    w.open('wx.downloadFile({');
    w.line('url: options.url,');
    w.line('success: (res) => resolve(res),');
    w.open('fail: (err) => {');
    w.line("console.error('[ai-mode] download failed', options.url, err)");
    w.line("reject(new Error(err.errMsg || 'downloadFile:fail'))");
    w.close();
    w.close('})');
    w.close('})');
    w.close();
    w.line();
  }

  if (input.upload) {
    w.open('async function upload(options) {');
    w.line(input.credential ? 'const header = options.auth ? authHeader(await ensureLogin()) : {}' : 'const header = {}');
    w.open('return new Promise((resolve, reject) => {');
    w.open('wx.uploadFile({');
    w.line('url: options.url,').line('filePath: options.filePath,').line('name: options.name,').line('formData: options.formData,').line('header,');
    w.open('success: (res) => {');
    w.open('try {');
    w.line('resolve(JSON.parse(res.data))');
    w.close('} catch (e) {', true);
    w.line('resolve(res.data)');
    w.close();
    w.close('},');
    w.open('fail: (err) => {');
    w.line("console.error('[ai-mode] upload failed', options.url, err)");
    w.line("reject(new Error(err.errMsg || 'uploadFile:fail'))");
    w.close();
    w.close('})');
    w.close('})');
    w.close();
    w.line();
  }

  const exported = [
    ...input.bases.filter((b) => input.used.has(b.name)).map((b) => b.name),
    'request',
    ...(input.download ? ['download'] : []),
    ...(input.upload ? ['upload'] : []),
    ...(input.loginCode ? ['loginCode'] : []),
  ];
  w.line(`module.exports = { ${exported.join(', ')} }`);
  return w.toString();
}
