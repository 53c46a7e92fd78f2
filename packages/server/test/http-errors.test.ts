import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { envelope, startApp, validApplication, type TestApp } from './helpers.js';

/** What came back on a raw connection: status, headers (lower-case) and body, read until the server closed or answered. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes `request` as is (no client library to tidy it up) and reads one answer. */
export function rawRequest(port: number, request: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      socket.destroy();
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`no answer: ${JSON.stringify(text.slice(0, 200))}`));
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: text.slice(split + 4) });
    };
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, split));
      if (split >= 0 && length && Buffer.byteLength(text.slice(split + 4)) >= Number(length[1])) done();
    });
    socket.on('end', done);
    socket.on('error', (error) => (chunks.length ? done() : reject(error)));
    socket.write(request);
  });
}

function assertProblem(answer: RawAnswer, status: number) {
  assert.equal(answer.status, status, answer.body);
  assert.match(answer.headers['content-type'] ?? '', /^application\/problem\+json/);
  const problem = JSON.parse(answer.body) as { status: number; title: string; detail?: string; type: string };
  assert.equal(problem.status, status);
  assert.match(problem.title, /[\u4e00-\u9fff]/);
  assert.match(problem.detail ?? '', /[\u4e00-\u9fff]/);
  assert.doesNotMatch(answer.body, /FST_|HPE_|ERR_/, 'no internal error codes');
  return problem;
}

describe('errors from the HTTP layer are problem+json too', () => {
  let t: TestApp;
  let port: number;
  before(async () => {
    t = await startApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });
  after(() => t.close());

  test('headers too large (a 70 KB query string) → 431', async () => {
    const answer = await rawRequest(port, `GET /api/power-list?q=${'x'.repeat(70_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    assertProblem(answer, 431);
  });

  test('an address with a broken percent-encoding → 400', async () => {
    const answer = await rawRequest(port, 'GET /api/forms/%E0%A4%A/schema HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    assertProblem(answer, 400);
  });

  test('Content-Length together with Transfer-Encoding, or twice → 400 from the parser', async () => {
    const both = await rawRequest(port, 'POST /api/legal-aid HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}');
    assertProblem(both, 400);
    const twice = await rawRequest(port, 'POST /api/legal-aid HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}');
    assertProblem(twice, 400);
    assert.equal((await t.rows()).length, 0);
  });
});

test('a request that arrives while the server shuts down → 503 problem+json with Retry-After', { timeout: 60_000 }, async () => {
  const t = await startApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (t.app.server.address() as { port: number }).port;
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (chunk) => (text += chunk));
  const ended = new Promise((resolve) => socket.on('close', resolve));
  // Request A is half sent, so the connection is busy when the shutdown starts; B follows it on the same connection.
  const arrived = new Promise((resolve) => t.app.server.once('request', resolve));
  const body = JSON.stringify(envelope(validApplication(), 'closing-0001'));
  socket.write(`POST /api/legal-aid HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: closing-0001\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`);
  await arrived;
  const closed = t.app.close();
  socket.write(`${body.slice(10)}GET /api/power-list HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  // Both: the answers may still be on their way when close() resolves.
  await Promise.all([ended, closed]);
  socket.destroy();
  const answers = text.split(/(?=HTTP\/1\.1 )/);
  const last = answers.at(-1)!;
  assert.match(last, /^HTTP\/1\.1 503 /, text.slice(0, 600));
  assert.match(last, /content-type: application\/problem\+json/i);
  assert.match(last, /retry-after: \d+/i);
  assert.match(last, /"type":"\/problems\/unavailable"/);
  rmSync(t.dataDir, { recursive: true, force: true });
});
