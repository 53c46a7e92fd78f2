import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optionsFromEnv } from '../src/env.js';

test('the protections’ environment variables become buildApp options', () => {
  const options = optionsFromEnv({
    FAZHI_DATA_DIR: '/srv/fazhi',
    FAZHI_REVIEWER_TOKEN: ' reviewer-token-from-env-0001 ',
    FAZHI_CORS_ORIGINS: 'https://www.example.gov.cn, https://zwfw.example.gov.cn:8443',
    FAZHI_CORS_CREDENTIALS: 'true',
    FAZHI_TRUST_PROXY: '10.0.0.1,10.0.1.0/24',
    FAZHI_SUBMISSIONS_PER_MINUTE: '60',
    FAZHI_LIST_READS_PER_MINUTE: '1200',
    FAZHI_MAX_UPLOADS: '4',
    FAZHI_REQUEST_TIMEOUT_S: '120',
    DATABASE_URL: 'postgres://fazhi@db.example.gov.cn:5432/fazhi',
    FAZHI_DB_POOL: '20',
  });
  assert.equal(options.databaseUrl, 'postgres://fazhi@db.example.gov.cn:5432/fazhi');
  assert.equal(options.dbPoolSize, 20);
  assert.equal(options.dataDir, '/srv/fazhi');
  assert.equal(options.reviewerToken, 'reviewer-token-from-env-0001');
  assert.deepEqual(options.corsOrigins, ['https://www.example.gov.cn', 'https://zwfw.example.gov.cn:8443']);
  assert.equal(options.corsCredentials, true);
  assert.deepEqual(options.trustProxy, ['10.0.0.1', '10.0.1.0/24']);
  assert.deepEqual(options.rateLimits, { submissionsPerMinute: 60, listReadsPerMinute: 1200 });
  assert.equal(options.maxConcurrentUploads, 4);
  assert.deepEqual(options.timeouts, { requestMs: 120_000 });
});

test('unset variables keep the defaults: no token (main.ts makes one), no CORS origin, no credentials', () => {
  const options = optionsFromEnv({});
  assert.equal(options.reviewerToken, undefined);
  assert.deepEqual(options.corsOrigins, []);
  assert.equal(options.corsCredentials, false);
  assert.deepEqual(options.rateLimits, {});
  assert.equal(options.maxConcurrentUploads, undefined);
  assert.equal(options.databaseUrl, undefined, 'SQLite');
});

test('a malformed value stops the start rather than turning a protection off', () => {
  assert.throws(() => optionsFromEnv({ FAZHI_CORS_ORIGINS: 'https://www.example.gov.cn/' }), /FAZHI_CORS_ORIGINS/);
  assert.throws(() => optionsFromEnv({ FAZHI_CORS_ORIGINS: '*' }), /FAZHI_CORS_ORIGINS/);
  assert.throws(() => optionsFromEnv({ FAZHI_SUBMISSIONS_PER_MINUTE: 'lots' }), /正整数/);
  assert.throws(() => optionsFromEnv({ FAZHI_MAX_UPLOADS: '0' }), /正整数/);
  assert.throws(() => optionsFromEnv({ DATABASE_URL: 'mysql://db/fazhi' }), /DATABASE_URL/);
  assert.throws(() => optionsFromEnv({ FAZHI_DB_POOL: 'many' }), /正整数/);
});
