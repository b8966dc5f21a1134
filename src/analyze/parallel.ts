import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CachedUnit } from './cache.js';

/**
 * Units shared out between threads. Every unit's result depends on the
 * project and its own code only (flow/isolation.ts), so any thread may take
 * any unit: the main thread and each worker take the next unit from one
 * shared counter until none is left, and the results are put together in
 * key order as if one thread had done them all. The output does not depend
 * on the number of threads, nor on which thread was faster.
 *
 * A worker loads the project and runs the App's launch itself (it cannot be
 * handed the main thread's interpreter), so threads pay off only for apps
 * with enough units; small apps stay on one thread.
 */

/** Fewer units than this per thread and a worker's start-up costs more than it saves. */
export const MIN_UNITS_PER_THREAD = 48;

/** What a worker is started with: it opens and loads the project while the main thread does the same. */
export interface WorkerRequest {
  /** The folder the user named (the worker opens the project itself). */
  dir: string;
  stepBudget?: number;
  /** Record probes for an incremental cache. */
  track: boolean;
  /** The counter of the next unit to take (an Int32 in shared memory). */
  next: SharedArrayBuffer;
}

/** Main thread → worker, once its project is loaded: the units to share out, or stop (not needed after all). */
export type WorkerCommand = { type: 'units'; keys: string[] } | { type: 'stop' };

export type WorkerMessage =
  | { type: 'unit'; key: string; unit: CachedUnit }
  /** Finished: the file stamps of what it read (for the cache). */
  | { type: 'done'; stamps: [string, string][] }
  | { type: 'error'; message: string };

/**
 * Threads wanted before the app's size is known: `jobs`, else one per two
 * cores, up to 4. A thread is not one core's work: beside it V8 compiles and
 * collects garbage on background threads (measured on the 1,000-page bench
 * app: 1.2 s of wall time took 1.9 s of CPU), and each worker pays that again
 * for its own copy of the code. On two cores a worker only competes with
 * them; docs/performance.md has the numbers.
 */
export function threadsWanted(jobs?: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return jobs !== undefined ? Math.max(1, Math.floor(jobs)) : Math.max(1, Math.min(Math.floor(cores / 2), 4));
}

/**
 * How many threads to use for `pending` units: `threadsWanted(jobs)`, but
 * never so many that a thread gets fewer than MIN_UNITS_PER_THREAD units.
 */
export function threadCount(pending: number, jobs?: number): number {
  return Math.max(1, Math.min(threadsWanted(jobs), Math.floor(pending / MIN_UNITS_PER_THREAD)));
}

/** The compiled worker script, or null when running from sources (tests under vitest): then everything stays on this thread. */
export function workerScript(): URL | null {
  const url = new URL('./unit-worker.js', import.meta.url);
  try {
    return fs.existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}

export interface WorkersResult {
  /** File stamps of what the workers read (for the cache). */
  stamps: [string, string][];
  /** Why workers failed, if any did; the units they took are redone by the caller. */
  failures: string[];
}

/**
 * Workers started early: each loads the project at the same time as the main
 * thread, then waits for `share()` (the units, once the main thread knows
 * them) or `stop()` (the app turned out too small). `onUnit` receives each
 * unit a worker finished, on this thread's event loop: while this thread is
 * busy with units of its own, results wait in the queue.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private readonly runs: Promise<[string, string][]>[];

  constructor(script: URL, count: number, request: WorkerRequest, onUnit: (key: string, unit: CachedUnit) => void) {
    this.workers = Array.from({ length: count }, () => new Worker(script, { workerData: request }));
    this.runs = this.workers.map(
      (w) =>
        new Promise<[string, string][]>((resolve, reject) => {
          let stamps: [string, string][] | null = null;
          let failure: Error | null = null;
          w.on('message', (m: WorkerMessage) => {
            if (m.type === 'unit') onUnit(m.key, m.unit);
            else if (m.type === 'done') stamps = m.stamps;
            else failure = new Error(m.message);
          });
          w.on('error', (e) => (failure ??= e));
          w.on('exit', (code) => (stamps && !failure ? resolve(stamps) : reject(failure ?? new Error(`exited with code ${code}`))));
        }),
    );
  }

  /** Share `keys` out between the first `use` workers (the rest stop); resolves when all have stopped. */
  async share(keys: string[], use = this.workers.length): Promise<WorkersResult> {
    this.workers.forEach((w, i) => w.postMessage((i < use ? { type: 'units', keys } : { type: 'stop' }) satisfies WorkerCommand));
    const settled = await Promise.allSettled(this.runs);
    const out: WorkersResult = { stamps: [], failures: [] };
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled') out.stamps.push(...s.value);
      else if (i < use) out.failures.push(s.reason instanceof Error ? s.reason.message : String(s.reason));
    });
    return out;
  }

  /** Not needed after all: stop every worker without waiting. */
  stop(): void {
    for (const w of this.workers) void w.terminate();
    this.runs.forEach((r) => r.catch(() => {}));
  }
}

/** Take the index of the next unit from the shared counter (any thread). */
export function takeNext(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}
