import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { TOOL_VERSION } from '../../src/version.js';
import { staticImportGraph } from './import-graph.js';

/**
 * `autoskill --help`, `--version` and `<command> --help` must stay fast:
 * loading src/cli.ts may load commander and the option definitions, never
 * the analysis pipeline. Each command loads its code (<command>-action.ts)
 * with a dynamic import when it runs. Timings are in bench/run.mjs; this
 * guards the structure that makes them.
 */
const HEAVY = ['@babel/parser', '@babel/traverse', '@babel/types', 'ajv', 'htmlparser2', 'ts-morph'];

describe('start-up: what loading the CLI loads', () => {
  const graph = staticImportGraph('src/cli.ts');

  it('reaches no package but commander', () => {
    expect(graph.packages).toEqual(['commander']);
  });

  it.each(HEAVY)('does not reach %s', (pkg) => {
    expect(graph.packages).not.toContain(pkg);
  });

  it.each(['src/analyze/analyze.ts', 'src/commands/pipeline.ts', 'src/report/registry.ts', 'src/config/load-config.ts'])('does not load %s', (mod) => {
    expect(graph.modules).not.toContain(mod);
  });

  it('loads no command action module (they are imported on use)', () => {
    expect(graph.modules.filter((m) => m.endsWith('-action.ts'))).toEqual([]);
  });

  // The walk itself must see heavy imports where they are, or the tests above prove nothing.
  it.each([
    ['src/commands/analyze-action.ts', ['@babel/parser', 'ajv', 'htmlparser2']],
    ['src/commands/validate-action.ts', ['ajv']],
    ['src/commands/review-action.ts', ['@babel/parser', 'htmlparser2']],
  ])('sees the pipeline from %s', (entry, pkgs) => {
    expect(staticImportGraph(entry).packages).toEqual(expect.arrayContaining(pkgs));
  });
});

describe('start-up: the light paths still work', () => {
  let out = '';
  afterEach(() => {
    vi.restoreAllMocks();
    out = '';
  });
  const capture = () =>
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });

  it('--version prints the version of package.json', async () => {
    capture();
    expect(await main(['node', 'autoskill', '--version'])).toBe(0);
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
    expect(out.trim()).toBe(pkg.version);
  });

  it.each([[['--help']], [['analyze', '--help']], [['check', '--help']], [['review', '--help']], [['validate', '--help']]])('%j exits 0 with usage', async (args) => {
    capture();
    expect(await main(['node', 'autoskill', ...args])).toBe(0);
    expect(out).toMatch(/^Usage: autoskill/);
  });
});
