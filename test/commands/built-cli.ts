import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The real `autoskill` executable, built from the current sources into a
 * temp folder laid out like the package (bin/, dist/, package.json,
 * node_modules), so shell-level tests run what users run without touching
 * the repository's own dist/.
 */
export function buildCli(): { bin: string; cleanup: () => void } {
  const repo = path.resolve('.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-cli-'));
  const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(repo, 'tsconfig.build.json'), '--outDir', path.join(dir, 'dist')], { stdio: 'pipe' });
  } catch (e) {
    // Type errors elsewhere in the tree still emit JavaScript; only a missing CLI is fatal here.
    if (!fs.existsSync(path.join(dir, 'dist/cli.js'))) throw e;
  }
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.copyFileSync(path.join(repo, 'bin/autoskill.js'), path.join(dir, 'bin/autoskill.js'));
  fs.copyFileSync(path.join(repo, 'package.json'), path.join(dir, 'package.json'));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { bin: path.join(dir, 'bin/autoskill.js'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
