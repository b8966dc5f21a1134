import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateSarifSubset } from '../report/sarif-schema.js';
import { buildCli } from './built-cli.js';
import { copyFixture } from './helpers.js';

/**
 * docs/github-actions.yml, run: its `run:` lines execute in bash as the
 * runner would (`bash -e`, GITHUB_WORKSPACE, RUNNER_TEMP, CI), in order,
 * honouring `if: failure()` / `!cancelled()`, against a fixture checked out
 * as the workspace. `npx autoskill` runs the CLI built from these sources;
 * `npm ci` (installing autoskill) is the one line stubbed. `uses:` steps are
 * GitHub's own actions and are not run.
 */
const RECIPE = path.resolve('docs/github-actions.yml');

interface Step {
  name: string | null;
  if: string | null;
  run: string | null;
  uses: string | null;
}

/** The subset of YAML the recipe uses: job env and steps with one-line values. Anything else fails the test. */
function parseRecipe(text: string): { env: Record<string, string>; steps: Step[] } {
  const env: Record<string, string> = {};
  const steps: Step[] = [];
  let section: 'env' | 'steps' | null = null;
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (indent === 4) section = line === 'env:' ? 'env' : line === 'steps:' ? 'steps' : null;
    else if (section === 'env' && indent === 6) {
      const m = /^(\w+): (.+)$/.exec(line)!;
      env[m[1]!] = m[2]!;
    } else if (section === 'steps' && indent >= 6) {
      const item = line.startsWith('- ');
      if (item && indent === 6) steps.push({ name: null, if: null, run: null, uses: null });
      const body = item ? line.slice(2) : line;
      const propIndent = item ? indent + 2 : indent;
      if (propIndent !== 8) continue; // `with:` contents
      const m = /^(name|if|run|uses|with): ?(.*)$/.exec(body);
      if (!m) throw new Error(`recipe: unexpected step line: ${raw}`);
      if (m[1] === 'with') continue;
      if (m[1] === 'run' && /^[|>]/.test(m[2]!)) throw new Error('recipe: keep run: lines on one line');
      steps[steps.length - 1]![m[1] as 'name' | 'if' | 'run' | 'uses'] = m[2]!;
    }
  }
  return { env, steps };
}

/** GitHub's rule for running a step, for the conditions the recipe uses. */
function shouldRun(cond: string | null, failed: boolean): boolean {
  const c = cond?.replace(/^\$\{\{\s*|\s*\}\}$/g, '') ?? null;
  if (c === null) return !failed;
  if (c === 'failure()') return failed;
  if (c === '!cancelled()' || c === 'always()') return true;
  throw new Error(`recipe: unsupported condition ${cond}`);
}

const PRELUDE = `
npm() { if [ "$1" = ci ]; then echo "(test) npm ci: autoskill is already installed"; else command npm "$@"; fi; }
npx() { if [ "$1" = autoskill ]; then shift; node "$AUTOSKILL_BIN" "$@"; else echo "(test) unexpected npx $*" >&2; return 127; fi; }
`;

interface StepResult {
  name: string;
  ran: boolean;
  status: number | null;
  stdout: string;
  stderr: string;
}

let cli: ReturnType<typeof buildCli>;
beforeAll(() => {
  cli = buildCli();
}, 120_000);
afterAll(() => cli?.cleanup());
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function runRecipe(workspace: string, runnerTemp: string): StepResult[] {
  const { env, steps } = parseRecipe(fs.readFileSync(RECIPE, 'utf8'));
  const results: StepResult[] = [];
  let failed = false;
  for (const [i, step] of steps.entries()) {
    if (!step.run) continue;
    const name = step.name ?? `step ${i + 1}`;
    if (!shouldRun(step.if, failed)) {
      results.push({ name, ran: false, status: null, stdout: '', stderr: '' });
      continue;
    }
    const script = path.join(runnerTemp, `step-${i}.sh`);
    fs.writeFileSync(script, PRELUDE + step.run + '\n');
    const res = spawnSync('bash', ['--noprofile', '--norc', '-e', script], {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, ...env, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, AUTOSKILL_BIN: cli.bin, NO_COLOR: '1' },
    });
    results.push({ name, ran: true, status: res.status, stdout: res.stdout, stderr: res.stderr });
    if (res.status !== 0) failed = true;
  }
  return results;
}

/** A fixture checked out as the workspace root (APP_DIR=.), with its outputs committed unless told otherwise. */
function workspace(fixture: string, commit = true): { ws: string; runnerTemp: string } {
  const f = copyFixture(fixture);
  cleanups.push(f.cleanup);
  const runnerTemp = path.join(f.tmp, 'runner-temp');
  fs.mkdirSync(runnerTemp);
  if (commit) {
    const res = spawnSync(process.execPath, [cli.bin, 'check', '.', '--update'], { cwd: f.app, encoding: 'utf8' });
    if (![0, 1].includes(res.status!)) throw new Error(res.stderr);
  }
  return { ws: f.app, runnerTemp };
}

const byName = (rs: StepResult[]) => Object.fromEntries(rs.map((r) => [r.name, r]));

describe('docs/github-actions.yml', () => {
  it('has the steps docs/ci.md describes, each run: line one command', () => {
    const { env, steps } = parseRecipe(fs.readFileSync(RECIPE, 'utf8'));
    expect(env).toEqual({ APP_DIR: '.' });
    expect(steps.filter((s) => s.run).map((s) => s.run)).toEqual([
      'npm ci',
      'npx autoskill check "$APP_DIR" --format github',
      'npx autoskill analyze "$APP_DIR" --out "$RUNNER_TEMP/autoskill" --format sarif > autoskill.sarif || test $? -eq 1',
      'npx autoskill review "$APP_DIR" --out autoskill-review.html',
    ]);
    expect(steps.filter((s) => s.uses).map((s) => s.uses!.replace(/@.*/, ''))).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'github/codeql-action/upload-sarif',
      'actions/upload-artifact',
    ]);
  });

  it('passes on an app whose committed outputs are up to date, and uploads valid SARIF', () => {
    const { ws, runnerTemp } = workspace('coffee');
    const r = byName(runRecipe(ws, runnerTemp));
    expect(r['Committed outputs up to date']).toMatchObject({ ran: true, status: 0 });
    expect(r['Committed outputs up to date']!.stdout).not.toContain('::error');
    expect(r['Diagnostics as SARIF']).toMatchObject({ ran: true, status: 0 });
    expect(validateSarifSubset(JSON.parse(fs.readFileSync(path.join(ws, 'autoskill.sarif'), 'utf8')))).toEqual([]);
    expect(r['Review page']!.ran).toBe(false);
    // The analysis for SARIF wrote into RUNNER_TEMP, not into the checkout.
    expect(fs.existsSync(path.join(runnerTemp, 'autoskill/analysis.json'))).toBe(true);
  });

  it('fails when the code changed under the committed outputs: annotations, diff, SARIF and the review page', () => {
    const { ws, runnerTemp } = workspace('coffee');
    const js = path.join(ws, 'pages/cart/cart.js');
    fs.writeFileSync(js, fs.readFileSync(js, 'utf8').replace("'/cart/delete'", "'/cart/remove'"));
    const r = byName(runRecipe(ws, runnerTemp));
    const check = r['Committed outputs up to date']!;
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('::error title=OUTPUT_DRIFT::autoskill/analysis.json is out of date with the code; run `autoskill check . --update` and commit the result');
    expect(check.stdout).toContain('::group::autoskill: analysis.json (changed)\n--- a/autoskill/analysis.json\n+++ b/autoskill/analysis.json\n');
    expect(r['Diagnostics as SARIF']).toMatchObject({ ran: true, status: 0 });
    expect(r['Review page']).toMatchObject({ ran: true, status: 0 });
    expect(fs.readFileSync(path.join(ws, 'autoskill-review.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('fails on an app with error diagnostics, and still uploads their SARIF', () => {
    const { ws, runnerTemp } = workspace('broken');
    const r = byName(runRecipe(ws, runnerTemp));
    expect(r['Committed outputs up to date']!.status).toBe(1);
    expect(r['Committed outputs up to date']!.stdout).toContain('::error file=pages/index/index.wxml,line=1,col=1,title=WXML_UNCLOSED_TAG::<view> is never closed');
    expect(r['Diagnostics as SARIF']).toMatchObject({ ran: true, status: 0 });
    const log = JSON.parse(fs.readFileSync(path.join(ws, 'autoskill.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toContain('WXML_UNCLOSED_TAG');
    expect(r['Review page']).toMatchObject({ ran: true, status: 0 });
  });

  it('fails with missing outputs when nothing was committed yet', () => {
    const { ws, runnerTemp } = workspace('coffee', false);
    const r = byName(runRecipe(ws, runnerTemp));
    expect(r['Committed outputs up to date']!.status).toBe(1);
    expect(r['Committed outputs up to date']!.stdout).toContain('::error title=OUTPUT_MISSING::autoskill/analysis.json is missing');
  });
});
