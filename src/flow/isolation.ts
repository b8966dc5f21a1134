/**
 * Unit isolation.
 *
 * Pages and components are analysed one after another by one interpreter,
 * and some state outlives a unit: the App object after launch, module scopes,
 * the objects modules export, the globals. A page's handlers write there
 * (`app.globalData.hasLogin = false`, a module's `let token`, a cache object),
 * and without care the next page would read what the previous one left —
 * so a page's facts would depend on which pages happened to be analysed
 * before it: in this process, in another worker, or in the run whose cache
 * is being reused. Two runs that differ only in that would give different
 * bytes.
 *
 * So every write a unit makes to state it did not create is journaled, and
 * the journal is undone when the unit ends: every unit starts from the state
 * launch and module evaluation left. What some other page may have stored is
 * modelled where it is read (placeholders in `globalData` are widened after
 * launch), not by leaking one page's writes into the next.
 *
 * Only state built while no unit runs (App launch, a module's top level —
 * always run as shared, whichever unit triggered it — the interpreter's
 * globals) can be written by a unit that did not create it: what a unit
 * creates is unreachable once its journal is undone. So maps of values
 * (object properties, scope variables) created as shared state are
 * `StateMap`s that journal every write made while a unit runs, and the rest
 * are plain Maps; the few other in-place writes (list items, a prototype
 * link, a lazily created property map) call `journalField` / `journalItems`
 * first.
 */

/** A unit is being analysed (not shared state being built). */
let inUnit = false;

/**
 * The journal, flat: for a map write, [map, key, had, previous]; for a field,
 * [FIELD, object, name, previous]; for list items, [ITEMS, array, copy, undefined].
 */
const log: unknown[] = [];
const FIELD = Symbol('field');
const ITEMS = Symbol('items');
/** Lists already copied into the journal by the current unit (one copy each is enough). */
const copied = new Set<unknown[]>();

const mapSet = Map.prototype.set;
const mapDelete = Map.prototype.delete;

/** A Map of shared state: what a unit writes to it is undone when the unit ends. */
class StateMap<K, V> extends Map<K, V> {
  override set(key: K, value: V): this {
    if (inUnit) log.push(this, key, this.has(key), this.get(key));
    return mapSet.call(this, key, value) as this;
  }

  override delete(key: K): boolean {
    if (inUnit && this.has(key)) log.push(this, key, true, this.get(key));
    return mapDelete.call(this, key);
  }

  override clear(): void {
    for (const k of [...this.keys()]) this.delete(k);
  }
}

/**
 * A map of values for an object or scope being created now. Only shared state
 * (built while no unit runs) can be written by a unit that did not create it:
 * what a unit creates is unreachable once its journal is undone, so it gets a
 * plain Map and pays nothing for isolation.
 */
export function valueMap<K, V>(entries?: Iterable<readonly [K, V]> | null): Map<K, V> {
  return inUnit ? new Map<K, V>(entries) : new StateMap<K, V>(entries);
}

/**
 * A map of values that outlives the entries of its unit (the page instance, its `data`):
 * journaled like shared state, so each handler's writes are undone after it (`entryScope`).
 */
export function entryStateMap<K, V>(entries?: Iterable<readonly [K, V]> | null): Map<K, V> {
  return new StateMap<K, V>(entries);
}

/**
 * Run one handler of a unit from the state its start-up hooks left: undo, when it ends,
 * what it wrote to shared state and to the unit's instance. Users tap handlers in any
 * order, any number of times; without this, each would see what the handlers before it
 * in name order left (a logout's `userInfo = {}` before an order button's login check).
 * Only inside a unit (`isolated`).
 */
export function entryScope<T>(fn: () => T): T {
  const mark = log.length;
  try {
    return fn();
  } finally {
    undoTo(mark);
  }
}

/** Whether a unit is being analysed now (false while shared state is built). */
export function inUnitNow(): boolean {
  return inUnit;
}

/** Before `target[name] = …` on an object that may be shared (a prototype link, a lazily created map). */
export function journalField<T extends object>(target: T, name: keyof T & string): void {
  if (inUnit) log.push(FIELD, target, name, (target as Record<string, unknown>)[name]);
}

/**
 * The map kept in `target[name]`, created on first use: a map field a value gets lazily (a list's
 * far items, an event's written fields, a scope's tainted names), journaled and undone like any
 * other field write.
 */
export function lazyMap<T extends object, K extends keyof T & string>(target: T, name: K): NonNullable<T[K]> {
  let m = target[name];
  if (!m) {
    journalField(target, name);
    m = valueMap() as T[K];
    target[name] = m;
  }
  return m as NonNullable<T[K]>;
}

/** Before changing a list's items in place. */
export function journalItems(items: unknown[]): void {
  if (!inUnit || copied.has(items)) return;
  copied.add(items);
  log.push(ITEMS, items, items.slice(), undefined);
}

/**
 * Run one unit's analysis; undo what it wrote to state it did not create.
 * Not reentrant: units are not nested.
 */
export function isolated<T>(fn: () => T): T {
  const outer = inUnit;
  const mark = log.length;
  inUnit = true;
  try {
    return fn();
  } finally {
    undoTo(mark);
    inUnit = outer;
  }
}

/** Build shared state (a module's top level) from inside a unit: owned by nobody, never undone. */
export function shared<T>(fn: () => T): T {
  const outer = inUnit;
  inUnit = false;
  try {
    return fn();
  } finally {
    inUnit = outer;
  }
}

function undoTo(mark: number): void {
  for (let i = log.length - 4; i >= mark; i -= 4) {
    const a = log[i];
    if (a === FIELD) (log[i + 1] as Record<string, unknown>)[log[i + 2] as string] = log[i + 3];
    else if (a === ITEMS) {
      const items = log[i + 1] as unknown[];
      const before = log[i + 2] as unknown[];
      items.length = 0;
      for (const x of before) items.push(x);
    } else if (log[i + 2]) mapSet.call(a as Map<unknown, unknown>, log[i + 1], log[i + 3]);
    else mapDelete.call(a as Map<unknown, unknown>, log[i + 1]);
  }
  log.length = mark;
  copied.clear();
}
