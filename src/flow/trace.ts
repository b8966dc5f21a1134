import type { Effect, Loc, ValueOrigin } from '../model/types.js';

/** A read of user input (a query key, a dataset key, a form field…) at a location. */
export interface InputRead {
  origin: ValueOrigin;
  loc: Loc;
  /** The read had a default (`options.id || 0`, `{ id = 0 } = options`). */
  hasDefault?: boolean;
}

/**
 * What one entry function (a lifecycle hook or handler) was seen to do:
 * the follower appends to it while it walks the code reachable from the entry.
 */
export class Trace {
  readonly effects: Effect[] = [];
  readonly reads: InputRead[] = [];
  readonly setData = new Set<string>();
  readonly events = new Set<string>();
  private readonly effectKeys = new Set<string>();

  addEffect(e: Effect): void {
    const key = effectKey(e);
    if (this.effectKeys.has(key)) return;
    this.effectKeys.add(key);
    this.effects.push(e);
  }

  addRead(r: InputRead): void {
    this.reads.push(r);
  }
}

/**
 * Identity of an effect: what it does and where, not how it was reached. Built by hand: it is on the hot path.
 * Not remembered per effect: building it costs less than a `WeakMap` entry did, and most effects are keyed
 * once when traced and once when merged (their merged copies were new objects, keyed again).
 */
export function effectKey(e: Effect): string {
  const x = e as Partial<Record<string, unknown>> & Effect;
  const list = (v: unknown) => (Array.isArray(v) ? v.join(',') : '');
  return [
    e.kind, x.api, x.method, x.url, x.name, x.collection, x.op, x.service, x.path, x.mode, x.target,
    list(x.query), x.key, list(x.dataKeys), x.aiMode, e.loc.file, e.loc.line, e.loc.column,
  ].join('\u0001');
}
