import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

/**
 * Records the paths autoskill opens, lists and writes through `node:fs`
 * while a callback runs, so a test can prove it neither read outside the
 * project root nor wrote outside the output folder. (Resolving a path with
 * realpath/stat is not reading it: NodeVfs must resolve a symlink to refuse it.)
 */
export interface FsLog {
  reads: string[];
  writes: string[];
}

const READS = ['readFileSync', 'readdirSync', 'openSync', 'opendirSync'] as const;
const WRITES = ['writeFileSync', 'appendFileSync', 'mkdirSync', 'renameSync', 'rmSync', 'unlinkSync', 'copyFileSync', 'symlinkSync'] as const;

function pathArg(a: unknown): string | null {
  if (typeof a === 'string') return path.resolve(a);
  if (a instanceof URL) return a.pathname;
  if (Buffer.isBuffer(a)) return path.resolve(a.toString());
  return null; // a file descriptor: its open was recorded
}

export async function watchFs<T>(fn: () => Promise<T>): Promise<{ result: T; log: FsLog }> {
  const log: FsLog = { reads: [], writes: [] };
  const spies: { mockRestore(): void }[] = [];
  const target = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const [names, into] of [
    [READS, log.reads],
    [WRITES, log.writes],
  ] as const) {
    for (const name of names) {
      const orig = target[name]!;
      spies.push(
        vi.spyOn(target, name).mockImplementation((...args: unknown[]) => {
          const p = pathArg(args[0]);
          if (p) into.push(p);
          return orig.apply(fs, args);
        }),
      );
    }
  }
  try {
    const result = await fn();
    return { result, log };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}
