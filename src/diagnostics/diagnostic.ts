import type { Diagnostic, Loc } from '../model/types.js';
import { CODES, type DiagnosticCode } from './codes.js';

export type DiagnosticArgs = Record<string, string | number>;

/** Arguments quote the analysed code: a generated 100 kB expression must not become a 100 kB message. */
export const MESSAGE_ARG_MAX = 200;

function clipArgs(args: DiagnosticArgs): DiagnosticArgs {
  const out: DiagnosticArgs = {};
  for (const [k, v] of Object.entries(args)) {
    if (typeof v !== 'string' || v.length <= MESSAGE_ARG_MAX) out[k] = v;
    else {
      // Never split a surrogate pair.
      const end = v.charCodeAt(MESSAGE_ARG_MAX - 1) >= 0xd800 && v.charCodeAt(MESSAGE_ARG_MAX - 1) <= 0xdbff ? MESSAGE_ARG_MAX - 1 : MESSAGE_ARG_MAX;
      out[k] = `${v.slice(0, end)}…`;
    }
  }
  return out;
}

/** Build a diagnostic from the code table. Stages never write message text themselves. */
export function diagnostic(code: DiagnosticCode, loc: Loc | null, args: DiagnosticArgs = {}, related?: Loc[]): Diagnostic {
  const s = CODES[code];
  const d: Diagnostic = { code, severity: s.severity, message: s.message(clipArgs(args)), loc };
  if (related && related.length) d.related = related;
  return d;
}

const keyOf = (d: Diagnostic): string => `${d.code}|${d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.column}` : ''}|${d.message}`;

/** What one piece of work reported, each diagnostic once, even those the bag already held. */
interface Capture {
  items: Diagnostic[];
  seen: Set<string>;
}

/** A sink that collects diagnostics; stages report into it and carry on. Each distinct diagnostic is kept once. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private readonly captures: Capture[] = [];
  private dropped: ReadonlySet<DiagnosticCode> | null = null;
  private mutedDepth = 0;

  report(code: DiagnosticCode, loc: Loc | null, args: DiagnosticArgs = {}, related?: Loc[]): void {
    this.push(diagnostic(code, loc, args, related));
  }

  push(d: Diagnostic): void {
    if (this.mutedDepth > 0 || this.dropped?.has(d.code as DiagnosticCode)) return;
    const key = keyOf(d);
    for (const c of this.captures) {
      if (!c.seen.has(key)) {
        c.seen.add(key);
        c.items.push(d);
      }
    }
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(d);
  }

  /**
   * Run `fn` and return everything reported meanwhile — including what an
   * earlier piece of work already reported, which the bag itself keeps only
   * once. A unit's diagnostics are then those its analysis alone would give,
   * whatever ran before it (what a cache or a worker needs).
   */
  capture(fn: () => void): Diagnostic[] {
    const c: Capture = { items: [], seen: new Set() };
    this.captures.push(c);
    try {
      fn();
    } finally {
      this.captures.splice(this.captures.lastIndexOf(c), 1);
    }
    return c.items;
  }

  /**
   * Run `fn` dropping what it reports under `codes`: a speculative reading (candidate values the
   * code is run with only to see which of them make sense) must not report what it tried.
   */
  without<T>(codes: ReadonlySet<DiagnosticCode>, fn: () => T): T {
    const prev = this.dropped;
    this.dropped = prev ? new Set([...prev, ...codes]) : codes;
    try {
      return fn();
    } finally {
      this.dropped = prev;
    }
  }

  /**
   * Run `fn` dropping everything it reports: code run again on another unit's behalf (a component's
   * handler run for the page that uses it) whose problems its own analysis reports.
   */
  muted<T>(fn: () => T): T {
    this.mutedDepth++;
    try {
      return fn();
    } finally {
      this.mutedDepth--;
    }
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function compareLoc(a: Loc | null, b: Loc | null): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column;
}

/** Deterministic order: file, line, column, then code and message. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      compareLoc(a.loc, b.loc) ||
      cmp(a.code, b.code) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.message, b.message),
  );
}

/** Code-unit string comparison: locale-independent, so output never depends on the machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
