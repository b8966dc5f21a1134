import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/model/types.js';
import { MemoryVfs, NodeVfs } from '../../src/util/vfs.js';
import { validate, type ValidateResult } from '../../src/validate/validate.js';

export const SKILL_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/skills');

/** `{ code, loc: { file, line, column } }`, the shape every expectation is written in. */
export interface Found {
  code: string;
  loc: { file: string; line: number; column: number } | null;
}

export function found(d: Diagnostic[]): Found[] {
  return d.map((x) => ({ code: x.code, loc: x.loc && { file: x.loc.file, line: x.loc.line, column: x.loc.column } }));
}

/** `'CODE file:line:col'` → Found; `'CODE'` alone for a diagnostic without a location. */
export function at(spec: string): Found {
  const [code, where] = spec.split(' ');
  if (!where) return { code: code!, loc: null };
  const m = /^(.*):(\d+):(\d+)$/.exec(where)!;
  return { code: code!, loc: { file: m[1]!, line: Number(m[2]), column: Number(m[3]) } };
}

export async function validateFixture(name: string, only?: string[]): Promise<ValidateResult> {
  return validate({ vfs: new NodeVfs(path.join(SKILL_FIXTURES, name)), ...(only ? { only } : {}) });
}

/** A small passing skill (`ping`), like the fixtures' template; override any file (null deletes it). */
export function pingSkill(dir: string, over: Record<string, string | null> = {}): Record<string, string> {
  const files: Record<string, string | null> = {
    'SKILL.md': '# 检查服务\n\n用于校验规则的最小技能。\n\n## 触发场景\n\n- 帮我检查一下服务\n- 服务现在能用吗\n- 运行一次检查\n',
    'mcp.json': JSON.stringify({
      apis: [
        {
          name: 'ping',
          description: '检查服务是否可用。',
          inputSchema: { type: 'object', properties: {} },
          outputSchema: { type: 'object', properties: { ok: { type: 'boolean' } } },
        },
      ],
    }),
    'index.js': "const { ping } = require('./apis/ping')\nwx.modelContext.registerAPI('ping', ping)\n",
    'apis/ping.js': "async function ping() {\n  return { content: [{ type: 'text', text: 'ok' }], structuredContent: { ok: true } }\n}\nmodule.exports = { ping }\n",
    ...over,
  };
  const out: Record<string, string> = {};
  for (const [f, t] of Object.entries(files)) if (t !== null) out[dir ? `${dir}/${f}` : f] = t;
  return out;
}

export interface AppOptions {
  skills?: string[];
  lazy?: boolean;
  subpackage?: 'independent' | 'plain' | 'none';
  agent?: boolean;
}

/** A mini-program around skills: two pages (`pages/detail/detail` reads `options.id`), app.json wiring. */
export function appFiles(o: AppOptions = {}): Record<string, string> {
  const skills = o.skills ?? ['ping'];
  const app: Record<string, unknown> = { pages: ['pages/index/index', 'pages/detail/detail'] };
  if (o.subpackage !== 'none') app.subPackages = [{ root: 'skills', pages: [], independent: o.subpackage !== 'plain' }];
  if (o.lazy !== false) app.lazyCodeLoading = 'requiredComponents';
  if (o.agent !== false) app.agent = { skills: skills.map((s) => ({ name: s, description: `技能 ${s}`, path: `skills/${s}` })) };
  return {
    'app.json': JSON.stringify(app, null, 2),
    'pages/index/index.js': 'Page({})\n',
    'pages/index/index.wxml': '<view/>\n',
    'pages/detail/detail.js': 'Page({ onLoad(options) { this.setData({ id: options.id }) } })\n',
    'pages/detail/detail.wxml': '<view>{{id}}</view>\n',
  };
}

export async function validateMemory(files: Record<string, string>, only?: string[]): Promise<ValidateResult> {
  return validate({ vfs: new MemoryVfs(files), ...(only ? { only } : {}) });
}
