import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import type { AnalysisModel } from '../../src/model/types.js';
import { readDrafts } from '../../src/review/drafts.js';
import { flowSvg, layeredLayout, pageFlow } from '../../src/review/flow-graph.js';
import { anchorId, esc, escMarked } from '../../src/review/html.js';
import { markdownToHtml } from '../../src/review/markdown.js';
import { renderReview } from '../../src/review/render-review.js';
import { SourceSnippets } from '../../src/review/snippets.js';
import { MemoryVfs } from '../../src/util/vfs.js';
import { anchors, reviewOf, reviewOfModel } from './helpers.js';

const FIXTURES = ['coffee', 'mall', 'broken', 'ts-shop', 'booking', 'news', 'wrappers'];
const pages = Object.fromEntries(await Promise.all(FIXTURES.map(async (f) => [f, await reviewOf(f)] as const)));

describe('html helpers', () => {
  it.each([
    ['page', 'pages/goods/detail', 'page-pages/goods/detail'],
    ['h', 'pages/a/a#onTap', 'h-pages/a/a_23_onTap'],
    ['api', 'get_list', 'api-get_5f_list'],
    ['page', '分包/页', 'page-_5206__5305_/_9875_'],
  ])('anchorId(%j, %j) = %j', (prefix, key, want) => {
    expect(anchorId(prefix, key)).toBe(want);
  });

  it('gives distinct ids to keys that differ only in escaped characters', () => {
    const keys = ['a_2f_b', 'a/b', 'a b', 'a_20_b', 'a#b', 'a%b'];
    expect(new Set(keys.map((k) => anchorId('x', k))).size).toBe(keys.length);
  });

  it('escapes markup and highlights 【待确认】', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escMarked('字段 <x>【待确认】')).toBe('字段 &lt;x&gt;<mark class="tbc">【待确认】</mark>');
  });

  it('renders the Markdown SKILL.md uses, escaped', () => {
    const md = '# 点单\n帮助用户点单。\n\n## 触发场景\n- 我要一杯**拿铁**\n- 看看 `<菜单>`\n\n1. 先选门店\n2. 再点单\n';
    expect(markdownToHtml(md)).toBe(
      [
        '<h3>点单</h3>',
        '<p>帮助用户点单。</p>',
        '<h4>触发场景</h4>',
        '<ul>',
        '<li>我要一杯<strong>拿铁</strong></li>',
        '<li>看看 <code>&lt;菜单&gt;</code></li>',
        '</ul>',
        '<ol>',
        '<li>先选门店</li>',
        '<li>再点单</li>',
        '</ol>',
      ].join('\n'),
    );
  });
});

describe('source excerpts', () => {
  const vfs = new MemoryVfs({ 'a.js': 'one\n  wx.request({ url })\nthree <b>\nfour\n', 'min.js': 'x'.repeat(500) + 'wx.pay()' + 'y'.repeat(500) });
  const snippets = new SourceSnippets(vfs);

  it('shows the lines around the location, the located line highlighted and its token in bold', () => {
    expect(snippets.html({ file: 'a.js', line: 2, column: 3 }, 1)).toBe(
      '<pre class="src" data-file="a.js">' +
        '<span class="row"><span class="ln">1</span>one</span>' +
        '<span class="row hl"><span class="ln">2</span>  <b>wx.request</b>({ url })</span>' +
        '<span class="row"><span class="ln">3</span>three &lt;b&gt;</span></pre>',
    );
  });

  it('cuts minified lines to a window around the column', () => {
    const html = snippets.html({ file: 'min.js', line: 1, column: 501 }, 0);
    expect(html).toContain('…' + 'x'.repeat(40) + '<b>wx.pay</b>()');
    expect(html.length).toBeLessThan(400);
  });

  it('shows nothing for files it cannot read or lines that do not exist', () => {
    expect(snippets.html({ file: 'nope.js', line: 1, column: 1 })).toBe('');
    expect(snippets.html({ file: 'a.js', line: 99, column: 1 })).toBe('');
    expect(new SourceSnippets(null).html({ file: 'a.js', line: 1, column: 1 })).toBe('');
  });
});

function model(pagesSpec: [string, boolean, [string, string | null][]][], entry: string | null = null): AnalysisModel {
  return {
    schemaVersion: 1,
    tool: { name: 'autoskill', version: '0' },
    project: { root: '.', appid: null, miniprogramRoot: '.', plugins: [], entryPagePath: entry },
    pages: pagesSpec.map(([route, tab, navs]) => ({
      route,
      subpackage: null,
      tab,
      title: null,
      files: { wxml: null, script: null, json: null, wxss: null },
      query: [],
      forms: [],
      handlers: [],
      components: [],
      effects: navs.map(([mode, target], i) => ({ kind: 'navigate' as const, mode: mode as 'navigateTo', target, query: [], loc: { file: `${route}.js`, line: i + 1, column: 1 } })),
    })),
    components: [],
    diagnostics: [],
  };
}

describe('page flow', () => {
  const m = model([
    ['pages/home', true, [['navigateTo', 'pages/list'], ['navigateTo', 'pages/list'], ['switchTab', 'pages/mine']]],
    ['pages/list', false, [['navigateTo', 'pages/detail'], ['navigateTo', null], ['navigateBack', null]]],
    ['pages/detail', false, [['redirectTo', 'pages/home'], ['navigateTo', 'pages/missing'], ['navigateTo', 'pages/detail']]],
    ['pages/mine', true, []],
    ['pages/orphan', false, [['navigateTo', 'pages/orphan2']]],
    ['pages/orphan2', false, [['navigateTo', 'pages/orphan']]],
  ]);

  it('draws navigations between known pages, merged per pair, and counts dynamic targets', () => {
    const g = pageFlow(m);
    expect(g.edges).toEqual([
      { from: 'pages/detail', to: 'pages/home', modes: ['redirectTo'], count: 1 },
      { from: 'pages/home', to: 'pages/list', modes: ['navigateTo'], count: 2 },
      { from: 'pages/home', to: 'pages/mine', modes: ['switchTab'], count: 1 },
      { from: 'pages/list', to: 'pages/detail', modes: ['navigateTo'], count: 1 },
      { from: 'pages/orphan', to: 'pages/orphan2', modes: ['navigateTo'], count: 1 },
      { from: 'pages/orphan2', to: 'pages/orphan', modes: ['navigateTo'], count: 1 },
    ]);
    expect(g.nodes.find((n) => n.route === 'pages/list')!.dynamic).toBe(1);
  });

  it('layers pages by distance from the tab pages, then from pages nothing else reaches', () => {
    const place = layeredLayout(pageFlow(m));
    expect(Object.fromEntries([...place].map(([r, p]) => [r, p.layer]))).toEqual({
      'pages/home': 0,
      'pages/mine': 0,
      'pages/list': 1,
      'pages/detail': 2,
      'pages/orphan': 0,
      'pages/orphan2': 1,
    });
    const rows = (layer: number) => [...place].filter(([, p]) => p.layer === layer).sort((a, b) => a[1].row - b[1].row).map(([r]) => r);
    expect(rows(0)).toEqual(['pages/home', 'pages/mine', 'pages/orphan']);
  });

  it('links every box to its page and gives every arrow a tooltip', () => {
    const svg = flowSvg(pageFlow(m), (r) => `#page-${r}`);
    expect(svg.match(/<a href="#page-[^"]+"/g)).toHaveLength(6);
    expect(svg.match(/<path class="edge"/g)).toHaveLength(6);
    expect(svg).toContain('<title>pages/home → pages/list: navigateTo (2 calls)</title>');
    expect(svg).toContain('+1?');
  });

  it('is empty without pages', () => {
    expect(flowSvg(pageFlow(model([])), (r) => r)).toBe('');
  });
});

describe('drafts read back', () => {
  it('groups APIs by skill, keeps the rest, and reads page-meta', () => {
    const api = (name: string, pagePath: string) => ({
      name,
      description: `${name}【待确认】`,
      inputSchema: { type: 'object', properties: { id: { type: 'number', description: 'from list' } }, required: ['id'] },
      outputSchema: { type: 'object', properties: {} },
      _meta: { ui: { pagePath } },
    });
    const d = readDrafts({
      'mcp.json': JSON.stringify({ apis: [api('a', '/pages/a'), api('b', '/pages/b')] }),
      'skills/s/mcp.json': JSON.stringify({ apis: [api('a', '/pages/a')] }),
      'skills/s/SKILL.md': '# S\n',
      'page-meta.json': JSON.stringify({ pages: [{ path: 'pages/a', name: 'A', description: 'the a page' }] }),
      'skills/broken/mcp.json': '{',
    });
    expect(d.skills.map((s) => [s.name, s.apis.map((a) => a.name)])).toEqual([
      ['broken', []],
      ['s', ['a']],
    ]);
    expect(d.otherApis.map((a) => a.name)).toEqual(['b']);
    expect(d.skills[1]!.apis[0]).toEqual({ name: 'a', description: 'a【待确认】', page: 'pages/a', inputs: [{ name: 'id', type: 'number', required: true, description: 'from list' }], outputs: [] });
    expect(d.pageMeta.get('pages/a')).toEqual({ name: 'A', description: 'the a page' });
    expect(d.unreadable).toEqual(['skills/broken/mcp.json']);
  });
});

describe('review page', () => {
  it.each(FIXTURES)('%s: every in-page link has its target, and ids are unique', (f) => {
    const { ids, hrefs } = anchors(pages[f]!);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    expect(hrefs.filter((h) => !known.has(h))).toEqual([]);
    expect(hrefs.length).toBeGreaterThan(10);
  });

  it.each(FIXTURES)('%s: self-contained (no external resources, a CSP that forbids loading any)', (f) => {
    const html = pages[f]!;
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed|source|video|audio)\b[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });

  it('is deterministic', async () => {
    expect(await reviewOf('coffee')).toBe(pages.coffee);
    expect(pages.coffee).not.toMatch(/\b20\d\d-\d\d-\d\d/);
  });

  it('shows each effect with its location and the source line it was inferred from', () => {
    const html = pages.coffee!;
    const at = html.indexOf('pages/order/pay.js:60:9');
    expect(at).toBeGreaterThan(0);
    const item = html.slice(html.lastIndexOf('<li id="e-', at), html.indexOf('</li>', at));
    expect(item).toContain('<span class="badge kind">payment</span> <code>requestPayment</code>');
    expect(item).toMatch(/<span class="row hl"><span class="ln">60<\/span>\s*<b>wx.requestPayment<\/b>/);
  });

  it('links handler effects to the page effect, navigations to their target page, APIs to their handoff page', () => {
    const html = pages.coffee!;
    expect(html).toMatch(/<tr id="h-pages\/order\/pay_23_pay">.*?<a href="#e-pages\/order\/pay_23_\d+"><span class="badge kind">payment<\/span>/s);
    expect(html).toContain('<a href="#page-pages/order/detail">↳ pages/order/detail</a>');
    expect(html).toMatch(/handoff page: <a href="#page-pages\/cart\/cart">\/pages\/cart\/cart<\/a>/);
  });

  it('highlights every 【待确认】 of the drafts and lists what needs confirming', () => {
    const html = pages.coffee!;
    expect(html).toContain('<mark class="tbc">【待确认】</mark>');
    expect(html).toMatch(/To confirm 【待确认】 \(\d+\)/);
    expect(html).toMatch(/<li><a href="#api-\w+">API \w+: \d+ × 【待确认】<\/a><\/li>/);
  });

  it('lists diagnostics with their location and links to them from the page', () => {
    const html = pages.broken!;
    expect(html).toMatch(/<div class="diag sev-error" id="d-\d+"><span class="badge error">error<\/span> <code>WXML_UNCLOSED_TAG<\/code> &lt;view&gt; is never closed <span class="loc">pages\/index\/index.wxml:1:1<\/span>/);
    expect(html).toMatch(/<a href="#d-\d+"><span class="badge error">error<\/span> WXML_UNCLOSED_TAG<\/a>/);
  });

  it('escapes everything that comes from the app', async () => {
    const vfs = new MemoryVfs({
      'app.json': JSON.stringify({ pages: ['pages/a/a'], window: { navigationBarTitleText: '</title><script>t()</script>' } }),
      'pages/a/a.json': '{}',
      'pages/a/a.wxml': '<button bindtap="go">买 <b> & "x"</button>',
      'pages/a/a.js': `Page({ go() { wx.request({ url: 'https://x.example/"><img src=x onerror=alert(1)>', method: 'POST' }) } })`,
    });
    const res = await analyze({ vfs });
    const html = reviewOfModel(res, vfs);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;t()&lt;/script&gt;');
  });

  it('renders without drafts and without sources', async () => {
    const res = await analyze({ vfs: new MemoryVfs({ 'app.json': '{"pages":["pages/a/a"]}', 'pages/a/a.js': 'Page({})', 'pages/a/a.wxml': '<view/>' }) });
    const html = renderReview({ model: res.model!, files: { 'analysis.json': '{}' }, diagnostics: res.diagnostics, vfs: null });
    expect(html).toContain('<p class="empty">No drafts among the outputs.</p>');
    expect(html).toContain('<section class="unit" id="page-pages/a/a">');
  });
});
