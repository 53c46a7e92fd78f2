import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { DEMO_CSP } from '../src/routes/static.js';
import { STAFF, startApp, type TestApp } from './helpers.js';

const PAGES: [string, string, string][] = [
  ['/legal-aid.html', '/kit/fz-legal-aid-form.js', 'fz-legal-aid-form'],
  ['/village-rules.html', '/kit/fz-village-rules.js', 'fz-village-rule-form'],
  ['/village-rule-review.html', '/kit/fz-village-rules.js', 'fz-village-rule-review'],
  ['/power-list.html', '/kit/fz-power-list.js', 'fz-power-list'],
  ['/enforcement.html', '/kit/fz-enforcement-notice.js', 'fz-enforcement-notice'],
  ['/normative-documents.html', '/kit/fz-list.js', 'fz-list'],
];

describe('demo county portal and drop-ins', () => {
  let t: TestApp;
  let kitDir: string;
  before(async () => {
    kitDir = mkdtempSync(join(tmpdir(), 'fazhi-kit-'));
    mkdirSync(kitDir, { recursive: true });
    writeFileSync(join(kitDir, 'fz-legal-aid-form.js'), 'export {};\n');
    t = await startApp({ kitDir, publicDir: undefined });
  });
  after(async () => {
    await t.close();
    rmSync(kitDir, { recursive: true, force: true });
  });

  test('the index page links every element page, under the strict CSP', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.equal(response.headers['content-security-policy'], DEMO_CSP);
    assert.match(DEMO_CSP, /default-src 'self'; script-src 'self'; style-src 'self'/);
    for (const [page] of PAGES.filter(([p]) => p !== '/village-rule-review.html')) assert.ok(response.body.includes(`href="${page}"`), page);
  });

  for (const [page, script, tag] of PAGES) {
    test(`${page} embeds ${tag} the way a portal would, with fallback content`, async () => {
      const response = await t.app.inject({ method: 'GET', url: page });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-security-policy'], DEMO_CSP);
      assert.ok(response.body.includes(`<script type="module" src="${script}"></script>`));
      assert.ok(response.body.includes('<script type="module" src="/care-mode.js"></script>'), 'the 关怀模式 switch');
      assert.match(response.body, /<button type="button" class="care-toggle" aria-pressed="false" hidden>关怀模式<\/button>/);
      const element = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(response.body);
      assert.ok(element, `<${tag}> is on the page`);
      assert.match(element[1], /1234[58]/, 'fallback names a hotline');
      assert.doesNotMatch(response.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
      assert.doesNotMatch(response.body, /\sstyle=/, 'no inline style');
    });
  }

  test('the reviewer page asks for the reviewer token in a labelled field and hands it to the element from its own script', async () => {
    const page = (await t.app.inject({ method: 'GET', url: '/village-rule-review.html' })).body;
    assert.match(page, /<label for="reviewer-token">审查人员口令<\/label>/);
    assert.match(page, /<input id="reviewer-token"[^>]*type="password"[^>]*autocomplete="off"/);
    assert.match(page, /<script type="module" src="\/village-rule-review\.js"><\/script>/);
    const script = await t.app.inject({ method: 'GET', url: '/village-rule-review.js' });
    assert.equal(script.statusCode, 200);
    assert.match(String(script.headers['content-type']), /javascript/);
    assert.match(script.body, /requestInit = \{ headers: \{ Authorization: `Bearer \$\{token\}` \} \}/);
    assert.match(script.body, /sessionStorage/);
    assert.doesNotMatch(script.body, /localStorage|innerHTML/);
  });

  test('drop-ins are served from the kit folder as JavaScript, under the same CSP', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/kit/fz-legal-aid-form.js' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /javascript/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
  });

  test('a missing drop-in is a 404 problem, not an HTML page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/kit/missing.js' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  });

  test('the review page’s record source works before anything was filed (the schema example)', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/village-rules/records/latest', headers: STAFF });
    assert.equal(response.statusCode, 200);
    const record = JSON.parse(response.body);
    assert.match(record.schema, /village-rule-submission/);
    assert.equal(typeof record.data, 'object');
  });
});

describe('problem pages', () => {
  let t: TestApp;
  before(async () => (t = await startApp()));
  after(() => t.close());

  test('/problems/<kind> answers only the kinds there are, not names inherited by every object', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/problems/validation' })).statusCode, 200);
    for (const kind of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const response = await t.app.inject({ method: 'GET', url: `/problems/${kind}` });
      assert.equal(response.statusCode, 404, kind);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    }
  });
});

test('serves the sample region tree the demo pages load for the region cascader', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fz-regions-'));
  const app = await buildApp({ dataDir, logger: false });
  try {
    const response = await app.inject({ method: 'GET', url: '/regions-sample.json' });
    assert.equal(response.statusCode, 200);
    const tree = response.json() as { code: string; name: string; children?: unknown[] }[];
    assert.equal(tree[0]!.name, '浙江省');
    assert.ok(tree[0]!.children!.length > 0);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
