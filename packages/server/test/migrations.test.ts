import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPostgresStore } from '../src/postgres-store.js';
import { testDatabase } from './helpers.js';

const baseUrl = process.env.FAZHI_TEST_DATABASE_URL;

const submission = (key: string) => ({
  form: 'legal-aid-application',
  schemaId: 'https://example.gov.cn/schema',
  data: { name: '张三' },
  idempotencyKey: key,
  bodyHash: 'hash',
  receiptPrefix: 'FY',
  day: '20261208',
  receivedAt: '2026-12-08T10:00:00.000+08:00',
  files: [],
});

test('instances starting at once on an empty PostgreSQL database migrate it once, and a restart keeps the data', { skip: !baseUrl && 'needs PostgreSQL: npm run test:pg' }, async () => {
  for (let round = 0; round < 5; round++) {
    const database = await testDatabase(baseUrl!);
    try {
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(database.url, { poolSize: 2 })));
      assert.equal((await stores[0].insertSubmission(submission('key-migrate-0001'))).kind, 'created');
      await Promise.all(stores.map((store) => store.close()));
      const restarted = await openPostgresStore(database.url, { poolSize: 1 });
      assert.equal(await restarted.count(), 1, 'the filed submission is still there');
      await restarted.close();
      assert.deepEqual(await database.read('SELECT version FROM schema_migrations'), [{ version: 1 }]);
    } finally {
      await database.drop();
    }
  }
});
