/**
 * The names `--format` takes, alone in a module: the CLI lists them in its
 * option definitions, and importing the reporters themselves for that would
 * load them (and what they need) on every `autoskill --help`. registry.ts
 * maps each name to its reporter and is type-checked against this list.
 */
export const REPORTER_NAMES = ['pretty', 'json', 'sarif', 'github'] as const;

export type ReporterName = (typeof REPORTER_NAMES)[number];
