import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { capDiff, MAX_DIFF_LINES } from '../../src/commands/check-action.js';
import { runCheck, type CheckCliOptions } from '../../src/commands/check.js';
import { MANIFEST, sha256 } from '../../src/output/write-outputs.js';
import { validateSarifSubset } from '../report/sarif-schema.js';
import { captureIo, copyFixture } from './helpers.js';

const OPTS: CheckCliOptions = { update: false, force: false, format: 'pretty', lang: 'zh' };
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function fixture(name: string) {
  const f = copyFixture(name);
  cleanups.push(f.cleanup);
  const run = async (opts: Partial<CheckCliOptions> = {}, dir = 'app') => {
    const { io, out } = captureIo(f.tmp);
    const code = await runCheck(dir, { ...OPTS, ...opts }, io);
    return { code, ...out };
  };
  const out = (...p: string[]) => path.join(f.app, 'autoskill', ...p);
  return { ...f, run, out };
}

/** The unified diff of one changed line of `text`, built by hand: 3 lines of context each side. */
function oneLineDiff(file: string, text: string, from: string, to: string): string {
  const lines = text.split('\n').slice(0, -1);
  const i = lines.indexOf(from);
  const a = Math.max(0, i - 3);
  const b = Math.min(lines.length, i + 4);
  const body = lines.slice(a, b).map((l, k) => (a + k === i ? `-${from}\n+${to}` : ` ${l}`));
  return `--- a/${file}\n+++ b/${file}\n@@ -${a + 1},${b - a} +${a + 1},${b - a} @@\n${body.join('\n')}\n`;
}

describe('autoskill check keeps an incremental cache', () => {
  it('in <out>/.autoskill-cache, ignored by git and by the comparison; --no-cache leaves none', async () => {
    const f = fixture('mall');
    expect((await f.run({ update: true })).code).toBe(0);
    const cache = f.out('.autoskill-cache', 'cache.json');
    expect(fs.existsSync(cache)).toBe(true);
    expect(fs.readFileSync(f.out('.autoskill-cache', '.gitignore'), 'utf8')).toBe('*\n');
    const stamp = fs.statSync(cache).mtimeMs;
    const again = await f.run();
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    // A change in one file is still seen through the cache.
    const api = path.join(f.app, 'config/api.js');
    fs.writeFileSync(api, fs.readFileSync(api, 'utf8').replace("'cart/add'", "'cart/put'"));
    const drift = await f.run();
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('cart/put');
    expect(fs.statSync(cache).mtimeMs).toBeGreaterThanOrEqual(stamp);
    fs.rmSync(f.out('.autoskill-cache'), { recursive: true });
    await f.run({ cache: false });
    expect(fs.existsSync(f.out('.autoskill-cache'))).toBe(false);
  });
});

describe('autoskill check', () => {
  it('fails with every output missing when nothing was committed, then --update writes them and check passes quietly', async () => {
    const f = fixture('coffee');
    const first = await f.run();
    expect(first.code).toBe(1);
    expect(first.stdout.startsWith('--- /dev/null\n+++ b/app/autoskill/analysis.json\n@@ -0,0 +1,')).toBe(true);
    expect(first.stdout).toContain(`more diff lines (autoskill check --format json shows all)`);
    expect(first.stderr).toContain('(project)  error  OUTPUT_MISSING  app/autoskill/analysis.json is missing; run `autoskill check app --update` and commit the result');
    expect(first.stderr).toMatch(/autoskill: app\/autoskill\/ is out of date \(\d+ missing\); run `autoskill check app --update`/);

    const update = await f.run({ update: true });
    expect(update.code).toBe(0);
    expect(update.stdout).toBe('');
    expect(update.stderr).toMatch(/^autoskill: updated app\/autoskill\/ \(\d+ written, 0 deleted, 0 unchanged\)\n$/);
    expect(fs.existsSync(f.out('analysis.json'))).toBe(true);
    expect(fs.existsSync(f.out(MANIFEST))).toBe(true);

    const again = await f.run();
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr.split('\n')).toHaveLength(2); // one line
    expect(again.stderr).toMatch(/^autoskill: app\/autoskill\/ is up to date \(\d+ files?\)(; \d+ warnings? \(autoskill analyze shows them\))?\n$/);

    expect((await f.run({ update: true })).stderr).toBe('autoskill: app/autoskill/ is up to date\n');
  });

  it('shows the drift as a unified diff when a committed output was modified', async () => {
    const f = fixture('coffee');
    await f.run({ update: true });
    const text = fs.readFileSync(f.out('analysis.json'), 'utf8');
    const edited = text.replace('  "schemaVersion": 1,\n', '  "schemaVersion": 2,\n');
    fs.writeFileSync(f.out('analysis.json'), edited);
    const res = await f.run();
    expect(res.code).toBe(1);
    expect(res.stdout).toBe(oneLineDiff('app/autoskill/analysis.json', edited, '  "schemaVersion": 2,', '  "schemaVersion": 1,'));
    expect(res.stderr).toContain(
      '(project)  error  OUTPUT_EDITED  app/autoskill/analysis.json was edited by hand and differs from what autoskill generates; undo the edit, or overwrite it with `autoskill check app --update --force`',
    );
    expect(res.stderr).toMatch(/is out of date \(1 changed\)/);

    // --update leaves a hand edit alone unless --force.
    const refused = await f.run({ update: true });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('(project)  error  OUTPUT_EXISTS_MODIFIED  app/autoskill/analysis.json was edited by hand since autoskill wrote it; not overwritten (use --force)');
    expect((await f.run({ update: true, force: true })).code).toBe(0);
    expect(fs.readFileSync(f.out('analysis.json'), 'utf8')).toBe(text);
    expect((await f.run()).code).toBe(0);
  });

  it('reports outputs the code no longer matches (the app changed) as OUTPUT_DRIFT', async () => {
    const f = fixture('coffee');
    await f.run({ update: true });
    const js = path.join(f.app, 'pages/cart/cart.js');
    fs.writeFileSync(js, fs.readFileSync(js, 'utf8').replace("'/cart/delete'", "'/cart/remove'"));
    const res = await f.run();
    expect(res.code).toBe(1);
    expect(res.stdout.startsWith('--- a/app/autoskill/analysis.json\n+++ b/app/autoskill/analysis.json\n@@ ')).toBe(true);
    // Effects are sorted by URL: the renamed request moves, so it leaves one hunk and enters another.
    expect(res.stdout).toContain('\n-          "url": "https://coffee.example.com/api/cart/delete",\n');
    expect(res.stdout).toContain('\n+          "url": "https://coffee.example.com/api/cart/remove",\n');
    expect(res.stderr).toContain('OUTPUT_DRIFT  app/autoskill/analysis.json is out of date with the code; run `autoskill check app --update` and commit the result');
    // analysis.json and the drafts that mention the endpoint (mcp.json, the cart skill, capabilities…).
    expect((await f.run({ update: true })).stderr).toMatch(/^autoskill: updated app\/autoskill\/ \([2-9]\d* written, 0 deleted, \d+ unchanged\)\n$/);
  });

  it('reports extra files; --update deletes only those autoskill wrote', async () => {
    const f = fixture('coffee');
    await f.run({ update: true });
    const stale = '# 旧技能\n';
    fs.mkdirSync(f.out('skills/old'), { recursive: true });
    fs.writeFileSync(f.out('skills/old/SKILL.md'), stale);
    fs.writeFileSync(f.out('notes.md'), 'mine\n');
    const manifest = JSON.parse(fs.readFileSync(f.out(MANIFEST), 'utf8')) as Record<string, string>;
    fs.writeFileSync(f.out(MANIFEST), JSON.stringify({ ...manifest, 'skills/old/SKILL.md': sha256(stale) }));

    const res = await f.run();
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('--- a/app/autoskill/notes.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-mine\n--- a/app/autoskill/skills/old/SKILL.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-# 旧技能\n');
    expect(res.stderr).toContain('OUTPUT_EXTRA  app/autoskill/skills/old/SKILL.md is no longer generated; delete it (`autoskill check app --update` deletes files autoskill wrote)');

    const update = await f.run({ update: true });
    expect(update.code).toBe(1);
    expect(update.stderr).toContain('OUTPUT_EXTRA  app/autoskill/notes.md is no longer generated');
    expect(update.stderr).toMatch(/updated app\/autoskill\/ \(0 written, 1 deleted, \d+ unchanged\)/);
    expect(fs.existsSync(f.out('skills/old'))).toBe(false); // the emptied folder goes too
    expect(fs.existsSync(f.out('notes.md'))).toBe(true);
  });

  it('fails on error diagnostics even when the outputs are in sync, showing only the errors', async () => {
    const f = fixture('broken');
    await f.run({ update: true });
    const res = await f.run();
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('app/pages/index/index.wxml:1:1  error  WXML_UNCLOSED_TAG  <view> is never closed');
    expect(res.stderr).not.toContain('  warning  ');
    expect(res.stderr).toMatch(/is up to date/);
  });

  it('uses --out for the folder and keeps it in the command it suggests', async () => {
    const f = fixture('coffee');
    const res = await f.run({ out: 'committed/ai', lang: 'en' });
    expect(res.stderr).toContain('OUTPUT_MISSING  committed/ai/analysis.json is missing');
    expect(res.stderr).toContain('run `autoskill check app --out committed/ai --lang en --update`');
    expect((await f.run({ out: 'committed/ai', lang: 'en', update: true })).code).toBe(0);
    expect(fs.existsSync(path.join(f.tmp, 'committed/ai/analysis.json'))).toBe(true);
    expect((await f.run({ out: 'committed/ai', lang: 'en' })).code).toBe(0);
  });

  it('exits 2 when there is no mini-program', async () => {
    const f = fixture('coffee');
    const res = await f.run({}, 'nowhere');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('PROJECT_NOT_FOUND');
  });

  describe('formats', () => {
    async function drifted() {
      const f = fixture('coffee');
      await f.run({ update: true });
      const edited = fs.readFileSync(f.out('analysis.json'), 'utf8').replace('  "schemaVersion": 1,\n', '  "schemaVersion": 2,\n');
      fs.writeFileSync(f.out('analysis.json'), edited);
      return { f, diff: oneLineDiff('app/autoskill/analysis.json', edited, '  "schemaVersion": 2,', '  "schemaVersion": 1,') };
    }

    it('github: annotations, and the diff in a collapsible group', async () => {
      const { f, diff } = await drifted();
      const res = await f.run({ format: 'github' });
      expect(res.code).toBe(1);
      expect(res.stdout).toContain(`::group::autoskill: analysis.json (changed)\n${diff}::endgroup::\n`);
      expect(res.stdout).toContain(
        '::error title=OUTPUT_EDITED::app/autoskill/analysis.json was edited by hand and differs from what autoskill generates; undo the edit, or overwrite it with `autoskill check app --update --force`\n',
      );
      expect(res.stdout).toMatch(/^::warning file=app\/pages\/index\/index.js,line=\d+,col=\d+,title=DYNAMIC_NAVIGATION::/m);
    });

    it('json: whole diffs and the drift in the summary', async () => {
      const { f, diff } = await drifted();
      const res = await f.run({ format: 'json' });
      const parsed = JSON.parse(res.stdout) as { summary: { inSync: boolean; drift: unknown[] }; diagnostics: { code: string }[] };
      expect(parsed.summary.inSync).toBe(false);
      expect(parsed.summary.drift).toEqual([{ file: 'analysis.json', status: 'changed', origin: 'edited', diff }]);
      expect(parsed.diagnostics.map((d) => d.code)).toContain('OUTPUT_EDITED');
      expect(res.stderr).toBe('');
    });

    it('sarif: a valid log with the drift as a result', async () => {
      const { f } = await drifted();
      const res = await f.run({ format: 'sarif' });
      const log = JSON.parse(res.stdout) as { runs: { results: { ruleId: string }[] }[] };
      expect(validateSarifSubset(log)).toEqual([]);
      expect(log.runs[0]!.results.map((r) => r.ruleId)).toContain('OUTPUT_EDITED');
    });
  });

  it('caps long diffs in logs', () => {
    const diff = Array.from({ length: MAX_DIFF_LINES + 10 }, (_, i) => `+${i}`).join('\n') + '\n';
    const capped = capDiff(diff);
    expect(capped.split('\n')).toHaveLength(MAX_DIFF_LINES + 2);
    expect(capped.endsWith('… 10 more diff lines (autoskill check --format json shows all)\n')).toBe(true);
    expect(capDiff('+a\n')).toBe('+a\n');
  });

  it('is registered on the command line', async () => {
    const f = fixture('coffee');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'autoskill', 'check', f.app, '--update'])).toBe(0);
      expect(await main(['node', 'autoskill', 'check', f.app])).toBe(0);
      expect(await main(['node', 'autoskill', 'check', f.app, '--format', 'xml'])).toBe(2);
    } finally {
      err.mockRestore();
      out.mockRestore();
    }
  });
});
