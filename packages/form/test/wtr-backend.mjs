/**
 * A @web/test-runner plugin that puts the REAL reference backend (packages/server, `buildApp`) on
 * loopback behind the test dev server, so browser tests submit to it as a portal page would.
 *
 *   import { referenceBackend } from './packages/form/test/wtr-backend.mjs';
 *   const backend = referenceBackend({ forms: { … } });
 *   export default { middleware: [backend.middleware], plugins: [backend], … };
 *
 * - Requests under `prefix` (default `/api/`) are proxied to the server, started on first use in
 *   this process (a fresh temporary data folder per test run, removed when the run ends).
 * - Every built-in form is there (`/api/legal-aid`, `/api/forms/<form>`…); `forms` adds test forms,
 *   each with an optional county overlay the server applies and the page does not know about.
 * - Fault injection, for tests only, handled here before proxying: `?fz-fault=503,503` on the URL
 *   (or an `X-Fz-Fault` header). Attempts are counted per Idempotency-Key within a tag
 *   (`?fz-tag=<id>`, any string a test picks); attempt n gets the n-th fault, later attempts reach
 *   the server. Faults:
 *     503, 429, 401 … answer that status with a problem+json body (the server is not reached)
 *     html502        a gateway's HTML error page
 *     drop           destroy the connection without answering (the server is not reached)
 *     lost           let the server answer, then destroy the connection (the answer is lost)
 *     delay:<ms>     wait, then reach the server
 *   A fault ending in `*` repeats for every later attempt of the tag, until `POST /__fz-test/heal?tag=`.
 * - Test endpoints (under `testPrefix`, default `/__fz-test/`):
 *     GET  requests?tag=T         what reached the proxy: [{ key, attempt, fault, status }], in order
 *     GET  stored?tag=T | ?key=K  rows of the server's `submissions` table (data parsed) for the keys
 *                                 seen under the tag, or for the given key(s)
 *     POST heal?tag=T             stop the tag's repeating faults
 *     GET  reviewer-token         { token }: the reviewer token this run's server was given (staff
 *                                 endpoints answer 401 without `Authorization: Bearer <token>`)
 *
 * One instance serves any number of test files: give each test its own tag and its own form or
 * receipt expectations. To add forms for other tests, add them to the same `forms` option rather
 * than registering a second proxy on the same prefix (the first middleware would win).
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const serverEntry = join(repoDir, 'packages', 'server', 'src', 'index.ts');
const schemasPackage = join(repoDir, 'schemas');

/**
 * The server is TypeScript importing `@fazhi/core` from source (the `source` export condition, which
 * `node --conditions=source` gives the server itself). The test runner was started without it, so a
 * resolve hook adds it for @fazhi packages only; tsx compiles the .ts files.
 */
const SOURCE_CONDITION_HOOK = `export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@fazhi/') && !context.conditions.includes('source')) {
    return next(specifier, { ...context, conditions: [...context.conditions, 'source'] });
  }
  return next(specifier, context);
}`;
const HOOK_FLAG = Symbol.for('fazhi.wtr-backend.source-condition');

async function importServer() {
  if (!globalThis[HOOK_FLAG]) {
    register(`data:text/javascript,${encodeURIComponent(SOURCE_CONDITION_HOOK)}`);
    globalThis[HOOK_FLAG] = true;
  }
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(serverEntry, import.meta.url);
}

/** Hop-by-hop headers (RFC 9110 §7.6.1): never copied across the proxy. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

/** `503,drop,lost*` → [{ kind, status?, ms?, repeat }]; unknown items are an error in the test. */
export function parseFaults(spec) {
  if (!spec) return [];
  return spec.split(',').map((raw) => {
    const item = raw.trim();
    const repeat = item.endsWith('*');
    const word = repeat ? item.slice(0, -1) : item;
    if (/^\d{3}$/.test(word)) return { kind: 'status', status: Number(word), repeat };
    if (word === 'html502') return { kind: 'html502', repeat };
    if (word === 'drop' || word === 'lost') return { kind: word, repeat };
    const delay = /^delay:(\d{1,5})$/.exec(word);
    if (delay) return { kind: 'delay', ms: Number(delay[1]), repeat };
    throw new Error(`fz-fault: unknown fault "${item}"`);
  });
}

/** The fault for attempt `n` (1-based) of a key, or undefined to reach the server. */
function faultFor(faults, n, healed) {
  if (n <= faults.length) {
    const fault = faults[n - 1];
    return fault.repeat && healed ? undefined : fault;
  }
  const last = faults[faults.length - 1];
  return last?.repeat && !healed ? last : undefined;
}

function faultName(fault) {
  if (!fault) return null;
  if (fault.kind === 'status') return String(fault.status);
  if (fault.kind === 'delay') return `delay:${fault.ms}`;
  return fault.kind;
}

function problemFor(status) {
  const auth = status === 401 || status === 403;
  return {
    type: auth ? '/problems/unauthorized' : status >= 500 ? '/problems/internal' : '/problems/test-fault',
    title: auth ? '请先登录（测试注入）' : `服务暂时不可用（测试注入 ${status}）`,
    status,
  };
}

function readAll(stream) {
  return new Promise((resolvePromise, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolvePromise(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** Sends the incoming request (body streamed) to the server; resolves with its whole answer. */
function forward(ctx, port, path) {
  return new Promise((resolvePromise, reject) => {
    const headers = {};
    for (const [name, value] of Object.entries(ctx.req.headers)) {
      if (!HOP_BY_HOP.has(name) && name !== 'x-fz-fault') headers[name] = value;
    }
    headers.host = `127.0.0.1:${port}`;
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: ctx.method, path, headers }, (incoming) => {
      readAll(incoming).then((body) => resolvePromise({ status: incoming.statusCode, headers: incoming.headers, body }), reject);
    });
    outgoing.on('error', reject);
    ctx.req.pipe(outgoing);
  });
}

function destroyConnection(ctx) {
  // Never sent; keeps the runner from reporting the request as a 404.
  ctx.status = 502;
  ctx.respond = false;
  ctx.req.socket.destroy();
}

function sendJson(ctx, status, value) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
}

/**
 * @param {object} [options]
 * @param {string} [options.prefix] requests proxied to the server (default `/api/`)
 * @param {string} [options.testPrefix] the test endpoints (default `/__fz-test/`)
 * @param {Record<string, { schemaFile: string, overlayFile?: string, receiptPrefix: string, aliases?: string[] }>} [options.forms]
 *   test forms besides the built-in ones: `schemaFile` and `overlayFile` are paths (relative to the
 *   repository); the form is posted to `/api/forms/<name>`
 */
export function referenceBackend(options = {}) {
  const prefix = options.prefix ?? '/api/';
  const testPrefix = options.testPrefix ?? '/__fz-test/';
  const extraForms = options.forms ?? {};
  const reviewerToken = randomBytes(24).toString('base64url');

  /** @type {Promise<{ app: any, port: number, tmp: string }> | undefined} */
  let starting;
  const log = [];
  const attempts = new Map();
  const healed = new Set();

  const start = async () => {
    const server = await importServer();
    const tmp = mkdtempSync(join(tmpdir(), 'fz-wtr-backend-'));
    let schemasDir;
    let configDir;
    if (Object.keys(extraForms).length) {
      // The server reads form schemas from one folder: the published ones plus the test forms.
      schemasDir = join(tmp, 'schemas');
      configDir = join(tmp, 'config');
      mkdirSync(schemasDir);
      mkdirSync(join(configDir, 'overlays'), { recursive: true });
      for (const name of readdirSync(schemasPackage)) {
        if (name.endsWith('.json') && name !== 'package.json') copyFileSync(join(schemasPackage, name), join(schemasDir, name));
      }
      for (const [name, form] of Object.entries(extraForms)) {
        copyFileSync(resolve(repoDir, form.schemaFile), join(schemasDir, basename(form.schemaFile)));
        if (form.overlayFile) copyFileSync(resolve(repoDir, form.overlayFile), join(configDir, 'overlays', `${name}.json`));
      }
    }
    const forms = { ...server.FORMS };
    for (const [name, form] of Object.entries(extraForms)) {
      forms[name] = { schemaFile: basename(form.schemaFile), receiptPrefix: form.receiptPrefix, aliases: form.aliases ?? [] };
    }
    const app = await server.buildApp({
      dataDir: join(tmp, 'data'),
      schemasDir,
      configDir,
      forms,
      publicDir: null,
      kitDir: join(tmp, 'no-kit'),
      // The village-rule review tests file reviews and read records as a reviewer does.
      reviewerToken,
      // Every test posts from 127.0.0.1: the county's per-address limits would stop the suite.
      rateLimits: { submissionsPerMinute: 1_000_000, listReadsPerMinute: 1_000_000 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { app, port: app.server.address().port, tmp };
  };
  const started = () => (starting ??= start());

  const storedRows = async (app, keys) => {
    const rows = await app.store.byKeys(keys);
    return rows.map((row) => ({ ...row, data: JSON.parse(row.data), response_body: JSON.parse(row.response_body) }));
  };

  const testEndpoint = async (ctx) => {
    const what = ctx.path.slice(testPrefix.length);
    const tag = ctx.query.tag ?? '';
    if (what === 'requests' && ctx.method === 'GET') {
      return sendJson(ctx, 200, log.filter((entry) => entry.tag === tag));
    }
    if (what === 'stored' && ctx.method === 'GET') {
      const { app } = await started();
      const given = [ctx.query.key ?? []].flat();
      const keys = given.length ? given : [...new Set(log.filter((e) => e.tag === tag && e.key).map((e) => e.key))];
      return sendJson(ctx, 200, await storedRows(app, keys));
    }
    if (what === 'reviewer-token' && ctx.method === 'GET') {
      return sendJson(ctx, 200, { token: reviewerToken });
    }
    if (what === 'heal' && ctx.method === 'POST') {
      healed.add(tag);
      return sendJson(ctx, 200, { healed: tag });
    }
    return sendJson(ctx, 404, { error: `unknown test endpoint ${ctx.method} ${ctx.path}` });
  };

  const proxy = async (ctx) => {
    const { port } = await started();
    const url = new URL(ctx.url, 'http://test.invalid');
    const tag = url.searchParams.get('fz-tag') ?? '';
    let faults;
    try {
      faults = parseFaults(url.searchParams.get('fz-fault') ?? ctx.get('x-fz-fault'));
    } catch (error) {
      return sendJson(ctx, 400, { error: error.message });
    }
    url.searchParams.delete('fz-tag');
    url.searchParams.delete('fz-fault');
    const key = ctx.get('idempotency-key');
    const counter = `${tag}\n${key}`;
    const attempt = (attempts.get(counter) ?? 0) + 1;
    attempts.set(counter, attempt);
    const fault = faultFor(faults, attempt, healed.has(tag));
    const entry = { tag, key, attempt, method: ctx.method, path: url.pathname, fault: faultName(fault), status: null };
    log.push(entry);

    if (fault?.kind === 'drop') {
      entry.status = 'dropped';
      return destroyConnection(ctx);
    }
    if (fault?.kind === 'status') {
      entry.status = fault.status;
      ctx.set('Cache-Control', 'no-store');
      if (fault.status === 429) ctx.set('Retry-After', '1');
      ctx.status = fault.status;
      ctx.type = 'application/problem+json';
      ctx.body = JSON.stringify(problemFor(fault.status));
      return;
    }
    if (fault?.kind === 'html502') {
      entry.status = 502;
      ctx.status = 502;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';
      return;
    }
    if (fault?.kind === 'delay') await new Promise((resolveDelay) => setTimeout(resolveDelay, fault.ms));

    const answer = await forward(ctx, port, url.pathname + url.search);
    entry.status = answer.status;
    if (fault?.kind === 'lost') {
      entry.status = `lost ${answer.status}`;
      return destroyConnection(ctx);
    }
    for (const [name, value] of Object.entries(answer.headers)) {
      // Koa sets the length of the buffered body itself.
      if (!HOP_BY_HOP.has(name) && name !== 'content-length' && value !== undefined) ctx.set(name, value);
    }
    ctx.status = answer.status;
    ctx.body = answer.body;
  };

  return {
    name: 'fz-reference-backend',
    /** Koa middleware for the dev server's `middleware` list. */
    middleware: async (ctx, next) => {
      if (ctx.path.startsWith(testPrefix)) return testEndpoint(ctx);
      if (ctx.path.startsWith(prefix)) return proxy(ctx);
      return next();
    },
    async serverStop() {
      const running = await starting?.catch(() => undefined); // a failed start was reported by the requests
      if (!running) return;
      await running.app.close();
      rmSync(running.tmp, { recursive: true, force: true });
    },
  };
}
