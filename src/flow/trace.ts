import type { Effect, Loc, ValueOrigin } from '../model/types.js';
import type { Value } from './values.js';

/** A read of user input (a query key, a dataset key, a form field…) at a location. */
export interface InputRead {
  origin: ValueOrigin;
  loc: Loc;
  /** The read had a default (`options.id || 0`, `{ id = 0 } = options`). */
  hasDefault?: boolean;
}

/** One time an effect was reached: whether on a wrapper's behalf, and the call stack then (its frames, innermost last). */
export interface Reach {
  e: Effect;
  plumbing: boolean;
  at: readonly object[];
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
  /** The `detail` each `triggerEvent` call handed over, by event name (made on first use). */
  details: Map<string, Value[]> | undefined;
  private readonly byKey = new Map<string, Effect>();
  /**
   * Every time an effect was reached (a recorded effect again included), and whether that reach was a
   * wrapper's plumbing. An effect is plumbing when every reach of it was: a login's token write reached
   * by the page itself and again inside the wrapper's re-login stays the page's.
   */
  readonly reaches: Reach[] = [];

  /** `stack`: the call stack of the run (its frames), seen by each reach. */
  constructor(private readonly stack: readonly object[] = []) {}

  /** Record `e` unless an equal effect is recorded; returns the recorded one (a response's keys and a wrapper's requests go to it). */
  addEffect<E extends Effect>(e: E): E {
    const key = effectKey(e);
    const had = this.byKey.get(key);
    const kept = (had ?? e) as E;
    if (!had) {
      this.byKey.set(key, e);
      this.effects.push(e);
    }
    this.reaches.push({ e: kept, plumbing: false, at: this.stack.slice() });
    return kept;
  }

  /** Mark the reaches since `start` (a `reaches.length`) made on a wrapper's behalf: `which` picks them. */
  markPlumbing(start: number, which: (r: Reach) => boolean): void {
    for (let i = start; i < this.reaches.length; i++) {
      const r = this.reaches[i]!;
      if (!r.plumbing && which(r)) r.plumbing = true;
    }
  }

  /** At the end of the entry: each effect's `plumbing` from its reaches. */
  settle(): void {
    const own = new Set<Effect>();
    for (const r of this.reaches) if (!r.plumbing) own.add(r.e);
    for (const e of this.effects) {
      if (own.has(e)) delete e.plumbing;
      else e.plumbing = true;
    }
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
