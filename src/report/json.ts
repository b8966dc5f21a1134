import type { Reporter, ReportInput } from './reporter.js';

/**
 * `{ summary, diagnostics }` as JSON on stdout, for scripts. Diagnostics keep
 * their root-relative paths, exactly as in analysis.json.
 */
export const jsonReporter: Reporter = {
  stream: 'stdout',
  render: (input: ReportInput) => JSON.stringify({ summary: input.summary, diagnostics: input.diagnostics }, null, 2),
};
