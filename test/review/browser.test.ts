import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewOf } from './helpers.js';

/**
 * The review page in a real browser: Debian's Chromium driven by
 * playwright-core. Skipped only when /usr/bin/chromium is absent (install it
 * with `apt-get install -y chromium`). AUTOSKILL_UPDATE_SCREENSHOT=1 also
 * refreshes docs/review-screenshot.png.
 */
const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOT = path.resolve('docs/review-screenshot.png');

/** The little of the DOM the page functions below use (the project compiles without the DOM library). */
interface Win {
  document: {
    querySelector(s: string): { id: string } | null;
    getElementById(id: string): { getBoundingClientRect(): { top: number }; scrollIntoView(): void } | null;
  };
  innerHeight: number;
  location: { hash: string };
}

describe.runIf(HAS_CHROMIUM)(HAS_CHROMIUM ? 'review page in headless Chromium' : `review page in headless Chromium: SKIPPED, ${CHROMIUM} is absent (apt-get install -y chromium)`, () => {
  let tmp: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];
  let url: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-review-'));
    const file = path.join(tmp, 'review.html');
    fs.writeFileSync(file, await reviewOf('coffee'));
    url = pathToFileURL(file).href;
    // A fresh profile each run (launchPersistentContext passes it as --user-data-dir).
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 960 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
  });

  afterAll(async () => {
    await context?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const target = () => page.evaluate(() => (globalThis as unknown as Win).document.querySelector(':target')?.id ?? null);
  const inView = (id: string) =>
    page.evaluate((i) => {
      const w = globalThis as unknown as Win;
      const r = w.document.getElementById(i)!.getBoundingClientRect();
      return r.top >= 0 && r.top < w.innerHeight;
    }, id);

  it('renders, with no console errors and no request but the file itself', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe('coffee');
    await expect(page.locator('svg.flow a').count()).resolves.toBe(9);
    await expect(page.locator('section.unit').count()).resolves.toBe(9);
    expect(await page.locator('svg.flow').boundingBox()).toMatchObject({ width: expect.any(Number) });
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it.each([
    ['the header', 'header.top a[href="#diagnostics"]', 'diagnostics'],
    ['the page list', '#overview ~ details a[href="#page-pages/order/pay"]', 'page-pages/order/pay'],
    ['a box of the page-flow picture', 'svg.flow a[href="#page-pages/cart/cart"]', 'page-pages/cart/cart'],
    ['a handler effect', 'tr[id="h-pages/order/pay_23_pay"] a[href^="#e-"]', null],
    ['a navigation to its target page', 'a[href="#page-pages/order/detail"]:text("↳")', 'page-pages/order/detail'],
    ['an API handoff page', 'article.api a[href="#page-pages/cart/cart"]', 'page-pages/cart/cart'],
    ['the to-confirm list', 'summary:text("To confirm") ~ ul a[href^="#api-"]', null],
  ])('anchor links work: %s', async (_name, selector, want) => {
    const link = page.locator(selector).first();
    const href = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await page.waitForFunction((h) => (globalThis as unknown as Win).location.hash === '#' + h, encodeURI(href));
    expect(await target()).toBe(want ?? href);
    expect(await inView(href)).toBe(true);
  });

  it('collapses and expands every source excerpt, and hides diagnostics by severity', async () => {
    const openCount = () => page.locator('details.snippet[open]').count();
    const all = await page.locator('details.snippet').count();
    await page.locator('#expand-all').click();
    expect(await openCount()).toBe(0);
    await page.locator('#expand-all').click();
    expect(await openCount()).toBe(all);
    const warning = page.locator('.diag.sev-warning').first();
    expect(await warning.isVisible()).toBe(true);
    await page.locator('input[data-hide="warning"]').uncheck();
    expect(await warning.isVisible()).toBe(false);
    await page.locator('input[data-hide="warning"]').check();
    expect(problems).toEqual([]);
  });

  it('takes a screenshot for the docs', async () => {
    await page.goto(url);
    await page.evaluate(() => (globalThis as unknown as Win).document.getElementById('flow')!.scrollIntoView());
    const png = await page.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    if (process.env.AUTOSKILL_UPDATE_SCREENSHOT === '1') fs.writeFileSync(SCREENSHOT, png);
  });
});
