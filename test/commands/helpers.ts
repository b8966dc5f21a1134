import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/report/registry.js';

/**
 * A fixture copied to a fresh temp folder as `<tmp>/app`, so commands can
 * write beside it. Without its `autoskill/` folder (expected outputs kept
 * beside the fixture), so every test starts from nothing committed.
 */
export function copyFixture(name: string): { tmp: string; app: string; cleanup: () => void } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `autoskill-${name}-`));
  const app = path.join(tmp, 'app');
  const src = path.resolve('fixtures', name);
  fs.cpSync(src, app, { recursive: true, filter: (p) => path.relative(src, p) !== 'autoskill' });
  return { tmp, app, cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

/** Streams that record what a command prints; not terminals unless asked. */
export function captureIo(cwd: string, env: Record<string, string> = {}): { io: Io; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    env,
    cwd,
  };
  return { io, out };
}
