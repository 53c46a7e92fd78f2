import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startApp, type TestApp } from '../helpers.js';

// The demo portal's 关怀模式 switch, in Chromium, on the pages `npm start` serves with the built
// drop-ins (dist/kit: run after `npm run build`, as `npm run test:chromium` does).

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const kitDir = join(repoDir, 'dist', 'kit');
const PAGES: [string, string][] = [
  ['/legal-aid.html', 'fz-legal-aid-form'],
  ['/village-rules.html', 'fz-village-rule-form'],
  ['/village-rule-review.html', 'fz-village-rule-review'],
  ['/power-list.html', 'fz-power-list'],
  ['/enforcement.html', 'fz-enforcement-notice'],
  ['/normative-documents.html', 'fz-list'],
];

/**
 * The smallest font size of the visible text the element renders, once it has rendered some. Chart
 * labels (SVG text) are left out: they are sized in the chart's own units, which scale with its width.
 */
async function textSize(page: Page, tag: string): Promise<number> {
  const handle = await page.waitForFunction((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) return undefined;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let smallest = Infinity;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (node.textContent!.trim() && parent && !parent.closest('svg') && parent.getClientRects().length > 0) smallest = Math.min(smallest, parseFloat(getComputedStyle(parent).fontSize));
    }
    return smallest < Infinity ? smallest : undefined;
  }, tag);
  return (await handle.jsonValue()) as number;
}

const pressed = (page: Page) => page.locator('.care-toggle').getAttribute('aria-pressed');

describe('demo portal: the 关怀模式 switch', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let page: Page;
  before(async () => {
    assert.ok(existsSync(join(kitDir, 'fazhi-kit.js')), 'dist/kit is not built: run npm run build first');
    t = await startApp({ kitDir, publicDir: undefined, reviewerToken: 'care-mode-test-reviewer-token' });
    origin = await t.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  test('pressed by keyboard, it turns on care mode in the form (text 18 px or more), and a reload keeps it', async () => {
    await page.goto(`${origin}/legal-aid.html`);
    assert.equal(await page.getByRole('button', { name: '关怀模式' }).count(), 1, 'a button named 关怀模式');
    assert.equal(await pressed(page), 'false');
    assert.ok((await textSize(page, 'fz-legal-aid-form')) < 18, 'normal size first');

    for (let tabs = 0; tabs < 10 && !(await page.evaluate(() => document.activeElement?.matches('.care-toggle'))); tabs++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await page.evaluate(() => document.activeElement?.matches('.care-toggle')), 'reached by Tab from the top of the page');
    await page.keyboard.press('Space');

    assert.equal(await pressed(page), 'true');
    assert.equal(await page.locator('fz-legal-aid-form').getAttribute('care-mode'), '');
    await page.waitForFunction(() => document.querySelector('fz-legal-aid-form')?.hasAttribute('care-mode'));
    assert.ok((await textSize(page, 'fz-legal-aid-form')) >= 18, 'all care-mode text is at least 18 px');

    await page.reload();
    assert.equal(await pressed(page), 'true', 'remembered after a reload');
    assert.ok((await textSize(page, 'fz-legal-aid-form')) >= 18);
  });

  for (const [path, tag] of PAGES.slice(1)) {
    test(`${path} starts in care mode once it was chosen on another page`, async () => {
      await page.goto(origin + path);
      assert.equal(await pressed(page), 'true');
      await page.waitForFunction((tag) => document.querySelector(tag)?.hasAttribute('care-mode'), tag);
      assert.ok((await textSize(page, tag)) >= 18, `all ${tag} text is at least 18 px`);
    });
  }

  test('pressed again (Enter), it turns care mode off, and that is remembered too', async () => {
    await page.goto(`${origin}/legal-aid.html`);
    await page.locator('.care-toggle').focus();
    await page.keyboard.press('Enter');
    assert.equal(await pressed(page), 'false');
    assert.equal(await page.locator('fz-legal-aid-form').getAttribute('care-mode'), null);
    await page.reload();
    assert.equal(await pressed(page), 'false');
    assert.ok((await textSize(page, 'fz-legal-aid-form')) < 18);
  });
});
