import type { Diagnostic } from '../model/types.js';
import type { LocationBase } from './location.js';

/**
 * A reporter turns diagnostics into text for one audience: people at a
 * terminal, scripts, code-scanning services, CI logs. Reporters are pure
 * (text in, text out); the CLI picks one by name (registry.ts) and writes
 * its text to the stream the reporter names.
 */
export interface ReportInput extends LocationBase {
  /** Sorted (sortDiagnostics). */
  diagnostics: Diagnostic[];
  /** ANSI colour allowed (decided by the caller from the target stream). */
  color: boolean;
  /** Command-specific facts (counts, output folder, drift…) for machine formats; null when none. */
  summary: Record<string, unknown> | null;
  /** Environment, for CI-specific conventions (GITHUB_WORKSPACE). */
  env: Readonly<Record<string, string | undefined>>;
}

export interface Reporter {
  /** Machine-readable formats go to stdout so they can be redirected; human text goes to stderr. */
  stream: 'stdout' | 'stderr';
  /** The report, without a trailing newline; '' when there is nothing to say. */
  render(input: ReportInput): string;
}

/**
 * Paths for CI services are relative to the checkout: GitHub resolves
 * annotation and SARIF paths against GITHUB_WORKSPACE, which is not the
 * current directory when a step sets `working-directory`.
 */
export function ciBase(input: ReportInput): string {
  return input.env.GITHUB_WORKSPACE || input.cwd;
}
