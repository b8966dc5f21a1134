import { cmp, compareLoc } from '../diagnostics/diagnostic.js';
import { isLoginEffect } from '../emit/effect-facts.js';
import type { ApiPlan } from '../emit/plan-types.js';
import { LOGIN_STORAGE_KEY } from '../emit/vocabulary.js';
import type { AnalysisModel, Effect, Loc, RequestEffect, StorageEffect } from '../model/types.js';
import { responsePaths } from './response-paths.js';

/**
 * How the app logs in and authenticates, as far as the analysis shows it:
 * the storage key its credential lives under (the key its code reads most),
 * the login flow (wx.login → a login endpoint → the credential stored),
 * found at launch (`app.effects`) or else in a login API, the app's
 * `wx.cloud.init` call, and the request wrappers every call goes through.
 * What the model does not record (header names, formats) stays a question
 * in the generated code.
 */
export interface AuthFacts {
  /** Storage key of the credential; null when the app reads none. */
  tokenKey: string | null;
  /** Where the app reads it, sorted (at most a few). */
  tokenReads: Loc[];
  login: LoginFlow | null;
  /** Where the app calls wx.cloud.init. */
  cloudInit: Loc | null;
  /** Request call sites outside pages and components (the app's request wrappers), sorted. */
  wrappers: Loc[];
}

export interface LoginFlow {
  /** The endpoint takes a wx.login code (or the flow calls wx.login). */
  wxLogin: boolean;
  request: RequestEffect;
  /** The storage write that keeps the credential after login. */
  tokenSet: { key: string; loc: Loc } | null;
  /** Response path holding the credential (`data.token`), null when not seen. */
  tokenPath: string | null;
}

/** Keys that name a credential rather than cached profile data. */
const CREDENTIAL_KEY = /token|session|jwt|cookie|auth/i;
/** Data keys of a login endpoint that carry the wx.login code. */
export const LOGIN_CODE_KEY = /^(?:code|js_?code|wx_?code|login_?code)$/i;
const MAX_LOCS = 3;

function everyEffect(model: AnalysisModel): Effect[] {
  return [...(model.app?.effects ?? []), ...model.pages.flatMap((p) => [...p.effects, ...p.handlers.flatMap((h) => h.effects)]), ...model.components.flatMap((c) => c.effects)];
}

function credentialKey(reads: StorageEffect[], flowKey: string | null): string | null {
  const counts = new Map<string, number>();
  for (const r of reads) if (r.key !== null) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => Number(CREDENTIAL_KEY.test(b[0])) - Number(CREDENTIAL_KEY.test(a[0])) || b[1] - a[1] || cmp(a[0], b[0]));
  return ranked[0]?.[0] ?? flowKey;
}

function uniqueLocs(locs: Loc[]): Loc[] {
  const seen = new Set<string>();
  return [...locs].sort(compareLoc).filter((l) => {
    const k = `${l.file}:${l.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function loginFlow(model: AnalysisModel, apis: readonly ApiPlan[]): LoginFlow | null {
  const launch = model.app?.effects ?? [];
  const candidates: Effect[][] = [launch, ...[...apis].filter((a) => a.isLogin).sort((a, b) => compareLoc(a.loc, b.loc) || cmp(a.name, b.name)).map((a) => a.effects)];
  for (const effects of candidates) {
    const request = effects.find((e): e is RequestEffect => e.kind === 'request' && isLoginEffect(e));
    if (!request) continue;
    const set = effects.find((e): e is StorageEffect => e.kind === 'storage' && e.op === 'set' && e.key !== null && LOGIN_STORAGE_KEY.test(e.key));
    const paths = responsePaths(request.responseKeys ?? []);
    const key = set?.key ?? null;
    const tokenPath =
      paths.find((p) => key !== null && p.split('.').pop() === key) ?? paths.find((p) => CREDENTIAL_KEY.test(p.split('.').pop()!)) ?? null;
    return {
      wxLogin: effects.some((e) => e.kind === 'jsapi' && e.api === 'wx.login') || request.dataKeys.some((k) => LOGIN_CODE_KEY.test(k)),
      request,
      tokenSet: set && key !== null ? { key, loc: set.loc } : null,
      tokenPath,
    };
  }
  return null;
}

export function authFacts(model: AnalysisModel, apis: readonly ApiPlan[]): AuthFacts {
  const all = everyEffect(model);
  const reads = all.filter((e): e is StorageEffect => e.kind === 'storage' && e.op === 'get' && e.key !== null && LOGIN_STORAGE_KEY.test(e.key));
  const login = loginFlow(model, apis);
  const tokenKey = credentialKey(reads, login?.tokenSet?.key ?? null);
  const scripts = new Set<string>([...model.pages, ...model.components].map((u) => u.files.script).filter((f): f is string => !!f));
  const wrappers = uniqueLocs(all.filter((e) => e.kind === 'request' && !scripts.has(e.loc.file) && e.loc.file !== model.app?.script).map((e) => e.loc));
  const cloudInit = all.filter((e) => e.kind === 'jsapi' && e.api === 'wx.cloud.init').map((e) => e.loc).sort(compareLoc)[0] ?? null;
  return {
    tokenKey,
    tokenReads: uniqueLocs(reads.filter((r) => r.key === tokenKey).map((r) => r.loc)).slice(0, MAX_LOCS),
    login,
    cloudInit,
    wrappers,
  };
}
