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
  MINIPROGRAM_ROOT_GUESSED: { severity: 'info', message: (a) => `No project.config.json or app.json here; analysing the mini-program in ${a.root}/` },
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
  UNIT_REGISTERED_TWICE: { severity: 'warning', message: (a) => `${a.file} calls ${a.kind}() here as well; the analysis follows ${a.chosen}, ${a.why}` },
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
  WXML_MODEL_NOT_FIELD: { severity: 'warning', message: (a) => `${a.attr}="{{${a.expr}}}" is not two-way bound: WeChat binds a data field, not an expression, so it is no form field` },
  WXML_TOO_DEEP: { severity: 'warning', message: (a) => `Elements nested deeper than ${a.limit} levels were flattened` },

  // --- scripts -------------------------------------------------------------
  JS_SYNTAX_ERROR: { severity: 'error', message: (a) => `Syntax error: ${a.reason}` },
  JS_TOO_DEEP: { severity: 'warning', message: (a) => `${a.file} nests deeper than the parser can follow; it was skipped` },
  HANDLER_NOT_FOUND: { severity: 'warning', message: (a) => `"${a.binding}" binds "${a.handler}", which ${a.owner} does not define` },
  MODULE_UNRESOLVED: { severity: 'warning', message: (a) => `Cannot resolve module "${a.spec}"` },
  MODULE_CYCLE: { severity: 'info', message: (a) => `Module cycle through ${a.file}${a.ring ? `: ${a.ring}` : ''}` },

  // --- following the code ---------------------------------------------------
  DYNAMIC_URL: { severity: 'info', message: (a) => `${a.api} URL is partly dynamic: ${a.url}` },
  URL_UNDEFINED: { severity: 'warning', message: (a) => `${a.api} is called with an undefined URL (a key its table does not define?): the call fails at run time, no endpoint is recorded` },
  DYNAMIC_NAVIGATION: { severity: 'warning', message: (a) => `${a.api} target could not be resolved statically` },
  NAVIGATION_UNKNOWN_ROUTE: { severity: 'warning', message: (a) => `${a.api} targets "${a.target}", which is not a page of app.json` },
  NAVIGATION_RELATIVE_SLIP: {
    severity: 'warning',
    message: (a) => `${a.api} url "${a.url}" has no leading "/": WeChat resolves it against the page's folder ("${a.relative}", not a page); taken as "/${a.target}"`,
  },
  DYNAMIC_CLOUD_FUNCTION: { severity: 'warning', message: () => 'wx.cloud.callFunction name could not be resolved statically' },
  DYNAMIC_CALL: { severity: 'info', message: (a) => `Call through ${a.what} could not be followed` },
  ANALYSIS_BUDGET: { severity: 'warning', message: (a) => `Following the code from ${a.entry} stopped at the ${a.limit} budget; effects may be incomplete` },

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

  // --- config: autoskill.config.json (settings and reviewer overrides) -------
  CONFIG_NOT_FOUND: { severity: 'error', message: (a) => `Configuration file ${a.file} was not found` },
  CONFIG_UNKNOWN_KEY: { severity: 'warning', message: (a) => `Unknown key "${a.key}" in ${a.where}${a.hint}; it is ignored` },
  CONFIG_INVALID: { severity: 'error', message: (a) => `${a.path}: ${a.reason}; this setting is ignored` },
  CONFIG_STALE_OVERRIDE: { severity: 'warning', message: (a) => `${a.path} ${a.reason}; it has no effect` },
  CONFIG_NAME_CONFLICT: {
    severity: 'error',
    message: (a) => `${a.path}: "${a.name}" is already the name of API ${a.other}; API names must be unique, so ${a.id} keeps "${a.kept}"`,
  },

  // --- validate: skill packages (official validator rules V0xx, ids kept; autoskill's own checks SKILL_…) ---
  SKILL_TARGET_NOT_FOUND: { severity: 'error', message: (a) => `${a.dir} is neither a mini-program project (app.json, project.config.json) nor a skill folder (SKILL.md, mcp.json)` },
  SKILL_NONE_FOUND: { severity: 'error', message: (a) => `No skill to validate: app.json declares no agent.skills and ${a.root}/ holds no skill folder` },
  V001_MAIN_PACKAGE_DEPENDENCY: { severity: 'error', message: (a) => `${a.what}: skills live in an independent subpackage and cannot reach the main package` },
  V001_SIBLING_SKILL_DEPENDENCY: { severity: 'error', message: (a) => `"${a.spec}" reaches into skill ${a.other}; move shared code to ${a.shared}` },
  V002_API_NOT_ASYNC: { severity: 'error', message: (a) => `API "${a.name}" is registered with a function that is not async` },
  V003_TAG_NOT_ALLOWED: { severity: 'error', message: (a) => `<${a.tag}> is not supported in a card (allowed: ${a.allowed})` },
  V003_OPEN_TYPE: { severity: 'error', message: (a) => `<button open-type="${a.value}"> is not supported in a card; bind tap and call the API in the handler` },
  V003_SCROLL_VIEW: { severity: 'error', message: (a) => `<scroll-view> in a card scrolls horizontally only: ${a.what}` },
  V005_FORBIDDEN_DECLARATION: { severity: 'error', message: (a) => `"${a.prop}: ${a.value}" is not supported in card styles (${a.why})` },
  V006_FORBIDDEN_SELECTOR: { severity: 'error', message: (a) => `Selector "${a.selector}" uses ${a.what}, which card styles do not support; use class selectors` },
  V007_NOT_REGISTERED: { severity: 'error', message: (a) => `API "${a.name}" is declared in mcp.json but index.js does not register it` },
  V007_NOT_DECLARED: { severity: 'error', message: (a) => `index.js registers "${a.name}", which mcp.json does not declare` },
  V007_DYNAMIC_NAME: { severity: 'warning', message: () => 'registerAPI() is called with a name computed at run time; it cannot be checked against mcp.json' },
  V008_MODULE_NOT_FOUND: { severity: 'error', message: (a) => `"${a.spec}" does not resolve to a file` },
  V009_KEY_NOT_DECLARED: { severity: 'error', message: (a) => `API "${a.api}" returns structuredContent.${a.key}, which its outputSchema does not declare` },
  V009_REQUIRED_MISSING: { severity: 'error', message: (a) => `This structuredContent of API "${a.api}" lacks "${a.key}", which its outputSchema requires` },
  V009_PROPERTY_NOT_RETURNED: { severity: 'error', message: (a) => `outputSchema of API "${a.api}" declares "${a.key}", which no return of the API sets` },
  V009_OUTPUT_SCHEMA_MISSING: { severity: 'error', message: (a) => `API "${a.api}" returns structuredContent (${a.keys}) but its outputSchema declares no properties` },
  V010_FIELD_NOT_RETURNED: { severity: 'error', message: (a) => `Card ${a.card} reads structuredContent.${a.key}, which is not returned by ${a.apis}` },
  V011_WXML_KEY_UNDEFINED: { severity: 'error', message: (a) => `{{${a.key}}} is rendered but card ${a.card} never sets it (setData, data or properties)` },
  V011_WXML_KEY_UNCERTAIN: { severity: 'warning', message: (a) => `{{${a.key}}} is rendered but card ${a.card} does not visibly set it; not certain because ${a.why}` },
  V011_SETDATA_UNUSED: { severity: 'warning', message: (a) => `Card ${a.card} sets "${a.key}", which its WXML never renders` },
  V012_COMPONENT_PATH_FORMAT: { severity: 'error', message: (a) => `componentPath "${a.path}" must be components/<name>/index` },
  V012_COMPONENT_FILES_MISSING: { severity: 'error', message: (a) => `Card ${a.path} lacks ${a.missing}` },
  V014_SKILL_MD_CASE: { severity: 'error', message: (a) => `"${a.name}" must be named exactly SKILL.md (CI and WeChat's servers are case-sensitive)` },
  V014_SKILL_MD_MISSING: { severity: 'error', message: (a) => `Skill "${a.skill}" has no SKILL.md` },
  V016_DESCRIPTION_MISSING: { severity: 'error', message: (a) => `agent.skills[${a.index}] (${a.skill}) needs a non-empty description` },
  V017_PAGE_PATH_NOT_ABSOLUTE: { severity: 'error', message: (a) => `${a.field} "${a.path}" must be absolute (start with "/")` },
  V017_PAGE_PATH_QUERY: { severity: 'error', message: (a) => `${a.field} "${a.path}" must not carry a query; return it as handoff.query` },
  V017_PAGE_PATH_UNKNOWN: { severity: 'error', message: (a) => `${a.field} "${a.path}" is not a page of app.json` },
  V017_NO_HANDOFF: { severity: 'warning', message: (a) => `API "${a.api}" has a pagePath but never returns handoff, so the page opens without the card's context` },
  V018_QUERY_NOT_READ: { severity: 'error', message: (a) => `handoff.query key "${a.key}" is not read by page ${a.page} (it reads: ${a.reads})` },
  SKILL_MCP_MISSING: { severity: 'error', message: (a) => `Skill "${a.skill}" has no mcp.json` },
  SKILL_MCP_INVALID_JSON: { severity: 'error', message: (a) => `mcp.json is not valid JSON: ${a.reason}` },
  SKILL_MCP_SCHEMA: { severity: 'error', message: (a) => `mcp.json ${a.path}: ${a.reason}` },
  SKILL_INPUT_SCHEMA_INVALID: { severity: 'error', message: (a) => `inputSchema of API "${a.api}" is not a valid draft-07 JSON Schema: ${a.reason}` },
  SKILL_API_NAME_DUPLICATE: { severity: 'error', message: (a) => `API "${a.name}" is declared more than once in mcp.json` },
  SKILL_API_NAME_CASE: { severity: 'warning', message: (a) => `API name "${a.name}" should be camelCase` },
  SKILL_INDEX_MISSING: { severity: 'error', message: (a) => `Skill "${a.skill}" has no index.js to register its APIs` },
  SKILL_API_FILE_MISSING: { severity: 'warning', message: (a) => `API "${a.name}" has no ${a.file}` },
  SKILL_API_FILE_UNDECLARED: { severity: 'warning', message: (a) => `${a.file} is not an API of mcp.json; helpers belong in utils/` },
  SKILL_API_FUNCTION_UNRESOLVED: { severity: 'info', message: (a) => `The function of API "${a.name}" could not be followed statically; V002, V009 and V017 were not checked for it` },
  SKILL_MCP_OVER_LIMIT: { severity: 'error', message: (a) => `mcp.json is ${a.size} bytes without outputSchema and whitespace, over WeChat's ${a.limit}` },
  SKILL_MD_OVER_LIMIT: { severity: 'error', message: (a) => `SKILL.md is ${a.size} bytes, over WeChat's ${a.limit}` },
  SKILL_COUNT_OVER_LIMIT: { severity: 'error', message: (a) => `${a.count} skills; WeChat allows at most ${a.limit}` },
  SKILL_MD_FRONT_MATTER: { severity: 'warning', message: () => 'SKILL.md is plain Markdown: remove the front matter' },
  SKILL_MD_NO_TITLE: { severity: 'warning', message: () => 'SKILL.md must open with "# <business title>" and one line positioning the capability' },
  SKILL_MD_UNKNOWN_SECTION: { severity: 'warning', message: (a) => `Heading "${a.heading}" is not a SKILL.md section (${a.allowed})` },
  SKILL_MD_SECTION_ORDER: { severity: 'warning', message: (a) => `Section "${a.heading}" is out of order or repeated (order: ${a.order})` },
  SKILL_MD_SECTION_MISSING: { severity: 'warning', message: (a) => `SKILL.md has no "## ${a.section}" section` },
  SKILL_MD_TRIGGER_COUNT: { severity: 'warning', message: (a) => `"## 触发场景" lists ${a.count} user utterances; give 3 to 6` },
  SKILL_MD_FORBIDDEN_CONTENT: { severity: 'warning', message: (a) => `SKILL.md contains ${a.what}; ${a.why}` },
  SKILL_AGENT_MISSING: { severity: 'error', message: () => 'app.json has no agent.skills; WeChat loads only the skills declared there' },
  SKILL_PATH_MISSING: { severity: 'error', message: (a) => `agent.skills[${a.index}].path "${a.path}" is not a folder of the mini-program` },
  SKILL_NOT_DECLARED: { severity: 'warning', message: (a) => `Skill folder ${a.dir} is not declared in app.json agent.skills` },
  SKILL_LAZY_CODE_LOADING: { severity: 'error', message: () => 'app.json needs "lazyCodeLoading": "requiredComponents" for skills to load' },
  SKILL_SUBPACKAGE_MISSING: { severity: 'error', message: (a) => `${a.root}/ is not a subpackage; declare { "root": "${a.root}", "pages": [], "independent": true } in app.json` },
  SKILL_SUBPACKAGE_NOT_INDEPENDENT: { severity: 'error', message: (a) => `Subpackage "${a.root}" holds skills and must be "independent": true` },

  // --- internal -----------------------------------------------------------
  INTERNAL_ERROR: { severity: 'error', message: (a) => `autoskill failed on ${a.file}: ${a.reason} (this is a bug in autoskill)` },
});

export type DiagnosticCode = keyof typeof CODES;
