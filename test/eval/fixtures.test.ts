import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../src/eval/labels.js';
import { NodeVfs } from '../../src/util/vfs.js';

/**
 * The hand-made labels of every fixture app are well-formed and cover exactly
 * the app's declared routes, and every labelled navigation goes to one of
 * them. This reads JSON only; it never runs the analyser.
 */

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const fixtures = new NodeVfs(FIXTURES);
// Fixture apps are the folders with hand-made labels (fixtures/skills holds skill packages, not an app).
const apps = fixtures.list('').filter((n) => fixtures.isDir(n) && fixtures.isFile(`${n}/labels.json`));

interface SubPackage {
  root: string;
  pages: string[];
}

/** Routes of app.json: main pages, then each subpackage's pages joined with its root. */
function declaredRoutes(vfs: NodeVfs, mpRoot: string): string[] {
  const app = JSON.parse(vfs.readText(path.posix.join(mpRoot, 'app.json')) ?? '{}') as {
    pages?: string[];
    subpackages?: SubPackage[];
    subPackages?: SubPackage[];
  };
  const subs = app.subpackages ?? app.subPackages ?? [];
  const all = [...(app.pages ?? []), ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/+$/, '')}/${p}`))];
  // A route climbing out of the root names no page of this app: the analyser reports it (PATH_ESCAPES_ROOT) and drops it.
  return all.filter((r) => !r.split('/').includes('..'));
}

describe('fixture labels', () => {
  it('there are fixture apps', () => {
    expect(apps).toEqual(expect.arrayContaining(['booking', 'broken', 'coffee', 'mall', 'news', 'ts-shop', 'wrappers']));
  });

  it.each(apps)('%s: labels.json is valid and covers app.json', (name) => {
    const vfs = new NodeVfs(path.join(FIXTURES, name));
    const r = readLabels(vfs);
    if (!r.ok) expect(r.problems).toEqual([]);
    if (!r.ok) return;

    const config = JSON.parse(vfs.readText('project.config.json') ?? '{}') as { miniprogramRoot?: string };
    const routes = declaredRoutes(vfs, config.miniprogramRoot ?? '');
    expect(Object.keys(r.labels.pages).sort()).toEqual([...routes].sort());

    const known = new Set(routes);
    for (const [route, page] of Object.entries(r.labels.pages)) {
      expect(page.navigations.filter((n) => !known.has(n)), `${route} navigates to undeclared routes`).toEqual([]);
    }
  });
});
