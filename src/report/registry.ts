import type { Diagnostic } from '../model/types.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { prettyReporter } from './pretty.js';
import type { Reporter, ReportInput } from './reporter.js';
import type { ReporterName } from './reporter-names.js';
import { sarifReporter } from './sarif.js';

export { REPORTER_NAMES, type ReporterName } from './reporter-names.js';

/**
 * Reporters by the name `--format` takes. Adding one is a file, its name in
 * reporter-names.ts (the CLI's option list) and a row here; the type makes
 * the two lists agree.
 */
export const REPORTERS = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
} as const satisfies Record<ReporterName, Reporter>;

/** The two streams a command writes to (process.stdout / process.stderr, or fakes in tests). */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
}
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(stream: OutStream, env: Io['env']): boolean {
  return !!stream.isTTY && !env.NO_COLOR;
}

export interface ReportRequest {
  diagnostics: Diagnostic[];
  /** Absolute mini-program root. */
  root: string;
  summary?: Record<string, unknown> | null;
}

/** Render with the named reporter and write the text to the stream it belongs on. Returns that stream. */
export function writeReport(name: ReporterName, req: ReportRequest, io: Io): OutStream {
  const reporter: Reporter = REPORTERS[name];
  const stream = reporter.stream === 'stdout' ? io.stdout : io.stderr;
  const input: ReportInput = {
    diagnostics: req.diagnostics,
    root: req.root,
    cwd: io.cwd,
    color: useColor(stream, io.env),
    summary: req.summary ?? null,
    env: io.env,
  };
  const text = reporter.render(input);
  if (text) stream.write(text + '\n');
  return stream;
}
