import fastifyCors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Problem } from './problem.js';

/** Which other web origins (`https://www.example.gov.cn`) may call the API from a browser. */
export interface OriginSettings {
  /** Exact origins, scheme and host (and port); none by default: same origin only. */
  allowed: readonly string[];
  /** Let those origins send cookies (`Access-Control-Allow-Credentials: true`). Off by default. */
  credentials: boolean;
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Is this a browser request made by a page of another site that is not an allowed origin? Browsers
 * send `Sec-Fetch-Site` and, on every POST, `Origin`; a proxy may rewrite `Host`, so the browser's
 * own `same-origin` is trusted first. Clients that send neither (a county system, curl) are not
 * browsers, and cannot be made to post on a visitor's behalf.
 */
function isForeignBrowserRequest(request: FastifyRequest, allowed: ReadonlySet<string>): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'same-origin' || site === 'none') return false;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null') return hostOf(origin) !== request.host && !allowed.has(origin);
  return origin === 'null' || site === 'same-site' || site === 'cross-site';
}

/** onRequest hook for the routes that store something: refuses other sites' pages (403). */
export function refuseForeignOrigins(settings: OriginSettings) {
  const allowed = new Set(settings.allowed);
  return async (request: FastifyRequest): Promise<void> => {
    if (isForeignBrowserRequest(request, allowed)) {
      throw new Problem('cross-site', '本接口只接受本网站页面的提交。请回到县政府门户网站的办事页面填写并提交。');
    }
  };
}

/**
 * CORS for `/api/` only, and only for the configured origins: their preflights are answered (the
 * elements' JSON POST with `Idempotency-Key` needs one), anything else gets no CORS headers at all.
 * Not registered when no origin is configured, so nothing is allowed.
 */
export async function registerCors(app: FastifyInstance, settings: OriginSettings): Promise<void> {
  if (!settings.allowed.length) return;
  const allowed = new Set(settings.allowed);
  const base = {
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', 'X-CSRF-Token', 'Accept'],
    exposedHeaders: ['Retry-After', 'Idempotent-Replayed'],
    credentials: settings.credentials,
    maxAge: 600,
  };
  await app.register(fastifyCors, {
    delegator: (request, callback) => {
      const origin = request.headers.origin;
      const open = request.url.startsWith('/api/') && origin !== undefined && allowed.has(origin);
      callback(null, { ...base, origin: open ? origin : false });
    },
  });
}
