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

/** What a worker is asked to do. */
export interface WorkerRequest {
  /** The folder the user named (the worker opens the project itself). */
  dir: string;
  stepBudget?: number;
  /** Record probes for an incremental cache. */
  track: boolean;
  /** The units to share out, and the counter of the next one to take (an Int32 in shared memory). */
  keys: string[];
  next: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'unit'; key: string; unit: CachedUnit }
  /** Finished: the file stamps of what it read (for the cache). */
  | { type: 'done'; stamps: [string, string][] }
  | { type: 'error'; message: string };

/**
 * How many threads to use for `pending` units: `jobs` when given (1 = this
 * thread only), else one per core up to 4, and never so many that a thread
 * gets fewer than MIN_UNITS_PER_THREAD units.
 */
export function threadCount(pending: number, jobs?: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const wanted = jobs !== undefined ? Math.max(1, Math.floor(jobs)) : Math.min(cores, 4);
  return Math.max(1, Math.min(wanted, Math.floor(pending / MIN_UNITS_PER_THREAD)));
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
 * Start `count` workers on `request`; `onUnit` receives each unit a worker
 * finished (on this thread's event loop: while this thread is busy with units
 * of its own, results wait in the queue). Resolves when all have stopped.
 */
export async function runWorkers(script: URL, count: number, request: WorkerRequest, onUnit: (key: string, unit: CachedUnit) => void): Promise<WorkersResult> {
  const runs = Array.from({ length: count }, () =>
    new Promise<[string, string][]>((resolve, reject) => {
      const w = new Worker(script, { workerData: request });
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
  const settled = await Promise.allSettled(runs);
  const out: WorkersResult = { stamps: [], failures: [] };
  for (const s of settled) {
    if (s.status === 'fulfilled') out.stamps.push(...s.value);
    else out.failures.push(s.reason instanceof Error ? s.reason.message : String(s.reason));
  }
  return out;
}

/** Take the index of the next unit from the shared counter (any thread). */
export function takeNext(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}
