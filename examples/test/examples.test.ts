import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { startApp, type TestApp } from '../../packages/server/test/helpers.js';
import { buildExample, forms } from '../serve.js';

// The React and Vue examples as a portal developer uses them, against the packages' build output
// (`npm run build`: packages/*/dist and their react.d.ts / vue.d.ts), with no registry: they
// type-check with the generated typings (wrong props and event details included, which must fail),
// build with Vite, and run in Chromium against the reference server under the demo's strict CSP.

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);
const bin = (name: string) => join(examplesDir, '..', 'node_modules', '.bin', name);

const EXAMPLES: [string, string][] = [
  ['react', 'tsc'],
  ['vue', 'vue-tsc'],
];

for (const [name, checker] of EXAMPLES) {
  describe(`examples/${name}`, () => {
    let outDir: string;
    let t: TestApp;
    let browser: Browser;
    let typeCheck: Promise<unknown>;
    before(async () => {
      // A failed check rejects with the compiler's output; an unused expect-error marker fails it too.
      // Started first, to run beside the build and the browser.
      typeCheck = run(bin(checker), ['-p', join(examplesDir, name)]);
      typeCheck.catch(() => {}); // reported by its own test below
      outDir = mkdtempSync(join(tmpdir(), `fazhi-example-${name}-`));
      await buildExample(name, outDir);
      t = await startApp({ publicDir: outDir, forms });
      browser = await chromium.launch({
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
      });
    });
    after(async () => {
      await browser?.close();
      await t?.close();
      rmSync(outDir, { recursive: true, force: true });
    });

    test(`type-checks with the generated typings (${checker}), and the wrong uses in it fail`, async () => {
      await typeCheck;
    });

    test('sets properties, toggles care mode, submits, and hears fz-submitted', async () => {
      const origin = await t.app.listen({ host: '127.0.0.1', port: 0 });
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
      page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} ${response.url()}`));
      await page.goto(origin);

      // .schema and .data were set as properties: the form renders the schema with the known answers.
      await page.getByLabel('咨询事项').waitFor();
      assert.equal(await page.getByLabel('姓名').inputValue(), '张三');

      const form = page.locator('fz-form');
      assert.equal(await form.evaluate((el: HTMLElement & { requestInit?: RequestInit }) => el.requestInit?.credentials), 'same-origin');
      await page.getByRole('checkbox', { name: '关怀模式' }).check();
      assert.deepEqual(await form.evaluate((el: HTMLElement & { careMode: boolean }) => [el.careMode, el.hasAttribute('care-mode')]), [true, true]);
      await page.getByRole('checkbox', { name: '关怀模式' }).uncheck();
      assert.deepEqual(await form.evaluate((el: HTMLElement & { careMode: boolean }) => [el.careMode, el.hasAttribute('care-mode')]), [false, false]);

      await page.getByLabel('咨询事项').fill('承包地被占用，想咨询怎么办');
      await page.getByRole('button', { name: '提交' }).click();
      const status = page.getByRole('status').filter({ hasText: '受理编号' });
      await status.waitFor();
      const receiptNo = /ZX-\d{8}-\d{6}/.exec((await status.textContent()) ?? '')?.[0];
      assert.ok(receiptNo, (await status.textContent()) ?? undefined);

      const [row] = await t.rows();
      assert.equal(row?.receipt_no, receiptNo);
      assert.deepEqual(JSON.parse(String(row?.data)), { name: '张三', phone: '13900139000', question: '承包地被占用，想咨询怎么办' });
      assert.deepEqual(problems, [], 'no script error, CSP violation or failed request');
      await page.close();
    });
  });
}
