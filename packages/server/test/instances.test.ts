import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envelope, testDatabase, validApplication } from './helpers.js';
import { startServer, stopServer, type Started } from './server-process.js';

// Two server processes on one PostgreSQL database, as a province runs them behind a load balancer:
// whatever instance a request reaches, a key is filed once and receipt numbers never repeat.

const baseUrl = process.env.FAZHI_TEST_DATABASE_URL;

describe('two instances on one PostgreSQL database', { skip: !baseUrl && 'needs PostgreSQL: npm run test:pg', timeout: 180_000 }, () => {
  let database: Awaited<ReturnType<typeof testDatabase>>;
  let dataDir: string;
  const servers: Started[] = [];

  before(async () => {
    database = await testDatabase(baseUrl!);
    dataDir = mkdtempSync(join(tmpdir(), 'fazhi-instances-'));
    // Both start at once on an empty database: the migration lock lets one create the tables.
    const env = { DATABASE_URL: database.url, FAZHI_REVIEWER_TOKEN: 'instances-reviewer-token-0123456789', FAZHI_SUBMISSIONS_PER_MINUTE: '100000' };
    servers.push(...(await Promise.all([startServer(dataDir, env), startServer(dataDir, env)])));
  });

  after(async () => {
    await Promise.all(servers.map((server) => stopServer(server.child)));
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (server: Started, key: string, data: unknown = validApplication()) =>
    fetch(new URL('/api/legal-aid', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(envelope(data, key)),
    }).then(async (response) => ({ status: response.status, replayed: response.headers.get('idempotent-replayed'), body: await response.text() }));

  test('the same submission sent to both at once is stored once, and both get the same answer', async () => {
    const [first, second] = await Promise.all([post(servers[0], 'key-both-0001'), post(servers[1], 'key-both-0001')]);
    assert.equal(first.status, 201, first.body);
    assert.equal(second.status, 201, second.body);
    assert.equal(first.body, second.body);
    assert.deepEqual([first.replayed, second.replayed].sort(), ['true', null].sort(), 'one filed it, the other replayed it');
    const rows = await database.read("SELECT receipt_no FROM submissions WHERE idempotency_key = 'key-both-0001'");
    assert.deepEqual(rows, [{ receipt_no: JSON.parse(first.body).receiptNo }]);
  });

  test('200 distinct submissions spread over both are all stored, with unique receipt numbers', async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `key-spread-${String(i).padStart(4, '0')}`);
    const answers = await Promise.all(keys.map((key, i) => post(servers[i % 2], key)));
    for (const answer of answers) assert.equal(answer.status, 201, answer.body);
    const receipts = answers.map((answer) => JSON.parse(answer.body).receiptNo as string);
    assert.equal(new Set(receipts).size, 200, 'no receipt number given twice');
    const rows = await database.read("SELECT idempotency_key, receipt_no FROM submissions WHERE idempotency_key LIKE 'key-spread-%' ORDER BY idempotency_key");
    assert.deepEqual(
      rows.map((row) => [row.idempotency_key, row.receipt_no]),
      keys.map((key, i) => [key, receipts[i]]),
    );
  });
});
