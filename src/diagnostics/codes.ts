import type { Severity } from '../model/types.js';

/**
 * Every diagnostic autoskill can report: one table, so codes are stable and
 * wording lives in one place. Stages push `{ code, args, loc }` (see
 * `diagnostic()`); the message is formatted here.
 *
 * Adding a code: add a row here, and a test that triggers it and asserts its
 * location (test/diagnostics/*.test.ts).
 */
interface CodeSpec {
  severity: Severity;
  message: (a: Record<string, string | number>) => string;
}

const spec = <T extends Record<string, CodeSpec>>(t: T): T => t;

export const CODES = spec({
  // --- project / load -------------------------------------------------------
  PROJECT_NOT_FOUND: { severity: 'error', message: (a) => `No app.json or project.config.json found in ${a.dir}` },
  PROJECT_CONFIG_INVALID: { severity: 'error', message: (a) => `project.config.json is not valid JSON: ${a.reason}` },
  APP_JSON_INVALID: { severity: 'error', message: (a) => `app.json is not valid JSON: ${a.reason}` },
  JSON_INVALID: { severity: 'error', message: (a) => `${a.file} is not valid JSON: ${a.reason}` },
  JSON_NONSTANDARD: { severity: 'warning', message: (a) => `${a.file} is not strict JSON (${a.what}); it was read leniently` },
  JSON_FIELD_TYPE: { severity: 'warning', message: (a) => `"${a.field}" should be ${a.expected}` },
  APP_NO_PAGES: { severity: 'error', message: () => 'app.json declares no pages' },
  ROUTE_DUPLICATE: { severity: 'warning', message: (a) => `Route "${a.route}" is declared more than once` },
  ROUTE_INVALID: { severity: 'error', message: (a) => `Route "${a.route}" is not a valid page path` },
  PATH_ESCAPES_ROOT: { severity: 'error', message: (a) => `Path "${a.path}" escapes the project root; it was not read` },
  PAGE_FILES_MISSING: { severity: 'error', message: (a) => `Page "${a.route}" has no ${a.what} file` },
  PAGE_NOT_REGISTERED: { severity: 'warning', message: (a) => `${a.file} does not call Page() or Component()` },
  TABBAR_PAGE_UNKNOWN: { severity: 'warning', message: (a) => `tabBar page "${a.route}" is not declared in app.json pages` },
  ENTRY_PAGE_UNKNOWN: { severity: 'warning', message: (a) => `entryPagePath "${a.route}" is not a declared page` },
  COMPONENT_UNRESOLVED: { severity: 'warning', message: (a) => `Component "${a.tag}" → "${a.path}" could not be resolved` },
  TSCONFIG_PATH_OUTSIDE_ROOT: { severity: 'info', message: (a) => `tsconfig paths alias "${a.pattern}" → "${a.path}" lies outside the mini-program root; imports through it are not followed` },
  NPM_NOT_BUILT: { severity: 'info', message: (a) => `Component "${a.tag}" → "${a.path}": npm package "${a.pkg}" is not built into miniprogram_npm (run 构建 npm); not analysed` },
  COMPONENT_EXTENDED_LIB: { severity: 'info', message: (a) => `Component "${a.tag}" → "${a.path}" comes from WeChat's extended library (useExtendedLib); not analysed` },
  COMPONENT_PLUGIN: { severity: 'info', message: (a) => `Component "${a.tag}" comes from plugin "${a.path}"; it is recorded, not followed` },
  FILE_UNREADABLE: { severity: 'error', message: (a) => `Could not read ${a.file}: ${a.reason}` },
  FILE_TOO_LARGE: { severity: 'warning', message: (a) => `${a.file} is ${a.size} bytes, over the ${a.limit}-byte limit; it was skipped` },
  FILE_ENCODING: { severity: 'warning', message: (a) => `${a.file} is not valid UTF-8; undecodable bytes were replaced` },
  TSCONFIG_EXTENDS_UNRESOLVED: { severity: 'warning', message: (a) => `${a.file} extends "${a.spec}", which could not be found; its options were ignored` },
  PLUGIN_DEPENDENCY: { severity: 'info', message: (a) => `The app depends on plugin "${a.name}"; business functions using it cannot become skills` },

  // --- WXML ----------------------------------------------------------------
  WXML_UNCLOSED_TAG: { severity: 'error', message: (a) => `<${a.tag}> is never closed` },
  WXML_UNEXPECTED_CLOSE: { severity: 'error', message: (a) => `</${a.tag}> closes nothing that is open` },
  WXML_MISMATCHED_CLOSE: { severity: 'error', message: (a) => `</${a.tag}> closes <${a.open}>` },
  WXML_UNCLOSED_MUSTACHE: { severity: 'error', message: () => 'A {{ is never closed by }}' },
  WXML_DYNAMIC_HANDLER: { severity: 'warning', message: (a) => `Handler of "${a.binding}" is dynamic (${a.expr}); candidates: ${a.candidates || 'none'}` },
  WXML_EMPTY_HANDLER: { severity: 'warning', message: (a) => `"${a.binding}" has no handler name` },
  WXML_IMPORT_UNRESOLVED: { severity: 'warning', message: (a) => `<${a.tag} src="${a.src}"> could not be resolved` },
  WXML_IMPORT_CYCLE: { severity: 'warning', message: (a) => `<import>/<include> cycle through ${a.file}` },
  WXML_TEMPLATE_UNKNOWN: { severity: 'info', message: (a) => `<template is="${a.name}"> names no template in scope` },
  WXML_TOO_DEEP: { severity: 'warning', message: (a) => `Elements nested deeper than ${a.limit} levels were flattened` },

  // --- scripts -------------------------------------------------------------
  JS_SYNTAX_ERROR: { severity: 'error', message: (a) => `Syntax error: ${a.reason}` },
  JS_TOO_DEEP: { severity: 'warning', message: (a) => `${a.file} nests deeper than the parser can follow; it was skipped` },
  SCRIPT_MISSING: { severity: 'error', message: (a) => `${a.owner} has no script file` },
  HANDLER_NOT_FOUND: { severity: 'warning', message: (a) => `"${a.binding}" binds "${a.handler}", which ${a.owner} does not define` },
  OPTIONS_DYNAMIC: { severity: 'warning', message: (a) => `The options passed to ${a.call}() could not be resolved statically` },
  MODULE_UNRESOLVED: { severity: 'warning', message: (a) => `Cannot resolve module "${a.spec}"` },
  MODULE_CYCLE: { severity: 'info', message: (a) => `Module cycle through ${a.file}` },
  BEHAVIOR_UNRESOLVED: { severity: 'warning', message: (a) => `A behavior of ${a.owner} could not be resolved` },

  // --- following the code ---------------------------------------------------
  DYNAMIC_URL: { severity: 'info', message: (a) => `${a.api} URL is partly dynamic: ${a.url}` },
  DYNAMIC_NAVIGATION: { severity: 'warning', message: (a) => `${a.api} target could not be resolved statically` },
  NAVIGATION_UNKNOWN_ROUTE: { severity: 'warning', message: (a) => `${a.api} targets "${a.target}", which is not a page of app.json` },
  DYNAMIC_CLOUD_FUNCTION: { severity: 'warning', message: () => 'wx.cloud.callFunction name could not be resolved statically' },
  DYNAMIC_CALL: { severity: 'info', message: (a) => `Call through ${a.what} could not be followed` },
  ANALYSIS_BUDGET: { severity: 'warning', message: (a) => `Following the code from ${a.entry} stopped at the ${a.limit} budget; effects may be incomplete` },
  JSAPI_NOT_MIGRATABLE: { severity: 'info', message: (a) => `${a.api} is not available to WeChat AI skills` },

  // --- emit --------------------------------------------------------------
  MCP_TOO_LARGE: { severity: 'warning', message: (a) => `mcp.json of skill "${a.skill}" is ${a.size} bytes (without outputSchema and whitespace), over ${a.limit}` },
  SKILL_MD_TOO_LARGE: { severity: 'warning', message: (a) => `SKILL.md of skill "${a.skill}" is ${a.size} bytes, over ${a.limit}` },
  TOO_MANY_SKILLS: { severity: 'warning', message: (a) => `${a.count} skills inferred; WeChat allows at most ${a.limit}` },
  NO_BUSINESS_ACTIONS: { severity: 'info', message: () => 'No handler or page entry reaches the network, the cloud, payment or storage writes; no skills were drafted' },
  OUTPUT_SHAPE_UNKNOWN: { severity: 'info', message: (a) => `API "${a.api}": no response field was found statically; its outputSchema stays empty until probed` },
  LAZY_CODE_LOADING_MISSING: { severity: 'warning', message: () => 'app.json lacks "lazyCodeLoading": "requiredComponents", which WeChat AI skills require' },
  OUTPUT_EXISTS_MODIFIED: { severity: 'error', message: (a) => `${a.file} was edited by hand since autoskill wrote it; not overwritten (use --force)` },

  // --- check: committed outputs against the code -----------------------------
  OUTPUT_DRIFT: { severity: 'error', message: (a) => `${a.file} is out of date with the code; run \`${a.fix}\` and commit the result` },
  OUTPUT_MISSING: { severity: 'error', message: (a) => `${a.file} is missing; run \`${a.fix}\` and commit the result` },
  OUTPUT_EXTRA: { severity: 'error', message: (a) => `${a.file} is no longer generated; delete it (\`${a.fix}\` deletes files autoskill wrote)` },
  OUTPUT_EDITED: {
    severity: 'error',
    message: (a) => `${a.file} was edited by hand and differs from what autoskill generates; undo the edit, or overwrite it with \`${a.fix} --force\``,
  },

  // --- internal -----------------------------------------------------------
  INTERNAL_ERROR: { severity: 'error', message: (a) => `autoskill failed on ${a.file}: ${a.reason} (this is a bug in autoskill)` },
});

export type DiagnosticCode = keyof typeof CODES;
