import { describe, expect, it } from 'vitest';
import { BAD } from './cases.js';
import { at, found, validateFixture } from './helpers.js';

/**
 * fixtures/skills: `good` passes every rule; `bad/skills/<rule>` fails
 * exactly its rule (validated alone, with the project around it);
 * `bad-app` has broken app.json wiring. Every expectation is
 * `{ code, loc: { file, line, column } }`.
 */

describe('good: a skill that passes every rule', () => {
  it('has no diagnostics at all', async () => {
    const r = await validateFixture('good');
    expect(r.usable).toBe(true);
    expect(r.mode).toBe('project');
    expect(r.skills).toEqual(['skills/shop']);
    expect(found(r.diagnostics)).toEqual([]);
  });
});

describe('bad: one failing skill package per rule', () => {
  it.each(BAD)('%s', async (name, want) => {
    const r = await validateFixture('bad', [`skills/${name}`]);
    expect(r.skills).toEqual([`skills/${name}`]);
    expect(found(r.diagnostics)).toEqual(want.map(at));
  });

  it('covers every skill folder of the fixture', async () => {
    const r = await validateFixture('bad');
    expect(r.skills.map((s) => s.slice('skills/'.length)).sort()).toEqual(BAD.map(([n]) => n).sort());
  });

  it('the whole project adds the app.json findings about entries of no skill', async () => {
    const r = await validateFixture('bad');
    const app = found(r.diagnostics).filter((d) => d.loc?.file === 'app.json');
    expect(app).toEqual(['SKILL_INDEX_MISSING app.json:94:9', 'V016_DESCRIPTION_MISSING app.json:116:7', 'SKILL_PATH_MISSING app.json:123:9'].map(at));
    // Every per-skill finding is also in the whole run, and nothing else but the ghost entry.
    const perSkill = (await Promise.all(BAD.map(([n]) => validateFixture('bad', [`skills/${n}`])))).flatMap((x) => found(x.diagnostics));
    expect(found(r.diagnostics).length).toBe(perSkill.length + 1);
  });
});

describe('bad-app: app.json wiring', () => {
  it('lazyCodeLoading missing, skills subpackage not independent', async () => {
    const r = await validateFixture('bad-app');
    expect(found(r.diagnostics)).toEqual(['SKILL_LAZY_CODE_LOADING app.json:1:1', 'SKILL_SUBPACKAGE_NOT_INDEPENDENT app.json:8:7'].map(at));
  });
});
