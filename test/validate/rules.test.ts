import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { MemoryVfs } from '../../src/util/vfs.js';
import { RULES } from '../../src/validate/rules.js';
import { validate } from '../../src/validate/validate.js';
import { BAD } from './cases.js';
import { appFiles, at, found, pingSkill, validateMemory } from './helpers.js';

/**
 * Rules on in-memory projects: the codes the fixtures do not reach, and
 * the forms (aliases, ESM, comments, strings) that must not change a
 * verdict. `at('CODE file:line:col')` is `{ code, loc }`.
 */

const SKILL = 'skills/ping';
const project = (skill: Record<string, string | null> = {}, app = appFiles()): Record<string, string> => ({ ...app, ...pingSkill(SKILL, skill) });
const CARD = {
  'index.json': '{ "component": true }',
  'index.wxml': '<view>{{ok}}</view>',
  'index.wxss': '.card { padding: 8rpx; }',
};
const cardMcp = JSON.stringify({
  apis: [
    {
      name: 'ping',
      description: '检查服务是否可用。',
      inputSchema: { type: 'object', properties: {} },
      outputSchema: { type: 'object', properties: { ok: { type: 'boolean' } } },
      _meta: { ui: { componentPath: 'components/card/index' } },
    },
  ],
});
const card = (js: string, wxml = CARD['index.wxml']): Record<string, string> => ({
  'mcp.json': cardMcp,
  'components/card/index.js': js,
  'components/card/index.json': CARD['index.json'],
  'components/card/index.wxml': wxml,
  'components/card/index.wxss': CARD['index.wxss'],
});

const CASES: [string, Record<string, string>, string[]][] = [
  ['the passing template', project(), []],
  ['a project without skills', appFiles({ skills: [] }), ['SKILL_NONE_FOUND app.json:1:1']],
  [
    'a name computed at run time',
    project({ 'index.js': "const apis = { ping: require('./apis/ping').ping }\nObject.keys(apis).forEach((n) => wx.modelContext.registerAPI(n, apis[n]))\n" }),
    ['V007_DYNAMIC_NAME skills/ping/index.js:2:34'],
  ],
  [
    'structuredContent without an outputSchema',
    project({ 'mcp.json': JSON.stringify({ apis: [{ name: 'ping', description: 'd', inputSchema: { type: 'object', properties: {} } }] }) }),
    ['V009_OUTPUT_SCHEMA_MISSING skills/ping/mcp.json:1:11'],
  ],
  [
    'setData with a spread cannot be read',
    project(card("Component({ methods: { show(sc) { this.setData({ ...sc }) } } })", '<view>{{ok}} {{more}}</view>')),
    ['V011_WXML_KEY_UNCERTAIN skills/ping/components/card/index.wxml:1:7', 'V011_WXML_KEY_UNCERTAIN skills/ping/components/card/index.wxml:1:7'],
  ],
  ['no SKILL.md', project({ 'SKILL.md': null }), ['V014_SKILL_MD_MISSING app.json:19:9']],
  ['no mcp.json', project({ 'mcp.json': null }), ['SKILL_MCP_MISSING app.json:19:9']],
  [
    'a handler that cannot be followed',
    project({ 'apis/ping.js': null, 'index.js': "const { run } = require('./utils/impl')\nwx.modelContext.registerAPI('ping', withLog(run))\n", 'utils/impl.js': 'exports.run = async () => ({})\n' }),
    ['SKILL_API_FUNCTION_UNRESOLVED skills/ping/index.js:2:29', 'SKILL_API_FILE_MISSING skills/ping/mcp.json:1:11'],
  ],
  [
    'SKILL.md without a title, with two utterances',
    project({ 'SKILL.md': '## 触发场景\n\n- 检查服务\n- 服务能用吗\n' }),
    ['SKILL_MD_NO_TITLE skills/ping/SKILL.md:1:1', 'SKILL_MD_TRIGGER_COUNT skills/ping/SKILL.md:1:1'],
  ],
  ['no agent.skills', project({}, appFiles({ agent: false })), ['SKILL_AGENT_MISSING app.json:1:1']],
  ['no skills subpackage', project({}, appFiles({ subpackage: 'none' })), ['SKILL_SUBPACKAGE_MISSING app.json:1:1']],
  [
    'mcp.json over 24,000 bytes without outputSchema',
    project({ 'mcp.json': mcpWith('x'.repeat(24_100), 0) }),
    ['SKILL_MCP_OVER_LIMIT skills/ping/mcp.json:1:1'],
  ],
  ['a large outputSchema does not count', project({ 'mcp.json': mcpWith('检查服务。', 30_000) }), []],
  ['SKILL.md over 16,000 bytes', project({ 'SKILL.md': pingSkill('')['SKILL.md']!.replace('用于校验规则的最小技能。', '服'.repeat(6000)) }), ['SKILL_MD_OVER_LIMIT skills/ping/SKILL.md:1:1']],
  [
    '31 skills',
    {
      ...appFiles({ skills: Array.from({ length: 31 }, (_, i) => `s${String(i).padStart(2, '0')}`) }),
      ...Object.assign({}, ...Array.from({ length: 31 }, (_, i) => pingSkill(`skills/s${String(i).padStart(2, '0')}`))),
    },
    ['SKILL_COUNT_OVER_LIMIT app.json:15:5'],
  ],
  [
    'project.config.json naming a missing miniprogramRoot',
    { 'project.config.json': '{ "miniprogramRoot": "miniprogram/" }' },
    ['PROJECT_NOT_FOUND'],
  ],
];

/** An mcp.json of one API with a description of `desc` and an outputSchema padded to about `pad` bytes. */
function mcpWith(desc: string, pad: number): string {
  const properties: Record<string, unknown> = { ok: { type: 'boolean' } };
  if (pad) properties.ok = { type: 'boolean', description: 'o'.repeat(pad) };
  return JSON.stringify({ apis: [{ name: 'ping', description: desc, inputSchema: { type: 'object', properties: {} }, outputSchema: { type: 'object', properties } }] });
}

/** Forms that must not change the verdict: each variant of the passing template is still clean. */
const CLEAN: [string, Record<string, string | null>][] = [
  ['registerAPI through an alias of wx.modelContext', { 'index.js': "const { ping } = require('./apis/ping')\nconst mc = wx.modelContext\nmc.registerAPI('ping', ping)\n" }],
  ['createSkill from a destructured modelContext', { 'index.js': "const { ping } = require('./apis/ping')\nconst { modelContext } = wx\nconst skill = modelContext.createSkill('skills/ping')\nskill.use(async (ctx, next) => { await next() })\nskill.registerAPI('ping', ping)\n" }],
  ['ESM named import and export', { 'index.js': "import { ping } from './apis/ping'\nwx.modelContext.registerAPI('ping', ping)\n", 'apis/ping.js': "export async function ping() {\n  return { content: [], structuredContent: { ok: true } }\n}\n" }],
  ['default export of an arrow', { 'index.js': "import ping from './apis/ping.js'\nwx.modelContext.registerAPI('ping', ping)\n", 'apis/ping.js': "const ping = async () => ({ content: [], structuredContent: { ok: true } })\nexport default ping\n" }],
  ['module.exports = fn, required inline', { 'index.js': "wx.modelContext.registerAPI('ping', require('./apis/ping'))\n", 'apis/ping.js': "module.exports = async function ping() {\n  return { content: [], structuredContent: { ok: true } }\n}\n" }],
  ['registration by exports (older docs)', { 'index.js': "const { ping } = require('./apis/ping')\nmodule.exports = { ping }\n" }],
  ['another platform\'s modelContext is not a registration', { 'index.js': "const { ping } = require('./apis/ping')\nwx.modelContext.registerAPI('ping', ping)\nmy.modelContext.registerAPI('pong', ping)\n" }],
  ['getApp in a comment, a string, a local function', { 'index.js': "// getApp()\nconst { ping } = require('./apis/ping')\nconst s = 'getApp()'\nfunction getApp() { return s }\ngetApp()\nwx.modelContext.registerAPI('ping', ping)\n" }],
  ['require shadowed by a local function', { 'utils/x.js': "function require(p) { return p }\nmodule.exports = require('../../../outside')\n" }],
  ['returned object built in a variable with later keys', { 'apis/ping.js': "async function ping() {\n  const sc = {}\n  sc.ok = true\n  const result = { content: [], structuredContent: sc }\n  return result\n}\nmodule.exports = { ping }\n" }],
  ['an error branch without structuredContent', { 'apis/ping.js': "async function ping(a) {\n  if (!a) return { isError: true, content: [{ type: 'text', text: 'no' }] }\n  return a.x ? { content: [], structuredContent: { ok: true } } : { content: [], structuredContent: { ok: false } }\n}\nmodule.exports = { ping }\n" }],
  ['shared code in the subpackage', { 'utils/x.js': "module.exports = require('../../_shared/http')\n" }],
  ['a required JSON file is data, not a script', { 'data/seed.json': '{ "ping": 1 }', 'index.js': "wx.modelContext.registerAPI('ping', require('./data/seed.json').ping)\n" }],
];

describe('forms that keep the template clean', () => {
  it.each(CLEAN)('%s', async (_name, over) => {
    const files = project(over);
    if (_name === 'shared code in the subpackage') files['skills/_shared/http.js'] = 'module.exports = {}\n';
    const r = await validateMemory(files);
    expect(found(r.diagnostics)).toEqual([]);
  });
});

describe('cards read through aliases and destructuring', () => {
  it.each([
    ['const sc = result.structuredContent || {}', "const sc = result.structuredContent || {}\nthis.setData({ ok: sc.ok, bad: sc.nope })"],
    ['destructured parameter', "this.setData({ ok: result.structuredContent.ok })\n;(({ structuredContent: { nope } }) => nope)(result)"],
    ['destructured variable', "const { ok, nope } = result.structuredContent\nthis.setData({ ok })"],
  ])('%s', async (_name, body) => {
    const js = `Component({ methods: { show(result) {\n${body}\n} } })\n`;
    const r = await validateMemory(project(card(js, '<view>{{ok}} {{bad}}</view>')));
    expect(found(r.diagnostics).filter((d) => d.code === 'V010_FIELD_NOT_RETURNED').length).toBe(1);
  });
});

describe('where validate runs', () => {
  it('a skill folder on its own: the skill rules, no app rules', async () => {
    const r = await validate({ vfs: new MemoryVfs(pingSkill('')) });
    expect(r).toMatchObject({ usable: true, mode: 'skill', skills: [''] });
    expect(found(r.diagnostics)).toEqual([]);
  });

  it('a skill folder on its own: paths climbing out of the skills folder are main-package dependencies', async () => {
    const files = pingSkill('', { 'utils/a.js': "require('../../_shared/x')\nrequire('../../../utils/y')\n" });
    const r = await validate({ vfs: new MemoryVfs(files) });
    expect(found(r.diagnostics)).toEqual(['V001_MAIN_PACKAGE_DEPENDENCY utils/a.js:2:9'].map(at));
  });

  it('a folder of skills: each one, siblings as boundaries', async () => {
    const files = { ...pingSkill('a'), ...pingSkill('b', { 'utils/x.js': "require('../../a/apis/ping')\n" }) };
    const r = await validate({ vfs: new MemoryVfs(files) });
    expect(r.skills).toEqual(['a', 'b']);
    expect(found(r.diagnostics)).toEqual(['V001_SIBLING_SKILL_DEPENDENCY b/utils/x.js:1:9'].map(at));
  });

  it('neither a project nor a skill: unusable', async () => {
    const r = await validate({ vfs: new MemoryVfs({ 'README.md': '# hi' }) });
    expect(r.usable).toBe(false);
    expect(found(r.diagnostics)).toEqual([at('SKILL_TARGET_NOT_FOUND')]);
  });

  it('one skill of a project: only its findings, the project around it', async () => {
    const files = { ...appFiles({ skills: ['ping', 'other'] }), ...pingSkill('skills/ping'), ...pingSkill('skills/other', { 'SKILL.md': null }) };
    expect(found((await validateMemory(files, ['skills/ping'])).diagnostics)).toEqual([]);
    expect(found((await validateMemory(files, ['skills/other'])).diagnostics)).toEqual(['V014_SKILL_MD_MISSING app.json:24:9'].map(at));
  });
});

describe('the rule table', () => {
  it('has the official ids (V004, V013, V015 unused) and unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((i) => /^V\d{3}$/.test(i))).toEqual(['V001', 'V002', 'V003', 'V005', 'V006', 'V007', 'V008', 'V009', 'V010', 'V011', 'V012', 'V014', 'V016', 'V017', 'V018']);
  });

  it('every validate code is expected somewhere in these tests, with its location', () => {
    const codes = Object.keys(CODES).filter((c) => /^(V0\d\d_|SKILL_)/.test(c) && c !== 'SKILL_MD_TOO_LARGE');
    const expected = new Set([...CASES.flatMap(([, , w]) => w), ...BAD.flatMap(([, w]) => w), ...EXTRA_EXPECTED].map((s) => at(s).code));
    expect(codes.filter((c) => !expected.has(c))).toEqual([]);
  });

  it('a V0xx code belongs to its rule and has the rule\'s prefix', () => {
    for (const c of Object.keys(CODES).filter((k) => /^V0\d\d_/.test(k))) expect(RULES.some((r) => c.startsWith(`${r.id}_`))).toBe(true);
  });
});

/** Codes asserted in other tests of this file or in fixtures.test.ts outside the tables. */
const EXTRA_EXPECTED = [
  'V010_FIELD_NOT_RETURNED',
  'V001_SIBLING_SKILL_DEPENDENCY',
  'SKILL_TARGET_NOT_FOUND',
  'SKILL_PATH_MISSING app.json:123:9',
  'SKILL_LAZY_CODE_LOADING app.json:1:1',
  'SKILL_SUBPACKAGE_NOT_INDEPENDENT app.json:8:7',
];

describe('rules on in-memory projects', () => {
  it.each(CASES)('%s', async (_name, files, want) => {
    const r = await validateMemory(files);
    expect(found(r.diagnostics)).toEqual(want.map(at));
  });
});
