/**
 * The configuration file's name, alone in a module: the CLI names it in its
 * `--help` text, and importing the loader for that would pull in ajv and the
 * config schema at start-up.
 */
export const CONFIG_FILE = 'autoskill.config.json';
