import type * as t from '@babel/types';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { ModuleResolver } from '../../flow/module-resolver.js';
import type { PathAlias } from '../../load/path-aliases.js';
import type { Loc } from '../../model/types.js';
import { parseScript } from '../../script/parse-script.js';
import type { Vfs } from '../../util/vfs.js';
import { ScopeIndex } from './scope.js';

/** Skill scripts larger than this are not parsed (generated bundles, not hand-written skill code). */
export const SCRIPT_MAX_BYTES = 2_000_000;

/** One parsed script of a skill: its AST and scope index. */
export interface ScriptFile {
  file: string;
  ast: t.File;
  scopes: ScopeIndex;
}

/**
 * Parsed scripts, each parsed once per run (syntax errors are reported
 * once, as JS_SYNTAX_ERROR), and module resolution the way WeChat's
 * `require` does it (relative, root-absolute, aliases, miniprogram_npm).
 */
export class Scripts {
  private readonly cache = new Map<string, ScriptFile | null>();
  private readonly resolver: ModuleResolver;

  constructor(
    readonly vfs: Vfs,
    private readonly diags: DiagnosticBag,
    aliases: readonly PathAlias[] = [],
  ) {
    this.resolver = new ModuleResolver(vfs, aliases.map((a) => ({ pattern: a.pattern, targets: [...a.targets] })));
  }

  get(file: string): ScriptFile | null {
    if (this.cache.has(file)) return this.cache.get(file)!;
    let sf: ScriptFile | null = null;
    // A required .json (or .wxs) is data, not a script to follow.
    if (!isScriptFile(file)) {
      this.cache.set(file, null);
      return null;
    }
    const size = this.vfs.size(file);
    const text = size >= 0 && size <= SCRIPT_MAX_BYTES ? this.vfs.readText(file) : null;
    if (size > SCRIPT_MAX_BYTES) this.diags.report('FILE_TOO_LARGE', { file, line: 1, column: 1 }, { file, size, limit: SCRIPT_MAX_BYTES });
    if (text !== null) {
      const ast = parseScript(text, file, this.diags);
      if (ast) sf = { file, ast, scopes: new ScopeIndex(ast) };
    }
    this.cache.set(file, sf);
    return sf;
  }

  /** The file a module specifier names, or null (unresolved or outside the root). */
  resolve(fromFile: string, spec: string): string | null {
    return this.resolver.resolve(fromFile, spec).file;
  }
}

export function isScriptFile(name: string): boolean {
  return (name.endsWith('.js') || name.endsWith('.ts')) && !name.endsWith('.d.ts');
}

/** Location of a node's start (Babel columns are 0-based). */
export function nodeLoc(file: string, n: t.Node): Loc {
  const start = n.loc?.start;
  return start ? { file, line: start.line, column: start.column + 1 } : { file, line: 1, column: 1 };
}
