import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { emitDrafts } from '../../src/emit/emit-drafts.js';
import { checkLimits, LIMITS, mcpCountedBytes, type Limits, type SkillFiles } from '../../src/emit/limits.js';
import type { WechatMcp } from '../../src/emit/mcp-json.js';
import { handler, model, page, request, trigger } from './models/build.js';
import { bookingModel } from './models/booking.js';
import { coffeeModel } from './models/coffee.js';

/** WeChat's size limits and the official generator's stop conditions, as located diagnostics. */

const mcp = (n: number, outputDescription = ''): WechatMcp => ({
  apis: Array.from({ length: n }, (_, i) => ({
    name: `getThing${i}`,
    description: '查看',
    inputSchema: { type: 'object', properties: {}, additionalProperties: false },
    outputSchema: { type: 'object', description: outputDescription, properties: {} },
    _meta: { ui: { pagePath: '/pages/a/a' } },
  })),
});

describe('mcpCountedBytes', () => {
  it('counts compact JSON without outputSchema (WeChat does not count them)', () => {
    const one = mcp(1);
    const { outputSchema: _o, ...rest } = one.apis[0]!;
    expect(mcpCountedBytes(one)).toBe(Buffer.byteLength(JSON.stringify({ apis: [rest] })));
    expect(mcpCountedBytes(mcp(1, 'x'.repeat(100_000)))).toBe(mcpCountedBytes(one));
  });

  it('counts UTF-8 bytes', () => {
    const zh = mcp(1);
    zh.apis[0]!.description = '查'.repeat(10);
    expect(mcpCountedBytes(zh) - mcpCountedBytes(mcp(1))).toBe(24); // 10 characters × 3 bytes instead of 2 × 3
  });
});

describe('checkLimits', () => {
  const small: Limits = { mcpBytes: 300, skillMdBytes: 20, skills: 2 };
  const skill = (name: string, apis: number, md: string): SkillFiles => ({ name, mcp: mcp(apis), skillMd: md });

  it.each<[string, SkillFiles[], { code: string; file: string; message: string }[]]>([
    ['within limits', [skill('goods', 1, '# 商品\n')], []],
    [
      'mcp.json too large',
      [skill('goods', 3, '# 商品\n')],
      [{ code: 'MCP_TOO_LARGE', file: 'skills/goods/mcp.json', message: `mcp.json of skill "goods" is ${mcpCountedBytes(mcp(3))} bytes (without outputSchema and whitespace), over 300` }],
    ],
    ['SKILL.md too large', [skill('cart', 1, '# 购物车\n\n帮助用户加入购物车。\n')], [{ code: 'SKILL_MD_TOO_LARGE', file: 'skills/cart/SKILL.md', message: 'SKILL.md of skill "cart" is 44 bytes, over 20' }]],
    ['too many skills', [skill('a', 1, '#\n'), skill('b', 1, '#\n'), skill('c', 1, '#\n')], [{ code: 'TOO_MANY_SKILLS', file: 'app.json', message: '3 skills inferred; WeChat allows at most 2' }]],
  ])('%s', (_what, skills, want) => {
    const bag = new DiagnosticBag();
    checkLimits(skills, bag, small);
    expect(bag.items.map((d) => ({ code: d.code, file: d.loc?.file, line: d.loc?.line, column: d.loc?.column, message: d.message, severity: d.severity }))).toEqual(
      want.map((w) => ({ ...w, line: 1, column: 1, severity: 'warning' })),
    );
  });

  it("WeChat's limits", () => expect(LIMITS).toEqual({ mcpBytes: 24_000, skillMdBytes: 16_000, skills: 30 }));
});

describe('emitDrafts diagnostics', () => {
  it('TOO_MANY_SKILLS when subpackage grouping gives more than 30 skills', () => {
    const pages = Array.from({ length: 31 }, (_, i) => {
      const route = `sub${String(i).padStart(2, '0')}/pages/x/x`;
      return page(route, { subpackage: `sub${i}`, handlers: [handler('onLoad', `${route}.js`, { effects: [request('GET', `https://a.example.com/x${i}`, { file: `${route}.js`, responseKeys: ['a'] })] })] });
    });
    const { diagnostics, skills } = emitDrafts(model({ lazyCodeLoading: 'requiredComponents' }, pages), { lang: 'zh', grouping: 'subpackage' });
    expect(skills.length).toBe(31);
    expect(diagnostics).toEqual([{ code: 'TOO_MANY_SKILLS', severity: 'warning', message: '31 skills inferred; WeChat allows at most 30', loc: { file: 'app.json', line: 1, column: 1 } }]);
  });

  it('domain grouping keeps a big app within 30 skills', () => {
    const pages = Array.from({ length: 300 }, (_, i) => {
      const route = `pages/p${i}/index`;
      return page(route, { handlers: [handler('onLoad', `${route}.js`, { effects: [request('GET', `https://a.example.com/thing${i}/list`, { file: `${route}.js`, responseKeys: ['a'] })] })] });
    });
    const { diagnostics, skills } = emitDrafts(model({ lazyCodeLoading: 'requiredComponents' }, pages), { lang: 'zh' });
    expect(skills.length).toBeLessThanOrEqual(30);
    expect(diagnostics.filter((d) => d.code === 'TOO_MANY_SKILLS')).toEqual([]);
  });

  it('NO_BUSINESS_ACTIONS at app.json when nothing reaches the network, cloud, payment or storage', () => {
    const { diagnostics, files, skills } = emitDrafts(model({ lazyCodeLoading: 'requiredComponents' }, [page('pages/about/about')]), { lang: 'zh' });
    expect(skills).toEqual([]);
    expect(diagnostics).toEqual([
      { code: 'NO_BUSINESS_ACTIONS', severity: 'info', message: 'No handler or page entry reaches the network, the cloud, payment or storage writes; no skills were drafted', loc: { file: 'app.json', line: 1, column: 1 } },
    ]);
    expect(Object.keys(files)).toEqual(['capabilities.json', 'mcp-tools.json', 'mcp.json', 'page-meta.json']);
  });

  it('LAZY_CODE_LOADING_MISSING only when app.json is known to lack it', () => {
    const codes = (lazy: string | null | undefined) => {
      const m = coffeeModel();
      if (lazy === undefined) delete m.project.lazyCodeLoading;
      else m.project.lazyCodeLoading = lazy;
      return emitDrafts(m, { lang: 'zh' }).diagnostics.filter((d) => d.code === 'LAZY_CODE_LOADING_MISSING');
    };
    expect(codes(undefined)).toEqual([]);
    expect(codes('requiredComponents')).toEqual([]);
    expect(codes(null)).toEqual([
      { code: 'LAZY_CODE_LOADING_MISSING', severity: 'warning', message: 'app.json lacks "lazyCodeLoading": "requiredComponents", which WeChat AI skills require', loc: { file: 'app.json', line: 1, column: 1 } },
    ]);
  });

  it('OUTPUT_SHAPE_UNKNOWN at the handler of an API with no known response field', () => {
    const m = model({ lazyCodeLoading: 'requiredComponents' }, [
      page('pages/a/a', { handlers: [handler('onTap', 'pages/a/a.js', { triggers: [trigger('pages/a/a.wxml', 'button', '提交', [], { loc: { file: 'pages/a/a.wxml', line: 9, column: 3 } })], effects: [request('POST', 'https://a.example.com/submit', { file: 'pages/a/a.js' })] })] }),
    ]);
    m.pages[0]!.handlers[0]!.loc = { file: 'pages/a/a.js', line: 12, column: 3 };
    expect(emitDrafts(m, { lang: 'zh' }).diagnostics).toEqual([
      { code: 'OUTPUT_SHAPE_UNKNOWN', severity: 'info', message: 'API "submitAction": no response field was found statically; its outputSchema stays empty until probed', loc: { file: 'pages/a/a.js', line: 12, column: 3 } },
    ]);
  });

  it('booking app: its readiness diagnostics, sorted', () => {
    expect(emitDrafts(bookingModel(), { lang: 'zh' }).diagnostics.map((d) => [d.code, d.loc?.file])).toEqual([
      ['LAZY_CODE_LOADING_MISSING', 'app.json'],
      ['OUTPUT_SHAPE_UNKNOWN', 'pages/venue/detail.js'],
    ]);
  });
});
