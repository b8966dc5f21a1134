import { vi } from 'vitest';
import { main } from '../../src/cli.js';

export interface CliRun {
  /** The exit code main() returned, or 'threw' when it rejected. */
  code: number | 'threw';
  stdout: string;
  stderr: string;
  error?: unknown;
}

/**
 * `autoskill <args>` in-process: main() from src/cli.ts with stdout and
 * stderr captured. Hardening asks that a loaded project, however hostile,
 * ends with 0 or 1 and plain diagnostics, never 2 or a stack trace.
 */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'autoskill', ...args]);
    return { code, stdout, stderr };
  } catch (error) {
    return { code: 'threw', stdout, stderr, error };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** A stack frame line (`    at fn (file:line:col)`) anywhere in the output. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}
