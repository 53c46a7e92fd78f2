import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChecker, villageRuleReviewSchema, villageRuleSubmissionExamples, villageRuleSubmissionSchema, type SchemaObject } from '@fazhi/core';
import { buildApp, type App } from '@fazhi/server';

const SUBMISSION = (villageRuleSubmissionSchema as SchemaObject).$id!;
const REVIEW = (villageRuleReviewSchema as SchemaObject).$id!;

function submission(): Record<string, unknown> {
  const example = structuredClone(villageRuleSubmissionExamples[0]!);
  delete example.attachments;
  return { ...example, articles: [{ text: '村民应当爱护公共设施。' }, { text: '违反者罚款200元' }, { text: '外嫁女不再享受集体分红' }] };
}

function review(submissionId: string): Record<string, unknown> {
  return {
    submissionId,
    procedureFindings: [{ check: 'quorum', ok: true }],
    articleOpinions: [
      { articleNo: 2, opinion: 'delete', issue: 'penalty', reason: '村规民约不能设定罚款。' },
      { articleNo: 3, opinion: 'revise', issue: 'women', reason: '不得以外嫁为由取消分红。' },
    ],
    conclusion: 'revise',
    conclusionNote: '按第2条、第3条的意见修改。',
    reviewer: { org: '某某县司法局某某司法所', role: 'judicial-office', name: '测试丙' },
    reviewDate: '2026-09-28',
  };
}

const REVIEWER_TOKEN = 'village-rules-test-reviewer';
const STAFF = { authorization: `Bearer ${REVIEWER_TOKEN}` };
let app: App;
let dataDir: string;
let keys = 0;

function post(url: string, schema: string, data: unknown) {
  const key = `vr-node-${++keys}-${Date.now()}`;
  return app.inject({
    method: 'POST',
    url,
    // Reviews are filed by staff; citizens' forms ignore the header.
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...STAFF },
    payload: JSON.stringify({ schema, data, idempotencyKey: key }),
  });
}

describe('village rules on the reference server', () => {
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fazhi-village-'));
    app = await buildApp({ dataDir, publicDir: null, kitDir: join(dataDir, 'no-kit'), reviewerToken: REVIEWER_TOKEN });
  });
  after(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses votes above attendance with the message the browser shows', async () => {
    const data = submission();
    (data.meeting as Record<string, unknown>).inFavour = 600;
    const [client] = createChecker(villageRuleSubmissionSchema as SchemaObject).check(data).errors;
    assert.equal(client!.message, '赞成票数不能多于实到人数（530）');
    const response = await post('/api/village-rules', SUBMISSION, data);
    assert.equal(response.statusCode, 422);
    assert.deepEqual(JSON.parse(response.body).errors, [{ pointer: client!.pointer, detail: client!.message, code: client!.code }]);
  });

  it('also refuses attendance above the members entitled and a failed quorum, each on its field', async () => {
    const data = submission();
    Object.assign(data.meeting as object, { present: 900, inFavour: 800 });
    const over = JSON.parse((await post('/api/village-rules', SUBMISSION, data)).body);
    assert.deepEqual(
      over.errors.map((e: { pointer: string; detail: string }) => [e.pointer, e.detail]),
      [['/meeting/present', '实到人数不能多于应到人数（820）']],
    );
    Object.assign(data.meeting as object, { present: 400, inFavour: 300, against: 50, abstain: 50, womenPresent: 100 });
    const quorum = JSON.parse((await post('/api/village-rules', SUBMISSION, data)).body);
    assert.deepEqual(
      quorum.errors.map((e: { pointer: string; detail: string }) => [e.pointer, e.detail]),
      [['/meeting/present', '村民会议须有本村18周岁以上村民的过半数参加，实到人数不足']],
    );
  });

  it('stores a review linked to the submission, and the record lists it', async () => {
    const filed = await post('/api/village-rules', SUBMISSION, submission());
    assert.equal(filed.statusCode, 201, filed.body);
    const { receiptNo } = JSON.parse(filed.body);

    const reviewed = await post('/api/village-rules/reviews', REVIEW, review(receiptNo));
    assert.equal(reviewed.statusCode, 201, reviewed.body);
    const receipt = JSON.parse(reviewed.body);
    assert.match(receipt.receiptNo, /^SC-\d{8}-\d{6}$/);

    const row = (await app.store.findByReceipt(receipt.receiptNo))!;
    assert.equal(row.form, 'village-rule-review');
    assert.equal(JSON.parse(row.data).submissionId, receiptNo);

    const record = JSON.parse((await app.inject({ method: 'GET', url: `/api/village-rules/records/${receiptNo}`, headers: STAFF })).body);
    assert.deepEqual(record.reviews, [{ receiptNo: receipt.receiptNo, receivedAt: receipt.receivedAt, conclusion: 'revise' }]);
    const latest = JSON.parse((await app.inject({ method: 'GET', url: '/api/village-rules/records/latest', headers: STAFF })).body);
    assert.equal(latest.receiptNo, receiptNo);
  });

  it('refuses a review of a submission it never filed, at the field', async () => {
    const response = await post('/api/village-rules/reviews', REVIEW, review('CG-20200101-999999'));
    assert.equal(response.statusCode, 422);
    assert.deepEqual(JSON.parse(response.body).errors, [
      {
        pointer: '/submissionId',
        detail: '没有找到回执编号为“CG-20200101-999999”的村规民约（居民公约）合法性审查申请，请核对编号',
        code: 'link.not-found',
      },
    ]);
    // Nor is the demo example the record page shows before anything was filed.
    const example = await post('/api/village-rules/reviews', REVIEW, review('CG-示例'));
    assert.equal(example.statusCode, 422);
  });
});
