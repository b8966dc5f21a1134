import { parse, type ParserOptions, type ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { nestingDepthExceeds } from './nesting-depth.js';

const JS_PLUGINS: ParserPlugin[] = ['classProperties', 'objectRestSpread', 'optionalChaining', 'dynamicImport', 'topLevelAwait'];
const TS_PLUGINS: ParserPlugin[] = ['typescript', 'decorators-legacy', ...JS_PLUGINS];
/** Bracket depth past which a script is not handed to Babel (real code stays far below; see nesting-depth.ts). */
export const MAX_SCRIPT_NESTING = 100;

/**
 * Parse a JS/TS/WXS file with Babel, in error-recovery mode so that one
 * syntax error does not hide the rest of the file. Never throws: syntax
 * errors become JS_SYNTAX_ERROR diagnostics; an unrecoverable one returns null.
 * Babel's parser recurses per nesting level (a cold parser in TypeScript
 * mode exhausts Node's default stack at about 200 nested async arrows): files
 * nesting brackets deeper than MAX_SCRIPT_NESTING are JS_TOO_DEEP, not parsed,
 * so the outcome never depends on the stack or the JIT; an overflow on other
 * chains (10,000 `a+a+…`) is JS_TOO_DEEP too, not a syntax error.
 */
export function parseScript(text: string, file: string, diags: DiagnosticBag): File | null {
  const isTs = file.endsWith('.ts') && !file.endsWith('.d.ts');
  const options: ParserOptions = {
    sourceType: 'unambiguous',
    sourceFilename: file,
    errorRecovery: true,
    allowReturnOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowAwaitOutsideFunction: true,
    allowNewTargetOutsideFunction: true,
    allowUndeclaredExports: true,
    attachComment: false,
    plugins: isTs ? TS_PLUGINS : JS_PLUGINS,
  };
  if (nestingDepthExceeds(text, MAX_SCRIPT_NESTING)) {
    diags.report('JS_TOO_DEEP', { file, line: 1, column: 1 }, { file });
    return null;
  }
  try {
    const ast = parse(text, options);
    for (const err of (ast.errors ?? []) as unknown as BabelError[]) reportSyntax(err, file, diags);
    return ast;
  } catch (e) {
    if (e instanceof RangeError) diags.report('JS_TOO_DEEP', { file, line: 1, column: 1 }, { file });
    else reportSyntax(e as BabelError, file, diags);
    return null;
  }
}

interface BabelError {
  message?: string;
  reasonCode?: string;
  loc?: { line: number; column: number };
}

function reportSyntax(err: BabelError, file: string, diags: DiagnosticBag): void {
  const reason = String(err.message ?? err).replace(/\s*\(\d+:\d+\)\s*$/, '');
  const loc = err.loc ? { file, line: err.loc.line, column: err.loc.column + 1 } : { file, line: 1, column: 1 };
  diags.report('JS_SYNTAX_ERROR', loc, { reason });
}
