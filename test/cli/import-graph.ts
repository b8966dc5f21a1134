import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * What loading a source module loads, read from the sources without running
 * them: its static imports and re-exports, followed through src/, with the
 * packages it reaches. Dynamic `import()` is not followed (that is how
 * commands defer their code), nor is `import type` / `export type` (erased).
 * `import { type A } from 'x'` IS followed: under verbatimModuleSyntax it
 * stays in the output as `import {} from 'x'` and loads x.
 */
export interface ImportGraph {
  /** Repository-relative POSIX paths of the source modules reached, sorted. */
  modules: string[];
  /** Package names reached (`@scope/name` or `name`; `node:` builtins left out), sorted. */
  packages: string[];
}

export function staticImportGraph(entry: string, repo = path.resolve('.')): ImportGraph {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    modules.add(file);
    if (!/\.[cm]?ts$/.test(file)) return; // JSON and plain JS data load nothing further
    for (const spec of staticSpecifiers(fs.readFileSync(file, 'utf8'), file)) {
      if (spec.startsWith('.')) visit(resolveSource(path.resolve(path.dirname(file), spec)));
      else if (!spec.startsWith('node:')) packages.add(packageName(spec));
    }
  };
  visit(path.resolve(repo, entry));
  const rel = (f: string) => path.relative(repo, f).split(path.sep).join('/');
  return { modules: [...modules].map(rel).sort(), packages: [...packages].sort() };
}

function staticSpecifiers(text: string, file: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly && ts.isStringLiteral(st.moduleSpecifier)) out.push(st.moduleSpecifier.text);
    if (ts.isExportDeclaration(st) && !st.isTypeOnly && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) out.push(st.moduleSpecifier.text);
  }
  return out;
}

/** `./x.js` in the sources names `./x.ts` (NodeNext resolution); other files are taken as they are. */
function resolveSource(abs: string): string {
  const source = abs.replace(/\.js$/, '.ts');
  if (fs.existsSync(source)) return source;
  if (fs.existsSync(abs)) return abs;
  throw new Error(`import of a missing module: ${abs}`);
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
