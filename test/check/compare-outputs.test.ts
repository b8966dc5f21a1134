import { describe, expect, it } from 'vitest';
import { compareOutputs, listFiles, type Drift } from '../../src/check/compare-outputs.js';
import { MANIFEST, sha256 } from '../../src/output/write-outputs.js';
import { MemoryVfs } from '../../src/util/vfs.js';

const label = (f: string) => `out/${f}`;
const GEN = { 'analysis.json': '{\n  "a": 1\n}\n', 'skills/shop/SKILL.md': '# 商城\n' };
const manifestOf = (files: Record<string, string>) => JSON.stringify(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, sha256(v)])));

function committed(files: Record<string, string>, manifest: Record<string, string> | null = GEN): MemoryVfs {
  return new MemoryVfs({ ...files, ...(manifest ? { [MANIFEST]: manifestOf(manifest) } : {}) });
}

const summary = (ds: Drift[]) => ds.map((d) => [d.file, d.status, d.origin]);

describe('compareOutputs', () => {
  it('is in sync when every file matches, ignoring the manifest and dotfiles', () => {
    const res = compareOutputs(committed({ ...GEN, '.gitkeep': '' }), GEN, { label });
    expect(res).toEqual({ drift: [], inSync: ['analysis.json', 'skills/shop/SKILL.md'] });
  });

  it('ignores line endings (a CRLF checkout is in sync)', () => {
    const crlf = Object.fromEntries(Object.entries(GEN).map(([k, v]) => [k, v.replace(/\n/g, '\r\n')]));
    expect(compareOutputs(committed(crlf), GEN, { label }).drift).toEqual([]);
  });

  it('reports every file as missing when the folder does not exist', () => {
    const res = compareOutputs(null, GEN, { label });
    expect(summary(res.drift)).toEqual([
      ['analysis.json', 'missing', null],
      ['skills/shop/SKILL.md', 'missing', null],
    ]);
    expect(res.drift[1]!.diff).toBe('--- /dev/null\n+++ b/out/skills/shop/SKILL.md\n@@ -0,0 +1 @@\n+# 商城\n');
  });

  it('reports a changed file with a diff from the committed bytes to the generated ones', () => {
    const old = { ...GEN, 'analysis.json': '{\n  "a": 0\n}\n' };
    const res = compareOutputs(committed(old, old), GEN, { label });
    expect(summary(res.drift)).toEqual([['analysis.json', 'changed', 'autoskill']]);
    expect(res.drift[0]!.diff).toBe('--- a/out/analysis.json\n+++ b/out/analysis.json\n@@ -1,3 +1,3 @@\n {\n-  "a": 0\n+  "a": 1\n }\n');
  });

  it('reports files no longer generated as extra, and says whether autoskill wrote them', () => {
    const old = { ...GEN, 'skills/gone/SKILL.md': '# 旧\n' };
    const res = compareOutputs(committed({ ...old, 'notes.txt': 'mine\n' }, old), GEN, { label });
    expect(summary(res.drift)).toEqual([
      ['notes.txt', 'extra', 'unknown'],
      ['skills/gone/SKILL.md', 'extra', 'autoskill'],
    ]);
    expect(res.drift[1]!.diff).toBe('--- a/out/skills/gone/SKILL.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-# 旧\n');
  });

  it('reports a file edited by hand as changed, and says it was edited', () => {
    const edited = { ...GEN, 'skills/shop/SKILL.md': '# 商城（人工修改）\n' };
    const res = compareOutputs(committed(edited), GEN, { label });
    expect(summary(res.drift)).toEqual([['skills/shop/SKILL.md', 'changed', 'edited']]);
    expect(res.drift[0]!.diff).toBe('--- a/out/skills/shop/SKILL.md\n+++ b/out/skills/shop/SKILL.md\n@@ -1 +1 @@\n-# 商城（人工修改）\n+# 商城\n');
  });

  it('treats a differing file without a manifest as plain drift of unknown origin', () => {
    const res = compareOutputs(committed({ ...GEN, 'analysis.json': '{}\n' }, null), GEN, { label });
    expect(summary(res.drift)).toEqual([['analysis.json', 'changed', 'unknown']]);
  });

  it('lists files recursively, sorted, skipping dotfiles and dot-folders', () => {
    const vfs = new MemoryVfs({ 'b.json': '', 'a/z.md': '', 'a/b/c.md': '', '.git/x': '', '.autoskill-manifest.json': '' });
    expect(listFiles(vfs)).toEqual(['a/b/c.md', 'a/z.md', 'b.json']);
  });
});
