import path from 'node:path';
import type { Diagnostic } from '../model/types.js';

/**
 * Human-readable diagnostics: `file:line:col  severity  CODE  message`, with
 * paths relative to the current directory so editors and terminals can open
 * them. Colour only when the stream is a terminal.
 */
export interface PrettyOptions {
  /** Absolute path of the mini-program root (diagnostic paths are relative to it). */
  root: string;
  cwd: string;
  color: boolean;
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export function formatDiagnostic(d: Diagnostic, o: PrettyOptions): string {
  const where = d.loc ? `${displayPath(d.loc.file, o)}:${d.loc.line}:${d.loc.column}` : '(project)';
  const sev = o.color ? `${COLORS[d.severity]}${d.severity}${RESET}` : d.severity;
  const code = o.color ? `${DIM}${d.code}${RESET}` : d.code;
  let line = `${where}  ${sev}  ${code}  ${d.message}`;
  for (const r of d.related ?? []) line += `\n    see ${displayPath(r.file, o)}:${r.line}:${r.column}`;
  return line;
}

export function displayPath(file: string, o: Pick<PrettyOptions, 'root' | 'cwd'>): string {
  const rel = path.relative(o.cwd, path.join(o.root, file));
  return rel.split(path.sep).join('/') || '.';
}

export function formatPretty(diags: Diagnostic[], o: PrettyOptions, maxInfo = 50): string {
  const lines: string[] = [];
  const shown = diags.filter((d) => d.severity !== 'info');
  const infos = diags.filter((d) => d.severity === 'info');
  for (const d of shown) lines.push(formatDiagnostic(d, o));
  for (const d of infos.slice(0, maxInfo)) lines.push(formatDiagnostic(d, o));
  if (infos.length > maxInfo) lines.push(`… and ${infos.length - maxInfo} more info diagnostics (see analysis.json)`);
  return lines.join('\n');
}

export function countBySeverity(diags: Diagnostic[]): Record<'error' | 'warning' | 'info', number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diags) c[d.severity]++;
  return c;
}
