import { createRequire } from 'node:module';

/**
 * autoskill's own version, from package.json. A module of its own so that
 * `autoskill --version` and `--help` need not load the analysis pipeline
 * (Babel, htmlparser2…) just to print it. `../package.json` is the package
 * root both from src/ (tests) and from dist/ (the built CLI).
 */
export const TOOL_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
