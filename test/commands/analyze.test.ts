import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { runAnalyze, type AnalyzeCliOptions } from '../../src/commands/analyze.js';
import { validateSarifSubset } from '../report/sarif-schema.js';
import { captureIo, copyFixture } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function run(name: string, opts: Partial<AnalyzeCliOptions>, env: Record<string, string> = {}) {
  const f = copyFixture(name);
  cleanups.push(f.cleanup);
  const { io, out } = captureIo(f.tmp, env);
  const code = await runAnalyze('app', { out: 'out', format: 'pretty', lang: 'zh', force: false, ...opts }, io);
  return { code, ...out };
}

describe('autoskill analyze --format', () => {
  it('pretty: diagnostics grouped by file on stderr, paths from the current directory, then the summary', async () => {
    const res = await run('broken', {});
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('app/pages/index/index.wxml:1:1  error  WXML_UNCLOSED_TAG  <view> is never closed\n');
    expect(res.stderr).toMatch(/\n\napp\/pages\/syntax\/syntax.js:\d+:\d+  error  JS_SYNTAX_ERROR/);
    expect(res.stderr).toMatch(/autoskill: \d+ pages, \d+ components, \d+ page effects → out\/ \(\d+ errors, \d+ warnings, \d+ info\)\n$/);
  });

  it('sarif: a valid SARIF log on stdout, the summary on stderr', async () => {
    const res = await run('broken', { format: 'sarif' });
    expect(res.code).toBe(1);
    const log = JSON.parse(res.stdout) as { runs: { results: { ruleId: string; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(validateSarifSubset(log)).toEqual([]);
    const unclosed = log.runs[0]!.results.find((r) => r.ruleId === 'WXML_UNCLOSED_TAG')!;
    expect(unclosed.locations![0]!.physicalLocation.artifactLocation.uri).toBe('app/pages/index/index.wxml');
    expect(res.stderr).toMatch(/^autoskill: \d+ pages/);
  });

  it('github: one workflow command per diagnostic on stdout', async () => {
    const res = await run('broken', { format: 'github' });
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
    expect(lines).toContain('::error file=app/pages/index/index.wxml,line=1,col=1,title=WXML_UNCLOSED_TAG::<view> is never closed');
  });

  it('json: the summary and the diagnostics on stdout, nothing on stderr', async () => {
    const res = await run('coffee', { format: 'json' });
    expect(res.code).toBe(0);
    const parsed = JSON.parse(res.stdout) as { summary: { pages: number; out: string }; diagnostics: unknown[] };
    expect(parsed.summary).toMatchObject({ pages: 9, out: 'out' });
    expect(res.stderr).toBe('');
  });

  it('shows no progress when stderr is not a terminal', async () => {
    const res = await run('coffee', {});
    expect(res.stderr).not.toContain('analysing');
  });
});

describe('analyze onProgress', () => {
  it('is called once per page and component, counting up to the total', async () => {
    const calls: [number, number, string][] = [];
    const res = await analyze({ dir: path.resolve('fixtures/ts-shop'), onProgress: (done, total, what) => calls.push([done, total, what]) });
    const m = res.model!;
    const total = m.pages.length + m.components.length;
    expect(calls.map((c) => c[0])).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(calls.map((c) => c[1]))).toEqual(new Set([total]));
    expect(calls.map((c) => c[2]).sort()).toEqual([...m.pages.map((p) => p.route), ...m.components.map((c) => c.path)].sort());
  });
});
