import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { TRAFFIC } from '../src/config.js';
import { envelope, jpegBytes, applicationWithAttachment, postJson, postMultipart, problemOf, startApp, validApplication, type TestApp } from './helpers.js';

const json = (key: string, remoteAddress = '203.0.113.7') => ({
  method: 'POST' as const,
  url: '/api/legal-aid',
  remoteAddress,
  headers: { 'content-type': 'application/json', 'idempotency-key': key },
  payload: JSON.stringify(envelope(validApplication(), key)),
});

/** Resolves once `check()` holds, looking again after each turn of the event loop (no clock involved). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}

describe('rate limits per client address, with the county defaults', () => {
  let t: TestApp;
  before(async () => (t = await startApp({ rateLimits: {} })));
  after(() => t.close());

  test(`the ${TRAFFIC.submissionsPerMinute + 1}st submission in a minute from one address → 429 with Retry-After; other addresses go on`, async () => {
    assert.equal(TRAFFIC.submissionsPerMinute, 20);
    for (let i = 0; i < TRAFFIC.submissionsPerMinute; i++) {
      const response = await t.app.inject(json(`rate-ok-${String(i).padStart(4, '0')}`));
      assert.equal(response.statusCode, 201, `submission ${i + 1}: ${response.body.slice(0, 200)}`);
    }
    const over = await t.app.inject(json('rate-over-0001'));
    assert.equal(over.statusCode, 429);
    const problem = problemOf(over);
    assert.equal(problem.type, '/problems/too-many-requests');
    assert.match(problem.detail ?? '', /[\u4e00-\u9fff]/);
    const wait = Number(over.headers['retry-after']);
    assert.ok(Number.isInteger(wait) && wait > 0 && wait <= 60, `Retry-After ${over.headers['retry-after']}`);
    assert.equal((await t.rows()).length, TRAFFIC.submissionsPerMinute, 'the refused one was not stored');

    assert.equal((await t.app.inject(json('rate-other-0001', '198.51.100.9'))).statusCode, 201);
  });

  test('public lists have a looser limit of their own', async () => {
    assert.ok(TRAFFIC.listReadsPerMinute > TRAFFIC.submissionsPerMinute);
    // The address that may no longer submit still reads lists.
    for (let i = 0; i < TRAFFIC.submissionsPerMinute + 5; i++) {
      const response = await t.app.inject({ method: 'GET', url: '/api/power-list?pageSize=1', remoteAddress: '203.0.113.7' });
      assert.equal(response.statusCode, 200);
    }
  });
});

test('list reads over their limit → 429 problem+json', async () => {
  const t = await startApp({ rateLimits: { listReadsPerMinute: 3 } });
  try {
    const get = () => t.app.inject({ method: 'GET', url: '/api/power-list?pageSize=1' });
    for (let i = 0; i < 3; i++) assert.equal((await get()).statusCode, 200);
    const over = await get();
    assert.equal(over.statusCode, 429);
    assert.equal(problemOf(over).type, '/problems/too-many-requests');
    assert.ok(Number(over.headers['retry-after']) > 0);
  } finally {
    await t.close();
  }
});

/** Opens a POST that promises `length` bytes and sends the first `sent`; the socket stays open. */
function startPost(t: TestApp, contentType: string, length: number, sent: string): Socket {
  const socket = connect((t.app.server.address() as { port: number }).port, '127.0.0.1');
  socket.on('error', () => {});
  socket.write(
    `POST /api/legal-aid HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${contentType}\r\nIdempotency-Key: slow-body-0001\r\nContent-Length: ${length}\r\n\r\n${sent}`,
  );
  return socket;
}

async function listening(options: Parameters<typeof startApp>[0]): Promise<TestApp> {
  const t = await startApp(options);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return t;
}

describe('slow bodies', () => {
  let t: TestApp;
  before(async () => (t = await listening({ timeouts: { requestMs: 400 } })));
  after(() => t.close());

  test('a body sent one byte at a time is cut off with 408 problem+json, nothing stored', { timeout: 60_000 }, async () => {
    const socket = startPost(t, 'application/json', 5000, '{"schema":');
    const drip = setInterval(() => socket.writable && socket.write(' '), 50);
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', () => resolve(text));
    });
    clearInterval(drip);
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.match(answer, /content-type: application\/problem\+json/i);
    assert.match(answer, /"type":"\/problems\/request-timeout"/);
    assert.equal((await t.rows()).length, 0);
  });
});

describe('concurrent uploads', () => {
  let t: TestApp;
  before(async () => (t = await listening({ maxConcurrentUploads: 1 })));
  after(() => t.close());

  test('an upload beyond the concurrent cap → 503 with Retry-After; the slot frees when the first one ends', { timeout: 60_000 }, async () => {
    // The first upload stops half-way, holding the only slot.
    const boundary = 'fzslow';
    const socket = startPost(t, `multipart/form-data; boundary=${boundary}`, 100_000, `--${boundary}\r\nContent-Disposition: form-data; name="file:f1"; filename="a.jpg"\r\n\r\n`);
    await until(() => t.app.uploads.active === 1);

    const bytes = jpegBytes();
    const form = () => {
      const body = new FormData();
      body.append('envelope', JSON.stringify(envelope(applicationWithAttachment({ id: 'f1', name: '证明.jpg', size: bytes.length, type: 'image/jpeg' }), 'upload-cap-0001')));
      body.append('file:f1', new Blob([bytes], { type: 'image/jpeg' }), '证明.jpg');
      return body;
    };
    const busy = await postMultipart(t.app, '/api/legal-aid', form(), 'upload-cap-0001');
    assert.equal(busy.statusCode, 503, busy.body);
    assert.equal(problemOf(busy).type, '/problems/unavailable');
    assert.ok(Number(busy.headers['retry-after']) > 0);
    assert.equal((await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'upload-cap-json1'), 'upload-cap-json1')).statusCode, 201, 'a JSON submission needs no upload slot');

    socket.destroy();
    await until(() => t.app.uploads.active === 0);
    const later = await postMultipart(t.app, '/api/legal-aid', form(), 'upload-cap-0001');
    assert.equal(later.statusCode, 201, later.body);
  });
});
