import type { Diagnostic, Severity } from '../model/types.js';
import { displayLoc, displayPath } from './location.js';
import { ciBase, type Reporter, type ReportInput } from './reporter.js';

/**
 * GitHub Actions workflow commands: each diagnostic becomes an annotation
 * shown on the run and on the pull request's changed lines.
 *   ::error file=app/pages/a.js,line=3,col=5,title=CODE::message
 * Docs: "Workflow commands for GitHub Actions" (setting an error / warning /
 * notice message). Paths are relative to GITHUB_WORKSPACE (the checkout).
 */

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * The runner splits a command at newlines and reads `%XX` escapes, so the
 * message must escape `%`, CR and LF (the toolkit's `escapeData`).
 */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values are also split at `,` and `:` (the toolkit's `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(command: string, props: [string, string | number][], message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command}${p ? ' ' + p : ''}::${escapeData(message)}`;
}

export function githubAnnotation(d: Diagnostic, base: { root: string; cwd: string }): string {
  const props: [string, string | number][] = [];
  if (d.loc) props.push(['file', displayPath(d.loc.file, base)], ['line', d.loc.line], ['col', d.loc.column]);
  props.push(['title', d.code]);
  let message = d.message;
  for (const r of d.related ?? []) message += `\nsee ${displayLoc(r, base)}`;
  return workflowCommand(COMMAND[d.severity], props, message);
}

export const githubReporter: Reporter = {
  stream: 'stdout',
  render: (input: ReportInput) => {
    const base = { root: input.root, cwd: ciBase(input) };
    return input.diagnostics.map((d) => githubAnnotation(d, base)).join('\n');
  },
};
