import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { envelope, postJson, problemOf, startApp, validApplication, type TestApp } from './helpers.js';

/** The body a hidden `<form enctype="multipart/form-data">` on another site would post: the key only inside it. */
async function forgedMultipart(key: string) {
  const form = new FormData();
  form.append('envelope', JSON.stringify(envelope(validApplication(), key)));
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { contentType: request.headers.get('content-type')!, payload: Buffer.from(await request.arrayBuffer()) };
}

describe('cross-site request forgery: another site cannot file through a visitor’s browser', () => {
  let t: TestApp;
  before(async () => (t = await startApp()));
  after(() => t.close());

  test('a hidden multipart form posted from another site → 403, nothing stored', async () => {
    const { contentType, payload } = await forgedMultipart('csrf-form-0001');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid',
      headers: { host: 'fazhi.example.gov.cn', 'content-type': contentType, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' },
      payload,
    });
    assert.equal(response.statusCode, 403, response.body);
    const problem = problemOf(response);
    assert.equal(problem.type, '/problems/cross-site');
    assert.match(problem.detail ?? '', /[\u4e00-\u9fff]/);
    assert.equal(t.rows().length, 0);
  });

  test('fetch(…, { mode: "no-cors", body: formData }) from another site → 403, nothing stored', async () => {
    const { contentType, payload } = await forgedMultipart('csrf-fetch-0001');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid',
      headers: { host: 'fazhi.example.gov.cn', 'content-type': contentType, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' },
      payload,
    });
    assert.equal(response.statusCode, 403);
    assert.equal(t.rows().length, 0);
  });

  test('a browser that sends no Origin or Sec-Fetch-Site still cannot add the header a simple request lacks → 400, nothing stored', async () => {
    const { contentType, payload } = await forgedMultipart('csrf-old-0001');
    const response = await t.app.inject({ method: 'POST', url: '/api/legal-aid', headers: { 'content-type': contentType }, payload });
    assert.equal(response.statusCode, 400);
    assert.equal(problemOf(response).type, '/problems/idempotency-key');
    assert.equal(t.rows().length, 0);
  });

  test('a cross-site JSON post with the header, from an origin that is not allowed → 403', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid',
      headers: { host: 'fazhi.example.gov.cn', 'content-type': 'application/json', 'idempotency-key': 'csrf-json-0001', origin: 'https://evil.example' },
      payload: JSON.stringify(envelope(validApplication(), 'csrf-json-0001')),
    });
    assert.equal(response.statusCode, 403);
    const opaque = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'csrf-json-0002', origin: 'null' },
      payload: JSON.stringify(envelope(validApplication(), 'csrf-json-0002')),
    });
    assert.equal(opaque.statusCode, 403, 'a sandboxed frame or file: page (Origin: null)');
    assert.equal(t.rows().length, 0);
  });

  test('the portal’s own page files as before: same origin by Sec-Fetch-Site, or by Origin = Host', async () => {
    const sameSite = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid',
      headers: { host: '127.0.0.1:9000', 'content-type': 'application/json', 'idempotency-key': 'same-origin-0001', origin: 'http://localhost:8000', 'sec-fetch-site': 'same-origin' },
      payload: JSON.stringify(envelope(validApplication(), 'same-origin-0001')),
    });
    assert.equal(sameSite.statusCode, 201, 'behind a proxy that rewrites Host, the browser’s Sec-Fetch-Site decides');
    const sameHost = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid',
      headers: { host: 'fazhi.example.gov.cn', 'content-type': 'application/json', 'idempotency-key': 'same-origin-0002', origin: 'https://fazhi.example.gov.cn' },
      payload: JSON.stringify(envelope(validApplication(), 'same-origin-0002')),
    });
    assert.equal(sameHost.statusCode, 201);
    const server = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'no-browser-0001'), 'no-browser-0001');
    assert.equal(server.statusCode, 201, 'a county system posting without browser headers');
    assert.equal(t.rows().length, 3);
  });
});
