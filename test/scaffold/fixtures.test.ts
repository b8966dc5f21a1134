import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { unifiedDiff } from '../../src/check/line-diff.js';
import type { Lang } from '../../src/emit/plan-types.js';
import { buildOutputs } from '../../src/outputs.js';
import { patchAppJson } from '../../src/scaffold/app-json-patch.js';
import { scaffoldSkills, type ScaffoldResult } from '../../src/scaffold/scaffold.js';
import { validate } from '../../src/validate/validate.js';
import { copyFixture } from '../commands/helpers.js';

/**
 * The scaffold of every fixture app, checked before it may become a file
 * snapshot: WeChat's validator rules pass with zero errors on the fixture
 * with the packages and the patched app.json added, every script parses,
 * the code is deterministic and laid out as promised (2-space indent, no
 * trailing spaces). Snapshots: __snapshots__/<app>/skills/… and
 * app.json.diff, files a reviewer can open.
 */

const APPS: [string, Lang][] = [
  ['coffee', 'zh'],
  ['mall', 'zh'],
  ['booking', 'zh'],
  ['ts-shop', 'zh'],
  ['news', 'zh'],
  ['wrappers', 'zh'],
  ['coffee', 'en'],
];

interface Built {
  root: string;
  appJson: string;
  result: ScaffoldResult;
}

async function build(app: string, lang: Lang): Promise<Built> {
  const res = await analyze({ dir: path.resolve('fixtures', app) });
  const model = res.model!;
  const outputs = buildOutputs(model, { lang });
  const result = scaffoldSkills({ model, skills: outputs.skills, drafts: outputs.files, lang });
  const mp = model.project.miniprogramRoot === '.' ? '' : model.project.miniprogramRoot;
  return { root: mp, appJson: fs.readFileSync(path.resolve('fixtures', app, mp, 'app.json'), 'utf8'), result };
}

/** Layout problems of one generated script, as readable lines. */
function layoutProblems(file: string, text: string): string[] {
  const out: string[] = [];
  if (!text.endsWith('\n') || text.endsWith('\n\n')) out.push(`${file}: must end with exactly one newline`);
  text.split('\n').forEach((line, i) => {
    if (/[ \t]$/.test(line)) out.push(`${file}:${i + 1}: trailing whitespace`);
    const indent = /^ */.exec(line)![0].length;
    if (line.startsWith('\t') || indent % 2 !== 0) out.push(`${file}:${i + 1}: indentation is not 2-space`);
  });
  return out;
}

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const c of cleanups) c();
});

describe.each(APPS)('scaffold of %s (%s)', (app, lang) => {
  const name = lang === 'zh' ? app : `${app}-${lang}`;

  it('passes autoskill validate with zero errors on the fixture + skills/ + patched app.json', async () => {
    const { root, appJson, result } = await build(app, lang);
    const fx = copyFixture(app);
    cleanups.push(fx.cleanup);
    for (const [rel, text] of Object.entries(result.files)) {
      const abs = path.join(fx.app, root, rel);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, text);
    }
    const patch = patchAppJson(appJson, result.agentSkills);
    if (!patch.ok) throw new Error(patch.reason);
    fs.writeFileSync(path.join(fx.app, root, 'app.json'), patch.text);
    const v = await validate({ dir: fx.app });
    expect(v.usable).toBe(true);
    expect(v.skills).toEqual(result.agentSkills.map((s) => s.path));
    const errors = v.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.loc?.file}:${d.loc?.line} ${d.message}`);
    expect(errors).toEqual([]);
  });

  it('writes scripts that parse, are deterministic and laid out as promised; matches the snapshots', async () => {
    const first = await build(app, lang);
    const second = await build(app, lang);
    expect(second.result.files).toEqual(first.result.files);
    const { result, appJson } = first;
    const problems: string[] = [];
    for (const [file, text] of Object.entries(result.files)) {
      if (!file.endsWith('.js')) continue;
      try {
        parse(text, { sourceType: 'script', errorRecovery: false });
      } catch (e) {
        problems.push(`${file}: ${(e as Error).message}`);
      }
      problems.push(...layoutProblems(file, text));
    }
    expect(problems).toEqual([]);
    // Every skill has its registration, its own utils, and one module per API of its mcp.json.
    for (const s of result.agentSkills) {
      const mcp = JSON.parse(result.files[`${s.path}/mcp.json`]!) as { apis: { name: string }[] };
      for (const a of mcp.apis) {
        expect(result.files[`${s.path}/apis/${a.name}.js`]).toBeDefined();
        expect(result.files[`${s.path}/index.js`]).toContain(`wx.modelContext.registerAPI('${a.name}', `);
      }
      expect(result.files[`${s.path}/utils/result.js`]).toBeDefined();
    }
    for (const [file, text] of Object.entries(result.files)) {
      if (file.endsWith('.js')) await expect(text).toMatchFileSnapshot(`__snapshots__/${name}/${file}`);
    }
    const patch = patchAppJson(appJson, result.agentSkills);
    if (!patch.ok) throw new Error(patch.reason);
    await expect(unifiedDiff(appJson, patch.text, { old: 'a/app.json', new: 'b/app.json' })).toMatchFileSnapshot(`__snapshots__/${name}/app.json.diff`);
  });
});
