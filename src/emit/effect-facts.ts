import type { Effect } from '../model/types.js';
import { cmp, compareLoc } from '../diagnostics/diagnostic.js';
import { LOGIN_STORAGE_KEY, LOGIN_WORDS } from './vocabulary.js';
import { splitWords, urlPath } from './words.js';

/**
 * What an effect means for the drafts: does it make a handler a business
 * action, does it only read, is it idempotent, how is it written in a
 * capability list. One table per question, keyed by effect kind.
 */

const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const DB_READ_OPS: ReadonlySet<string> = new Set(['get', 'count', 'watch', 'aggregate']);
const STORAGE_WRITE_OPS: ReadonlySet<string> = new Set(['set', 'remove', 'clear']);

function method(e: { method?: string }): string {
  return (e.method || 'GET').toUpperCase();
}

/** Effects that make a user action an API: network, cloud, payment, storage writes. */
export function isBusinessEffect(e: Effect): boolean {
  switch (e.kind) {
    case 'request':
    case 'cloudFunction':
    case 'cloudDatabase':
    case 'cloudContainer':
    case 'payment':
      return true;
    case 'storage':
      return STORAGE_WRITE_OPS.has(e.op);
    default:
      return false;
  }
}

/** Effects that reach beyond the device (a page entry needs one of these to become a "get" API). */
export function isRemoteEffect(e: Effect): boolean {
  return e.kind === 'request' || e.kind === 'cloudFunction' || e.kind === 'cloudDatabase' || e.kind === 'cloudContainer' || e.kind === 'payment';
}

/** `/orders/{orderId}` and `/orders/{id}` are the same endpoint. */
function anonymousParams(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/** The endpoint an effect hits: equal signatures are the same backend action. */
export function effectSignature(e: Effect): string {
  switch (e.kind) {
    case 'request':
      return `request ${method(e)} ${e.url === null ? '?' : anonymousParams(urlPath(e.url))}`;
    case 'cloudFunction':
      return `cloudFunction ${e.name ?? '?'}`;
    case 'cloudDatabase':
      return `cloudDatabase ${e.collection ?? '?'}.${e.op}`;
    case 'cloudContainer':
      return `cloudContainer ${method(e)} ${e.service ?? '?'}${e.path === null ? '?' : anonymousParams(e.path)}`;
    case 'payment':
      return `payment ${e.api}`;
    case 'storage':
      return `storage ${e.op} ${e.key ?? '?'}`;
    case 'navigate':
      return `navigate ${e.mode} ${e.target ?? '?'}`;
    case 'jsapi':
      return `jsapi ${e.api}`;
  }
}

/** How the official generator's capability list writes a source API (`GET /api/items/search`). */
export function sourceApiText(e: Effect): string {
  switch (e.kind) {
    case 'request':
      return `${method(e)} ${e.url === null ? '(dynamic URL)' : urlPath(e.url)}${e.api === 'wx.request' ? '' : ` (${e.api})`}`;
    case 'cloudFunction':
      return `wx.cloud.callFunction ${e.name ?? '(dynamic name)'}`;
    case 'cloudDatabase':
      return `wx.cloud.database ${e.collection ?? '(dynamic collection)'}.${e.op}`;
    case 'cloudContainer':
      return `wx.cloud.callContainer ${method(e)} ${e.path ?? '(dynamic path)'}`;
    case 'payment':
      return `wx.${e.api.replace(/^wx\./, '')}`;
    case 'storage':
      return `wx.${e.op}Storage ${e.key ?? '(dynamic key)'}`;
    case 'navigate':
      return `wx.${e.mode} ${e.target ?? '(dynamic)'}`;
    case 'jsapi':
      return e.api;
  }
}

/** Only reads: GET-like requests, database reads, storage reads. Cloud functions are unknown, so never read-only. */
export function isReadEffect(e: Effect): boolean {
  switch (e.kind) {
    case 'request':
      return e.api === 'wx.request' && READ_METHODS.has(method(e));
    case 'cloudDatabase':
      return DB_READ_OPS.has(e.op);
    case 'cloudContainer':
      return READ_METHODS.has(method(e));
    case 'storage':
      return !STORAGE_WRITE_OPS.has(e.op);
    case 'navigate':
    case 'jsapi':
      return true;
    default:
      return false;
  }
}

/** Repeating the call has no further effect (HTTP semantics; storage writes overwrite). */
export function isIdempotentEffect(e: Effect): boolean {
  switch (e.kind) {
    case 'request':
      return e.api === 'wx.request' && IDEMPOTENT_METHODS.has(method(e));
    case 'cloudDatabase':
      return DB_READ_OPS.has(e.op);
    case 'cloudContainer':
      return IDEMPOTENT_METHODS.has(method(e));
    case 'storage':
    case 'navigate':
    case 'jsapi':
      return true;
    default:
      return false;
  }
}

/** Words that name the endpoint, in order (URL path, cloud function name, collection). */
export function effectWords(e: Effect): string[] {
  switch (e.kind) {
    case 'request':
      return e.url === null ? [] : splitWords(urlPath(e.url).replace(/\{[^}]*\}/g, ' '));
    case 'cloudFunction':
      return e.name ? splitWords(e.name) : [];
    case 'cloudDatabase':
      return e.collection ? splitWords(e.collection) : [];
    case 'cloudContainer':
      return e.path ? splitWords(e.path.replace(/\{[^}]*\}/g, ' ')) : [];
    case 'payment':
      return ['pay'];
    case 'storage':
      return e.key ? splitWords(e.key) : [];
    default:
      return [];
  }
}

/** `{name}` placeholders of a request URL (path parameters); `{}` has no name and is skipped. */
export function urlParams(e: Effect): string[] {
  const url = e.kind === 'request' ? e.url : e.kind === 'cloudContainer' ? e.path : null;
  if (!url) return [];
  const path = e.kind === 'request' ? urlPath(url) : url;
  return [...path.matchAll(/\{([A-Za-z_$][\w$]*)\}/g)].map((m) => m[1]!);
}

/** The effect hits a login endpoint or calls wx.login. */
export function isLoginEffect(e: Effect): boolean {
  if (e.kind === 'jsapi') return e.api === 'wx.login';
  if (e.kind === 'request' || e.kind === 'cloudFunction' || e.kind === 'cloudContainer') return effectWords(e).some((w) => LOGIN_WORDS.has(w));
  return false;
}

/** The effect reads login state (token storage read, session check). */
export function readsLoginState(e: Effect): boolean {
  if (e.kind === 'storage') return e.op === 'get' && e.key !== null && LOGIN_STORAGE_KEY.test(e.key);
  if (e.kind === 'jsapi') return e.api === 'wx.checkSession';
  return false;
}

/** Deterministic effect order: signature, then location. */
export function compareEffects(a: Effect, b: Effect): number {
  return (
    cmp(effectSignature(a), effectSignature(b)) ||
    compareLoc(a.loc ?? null, b.loc ?? null)
  );
}

/** Sorted, one effect per signature+location. */
export function uniqueEffects(effects: readonly Effect[]): Effect[] {
  const seen = new Set<string>();
  const out: Effect[] = [];
  for (const e of [...effects].sort(compareEffects)) {
    const k = `${effectSignature(e)}@${e.loc ? `${e.loc.file}:${e.loc.line}:${e.loc.column}` : ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}
