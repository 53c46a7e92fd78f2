import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import legalAid from '@fazhi/schemas/legal-aid-application.schema.json' with { type: 'json' };
import { jpegBytes, LEGAL_AID_ID } from './helpers.js';
import { startServer, stopServer, type Started } from './server-process.js';

// `npm start` is `npm run build:kit` and then exactly the command below: this starts that server
// as its own process, as a county would, and checks the demo portal and a submission end to end.

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const kitDir = join(repoDir, 'dist', 'kit');
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";
/** What a portal page of the demo says about itself. */
async function page(url: string) {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', csp: response.headers.get('content-security-policy') ?? '', body: await response.text() };
}

describe('npm start: the demo county portal with the reference backend', { timeout: 120_000 }, () => {
  let dataDir: string;
  let server: Started;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fazhi-start-'));
    server = await startServer(dataDir);
  });
  after(async () => {
    if (server) await stopServer(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('prints its URL and serves the portal index under the strict CSP, linking every element page', async () => {
    assert.match(server.output(), /法治组件演示门户已启动：http:\/\/localhost:\d+\//);
    const index = await page(server.url);
    assert.equal(index.status, 200);
    assert.match(index.type, /^text\/html/);
    assert.ok(index.csp.startsWith(STRICT), index.csp);
    assert.doesNotMatch(index.csp, /unsafe-/);
    for (const href of ['/legal-aid.html', '/village-rules.html', '/power-list.html', '/enforcement.html', '/normative-documents.html']) {
      assert.ok(index.body.includes(`href="${href}"`), `the index links ${href}`);
    }
  });

  test('staff endpoints are never open: the demo makes a reviewer token and prints, in Chinese, where to paste it', async () => {
    const token = /审查人员口令（本次启动随机生成，重启后失效）：(\S+)/.exec(server.output())?.[1];
    assert.ok(token && token.length >= 32, server.output());
    assert.match(server.output(), /village-rule-review\.html.*粘贴到“审查人员口令”输入框/);
    const url = new URL('/api/village-rules/records/latest', server.url);
    const refused = await fetch(url);
    assert.equal(refused.status, 401);
    assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(typeof ((await response.json()) as { data: unknown }).data, 'object');
  });

  for (const path of ['/legal-aid.html', '/village-rules.html', '/village-rule-review.html', '/power-list.html', '/enforcement.html', '/normative-documents.html']) {
    test(`${path} embeds its drop-in as a portal would, under the strict CSP`, async (t) => {
      const html = await page(new URL(path, server.url).href);
      assert.equal(html.status, 200);
      assert.match(html.type, /^text\/html/);
      assert.ok(html.csp.startsWith(STRICT), html.csp);
      const script = /<script type="module" src="(\/kit\/[\w.-]+\.js)"><\/script>/.exec(html.body);
      assert.ok(script, 'a module script from /kit/');
      // `npm start` builds dist/kit before starting; here it may not be built (yet), as in `npm test`.
      if (!existsSync(join(kitDir, script[1]!.slice('/kit/'.length)))) return t.diagnostic(`${script[1]} is not built: not fetched`);
      const kit = await fetch(new URL(script[1]!, server.url));
      assert.equal(kit.status, 200, script[1]);
      assert.match(kit.headers.get('content-type') ?? '', /javascript/);
      await kit.arrayBuffer();
    });
  }

  test('a legal-aid application with its two scans lands in the SQLite file, once', async () => {
    const example = (legalAid as unknown as { examples: Record<string, unknown>[] }).examples[0]!;
    const described = [...(example.exemptionProof as FileInfo[]), ...(example.attachments as FileInfo[])];
    assert.equal(described.length, 2);
    const key = 'start-test-0001';
    const post = () => {
      // The browser's own encoding of an envelope and one part per file (DESIGN.md "Submission").
      const form = new FormData();
      form.append('envelope', JSON.stringify({ schema: LEGAL_AID_ID, data: example, idempotencyKey: key }));
      for (const file of described) form.append(`file:${file.id}`, new Blob([jpegBytes(file.size)], { type: file.type }), file.name);
      return fetch(new URL('/api/legal-aid', server.url), { method: 'POST', headers: { 'Idempotency-Key': key }, body: form });
    };

    const response = await post();
    const text = await response.text();
    assert.equal(response.status, 201, text);
    const { receiptNo, receivedAt } = JSON.parse(text) as { receiptNo: string; receivedAt: string };
    assert.match(receiptNo, /^FY-\d{8}-\d{6}$/);
    assert.match(receivedAt, /\+08:00$/);

    const again = await post(); // the citizen's retry after a lost answer
    assert.equal(again.status, 201);
    assert.equal(((await again.json()) as { receiptNo: string }).receiptNo, receiptNo);

    const file = join(dataDir, 'fazhi.sqlite');
    assert.ok(existsSync(file), 'the SQLite file is under FAZHI_DATA_DIR');
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare('SELECT * FROM submissions WHERE idempotency_key = ?').all(key) as { id: number; receipt_no: string; form: string; schema_id: string; data: string }[];
      assert.equal(rows.length, 1);
      const [row] = rows;
      assert.equal(row!.receipt_no, receiptNo);
      assert.equal(row!.form, 'legal-aid-application');
      assert.equal(row!.schema_id, LEGAL_AID_ID);
      const data = JSON.parse(row!.data) as { applicant: { name: string; idNumber: string }; facts: string };
      assert.equal(data.applicant.name, (example.applicant as { name: string }).name);
      assert.equal(data.applicant.idNumber, (example.applicant as { idNumber: string }).idNumber);
      assert.equal(data.facts, example.facts);
      const files = db.prepare('SELECT part_id, size, type FROM submission_files WHERE submission_id = ? ORDER BY part_id').all(row!.id);
      assert.deepEqual(
        files,
        described.map((f) => ({ part_id: f.id, size: f.size, type: f.type })).sort((a, b) => a.part_id.localeCompare(b.part_id)),
      );
    } finally {
      db.close();
    }
  });
});

interface FileInfo {
  id: string;
  name: string;
  size: number;
  type: string;
}
