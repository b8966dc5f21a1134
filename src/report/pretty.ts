import type { Diagnostic } from '../model/types.js';
import { displayLoc, displayPath, type LocationBase } from './location.js';
import type { Reporter, ReportInput } from './reporter.js';

/**
 * Human-readable diagnostics, grouped by file (a blank line between files):
 * `file:line:col  severity  CODE  message`, with paths relative to the
 * current directory so terminals and editors turn them into links. Colour
 * only when the caller allows it (a terminal, NO_COLOR unset).
 */
export interface PrettyOptions extends LocationBase {
  color: boolean;
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

/** Info diagnostics shown before the rest are summarised in one line: they can number in the hundreds. */
export const MAX_INFO = 50;

export function formatDiagnostic(d: Diagnostic, o: PrettyOptions): string {
  const where = d.loc ? displayLoc(d.loc, o) : '(project)';
  const sev = o.color ? `${COLORS[d.severity]}${d.severity}${RESET}` : d.severity;
  const code = o.color ? `${DIM}${d.code}${RESET}` : d.code;
  let line = `${where}  ${sev}  ${code}  ${d.message}`;
  for (const r of d.related ?? []) line += `\n    see ${displayLoc(r, o)}`;
  return line;
}

/**
 * Diagnostics (already sorted by file, line, column) grouped by file.
 * Errors and warnings are all shown; info diagnostics up to `maxInfo`.
 */
export function formatPretty(diags: Diagnostic[], o: PrettyOptions, maxInfo = MAX_INFO): string {
  let infos = 0;
  const kept = diags.filter((d) => d.severity !== 'info' || ++infos <= maxInfo);
  const groups: string[] = [];
  let current: string | null = null;
  let lines: string[] = [];
  for (const d of kept) {
    const file = d.loc ? displayPath(d.loc.file, o) : '';
    if (file !== current && lines.length) {
      groups.push(lines.join('\n'));
      lines = [];
    }
    current = file;
    lines.push(formatDiagnostic(d, o));
  }
  if (lines.length) groups.push(lines.join('\n'));
  if (infos > maxInfo) groups.push(`… and ${infos - maxInfo} more info diagnostics (see analysis.json)`);
  return groups.join('\n\n');
}

export function countBySeverity(diags: Diagnostic[]): Record<'error' | 'warning' | 'info', number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diags) c[d.severity]++;
  return c;
}

export const prettyReporter: Reporter = {
  stream: 'stderr',
  render: (input: ReportInput) => formatPretty(input.diagnostics, input),
};
