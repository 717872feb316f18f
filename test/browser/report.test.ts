/**
 * The HTML report as a reader sees it: opened in headless Chromium (Debian's package, never a
 * browser download). Skips with a reason where /usr/bin/chromium is missing, unless
 * STATEMENTS_REQUIRE_BROWSER=1 (as in CI), where a missing browser is a failure.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { cli, json, ROOT } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const INPUTS = ['test/fixtures/report', 'seeds'];
const OUTPUT = resolve(ROOT, 'test-output');
const haveBrowser = existsSync(CHROMIUM);
const requireBrowser = process.env.STATEMENTS_REQUIRE_BROWSER === '1';

// Exactly one of three: the browser test, a failure where the browser is required, or a skip with its reason.
if (!haveBrowser && requireBrowser) {
  it('html report in Chromium: has Chromium to run in', () => {
    expect.fail(`STATEMENTS_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: apt-get install chromium`);
  });
} else if (!haveBrowser) {
  console.log(`skipping the browser test: ${CHROMIUM} is missing (apt-get install chromium, or set STATEMENTS_REQUIRE_BROWSER=1 to fail instead)`);
  it.skip(`html report in Chromium (skipped: ${CHROMIUM} is missing)`, () => {});
}

describe.runIf(haveBrowser)('html report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let articles: Article[];
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const reportPath = resolve(OUTPUT, 'report.html');
    const report = cli(['extract', ...INPUTS, '--format', 'html']);
    expect(report.status, report.stderr).toBe(0);
    writeFileSync(reportPath, report.stdout);
    articles = json(['extract', ...INPUTS]).articles;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(reportPath).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every article of the JSON output, with an index', async () => {
    expect(articles.length).toBe(3);
    expect(await page.locator('section.article').count()).toBe(articles.length);
    expect(await page.locator('nav.index a').allTextContents()).toHaveLength(articles.length);
  });

  it('highlights one statement per statement of the JSON output, over exactly its content', async () => {
    expect(articles.reduce((n, a) => n + a.statements.length, 0)).toBeGreaterThan(0);
    for (const [i, article] of articles.entries()) {
      const section = page.locator(`section#a${i + 1}`);
      const ids = await section.locator('.text .st:not(.cont)').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.sid));
      expect(ids, article.id).toEqual(article.statements.map((s) => s.id));
      const contents = await section.locator('.text').evaluate((text) => {
        const pieces = new Map<string, string>();
        text.querySelectorAll<HTMLElement>('.st').forEach((el) => pieces.set(el.dataset.sid!, (pieces.get(el.dataset.sid!) ?? '') + el.textContent));
        return Object.fromEntries(pieces);
      });
      for (const s of article.statements) expect(contents[s.id], `${article.id} ${s.id}`).toBe(s.content.text);
    }
  });

  it('shows the speaker of a statement on hover', async () => {
    const index = articles.findIndex((a) => a.statements.some((s) => s.speaker.name));
    const statement = articles[index].statements.find((s) => s.speaker.name)!;
    const mark = page.locator(`section#a${index + 1} .text .st[data-sid="${statement.id}"]:not(.cont)`);
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.evaluate((el) => {
      const r = el.getClientRects()[0];
      return { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(statement.speaker.name);
    expect(await tip.textContent()).toContain(statement.kind);
    await page.screenshot({ path: resolve(OUTPUT, 'report-hover.png') });
  });

  it('fades the other speakers\' statements when a speaker in the panel is clicked', async () => {
    const index = articles.findIndex((a) => new Set(a.statements.map((s) => s.speaker.name)).size > 1);
    const article = articles[index];
    const section = page.locator(`section#a${index + 1}`);
    const first = section.locator('.panel .speaker').first();
    // The panel lists speakers in order of first statement, the unknown speaker last.
    const name = article.statements.find((s) => s.speaker.name)?.speaker.name ?? 'unknown speaker';
    expect(await first.locator('.name').textContent()).toBe(name);
    await first.click();
    const faded = await section.locator('.text .st.faded:not(.cont)').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.sid));
    const others = article.statements.filter((s) => (s.speaker.name || 'unknown speaker') !== name).map((s) => s.id);
    expect(faded).toEqual(others);
    await first.click();
    expect(await section.locator('.text .faded').count()).toBe(0);
  });

  it('shows markup in an article as text and runs none of it', async () => {
    const i = articles.findIndex((a) => a.id === 'injection');
    const text = await page.locator(`section#a${i + 1} .text`).textContent();
    expect(text).toContain('<script>window.__injected = true</script>');
    expect(text).toContain('"><img src=x onerror="window.__injected=true">');
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.title()).toBe('statements: who said what');
    expect(await page.locator('.article img, .article script').count()).toBe(0);
  });

  it('fetches nothing from the network and throws no script error', async () => {
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('saves a screenshot of the whole page', async () => {
    await page.mouse.move(0, 0);
    const path = resolve(OUTPUT, 'report.png');
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
  });
});
