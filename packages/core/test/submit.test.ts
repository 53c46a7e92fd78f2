import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, newIdempotencyKey, parseRetryAfter, rotateKeyAfter, submit, type SubmitRequest } from '../src/submit/index.js';

type Step = Response | Error | (() => Response | Promise<Response>);

interface Call {
  url: string;
  init: RequestInit;
  headers: Headers;
}

/** A fetch that answers from a script and records every request. */
function fakeFetch(steps: Step[]) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init, headers: new Headers(init.headers) });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step instanceof Error) throw step;
    return typeof step === 'function' ? step() : step.clone();
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
const created = () => json(201, { receiptNo: 'FY-20261124-000123', receivedAt: '2026-11-24T09:30:00+08:00' });

function request(steps: Step[], extra: Partial<SubmitRequest> = {}) {
  const fake = fakeFetch(steps);
  const waits: number[] = [];
  const req: SubmitRequest = {
    action: '/api/legal-aid',
    schemaId: 'https://fazhi.example/schemas/legal-aid-application/v1',
    data: { applicant: { name: '王小测' } },
    idempotencyKey: 'key-1',
    fetchImpl: fake.fetchImpl,
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    ...extra,
  };
  return { req, calls: fake.calls, waits };
}

test('newIdempotencyKey makes distinct UUID-shaped keys from getRandomValues', () => {
  const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
  assert.equal(keys.size, 200);
  for (const key of keys) assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('JSON body is the envelope, with the Idempotency-Key header and portal headers kept', async () => {
  const { req, calls } = request([created()], { requestInit: { headers: { 'X-CSRF-Token': 't0k', 'Content-Type': 'text/plain' }, credentials: 'include' } });
  const outcome = await submit(req);
  assert.deepEqual(outcome, { kind: 'success', status: 201, receiptNo: 'FY-20261124-000123', receivedAt: '2026-11-24T09:30:00+08:00', body: { receiptNo: 'FY-20261124-000123', receivedAt: '2026-11-24T09:30:00+08:00' } });
  assert.equal(calls.length, 1);
  const [call] = calls;
  assert.equal(call.url, '/api/legal-aid');
  assert.equal(call.init.method, 'POST');
  assert.equal(call.init.credentials, 'include');
  assert.equal(call.headers.get('idempotency-key'), 'key-1');
  assert.equal(call.headers.get('x-csrf-token'), 't0k');
  assert.equal(call.headers.get('content-type'), 'application/json');
  assert.deepEqual(JSON.parse(call.init.body as string), { schema: req.schemaId, data: req.data, idempotencyKey: 'key-1' });
});

test('credentials default to same-origin', async () => {
  const { req, calls } = request([created()]);
  await submit(req);
  assert.equal(calls[0].init.credentials, 'same-origin');
});

test('503, 503, 201: three attempts with one key and growing delays', async () => {
  const { req, calls, waits } = request([new Response('busy', { status: 503 }), new Response('busy', { status: 503 }), created()], { baseDelayMs: 100 });
  const retries: number[] = [];
  const outcome = await submit({ ...req, onRetry: (info) => retries.push(info.attempt) });
  assert.equal(outcome.kind, 'success');
  assert.equal(calls.length, 3);
  assert.deepEqual(calls.map((c) => c.headers.get('idempotency-key')), ['key-1', 'key-1', 'key-1']);
  assert.deepEqual(calls.map((c) => JSON.parse(c.init.body as string).idempotencyKey), ['key-1', 'key-1', 'key-1']);
  assert.deepEqual(waits, [75, 150]);
  assert.deepEqual(retries, [1, 2]);
});

test('retries are bounded: persistent 503 ends as failed/server with the status', async () => {
  const { req, calls, waits } = request([new Response('down', { status: 503 })], { retries: 2 });
  const outcome = await submit(req);
  assert.deepEqual(outcome, { kind: 'failed', status: 503, reason: 'server' });
  assert.equal(calls.length, 3);
  assert.equal(waits.length, 2);
  assert.equal(rotateKeyAfter(outcome), false);
});

test('429 honours Retry-After in seconds, capped by maxDelayMs', async () => {
  const { req, waits } = request([new Response('', { status: 429, headers: { 'Retry-After': '2' } }), new Response('', { status: 429, headers: { 'Retry-After': '3600' } }), created()], { maxDelayMs: 10_000 });
  const outcome = await submit(req);
  assert.equal(outcome.kind, 'success');
  assert.deepEqual(waits, [2000, 10_000]);
});

test('Retry-After as an HTTP date', () => {
  const now = Date.parse('2026-11-24T01:00:00Z');
  assert.equal(parseRetryAfter('Tue, 24 Nov 2026 01:00:05 GMT', now), 5000);
  assert.equal(parseRetryAfter('Tue, 24 Nov 2026 00:59:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(null, now), undefined);
  assert.equal(parseRetryAfter(' 7 ', now), 7000);
});

test('backoff doubles, is capped and jittered within [half, full]', () => {
  assert.equal(backoffDelay(1, 1000, 30_000, () => 0), 500);
  assert.equal(backoffDelay(1, 1000, 30_000, () => 1), 1000);
  assert.equal(backoffDelay(3, 1000, 30_000, () => 1), 4000);
  assert.equal(backoffDelay(10, 1000, 30_000, () => 1), 30_000);
});

test('network error is retried, then reported as failed/network', async () => {
  const { req, calls } = request([new TypeError('Failed to fetch')], { retries: 1 });
  const outcome = await submit(req);
  assert.deepEqual(outcome, { kind: 'failed', reason: 'network' });
  assert.equal(calls.length, 2);
});

test('a network drop then success files once with the same key', async () => {
  const { req, calls } = request([new TypeError('Failed to fetch'), created()]);
  const outcome = await submit(req);
  assert.equal(outcome.kind, 'success');
  assert.equal(calls[0].headers.get('idempotency-key'), calls[1].headers.get('idempotency-key'));
});

test('422 problem+json puts field errors in the outcome', async () => {
  const { req, calls } = request([
    problem(422, {
      type: 'https://fazhi.example/problems/validation',
      title: '提交的内容有误',
      status: 422,
      errors: [
        { pointer: '/applicant/idNumber', detail: '身份证号码校验位不对', code: 'format.cn-id-card.checksum' },
        { pointer: '#/case/summary', detail: '请填写案情' },
        { pointer: 'applicant.name', message: '姓名太长' },
        { pointer: '/x', detail: 42 },
        'junk',
      ],
    }),
  ]);
  const outcome = await submit(req);
  assert.deepEqual(outcome, {
    kind: 'invalid',
    status: 422,
    title: '提交的内容有误',
    errors: [
      { pointer: '/applicant/idNumber', detail: '身份证号码校验位不对', code: 'format.cn-id-card.checksum' },
      { pointer: '/case/summary', detail: '请填写案情' },
      { pointer: '', detail: '姓名太长' },
    ],
  });
  assert.equal(calls.length, 1, '422 is definite: no retry');
  assert.equal(rotateKeyAfter(outcome), true);
});

test('422 with an HTML body or a wrong shape is not parsed as field errors', async () => {
  const html = await submit(request([new Response('<html><body>{"errors":[]}</body></html>', { status: 422, headers: { 'content-type': 'text/html' } })]).req);
  assert.deepEqual(html, { kind: 'rejected', status: 422 });
  const shape = await submit(request([problem(422, { title: '格式不对', detail: '缺少 schema' })]).req);
  assert.deepEqual(shape, { kind: 'rejected', status: 422, message: '缺少 schema' });
});

test('an HTML 502 from a gateway is never parsed and ends as failed', async () => {
  const page = () => new Response('<html><title>502 Bad Gateway</title></html>', { status: 502, headers: { 'content-type': 'text/html' } });
  const outcome = await submit(request([page], { retries: 1 }).req);
  assert.deepEqual(outcome, { kind: 'failed', status: 502, reason: 'server' });
});

test('a 200 HTML page (WAF block, login page) is a bad response, not a receipt, and keeps the key', async () => {
  const { req, calls } = request([new Response('<html>拦截</html>', { status: 200, headers: { 'content-type': 'text/html' } })]);
  const outcome = await submit(req);
  assert.deepEqual(outcome, { kind: 'failed', status: 200, reason: 'bad-response' });
  assert.equal(calls.length, 1);
  assert.equal(rotateKeyAfter(outcome), false);
});

test('401 and 403 are auth outcomes, not retried', async () => {
  for (const status of [401, 403] as const) {
    const { req, calls } = request([problem(status, { title: '请先登录' })]);
    assert.deepEqual(await submit(req), { kind: 'auth', status });
    assert.equal(calls.length, 1);
  }
});

test('409 is a conflict; other 4xx are rejected with the server message as plain text', async () => {
  assert.deepEqual(await submit(request([problem(409, { title: '重复' })]).req), { kind: 'conflict', status: 409 });
  assert.deepEqual(await submit(request([problem(413, { title: '内容太大', detail: '请求体超过 1 MB' })]).req), { kind: 'rejected', status: 413, message: '请求体超过 1 MB' });
  assert.deepEqual(await submit(request([new Response('nope', { status: 400 })]).req), { kind: 'rejected', status: 400 });
});

test('a slow server times out per attempt, then fails with reason timeout', async () => {
  const hang = () => new Promise<Response>(() => {});
  const fetchImpl = ((_: RequestInfo | URL, init?: RequestInit) =>
    Promise.race([hang(), new Promise<Response>((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)))])) as typeof fetch;
  const outcome = await submit({ ...request([]).req, fetchImpl, timeoutMs: 20, retries: 1 });
  assert.deepEqual(outcome, { kind: 'failed', reason: 'timeout' });
});

test('aborting rejects with the abort reason and stops retrying', async () => {
  const controller = new AbortController();
  const { req, calls } = request([new Response('', { status: 503 })], {
    signal: controller.signal,
    sleep: async () => controller.abort(new DOMException('用户取消', 'AbortError')),
  });
  await assert.rejects(submit(req), { name: 'AbortError' });
  assert.equal(calls.length, 1);
});

test('files go as multipart: envelope part plus one file:<id> part each', async () => {
  const { req, calls } = request([created()], {
    files: [{ id: 'att-1', file: new File(['%PDF-1.4 test'], '身份证.pdf', { type: 'application/pdf' }) }],
    requestInit: { headers: { 'Content-Type': 'application/json' } },
  });
  await submit(req);
  const { init, headers } = calls[0];
  assert.ok(init.body instanceof FormData);
  assert.equal(headers.get('content-type'), null, 'fetch must set the multipart boundary itself');
  const form = init.body as FormData;
  assert.deepEqual(JSON.parse(form.get('envelope') as string), { schema: req.schemaId, data: req.data, idempotencyKey: 'key-1' });
  const file = form.get('file:att-1') as File;
  assert.equal(file.name, '身份证.pdf');
  assert.equal(await file.text(), '%PDF-1.4 test');
  // The body a real fetch would send is a well-formed multipart document.
  const encoded = new Request('http://x/', { method: 'POST', body: form });
  assert.match(encoded.headers.get('content-type')!, /^multipart\/form-data; boundary=/);
  assert.match(await encoded.text(), /name="file:att-1"; filename="身份证.pdf"/);
});

test('2xx without a receipt number is not taken as filed: the data and the key are kept', async () => {
  const empty = await submit(request([new Response(null, { status: 204 })]).req);
  assert.deepEqual(empty, { kind: 'failed', status: 204, reason: 'bad-response' });
  assert.equal(rotateKeyAfter(empty), false);
  const noReceipt = await submit(request([Response.json({ ok: true }, { status: 200 })]).req);
  assert.deepEqual(noReceipt, { kind: 'failed', status: 200, reason: 'bad-response' });
});

test('rotateKeyAfter: rotate after definite answers only', () => {
  assert.equal(rotateKeyAfter({ kind: 'success', status: 201, receiptNo: 'x', receivedAt: '', body: {} }), true);
  assert.equal(rotateKeyAfter({ kind: 'invalid', status: 422, errors: [] }), true);
  assert.equal(rotateKeyAfter({ kind: 'auth', status: 401 }), true);
  assert.equal(rotateKeyAfter({ kind: 'conflict', status: 409 }), true);
  assert.equal(rotateKeyAfter({ kind: 'rejected', status: 413 }), true);
  assert.equal(rotateKeyAfter({ kind: 'failed', reason: 'network' }), false);
});
