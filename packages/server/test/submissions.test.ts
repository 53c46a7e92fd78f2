import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import villageRuleSubmission from '@fazhi/schemas/village-rule-submission.schema.json' with { type: 'json' };
import { LIMITS } from '../src/config.js';
import { envelope, LEGAL_AID_ID, postJson, problemOf, startApp, validApplication, type TestApp } from './helpers.js';

const RECEIPT = /^FY-\d{8}-\d{6}$/;

describe('POST /api/legal-aid: valid submissions', () => {
  let t: TestApp;
  before(async () => (t = await startApp()));
  after(() => t.close());

  test('201 with a readable receipt, stored in SQLite with schema id, data, key, hash and time', async () => {
    const data = validApplication();
    const response = await postJson(t.app, '/api/legal-aid', envelope(data, 'key-valid-0001'), 'key-valid-0001');
    assert.equal(response.statusCode, 201);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const body = JSON.parse(response.body);
    assert.match(body.receiptNo, RECEIPT);
    assert.match(body.receivedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    assert.equal(body.receiptNo.slice(3, 11), body.receivedAt.slice(0, 10).replace(/-/g, ''), 'receipt date is the China date');
    const rows = (await t.rows());
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row.receipt_no, body.receiptNo);
    assert.equal(row.form, 'legal-aid-application');
    assert.equal(row.schema_id, LEGAL_AID_ID);
    assert.equal(row.idempotency_key, 'key-valid-0001');
    assert.match(String(row.body_hash), /^[0-9a-f]{64}$/);
    assert.equal(row.created_at, body.receivedAt);
    const stored = JSON.parse(String(row.data));
    assert.equal(stored.applicant.name, '欧阳测试');
    assert.equal(stored.facts, data.facts);
  });

  test('the generic /api/forms/:form path files the same way, numbering on', async () => {
    const response = await postJson(t.app, '/api/forms/legal-aid-application', envelope(validApplication(), 'key-valid-0002'), 'key-valid-0002');
    assert.equal(response.statusCode, 201);
    const [first, second] = (await t.rows()).map((r) => String(r.receipt_no));
    assert.equal(Number(second.slice(-6)), Number(first.slice(-6)) + 1);
  });

  test('the key must come in the Idempotency-Key header; the body may repeat it, not replace it', async () => {
    const inBody = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'key-body-only-1'));
    assert.equal(inBody.statusCode, 400);
    assert.equal(problemOf(inBody).type, '/problems/idempotency-key');
    assert.match(problemOf(inBody).detail ?? '', /Idempotency-Key/);
    const inHeader = await postJson(t.app, '/api/legal-aid', { schema: LEGAL_AID_ID, data: validApplication() }, 'key-header-only-1');
    assert.equal(inHeader.statusCode, 201);
    assert.equal((await t.rows()).filter((r) => String(r.idempotency_key).startsWith('key-body-only')).length, 0);
  });

  test('the stored data is what the checker returns: values of hidden fields are pruned', async () => {
    const data = { ...validApplication(), representative: { name: '不该保存' } };
    const response = await postJson(t.app, '/api/legal-aid', envelope(data, 'key-pruned-0001'), 'key-pruned-0001');
    assert.equal(response.statusCode, 201);
    const row = (await t.rows()).find((r) => r.idempotency_key === 'key-pruned-0001')!;
    assert.equal(JSON.parse(String(row.data)).representative, undefined);
  });
});

describe('idempotency', () => {
  let t: TestApp;
  before(async () => (t = await startApp()));
  after(() => t.close());

  test('same key + same body twice: one row, the same receipt, marked as a replay', async () => {
    const body = envelope(validApplication(), 'key-replay-0001');
    const first = await postJson(t.app, '/api/legal-aid', body, 'key-replay-0001');
    const second = await postJson(t.app, '/api/legal-aid', body, 'key-replay-0001');
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 201);
    assert.equal(second.body, first.body);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.equal((await t.rows()).length, 1);
  });

  test('the same body with keys in another order is still the same body', async () => {
    const data = validApplication();
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    const first = await postJson(t.app, '/api/legal-aid', envelope(data, 'key-order-0001'), 'key-order-0001');
    const second = await postJson(t.app, '/api/legal-aid', { idempotencyKey: 'key-order-0001', data: reordered, schema: LEGAL_AID_ID }, 'key-order-0001');
    assert.equal(second.statusCode, 201);
    assert.equal(JSON.parse(second.body).receiptNo, JSON.parse(first.body).receiptNo);
  });

  test('same key + different body: 409 problem+json, nothing new stored', async () => {
    const before = (await t.rows()).length;
    const data = validApplication();
    await postJson(t.app, '/api/legal-aid', envelope(data, 'key-conflict-01'), 'key-conflict-01');
    const changed = { ...data, request: '要求对方赔偿医疗费共计7万元' };
    const response = await postJson(t.app, '/api/legal-aid', envelope(changed, 'key-conflict-01'), 'key-conflict-01');
    assert.equal(response.statusCode, 409);
    const problem = problemOf(response);
    assert.equal(problem.status, 409);
    assert.equal(problem.type, '/problems/idempotency-conflict');
    assert.equal((await t.rows()).length, before + 1);
  });

  test('same key + different body that is also invalid: still 409, the key decides first', async () => {
    await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'key-conflict-02'), 'key-conflict-02');
    const response = await postJson(t.app, '/api/legal-aid', envelope({ applicant: 1 }, 'key-conflict-02'), 'key-conflict-02');
    assert.equal(response.statusCode, 409);
  });

  test('twenty concurrent retries of one submission file it once', async () => {
    const body = envelope(validApplication(), 'key-parallel-01');
    const responses = await Promise.all(Array.from({ length: 20 }, () => postJson(t.app, '/api/legal-aid', body, 'key-parallel-01')));
    assert.deepEqual(new Set(responses.map((r) => r.statusCode)), new Set([201]));
    assert.equal(new Set(responses.map((r) => JSON.parse(r.body).receiptNo)).size, 1);
    assert.equal((await t.rows()).filter((r) => r.idempotency_key === 'key-parallel-01').length, 1);
  });
});

describe('every invalid payload kind: 4xx problem+json with a clear message, nothing stored', () => {
  let t: TestApp;
  before(async () => (t = await startApp()));
  after(() => t.close());

  const cases: { name: string; status: number; type: string; send: () => ReturnType<typeof postJson>; pointer?: string; code?: string }[] = [
    {
      name: 'wrong type',
      status: 422,
      type: 'validation',
      pointer: '/applicant/name',
      code: 'type',
      send: () => postJson(t.app, '/api/legal-aid', envelope({ ...validApplication(), applicant: { ...(validApplication().applicant as object), name: 42 } }, 'key-invalid-01'), 'key-invalid-01'),
    },
    {
      name: 'missing required',
      status: 422,
      type: 'validation',
      pointer: '/facts',
      code: 'required',
      send: () => {
        const data = validApplication();
        delete data.facts;
        return postJson(t.app, '/api/legal-aid', envelope(data, 'key-invalid-02'), 'key-invalid-02');
      },
    },
    {
      name: 'oversized string',
      status: 422,
      type: 'validation',
      pointer: '/facts',
      code: 'maxLength',
      send: () => postJson(t.app, '/api/legal-aid', envelope({ ...validApplication(), facts: '案情'.repeat(1001) }, 'key-invalid-03'), 'key-invalid-03'),
    },
    {
      name: 'oversized body',
      status: 413,
      type: 'payload-too-large',
      send: () => postJson(t.app, '/api/legal-aid', envelope({ ...validApplication(), padding: 'x'.repeat(LIMITS.jsonBodyBytes) }, 'key-invalid-04'), 'key-invalid-04'),
    },
    { name: 'bad JSON', status: 400, type: 'bad-json', send: () => postJson(t.app, '/api/legal-aid', '{"schema": "x", "data": {', 'key-invalid-05') },
    { name: 'empty JSON body', status: 400, type: 'bad-json', send: () => postJson(t.app, '/api/legal-aid', '', 'key-invalid-06') },
    {
      name: 'prototype pollution attempt',
      status: 400,
      type: 'bad-json',
      send: () => postJson(t.app, '/api/legal-aid', `{"schema":"${LEGAL_AID_ID}","idempotencyKey":"key-invalid-07","data":{"__proto__":{"x":1}}}`, 'key-invalid-07'),
    },
    {
      name: 'unknown schema',
      status: 400,
      type: 'unknown-schema',
      send: () => postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'key-invalid-08', 'https://example.org/whatever.json'), 'key-invalid-08'),
    },
    {
      name: 'another form’s schema on this endpoint',
      status: 400,
      type: 'unknown-schema',
      send: () => postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'key-invalid-09', (villageRuleSubmission as { $id: string }).$id), 'key-invalid-09'),
    },
    {
      name: 'a newer major version than the server knows',
      status: 400,
      type: 'unknown-schema',
      send: () => postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'key-invalid-10', LEGAL_AID_ID.replace('/v1/', '/v2/')), 'key-invalid-10'),
    },
    {
      name: 'an older major version the server no longer keeps',
      status: 400,
      type: 'outdated-schema',
      send: () => postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'key-invalid-11', LEGAL_AID_ID.replace('/v1/', '/v0/')), 'key-invalid-11'),
    },
    { name: 'missing schema field', status: 400, type: 'bad-request', send: () => postJson(t.app, '/api/legal-aid', { data: validApplication(), idempotencyKey: 'key-invalid-12' }, 'key-invalid-12') },
    { name: 'missing data field', status: 400, type: 'bad-request', send: () => postJson(t.app, '/api/legal-aid', { schema: LEGAL_AID_ID, idempotencyKey: 'key-invalid-13' }, 'key-invalid-13') },
    { name: 'body is an array', status: 400, type: 'bad-request', send: () => postJson(t.app, '/api/legal-aid', [1, 2], 'key-invalid-14') },
    {
      name: 'data nested 10,000 deep (stack exhaustion attempt)',
      status: 400,
      type: 'bad-request',
      send: () => postJson(t.app, '/api/legal-aid', `{"schema":"${LEGAL_AID_ID}","idempotencyKey":"key-invalid-18","data":{"facts":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`, 'key-invalid-18'),
    },
    { name: 'missing idempotency key', status: 400, type: 'idempotency-key', send: () => postJson(t.app, '/api/legal-aid', { schema: LEGAL_AID_ID, data: validApplication() }) },
    { name: 'malformed idempotency key', status: 400, type: 'idempotency-key', send: () => postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'short'), 'short') },
    {
      name: 'header and body keys disagree',
      status: 400,
      type: 'idempotency-key',
      send: () => postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'key-invalid-15'), 'key-invalid-16'),
    },
    { name: 'unknown form', status: 404, type: 'not-found', send: () => postJson(t.app, '/api/forms/tax-return', envelope(validApplication(), 'key-invalid-17'), 'key-invalid-17') },
  ];

  for (const c of cases) {
    test(`${c.name} → ${c.status}`, async () => {
      const response = await c.send();
      assert.equal(response.statusCode, c.status, response.body.slice(0, 300));
      const problem = problemOf(response);
      assert.equal(problem.status, c.status);
      assert.equal(problem.type, `/problems/${c.type}`);
      assert.match(problem.title, /[\u4e00-\u9fff]/, 'a Chinese title');
      assert.ok(!/at .*\.(ts|js):\d+/.test(response.body), 'no stack trace');
      if (c.pointer) {
        const error = problem.errors?.find((e) => e.pointer === c.pointer);
        assert.ok(error, `an error at ${c.pointer}: ${JSON.stringify(problem.errors)}`);
        assert.equal(error.code, c.code);
        assert.match(error.detail, /[\u4e00-\u9fff]/);
        assert.deepEqual(Object.keys(error).sort(), ['code', 'detail', 'pointer']);
      } else {
        assert.match(problem.detail ?? '', /[\u4e00-\u9fff]|JSON|Idempotency/);
      }
      assert.equal((await t.rows()).length, 0);
    });
  }

  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/problem+json']) {
    test(`content type ${type} → 415`, async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/legal-aid', headers: { 'content-type': type, 'idempotency-key': 'key-type-0001' }, payload: JSON.stringify(envelope(validApplication(), 'key-type-0001')) });
      assert.equal(response.statusCode, 415);
      assert.equal(problemOf(response).type, '/problems/unsupported-media-type');
      assert.equal((await t.rows()).length, 0);
    });
  }

  test('no content type at all → 415', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/legal-aid', headers: { 'idempotency-key': 'key-type-0002' }, payload: Buffer.from(JSON.stringify(envelope(validApplication(), 'key-type-0002'))) });
    assert.equal(response.statusCode, 415);
    assert.equal((await t.rows()).length, 0);
  });
});

describe('schema versions and county overlays', () => {
  let t: TestApp;
  let configDir: string;
  before(async () => {
    configDir = mkdtempSync(join(tmpdir(), 'fazhi-config-'));
    mkdirSync(join(configDir, 'schemas'), { recursive: true });
    mkdirSync(join(configDir, 'overlays'), { recursive: true });
    // An older major version kept by the county, and an overlay that tightens a limit.
    writeFileSync(join(configDir, 'schemas', 'legal-aid-v0.json'), JSON.stringify({ $id: LEGAL_AID_ID.replace('/v1/', '/v0/'), type: 'object', required: ['name'], properties: { name: { type: 'string', title: '姓名' } } }));
    writeFileSync(join(configDir, 'overlays', 'legal-aid-application.json'), JSON.stringify({ $id: 'https://evil.example/renamed.json', properties: { request: { maxLength: 10, title: '请求事项' } } }));
    t = await startApp({ configDir });
  });
  after(async () => {
    await t.close();
    rmSync(configDir, { recursive: true, force: true });
  });

  test('the previous major version is accepted and validated against its own schema', async () => {
    const v0 = LEGAL_AID_ID.replace('/v1/', '/v0/');
    const ok = await postJson(t.app, '/api/legal-aid', envelope({ name: '王小测' }, 'key-version-01', v0), 'key-version-01');
    assert.equal(ok.statusCode, 201);
    assert.equal((await t.rows())[0].schema_id, v0);
    const bad = await postJson(t.app, '/api/legal-aid', envelope({}, 'key-version-02', v0), 'key-version-02');
    assert.equal(bad.statusCode, 422);
  });

  test('the overlay applies on the server too, and cannot rename the schema', async () => {
    const response = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'key-overlay-01'), 'key-overlay-01');
    assert.equal(response.statusCode, 422);
    assert.equal(problemOf(response).errors?.[0].pointer, '/request');
    const schema = await t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/schema' });
    assert.equal(JSON.parse(schema.body).$id, LEGAL_AID_ID);
    assert.equal(JSON.parse(schema.body).properties.request.title, '请求事项');
  });
});

describe('errors never leak internals', () => {
  test('a failing database answers 500 problem+json without message or stack, and the client may retry', async () => {
    const t = await startApp();
    try {
      await t.app.store.close();
      const response = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'key-broken-0001'), 'key-broken-0001');
      assert.equal(response.statusCode, 500);
      const problem = problemOf(response);
      assert.equal(problem.type, '/problems/internal');
      assert.match(problem.detail ?? '', /[\u4e00-\u9fff]/, 'a Chinese detail saying what to do');
      assert.doesNotMatch(response.body, /database|sqlite|\.ts|\.js/i);
    } finally {
      await t.app.close().catch(() => {});
    }
  });

  test('unknown paths and methods: 404 problem+json', async () => {
    const t = await startApp();
    try {
      for (const [method, url] of [['GET', '/api/legal-aid'], ['GET', '/nothing-here'], ['DELETE', '/api/forms/legal-aid-application']] as const) {
        const response = await t.app.inject({ method, url });
        assert.equal(response.statusCode, 404);
        assert.equal(problemOf(response).type, '/problems/not-found');
      }
    } finally {
      await t.close();
    }
  });

  test('problem types are described at their URI', async () => {
    const t = await startApp();
    try {
      const response = await t.app.inject({ method: 'GET', url: '/problems/idempotency-conflict' });
      assert.equal(response.statusCode, 200);
      assert.equal(JSON.parse(response.body).status, 409);
    } finally {
      await t.close();
    }
  });
});

test('the data folder is created on first start, with the SQLite file in it', async () => {
  const t = await startApp({ databaseUrl: undefined }); // SQLite even when the suite runs on PostgreSQL
  try {
    assert.ok(existsSync(join(t.dataDir, 'fazhi.sqlite')));
    assert.ok(readdirSync(t.dataDir).includes('fazhi.sqlite'));
  } finally {
    await t.close();
  }
});
