import { parse, type ParserOptions, type ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';

/**
 * Parse a JS/TS/WXS file with Babel, in error-recovery mode so that one
 * syntax error does not hide the rest of the file. Never throws: syntax
 * errors become JS_SYNTAX_ERROR diagnostics; an unrecoverable one returns null.
 * Babel's parser recurses per nesting level (about a thousand nested
 * parentheses exhaust Node's default stack): that valid-but-too-deep input is
 * JS_TOO_DEEP, not a syntax error.
 */
const JS_PLUGINS: ParserPlugin[] = ['classProperties', 'objectRestSpread', 'optionalChaining', 'dynamicImport', 'topLevelAwait'];
const TS_PLUGINS: ParserPlugin[] = ['typescript', 'decorators-legacy', ...JS_PLUGINS];

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
