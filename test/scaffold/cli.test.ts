import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAnalyze, type AnalyzeCliOptions } from '../../src/commands/analyze.js';
import { runPipeline } from '../../src/commands/pipeline.js';
import { MANIFEST } from '../../src/output/write-outputs.js';
import { applyScaffold, prepareScaffold, reportScaffold, snapshotAppJson } from '../../src/scaffold/scaffold-cli.js';
import { captureIo, copyFixture } from '../commands/helpers.js';

/**
 * `autoskill analyze --scaffold` on a copy of the coffee fixture: where the
 * packages go, the app.json diff, `--write-app-json` (and its refusal when
 * app.json changed since the analysis began), hand-edited files refused
 * unless `--force`.
 */

const base: AnalyzeCliOptions = { out: 'out', format: 'pretty', force: false };
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function fixture(): { tmp: string; app: string } {
  const fx = copyFixture('coffee');
  cleanup = fx.cleanup;
  return fx;
}

const read = (p: string): string => fs.readFileSync(p, 'utf8');

async function analyze(tmp: string, opts: Partial<AnalyzeCliOptions>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, out } = captureIo(tmp);
  const code = await runAnalyze('app', { ...base, ...opts }, io);
  return { code, ...out };
}

describe('analyze --scaffold', () => {
  it('writes the packages into the output folder, leaves the project alone and prints the app.json diff on stdout', async () => {
    const { tmp, app } = fixture();
    const before = read(path.join(app, 'app.json'));
    const r = await analyze(tmp, { scaffold: true });
    expect(r.code).toBe(0);
    for (const f of ['index.js', 'mcp.json', 'SKILL.md', 'apis/payOrder.js', 'utils/request.js', 'utils/result.js']) {
      expect(fs.existsSync(path.join(tmp, 'out/skills/order', f))).toBe(true);
    }
    expect(JSON.parse(read(path.join(tmp, 'out', MANIFEST)))).toHaveProperty(['skills/order/apis/payOrder.js']);
    expect(fs.existsSync(path.join(app, 'skills'))).toBe(false);
    expect(read(path.join(app, 'app.json'))).toBe(before);
    expect(r.stdout).toMatch(/^--- a\/app\/app\.json\n\+\+\+ b\/app\/app\.json\n@@ /);
    expect(r.stdout).toContain('+  "agent": {');
    expect(r.stderr).toMatch(/skill packages → the output folder \(skills\/\); \d+ open questions marked TODO\(autoskill\); app\/app\.json needs the changes above/);
  });

  it('keeps --format json parseable: the diff goes to stderr', async () => {
    const { tmp } = fixture();
    const r = await analyze(tmp, { scaffold: true, format: 'json' });
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toContain('--- a/app/app.json');
  });

  it('--scaffold-into-project writes <miniprogramRoot>/skills/ and --write-app-json applies the diff; a second run changes nothing', async () => {
    const { tmp, app } = fixture();
    const r = await analyze(tmp, { scaffold: true, scaffoldIntoProject: true, writeAppJson: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('skill packages → app/skills/;');
    expect(r.stderr).toContain('app/app.json updated for the skills');
    expect(read(path.join(app, 'skills/order/index.js'))).toContain("wx.modelContext.registerAPI('payOrder', payOrder)");
    expect(fs.existsSync(path.join(tmp, 'out/skills/order/index.js'))).toBe(false);
    const appJson = JSON.parse(read(path.join(app, 'app.json'))) as { agent: { skills: { path: string }[] }; subPackages: unknown[] };
    expect(appJson.agent.skills.map((s) => s.path)).toEqual(['skills/cart', 'skills/order', 'skills/user']);
    expect(appJson.subPackages).toEqual([{ root: 'skills', pages: [], independent: true }]);

    const again = await analyze(tmp, { scaffold: true, scaffoldIntoProject: true, writeAppJson: true });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('app/app.json already declares the skills');
  });

  it.each([
    ['the output folder', { scaffold: true }, 'out/skills/order/apis/payOrder.js'],
    ['the project', { scaffold: true, scaffoldIntoProject: true }, 'app/skills/order/apis/payOrder.js'],
  ])('refuses to overwrite a hand-edited file in %s unless --force', async (_where, opts, file) => {
    const { tmp } = fixture();
    expect((await analyze(tmp, opts)).code).toBe(0);
    const abs = path.join(tmp, file);
    const edited = read(abs).replace('const { BASE_URL, request }', '// reviewed\nconst { BASE_URL, request }');
    fs.writeFileSync(abs, edited);

    const refused = await analyze(tmp, opts);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${file}: edited by hand since autoskill wrote it; left alone (use --force to overwrite)`);
    expect(read(abs)).toBe(edited);

    const forced = await analyze(tmp, { ...opts, force: true });
    expect(forced.code).toBe(0);
    expect(read(abs)).not.toContain('// reviewed');
  });

  it('scaffolds nothing and proposes no app.json change when no skill is inferred', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-empty-'));
    cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
    const app = path.join(tmp, 'app');
    fs.mkdirSync(path.join(app, 'pages/index'), { recursive: true });
    fs.writeFileSync(path.join(app, 'app.json'), '{ "pages": ["pages/index/index"] }\n');
    fs.writeFileSync(path.join(app, 'pages/index/index.js'), 'Page({})\n');
    fs.writeFileSync(path.join(app, 'pages/index/index.wxml'), '<view>hi</view>\n');
    const r = await analyze(tmp, { scaffold: true, writeAppJson: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('autoskill: no skill was inferred; nothing to scaffold');
    expect(read(path.join(app, 'app.json'))).toBe('{ "pages": ["pages/index/index"] }\n');
  });

  it('--write-app-json refuses when app.json changed after the analysis began', async () => {
    const { tmp, app } = fixture();
    const appJson = path.join(app, 'app.json');
    const snapshot = snapshotAppJson(app);
    // Someone edits app.json while the analysis runs.
    const edited = read(appJson).replace('"style": "v2"', '"style": "v2", "debug": true');
    fs.writeFileSync(appJson, edited);
    const run = await runPipeline('app', tmp);
    const opts = { scaffold: true, writeAppJson: true, force: false };
    const prepared = prepareScaffold(run, snapshot, opts, tmp);
    const written = applyScaffold(prepared, run, opts);
    expect(written.appJson).toBe('refused');
    expect(read(appJson)).toBe(edited);
    const { io, out } = captureIo(tmp);
    expect(reportScaffold(prepared, written, run, 'pretty', io)).toBe(true);
    expect(out.stderr).toContain('app/app.json changed since the analysis began; not written (run again)');
  });
});
