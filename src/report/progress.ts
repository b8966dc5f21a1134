import type { Io, OutStream } from './registry.js';

/**
 * A one-line progress indicator on stderr for long analyses
 * (`analysing 12/40 pages/goods/detail`), redrawn in place. Only on a
 * terminal and outside CI, and only once a run has lasted `delayMs`, so
 * short runs, logs and pipes stay clean.
 */
export interface Progress {
  /** Pass as AnalyzeOptions.onProgress; undefined when no indicator is shown. */
  onProgress: ((done: number, total: number, what: string) => void) | undefined;
  /** Erase the line (call before printing anything else). */
  done(): void;
}

export interface ProgressOptions {
  delayMs?: number;
  /** Minimum time between redraws. */
  intervalMs?: number;
  now?: () => number;
}

const SILENT: Progress = { onProgress: undefined, done: () => {} };

/** CI services set CI (to "true", "1", a name…); an explicit "false"/"0" means a local run. */
export function isCi(env: Io['env']): boolean {
  const v = env.CI;
  return !!v && v !== 'false' && v !== '0';
}

export function createProgress(stream: OutStream & { columns?: number }, env: Io['env'], o: ProgressOptions = {}): Progress {
  if (!stream.isTTY || isCi(env)) return SILENT;
  const now = o.now ?? Date.now;
  const delay = o.delayMs ?? 400;
  const interval = o.intervalMs ?? 80;
  const start = now();
  let last = -Infinity;
  let drawn = false;
  return {
    onProgress(done, total, what) {
      const t = now();
      if (t - start < delay || (t - last < interval && done < total)) return;
      last = t;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      let line = `autoskill: analysing ${done}/${total} ${what}`;
      if (line.length > width) line = line.slice(0, width - 1) + '…';
      stream.write(`\r\x1b[K${line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
