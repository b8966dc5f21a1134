import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { runValidate } from '../../src/commands/validate.js';
import type { Io } from '../../src/report/registry.js';
import { SKILL_FIXTURES } from './helpers.js';

/** `autoskill validate`: streams, formats, exit codes (0 clean, 1 errors, 2 unusable), and it never writes. */

function capture(cwd: string): { io: Io; out: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: { NO_COLOR: '1' },
    cwd,
  };
  return { io, out: () => ({ stdout, stderr }) };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-validate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file under a folder with a hash of its bytes and its mtime. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${path.relative(dir, p)} ${crypto.createHash('sha1').update(fs.readFileSync(p)).digest('hex')} ${fs.statSync(p).mtimeMs}`);
    }
  };
  walk(dir);
  return out.sort();
}

describe('autoskill validate', () => {
  it('a passing project: exit 0, the summary on stderr, nothing on stdout', async () => {
    const { io, out } = capture(SKILL_FIXTURES);
    expect(await runValidate('good', { format: 'pretty' }, io)).toBe(0);
    expect(out()).toEqual({ stdout: '', stderr: 'autoskill: 1 skill validated (0 errors, 0 warnings, 0 info)\n' });
  });

  it('errors: exit 1, pretty diagnostics on stderr with paths from the current folder', async () => {
    const { io, out } = capture(SKILL_FIXTURES);
    expect(await runValidate('bad/skills/v002-async-api', { format: 'pretty' }, io)).toBe(1);
    const { stdout, stderr } = out();
    expect(stdout).toBe('');
    expect(stderr).toContain('bad/skills/v002-async-api/apis/ping.js:1:1  error  V002_API_NOT_ASYNC');
    expect(stderr).toContain('autoskill: 1 skill validated (1 errors, 0 warnings, 0 info)');
  });

  it('--format json: summary and root-relative diagnostics on stdout, nothing on stderr', async () => {
    const { io, out } = capture(SKILL_FIXTURES);
    expect(await runValidate('bad-app', { format: 'json' }, io)).toBe(1);
    const { stdout, stderr } = out();
    expect(stderr).toBe('');
    const parsed = JSON.parse(stdout) as { summary: Record<string, unknown>; diagnostics: { code: string; loc: { file: string } }[] };
    expect(parsed.summary).toEqual({ mode: 'project', root: 'bad-app', skills: ['skills/check'], error: 2, warning: 0, info: 0 });
    expect(parsed.diagnostics.map((d) => `${d.code} ${d.loc.file}`)).toEqual(['SKILL_LAZY_CODE_LOADING app.json', 'SKILL_SUBPACKAGE_NOT_INDEPENDENT app.json']);
  });

  it('a skill folder with no project around it: validated alone', async () => {
    const dir = path.join(tmp, 'alone', 'ping');
    fs.cpSync(path.join(SKILL_FIXTURES, 'bad/skills/v002-async-api'), dir, { recursive: true });
    const { io, out } = capture(tmp);
    expect(await runValidate(dir, { format: 'json' }, io)).toBe(1);
    const parsed = JSON.parse(out().stdout) as { summary: { mode: string; root: string; skills: string[] }; diagnostics: { code: string; loc: { file: string } }[] };
    expect(parsed.summary).toMatchObject({ mode: 'skill', root: 'alone', skills: ['ping'] });
    expect(parsed.diagnostics.map((d) => `${d.code} ${d.loc.file}`)).toEqual(['V002_API_NOT_ASYNC ping/apis/ping.js']);
  });

  it('neither a project nor a skill folder: exit 2', async () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty, { recursive: true });
    const { io, out } = capture(tmp);
    expect(await runValidate(empty, { format: 'pretty' }, io)).toBe(2);
    expect(out().stderr).toContain('SKILL_TARGET_NOT_FOUND');
    expect(out().stderr).toContain('autoskill: nothing validated');
    expect(await runValidate(path.join(tmp, 'missing'), { format: 'pretty' }, capture(tmp).io)).toBe(2);
  });

  it('never modifies what it checks (project.config.json included)', async () => {
    const before = snapshot(SKILL_FIXTURES);
    for (const dir of ['good', 'bad', 'bad-app', 'bad/skills/v001-main-package']) await runValidate(dir, { format: 'json' }, capture(SKILL_FIXTURES).io);
    expect(snapshot(SKILL_FIXTURES)).toEqual(before);
  });

  it('is a sub-command of the CLI', async () => {
    const write = process.stdout.write.bind(process.stdout);
    let printed = '';
    process.stdout.write = ((t: string) => ((printed += t), true)) as typeof process.stdout.write;
    try {
      expect(await main(['node', 'autoskill', 'validate', '--format', 'json', path.join(SKILL_FIXTURES, 'good')])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(JSON.parse(printed)).toMatchObject({ summary: { mode: 'project', skills: ['skills/shop'] }, diagnostics: [] });
  });
});
