/**
 * The failing skill packages of fixtures/skills/bad, each with every
 * diagnostic it must produce when validated alone (`'CODE file:line:col'`).
 */
export const BAD: [string, string[]][] = [
  ['v001-main-package', [
    'V001_MAIN_PACKAGE_DEPENDENCY skills/v001-main-package/apis/ping.js:1:22',
    'V001_SIBLING_SKILL_DEPENDENCY skills/v001-main-package/apis/ping.js:2:25',
    'V001_MAIN_PACKAGE_DEPENDENCY skills/v001-main-package/apis/ping.js:3:19',
    'V001_MAIN_PACKAGE_DEPENDENCY skills/v001-main-package/index.js:6:13',
    'V001_MAIN_PACKAGE_DEPENDENCY skills/v001-main-package/index.js:8:1',
  ]],
  ['v002-async-api', ['V002_API_NOT_ASYNC skills/v002-async-api/apis/ping.js:1:1']],
  ['v003-card-wxml', [
    'V003_TAG_NOT_ALLOWED skills/v003-card-wxml/components/card/index.wxml:3:3',
    'V003_OPEN_TYPE skills/v003-card-wxml/components/card/index.wxml:4:11',
    'V003_SCROLL_VIEW skills/v003-card-wxml/components/card/index.wxml:5:3',
    'V003_SCROLL_VIEW skills/v003-card-wxml/components/card/index.wxml:5:16',
  ]],
  ['v005-card-wxss', [2, 3, 4, 5, 6, 7, 8, 9].map((line) => `V005_FORBIDDEN_DECLARATION skills/v005-card-wxss/components/card/index.wxss:${line}:3`)],
  ['v006-card-wxss', [
    'V006_FORBIDDEN_SELECTOR skills/v006-card-wxss/components/card/index.wxss:1:7',
    'V006_FORBIDDEN_SELECTOR skills/v006-card-wxss/components/card/index.wxss:2:7',
    'V006_FORBIDDEN_SELECTOR skills/v006-card-wxss/components/card/index.wxss:5:6',
    'V006_FORBIDDEN_SELECTOR skills/v006-card-wxss/components/card/index.wxss:8:6',
    'V006_FORBIDDEN_SELECTOR skills/v006-card-wxss/components/card/index.wxss:11:6',
  ]],
  ['v007-names', ['V007_NOT_DECLARED skills/v007-names/index.js:5:29', 'V007_NOT_REGISTERED skills/v007-names/mcp.json:21:7']],
  ['v008-modules', ['V008_MODULE_NOT_FOUND skills/v008-modules/index.js:4:25']],
  ['v009-output-schema', [
    'V009_REQUIRED_MISSING skills/v009-output-schema/apis/ping.js:4:24',
    'V009_KEY_NOT_DECLARED skills/v009-output-schema/apis/ping.js:4:36',
    'V009_PROPERTY_NOT_RETURNED skills/v009-output-schema/mcp.json:16:11',
  ]],
  ['v010-card-reads', ['V010_FIELD_NOT_RETURNED skills/v010-card-reads/components/card/index.js:8:40']],
  ['v011-set-data', [
    'V011_SETDATA_UNUSED skills/v011-set-data/components/card/index.js:8:35',
    'V011_WXML_KEY_UNDEFINED skills/v011-set-data/components/card/index.wxml:3:9',
  ]],
  ['v012-component-files', [
    'V012_COMPONENT_FILES_MISSING skills/v012-component-files/mcp.json:21:11',
    'V012_COMPONENT_PATH_FORMAT skills/v012-component-files/mcp.json:43:11',
  ]],
  ['v014-skill-md-name', ['V014_SKILL_MD_CASE skills/v014-skill-md-name/skill.md:1:1']],
  ['v016-description', ['V016_DESCRIPTION_MISSING app.json:116:7']],
  ['v017-page-path', [
    'V017_NO_HANDOFF skills/v017-page-path/mcp.json:21:11',
    'V017_PAGE_PATH_NOT_ABSOLUTE skills/v017-page-path/mcp.json:21:11',
    'V017_PAGE_PATH_QUERY skills/v017-page-path/mcp.json:21:11',
    'V017_PAGE_PATH_UNKNOWN skills/v017-page-path/mcp.json:29:7',
  ]],
  ['v018-handoff-query', ['V018_QUERY_NOT_READ skills/v018-handoff-query/apis/ping.js:5:29']],
  ['skill-files', ['SKILL_MCP_INVALID_JSON skills/skill-files/mcp.json:1:13']],
  ['no-index', ['SKILL_INDEX_MISSING app.json:94:9']],
  ['skill-mcp-schema', [
    'SKILL_INPUT_SCHEMA_INVALID skills/skill-mcp-schema/mcp.json:6:7',
    'SKILL_MCP_SCHEMA skills/skill-mcp-schema/mcp.json:24:5',
    'SKILL_API_NAME_DUPLICATE skills/skill-mcp-schema/mcp.json:25:7',
    'SKILL_API_FILE_MISSING skills/skill-mcp-schema/mcp.json:41:7',
    'SKILL_API_NAME_CASE skills/skill-mcp-schema/mcp.json:41:7',
    'SKILL_MCP_SCHEMA skills/skill-mcp-schema/mcp.json:58:3',
  ]],
  ['skill-api-files', [
    'SKILL_API_FILE_UNDECLARED skills/skill-api-files/apis/helper.js:1:1',
    'SKILL_API_FILE_MISSING skills/skill-api-files/mcp.json:4:7',
  ]],
  ['skill-md-sections', [
    'SKILL_MD_FRONT_MATTER skills/skill-md-sections/SKILL.md:1:1',
    'SKILL_MD_SECTION_MISSING skills/skill-md-sections/SKILL.md:4:1',
    'SKILL_MD_SECTION_ORDER skills/skill-md-sections/SKILL.md:12:1',
    'SKILL_MD_UNKNOWN_SECTION skills/skill-md-sections/SKILL.md:16:1',
  ]],
  ['skill-md-content', [
    'SKILL_MD_FORBIDDEN_CONTENT skills/skill-md-content/SKILL.md:3:18', // the API name pingAll
    'SKILL_MD_FORBIDDEN_CONTENT skills/skill-md-content/SKILL.md:9:15', // the storage key its code writes
    'SKILL_MD_FORBIDDEN_CONTENT skills/skill-md-content/SKILL.md:13:4', // a box-drawing diagram
    'SKILL_MD_FORBIDDEN_CONTENT skills/skill-md-content/SKILL.md:15:1', // a code block
    'SKILL_MD_FORBIDDEN_CONTENT skills/skill-md-content/SKILL.md:19:1', // a table
    'SKILL_MD_FORBIDDEN_CONTENT skills/skill-md-content/SKILL.md:23:5', // a component path
    'SKILL_MD_FORBIDDEN_CONTENT skills/skill-md-content/SKILL.md:23:31', // a JSON schema
  ]],
  ['undeclared', ['SKILL_NOT_DECLARED skills/undeclared/mcp.json:1:1']],
];
