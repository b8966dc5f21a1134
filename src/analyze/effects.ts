import { cmp, compareLoc } from '../diagnostics/diagnostic.js';
import { effectKey } from '../flow/trace.js';
import type { Effect } from '../model/types.js';

/**
 * Merge effects reached along several paths into one list: one effect per
 * identity (what it does and where), keeping the shortest call chain, the
 * union of the response keys and inputs; sorted by kind, target, location.
 */
export function mergeEffects(effects: Effect[]): Effect[] {
  const byKey = new Map<string, Effect>();
  for (const e of effects) {
    const k = effectKey(e);
    const prev = byKey.get(k);
    if (!prev) {
      byKey.set(k, normalize(e));
      continue;
    }
    const better = (e.via?.length ?? 0) < (prev.via?.length ?? 0) ? normalize(e) : prev;
    const rk = mergeLists(responseKeys(prev), responseKeys(e));
    if (rk.length) (better as { responseKeys?: string[] }).responseKeys = rk;
    const inputs = { ...(e.inputs ?? {}), ...(prev.inputs ?? {}) };
    if (Object.keys(inputs).length) better.inputs = inputs;
    byKey.set(k, better);
  }
  // Sorted as `compareEffects` sorts, with each effect's target and key built once instead of per comparison.
  const rows: { e: Effect; target: string; key: string }[] = [];
  for (const [key, e] of byKey) rows.push({ e, target: effectTarget(e), key });
  rows.sort((a, b) => cmp(a.e.kind, b.e.kind) || cmp(a.target, b.target) || compareLoc(a.e.loc, b.e.loc) || cmp(a.key, b.key));
  return rows.map((r) => r.e);
}

function normalize(e: Effect): Effect {
  if (!('responseKeys' in e)) return { ...e };
  const rk = leafKeys(e.responseKeys ?? []);
  if (rk.length) return { ...e, responseKeys: rk };
  // Left out rather than deleted: `delete` would turn the copy into a slow dictionary-mode object.
  const { responseKeys: _none, ...rest } = e;
  return rest as Effect;
}

function responseKeys(e: Effect): string[] {
  return (e as { responseKeys?: string[] }).responseKeys ?? [];
}

function mergeLists(a: string[], b: string[]): string[] {
  return leafKeys([...new Set([...a, ...b])]);
}

/** Response paths without their prefixes (`data` is dropped when `data.list` is there), sorted. */
export function leafKeys(keys: string[]): string[] {
  const set = new Set(keys);
  return [...set].filter((k) => ![...set].some((o) => o !== k && o.startsWith(k + '.'))).sort(cmp);
}

export function effectTarget(e: Effect): string {
  switch (e.kind) {
    case 'request':
      return `${e.url ?? ''} ${e.method}`;
    case 'cloudFunction':
      return e.name ?? '';
    case 'cloudDatabase':
      return `${e.collection ?? ''} ${e.op}`;
    case 'cloudContainer':
      return `${e.service ?? ''} ${e.path ?? ''}`;
    case 'navigate':
      return `${e.target ?? ''} ${e.mode}`;
    case 'payment':
      return e.api;
    case 'storage':
      return `${e.key ?? ''} ${e.op}`;
    case 'jsapi':
      return e.api;
  }
}

export function compareEffects(a: Effect, b: Effect): number {
  return cmp(a.kind, b.kind) || cmp(effectTarget(a), effectTarget(b)) || compareLoc(a.loc, b.loc) || cmp(effectKey(a), effectKey(b));
}
