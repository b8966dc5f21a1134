import { describe, expect, it } from 'vitest';
import type { AnalysisModel } from '../../src/model/types.js';
import { emitDrafts } from '../../src/emit/emit-drafts.js';
import type { Lang } from '../../src/emit/plan-types.js';
import { bookingModel } from './models/booking.js';
import { coffeeModel } from './models/coffee.js';
import { mallModel } from './models/mall.js';
import { jsonSchemaErrors, mcpToolsErrors, schemaErrors } from './validate.js';

/**
 * The drafts of three hand-made apps, validated (JSON Schemas, the MCP SDK,
 * the SKILL.md template rules) before they are compared with the file
 * snapshots under __snapshots__/<model>/, which reviewers can open as files.
 */

const CASES: [string, () => AnalysisModel, Lang][] = [
  ['coffee', coffeeModel, 'zh'],
  ['mall', mallModel, 'zh'],
  ['booking', bookingModel, 'zh'],
  ['coffee-en', coffeeModel, 'en'],
];

const SECTIONS: Record<Lang, string[]> = {
  zh: ['触发场景', '不适用范围', '前置条件', '使用顺序'],
  en: ['Trigger scenarios', 'Out of scope', 'Prerequisites', 'Order of use'],
};

interface McpFile {
  apis: { name: string; description: string; inputSchema: { properties: Record<string, { description: string }>; required?: string[] }; outputSchema: object; _meta: { ui: { pagePath: string } } }[];
}

/** Every problem of the emitted files, as readable lines. */
function problems(model: AnalysisModel, files: Record<string, string>, lang: Lang): string[] {
  const out: string[] = [];
  const routes = new Set(model.pages.map((p) => p.route));
  const all = JSON.parse(files['mcp.json']!) as McpFile;
  const names = all.apis.map((a) => a.name);
  if (new Set(names).size !== names.length) out.push('mcp.json: API names are not unique');
  for (const [path, text] of Object.entries(files)) {
    if (!text.endsWith('\n')) out.push(`${path}: no trailing newline`);
    if (path.endsWith('mcp.json')) {
      const mcp = JSON.parse(text) as McpFile;
      out.push(...schemaErrors('wechatMcp', mcp).map((e) => `${path}: ${e}`));
      for (const api of mcp.apis) {
        out.push(...jsonSchemaErrors(api.inputSchema).map((e) => `${path} ${api.name}.inputSchema: ${e}`));
        out.push(...jsonSchemaErrors(api.outputSchema).map((e) => `${path} ${api.name}.outputSchema: ${e}`));
        if (!routes.has(api._meta.ui.pagePath.slice(1))) out.push(`${path} ${api.name}: pagePath ${api._meta.ui.pagePath} is not a page`);
        for (const r of api.inputSchema.required ?? []) if (!(r in api.inputSchema.properties)) out.push(`${path} ${api.name}: required ${r} has no property`);
      }
    } else if (path === 'page-meta.json') {
      const meta = JSON.parse(text) as { pages: { path: string }[] };
      out.push(...schemaErrors('pageMeta', meta).map((e) => `${path}: ${e}`));
      if (meta.pages.map((p) => p.path).join() !== [...routes].sort().join()) out.push(`${path}: pages differ from the model's`);
    } else if (path === 'capabilities.json') {
      out.push(...schemaErrors('capabilities', JSON.parse(text)).map((e) => `${path}: ${e}`));
    } else if (path === 'mcp-tools.json') {
      const tools = JSON.parse(text) as { tools: { name: string }[] };
      out.push(...mcpToolsErrors(tools).map((e) => `${path}: ${e}`));
      if (tools.tools.map((t) => t.name).join() !== names.join()) out.push(`${path}: tool names differ from mcp.json`);
    } else if (path.endsWith('/SKILL.md')) {
      out.push(...skillMdProblems(text, names, lang).map((e) => `${path}: ${e}`));
    } else out.push(`${path}: unexpected file`);
  }
  return out;
}

/** The official template: title + positioning, sections in order, 3–6 utterances; no API names, tables, code. */
function skillMdProblems(md: string, apiNames: string[], lang: Lang): string[] {
  const out: string[] = [];
  const lines = md.split('\n');
  if (!/^# \S/.test(lines[0]!)) out.push('no title line');
  if (!lines[2]?.trim()) out.push('no positioning line');
  const sections = lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
  const order = SECTIONS[lang];
  if (sections[0] !== order[0]) out.push(`first section is ${sections[0]}`);
  if (sections.some((s, i) => i > 0 && order.indexOf(s) <= order.indexOf(sections[i - 1]!))) out.push(`sections out of order: ${sections.join(', ')}`);
  const scenarios = md.split(`## ${order[0]}`)[1]!.split('\n## ')[0]!.split('\n').filter((l) => l.startsWith('- '));
  if (scenarios.length < 3 || scenarios.length > 6) out.push(`${scenarios.length} trigger scenarios`);
  for (const n of apiNames) if (/[A-Z]/.test(n) && md.includes(n)) out.push(`mentions API name ${n}`);
  if (/\b[a-z]+[A-Z]\w*/.test(md)) out.push(`camelCase identifier: ${/\b[a-z]+[A-Z]\w*/.exec(md)![0]}`);
  if (/\||```|\{|\}/.test(md)) out.push('table, code or schema');
  if (Buffer.byteLength(md) > 16_000) out.push('over 16,000 bytes');
  return out;
}

/** Deterministic shuffle (every array except call chains, whose order is their meaning). */
function shuffled<T>(value: T, seed = { n: 7 }): T {
  const rand = () => ((seed.n = (seed.n * 1103515245 + 12345) % 2147483648) / 2147483648);
  const walk = (v: unknown, key: string): unknown => {
    if (Array.isArray(v)) {
      const items = v.map((x) => walk(x, ''));
      if (key === 'via') return items;
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    }
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      const keys = Object.keys(v);
      for (const k of keys.reverse()) o[k] = walk((v as Record<string, unknown>)[k], k);
      return o;
    }
    return v;
  };
  return walk(value, '') as T;
}

describe.each(CASES)('%s', (name, make, lang) => {
  it('hand-made model is a valid analysis.json', () => {
    expect(schemaErrors('analysis', make())).toEqual([]);
  });

  it('emits valid drafts, then matches the file snapshots', async () => {
    const model = make();
    const { files, diagnostics, skills } = emitDrafts(model, { lang });
    expect(problems(model, files, lang)).toEqual([]);
    expect(skills.length).toBeGreaterThan(0);
    for (const [path, text] of Object.entries(files)) await expect(text).toMatchFileSnapshot(`__snapshots__/${name}/${path}`);
    await expect(JSON.stringify(diagnostics, null, 2) + '\n').toMatchFileSnapshot(`__snapshots__/${name}/diagnostics.json`);
  });

  it('is deterministic: twice, and with every input list shuffled', () => {
    const once = emitDrafts(make(), { lang });
    expect(emitDrafts(make(), { lang })).toEqual(once);
    for (const n of [1, 2, 3]) expect(emitDrafts(shuffled(make(), { n }), { lang }).files).toEqual(once.files);
  });
});

describe('grouping option', () => {
  it.each(['domain', 'subpackage', 'single'] as const)('%s: valid drafts, every API in exactly one skill', (grouping) => {
    const model = mallModel();
    const { files, skills } = emitDrafts(model, { lang: 'zh', grouping });
    expect(problems(model, files, 'zh')).toEqual([]);
    const all = (JSON.parse(files['mcp.json']!) as McpFile).apis.map((a) => a.name).sort();
    expect(skills.flatMap((s) => s.apis.map((a) => a.name)).sort()).toEqual(all);
  });

  it('subpackage: one skill per package', () => {
    expect(emitDrafts(mallModel(), { lang: 'zh', grouping: 'subpackage' }).skills.map((s) => s.name)).toEqual(['main', 'package-order']);
  });

  it('single: one skill', () => {
    expect(emitDrafts(coffeeModel(), { lang: 'zh', grouping: 'single' }).skills.map((s) => s.name)).toEqual(['app']);
  });
});
