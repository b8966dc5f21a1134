/** What a sub-command gets from the CLI shell: a way to set the process exit code (0 clean, 1 findings, 2 fatal). */
export interface CommandContext {
  setExitCode(code: number): void;
}
