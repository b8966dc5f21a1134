import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { runAnalyze, type AnalyzeCliOptions } from '../../src/commands/analyze.js';
import { runCheck, type CheckCliOptions } from '../../src/commands/check.js';
import { runReview } from '../../src/commands/review.js';
import { captureIo, copyFixture } from '../commands/helpers.js';

/**
 * The review workflow on the command line: a reviewer edits
 * autoskill.config.json (never the generated files), `check --update`
 * regenerates, and `check` is green again.
 */

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const CONFIG = {
  $schema: './node_modules/autoskill/schema/autoskill.config.schema.json',
  out: 'ai-drafts',
  lang: 'en',
  exclude: ['pages/auth'],
  skills: { checkout: { title: 'Checkout', apis: ['pages/cart/cart#entry', 'packageOrder/checkout/checkout#submitOrder'] } },
  apis: {
    'pages/goods/goods#entry': { name: 'getProductDetail' },
    'pages/goods/goods#addToCart': { description: 'Adds the chosen goods to the cart.', params: { goodsId: { description: 'From getProductDetail; never invent it.' } } },
    'pages/goods/goods#buyGoods': { drop: true },
  },
};

function fixture(name: string, config: unknown = CONFIG, file = 'autoskill.config.json') {
  const f = copyFixture(name);
  cleanups.push(f.cleanup);
  const write = (c: unknown, at = path.join(f.app, file)) => fs.writeFileSync(at, typeof c === 'string' ? c : JSON.stringify(c, null, 2) + '\n');
  if (config !== null) write(config);
  const check = async (opts: Partial<CheckCliOptions> = {}) => {
    const { io, out } = captureIo(f.tmp);
    return { code: await runCheck('app', { update: false, force: false, format: 'pretty', ...opts }, io), ...out };
  };
  const analyzeApp = async (opts: Partial<AnalyzeCliOptions> = {}) => {
    const { io, out } = captureIo(f.tmp);
    return { code: await runAnalyze('app', { format: 'pretty', force: false, ...opts }, io), ...out };
  };
  const read = (...p: string[]) => fs.readFileSync(path.join(f.app, ...p), 'utf8');
  return { ...f, write, check, analyze: analyzeApp, read };
}

describe('autoskill check with a config', () => {
  it('passes after check --update; a reviewer edit of the config drifts, --update makes it green again', async () => {
    const f = fixture('mall');
    const first = await f.check();
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('app/ai-drafts/ is out of date');
    expect(first.stderr).toContain('run `autoskill check app --update`');

    expect((await f.check({ update: true })).code).toBe(0);
    const again = await f.check();
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^autoskill: app\/ai-drafts\/ is up to date/);

    // What the config says is in the committed drafts: out, lang, rename, description, drop, skill, exclude.
    const mcp = JSON.parse(f.read('ai-drafts', 'mcp.json')) as { apis: { name: string; description: string; _meta: { ui: { pagePath: string } } }[] };
    const names = mcp.apis.map((a) => a.name);
    expect(names).toContain('getProductDetail');
    expect(names).not.toContain('getGoodsDetail');
    expect(names).not.toContain('addToCartFast');
    expect(names).not.toContain('login');
    expect(mcp.apis.find((a) => a.name === 'addToCart')!.description).toBe('Adds the chosen goods to the cart.');
    expect(f.read('ai-drafts', 'skills', 'checkout', 'SKILL.md').startsWith('# Checkout\n')).toBe(true);
    expect(f.read('ai-drafts', 'skills', 'cart', 'SKILL.md')).toContain('## Trigger scenarios');
    expect((JSON.parse(f.read('ai-drafts', 'analysis.json')) as { pages: { route: string }[] }).pages.map((p) => p.route)).toContain('pages/auth/login/login');
    expect(fs.existsSync(path.join(f.app, 'autoskill'))).toBe(false);

    // The reviewer changes a description in the config: check fails with the diff, --update regenerates.
    f.write({ ...CONFIG, apis: { ...CONFIG.apis, 'pages/goods/goods#addToCart': { description: 'Puts the goods in the cart.' } } });
    const drift = await f.check();
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('+      "description": "Puts the goods in the cart.",');
    expect(drift.stderr).toContain('OUTPUT_DRIFT');
    expect((await f.check({ update: true })).code).toBe(0);
    expect((await f.check()).code).toBe(0);
  });

  it('options win over the config, and the suggested command keeps them', async () => {
    const f = fixture('mall');
    const res = await f.check({ lang: 'zh', out: 'elsewhere' });
    expect(res.stderr).toContain('run `autoskill check app --out elsewhere --lang zh --update`');
    expect((await f.check({ lang: 'zh', out: 'elsewhere', update: true })).code).toBe(0);
    expect(fs.readFileSync(path.join(f.tmp, 'elsewhere', 'skills', 'cart', 'SKILL.md'), 'utf8')).toContain('## 触发场景');
    expect((await f.check({ lang: 'zh', out: 'elsewhere' })).code).toBe(0);
    // Without the options the config applies: its folder has nothing yet.
    expect((await f.check()).code).toBe(1);
  });

  it('--config names another file; `out` is relative to that file', async () => {
    const f = fixture('mall', null);
    fs.mkdirSync(path.join(f.tmp, 'review'));
    f.write(CONFIG, path.join(f.tmp, 'review', 'mall.json'));
    expect((await f.check({ config: 'review/mall.json', update: true })).code).toBe(0);
    expect(fs.existsSync(path.join(f.tmp, 'review', 'ai-drafts', 'mcp.json'))).toBe(true);
    const res = await f.check({ config: 'review/mall.json' });
    expect(res.code).toBe(0);
    // Without --config, the project has no config: the default folder, which does not exist.
    const plain = await f.check();
    expect(plain.stderr).toContain('run `autoskill check app --update`');
    expect(plain.code).toBe(1);
  });

  it('a --config file that is not there stops the run (exit 2)', async () => {
    const f = fixture('coffee', null);
    const res = await f.check({ config: 'missing.json' });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('(project)  error  CONFIG_NOT_FOUND  Configuration file missing.json was not found');
  });

  it('config errors fail the check; warnings show in machine formats', async () => {
    const f = fixture('coffee', ['{', '  "lang": "fr",', '  "colour": "blue"', '}'].join('\n'));
    await f.check({ update: true });
    const res = await f.check();
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('app/autoskill.config.json:2:3  error  CONFIG_INVALID  lang: must be one of "zh", "en"; this setting is ignored');
    const gh = await f.check({ format: 'github' });
    expect(gh.stdout).toContain('::warning file=app/autoskill.config.json,line=3,col=3,title=CONFIG_UNKNOWN_KEY::');
  });
});

describe('autoskill analyze with a config', () => {
  it('writes to the config\'s out and reports config findings at file:line:col', async () => {
    const f = fixture('mall', ['{', '  "out": "drafts",', '  "apis": { "pages/nope/nope#tap": { "name": "x" } }', '}'].join('\n'));
    const res = await f.analyze();
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('app/autoskill.config.json:3:13  warning  CONFIG_STALE_OVERRIDE  apis["pages/nope/nope#tap"] matches no API of the app');
    expect(res.stderr).toMatch(/→ app\/drafts\/ \(/);
    expect(fs.existsSync(path.join(f.app, 'drafts', 'mcp.json'))).toBe(true);
  });

  it('points at the config in the project folder when the mini-program lives in a subfolder (miniprogramRoot)', async () => {
    const f = fixture('booking', ['{', '  "grouping": "single",', '  "unknown": 1', '}'].join('\n'));
    const res = await f.analyze({ out: 'out' });
    expect(res.stderr).toContain('app/autoskill.config.json:3:3  warning  CONFIG_UNKNOWN_KEY  Unknown key "unknown" in the top level; it is ignored');
    expect(fs.readdirSync(path.join(f.tmp, 'out', 'skills'))).toEqual(['app']);
  });

  it('--list-apis prints id → name with the config applied, and writes nothing', async () => {
    const f = fixture('mall');
    const res = await f.analyze({ listApis: true });
    expect(res.code).toBe(0);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines).toContain('pages/goods/goods#entry → getProductDetail');
    expect(lines).toContain('pages/cart/cart#checkedItem → selectCart');
    expect(lines.some((l) => l.startsWith('pages/goods/goods#buyGoods') || l.startsWith('pages/auth/'))).toBe(false);
    expect(lines).toEqual([...lines].sort());
    expect(res.stderr).toBe('');
    expect(fs.existsSync(path.join(f.app, 'ai-drafts'))).toBe(false);
  });

  it('--list-apis exits 1 when the config has errors, and shows them', async () => {
    const f = fixture('mall', { apis: { 'pages/catalog/catalog#entry': { name: 'getCart' } } });
    const res = await f.analyze({ listApis: true });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('pages/catalog/catalog#entry → getCatalog\n');
    expect(res.stderr).toContain('CONFIG_NAME_CONFLICT');
  });
});

describe('the command line', () => {
  it('takes --config, --grouping and --list-apis', async () => {
    const f = fixture('mall', null);
    f.write({ lang: 'en' }, path.join(f.tmp, 'c.json'));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'autoskill', 'analyze', f.app, '--config', path.join(f.tmp, 'c.json'), '--grouping', 'single', '--out', path.join(f.tmp, 'o')])).toBe(0);
      expect(fs.readdirSync(path.join(f.tmp, 'o', 'skills'))).toEqual(['app']);
      expect(fs.readFileSync(path.join(f.tmp, 'o', 'skills', 'app', 'SKILL.md'), 'utf8')).toContain('## Trigger scenarios');
      out.mockClear();
      expect(await main(['node', 'autoskill', 'analyze', f.app, '--list-apis'])).toBe(0);
      expect(out.mock.calls.join('')).toContain('pages/index/index#entry → getHomeData\n');
      expect(await main(['node', 'autoskill', 'check', f.app, '--grouping', 'pages'])).toBe(2);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });

  it('review reads the config too', async () => {
    const f = fixture('mall');
    const { io } = captureIo(f.tmp);
    expect(await runReview('app', { out: 'r.html' }, io)).toBe(0);
    const html = fs.readFileSync(path.join(f.tmp, 'r.html'), 'utf8');
    expect(html).toContain('getProductDetail');
    expect(html).not.toContain('addToCartFast');
  });
});
