import type { Effect, EffectKind } from '../model/types.js';

/**
 * How each kind of effect reads in one line of the review page, and which
 * parts were not resolved statically (the reviewer must check those).
 * One row per effect kind: adding a kind is adding a row.
 */
type ByKind<R> = { [K in EffectKind]: (e: Extract<Effect, { kind: K }>) => R };

const DYN = '(dynamic)';

export const EFFECT_LABEL: Record<EffectKind, string> = {
  request: 'request',
  cloudFunction: 'cloud function',
  cloudDatabase: 'cloud database',
  cloudContainer: 'cloud container',
  navigate: 'navigate',
  payment: 'payment',
  storage: 'storage',
  jsapi: 'wx API',
};

const SUMMARY: ByKind<string> = {
  request: (e) => `${e.method} ${e.url ?? DYN}${e.api === 'wx.request' ? '' : ` (${e.api})`}${keys(e.dataKeys)}`,
  cloudFunction: (e) => `${e.name ?? DYN}${keys(e.dataKeys)}`,
  cloudDatabase: (e) => `${e.collection ?? DYN}.${e.op}()${keys(e.dataKeys ?? [])}`,
  cloudContainer: (e) => `${e.method ? e.method + ' ' : ''}${e.service ?? DYN} ${e.path ?? DYN}`,
  navigate: (e) => `${e.mode} → ${e.mode === 'navigateBack' ? 'previous page' : (e.target ?? DYN)}${e.query.length ? ` ?${e.query.join('&')}` : ''}`,
  payment: (e) => e.api,
  storage: (e) => `${e.op} ${e.key ?? (e.op === 'clear' || e.op === 'info' ? '' : DYN)}`.trim(),
  jsapi: (e) => `${e.api} — AI mode: ${e.aiMode}`,
};

/** Parts a static analysis could not pin down: shown as "to confirm". */
const UNRESOLVED: ByKind<boolean> = {
  // `{name}` is a known parameter; `{}` is a part nothing names.
  request: (e) => e.url === null || e.url.includes('{}'),
  cloudFunction: (e) => e.name === null,
  cloudDatabase: (e) => e.collection === null,
  cloudContainer: (e) => e.path === null || e.service === null,
  navigate: (e) => e.target === null && e.mode !== 'navigateBack',
  payment: () => false,
  storage: (e) => e.key === null && (e.op === 'get' || e.op === 'set' || e.op === 'remove'),
  jsapi: () => false,
};

function keys(ks: string[]): string {
  return ks.length ? ` {${ks.join(', ')}}` : '';
}

export function effectSummary(e: Effect): string {
  return (SUMMARY[e.kind] as (x: Effect) => string)(e);
}

/** True when the effect needs a person: not resolved statically, or only guessed. */
export function needsConfirmation(e: Effect): boolean {
  return e.confidence === 'guess' || (UNRESOLVED[e.kind] as (x: Effect) => boolean)(e);
}
