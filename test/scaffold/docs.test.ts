import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerAnalyze } from '../../src/commands/analyze.js';

/** docs/scaffold.md stays true: its code excerpts are in the coffee fixture's scaffold, its flags exist. */

const doc = fs.readFileSync('docs/scaffold.md', 'utf8');
const SNAPSHOTS = path.resolve('test/scaffold/__snapshots__/coffee');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** A block of code with its common indentation removed, one line per entry. */
const dedent = (text: string): string => {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

describe('docs/scaffold.md', () => {
  it.each([...doc.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => [m[1]!.split('\n')[0]!, m[1]!.trimEnd()]))('shows generated code verbatim: %s', (_first, block) => {
    const sources = files(SNAPSHOTS).map((f) => fs.readFileSync(f, 'utf8'));
    // The block is a slice of some generated file, up to its indentation there.
    const found = sources.some((src) => {
      const lines = src.split('\n');
      const first = block.split('\n')[0]!;
      return lines.some((l, i) => l.trim() === first.trim() && dedent(lines.slice(i, i + block.split('\n').length).join('\n')) === block);
    });
    expect(found).toBe(true);
  });

  it('names only options analyze has', () => {
    const program = new Command();
    registerAnalyze(program, { setExitCode: () => {} });
    const options = new Set(program.commands[0]!.options.map((o) => o.long));
    const named = new Set([...doc.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]));
    for (const flag of ['--scaffold', '--scaffold-into-project', '--write-app-json', '--force']) expect(named).toContain(flag);
    for (const flag of named) expect(options, flag).toContain(flag);
  });
});
