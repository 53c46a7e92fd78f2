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
    assert.equal((await t.rows()).length, 0);
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
    assert.equal((await t.rows()).length, 0);
  });

  test('a browser that sends no Origin or Sec-Fetch-Site still cannot add the header a simple request lacks → 400, nothing stored', async () => {
    const { contentType, payload } = await forgedMultipart('csrf-old-0001');
    const response = await t.app.inject({ method: 'POST', url: '/api/legal-aid', headers: { 'content-type': contentType }, payload });
    assert.equal(response.statusCode, 400);
    assert.equal(problemOf(response).type, '/problems/idempotency-key');
    assert.equal((await t.rows()).length, 0);
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
    assert.equal((await t.rows()).length, 0);
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
    assert.equal((await t.rows()).length, 3);
  });
});

const PORTAL = 'https://www.example.gov.cn';

function preflight(t: TestApp, url: string, origin: string, method = 'POST') {
  return t.app.inject({
    method: 'OPTIONS',
    url,
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type,idempotency-key,authorization' },
  });
}

describe('CORS: only for the origins the county lists', () => {
  let t: TestApp;
  before(async () => (t = await startApp({ corsOrigins: [PORTAL] })));
  after(() => t.close());

  test('a preflight from an allowed origin is answered, for the submission and the list routes', async () => {
    for (const [url, method] of [['/api/legal-aid', 'POST'], ['/api/forms/legal-aid-application', 'POST'], ['/api/power-list', 'GET']] as const) {
      const response = await preflight(t, url, PORTAL, method);
      assert.equal(response.statusCode, 204, url);
      assert.equal(response.headers['access-control-allow-origin'], PORTAL, url);
      const allowed = String(response.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
      for (const header of ['content-type', 'idempotency-key', 'authorization']) assert.ok(allowed.includes(header), `${url}: ${header}`);
      assert.match(String(response.headers['access-control-allow-methods']), new RegExp(method));
      assert.equal(response.headers['access-control-allow-credentials'], undefined, 'credentials are off unless turned on');
    }
    const list = await t.app.inject({ method: 'GET', url: '/api/power-list?pageSize=1', headers: { origin: PORTAL } });
    assert.equal(list.headers['access-control-allow-origin'], PORTAL);
    assert.match(String(list.headers['access-control-expose-headers']), /Retry-After/);
  });

  test('from any other origin, or outside /api/, no CORS header at all', async () => {
    for (const [url, origin] of [['/api/legal-aid', 'https://evil.example'], ['/api/power-list', 'https://www.example.gov.cn.evil.example'], ['/api/legal-aid', 'null'], ['/index.html', PORTAL]]) {
      const response = await preflight(t, url, origin);
      assert.equal(response.headers['access-control-allow-origin'], undefined, `${url} from ${origin}`);
      assert.equal(response.headers['access-control-allow-headers'], undefined, `${url} from ${origin}`);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    }
    const list = await t.app.inject({ method: 'GET', url: '/api/power-list?pageSize=1', headers: { origin: 'https://evil.example' } });
    assert.equal(list.statusCode, 200, 'public data is still served; the browser just keeps it from the other page');
    assert.equal(list.headers['access-control-allow-origin'], undefined);
  });

  test('the cross-site check accepts an allowed origin and still refuses others', async () => {
    const post = (origin: string, key: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/legal-aid',
        headers: { host: 'api.example.gov.cn', 'content-type': 'application/json', 'idempotency-key': key, origin, 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'cors' },
        payload: JSON.stringify(envelope(validApplication(), key)),
      });
    const allowed = await post(PORTAL, 'cors-allowed-0001');
    assert.equal(allowed.statusCode, 201, allowed.body);
    assert.equal(allowed.headers['access-control-allow-origin'], PORTAL);
    assert.equal((await post('https://other.example.gov.cn', 'cors-other-0001')).statusCode, 403);
    assert.equal((await t.rows()).length, 1);
  });
});

test('CORS with credentials turned on sends Access-Control-Allow-Credentials', async () => {
  const t = await startApp({ corsOrigins: [PORTAL], corsCredentials: true });
  try {
    const response = await preflight(t, '/api/legal-aid', PORTAL);
    assert.equal(response.headers['access-control-allow-origin'], PORTAL);
    assert.equal(response.headers['access-control-allow-credentials'], 'true');
  } finally {
    await t.close();
  }
});

test('with no origin configured, nothing is allowed: preflights go unanswered', async () => {
  const t = await startApp();
  try {
    const response = await preflight(t, '/api/legal-aid', PORTAL);
    assert.equal(response.headers['access-control-allow-origin'], undefined);
    assert.equal(response.statusCode, 404);
  } finally {
    await t.close();
  }
});
