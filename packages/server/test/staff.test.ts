import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { villageRuleReviewSchema, villageRuleSubmissionExamples, villageRuleSubmissionSchema, type SchemaObject } from '@fazhi/core';
import { buildApp } from '../src/app.js';
import { FORMS } from '../src/forms.js';
import { envelope, LEGAL_AID_ID, postJson, problemOf, REVIEWER_TOKEN, STAFF, startApp, validApplication, type TestApp } from './helpers.js';

const SUBMISSION = (villageRuleSubmissionSchema as SchemaObject).$id!;
const REVIEW = (villageRuleReviewSchema as SchemaObject).$id!;
let keys = 0;
const key = () => `staff-test-${++keys}`;

function villageRule() {
  const example = structuredClone(villageRuleSubmissionExamples[0]!);
  delete example.attachments;
  return example;
}

function review(submissionId: string) {
  return {
    submissionId,
    procedureFindings: [{ check: 'quorum', ok: true }],
    conclusion: 'approve',
    reviewer: { org: '某某县司法局某某司法所', role: 'judicial-office', name: '测试丙' },
    reviewDate: '2026-09-28',
  };
}

function postAs(t: TestApp, url: string, schema: string, data: unknown, headers: Record<string, string> = {}) {
  const k = key();
  return postJson(t.app, url, envelope(data, k, schema), k, headers);
}

function assertUnauthorized(response: { statusCode: number; headers: Record<string, unknown>; body: string }, what: string) {
  assert.equal(response.statusCode, 401, `${what}: ${response.body.slice(0, 200)}`);
  assert.match(String(response.headers['www-authenticate']), /^Bearer/, what);
  const problem = problemOf(response);
  assert.equal(problem.type, '/problems/unauthorized');
  assert.match(problem.detail ?? '', /[\u4e00-\u9fff]/);
  assert.ok(!response.body.includes('"data"'), what);
  return problem;
}

describe('staff endpoints need the reviewer token', () => {
  let t: TestApp;
  let filed: string;
  before(async () => {
    t = await startApp();
    const response = await postAs(t, '/api/village-rules', SUBMISSION, villageRule());
    assert.equal(response.statusCode, 201, response.body);
    filed = JSON.parse(response.body).receiptNo;
  });
  after(() => t.close());

  test('the review form is marked staff-only in the form config; citizens’ forms are not', () => {
    assert.equal(FORMS['village-rule-review']!.staff, true);
    assert.ok(!FORMS['village-rule-submission']!.staff && !FORMS['legal-aid-application']!.staff);
  });

  test('filing a review without the token, or with a wrong one → 401 problem+json, nothing stored', async () => {
    const before = (await t.rows()).length;
    for (const url of ['/api/village-rules/reviews', '/api/forms/village-rule-review']) {
      assertUnauthorized(await postAs(t, url, REVIEW, review(filed)), `${url} without a token`);
      const wrong = await postAs(t, url, REVIEW, review(filed), { authorization: `Bearer ${REVIEWER_TOKEN}x` });
      assertUnauthorized(wrong, `${url} with a wrong token`);
      assert.match(String(wrong.headers['www-authenticate']), /invalid_token/);
      assertUnauthorized(await postAs(t, url, REVIEW, review(filed), { authorization: `Basic ${Buffer.from(`x:${REVIEWER_TOKEN}`).toString('base64')}` }), `${url} Basic`);
    }
    assert.equal((await t.rows()).length, before);
  });

  test('the link check is no oracle: a filed and an unknown receipt number get the same 401', async () => {
    const known = await postAs(t, '/api/village-rules/reviews', REVIEW, review(filed));
    const unknown = await postAs(t, '/api/village-rules/reviews', REVIEW, review('CG-20200101-999999'));
    assert.equal(known.statusCode, 401);
    assert.equal(unknown.body, known.body);
  });

  test('with the token, the review is filed and linked', async () => {
    const response = await postAs(t, '/api/village-rules/reviews', REVIEW, review(filed), STAFF);
    assert.equal(response.statusCode, 201, response.body);
    const unknown = await postAs(t, '/api/village-rules/reviews', REVIEW, review('CG-20200101-999999'), STAFF);
    assert.equal(unknown.statusCode, 422);
  });

  test('filed records: 401 without the token, 200 with it, never cached', async () => {
    for (const url of ['/api/village-rules/records/latest', `/api/village-rules/records/${filed}`]) {
      assertUnauthorized(await t.app.inject({ method: 'GET', url }), url);
      assertUnauthorized(await t.app.inject({ method: 'GET', url, headers: { authorization: 'Bearer not-the-token-at-all' } }), url);
      const response = await t.app.inject({ method: 'GET', url, headers: STAFF });
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.headers['cache-control'], 'no-store');
      assert.equal(JSON.parse(response.body).receiptNo, filed);
    }
    const refused = await t.app.inject({ method: 'GET', url: `/api/village-rules/records/${filed}` });
    assert.equal(refused.headers['cache-control'], 'no-store');
  });

  test('a citizen’s receipt number is no key to anything without the token', async () => {
    const response = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'staff-legal-aid-1', LEGAL_AID_ID), 'staff-legal-aid-1');
    assert.equal(response.statusCode, 201, 'citizens file without any token');
    const receipt = JSON.parse(response.body).receiptNo;
    assertUnauthorized(await t.app.inject({ method: 'GET', url: `/api/village-rules/records/${receipt}` }), receipt);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/village-rules/records/${receipt}`, headers: STAFF })).statusCode, 404, 'not a village rule');
  });
});

describe('without a configured token, staff endpoints are closed, not open', () => {
  let t: TestApp;
  before(async () => (t = await startApp({ reviewerToken: undefined })));
  after(() => t.close());

  test('reviews and records → 401 whatever the Authorization', async () => {
    assertUnauthorized(await postAs(t, '/api/village-rules/reviews', REVIEW, review('CG-20200101-000001'), { authorization: 'Bearer undefined' }), 'review');
    assertUnauthorized(await t.app.inject({ method: 'GET', url: '/api/village-rules/records/latest', headers: { authorization: 'Bearer ' } }), 'records');
    assert.equal((await t.rows()).length, 0);
  });
});

test('a reviewer token too short to resist guessing is refused at start', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-token-'));
  try {
    await assert.rejects(buildApp({ dataDir, publicDir: null, reviewerToken: 'short' }), /至少/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
