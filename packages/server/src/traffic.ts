import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { TRAFFIC } from './config.js';
import { Problem } from './problem.js';

/** Per-address rate limits; raise them for load tests (they are per process, in memory). */
export interface RateLimits {
  submissionsPerMinute: number;
  listReadsPerMinute: number;
}

/** How long the server waits for a client, in milliseconds. */
export interface Timeouts {
  requestMs: number;
  headersMs: number;
  idleMs: number;
}

/** Fastify's and Node's timeouts: slow headers, slow bodies and idle connections are cut off (408 problem+json). */
export function timeoutOptions(timeouts: Timeouts): Pick<FastifyServerOptions, 'requestTimeout' | 'connectionTimeout'> & { http: object } {
  const headersMs = Math.min(timeouts.headersMs, timeouts.requestMs); // Node requires headers ≤ request
  return {
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    http: {
      requestTimeout: timeouts.requestMs,
      headersTimeout: headersMs,
      // Node checks the two timeouts on this interval (default 30 s): often enough to be near them.
      connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(headersMs / 4))),
    },
  };
}

/** @fastify/rate-limit, with no limit of its own: `perMinute` makes each group's limiter. */
export async function registerRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new Problem('too-many-requests', `操作太频繁，请在 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后再试。您填写的内容都还在。`),
  });
}

/** An onRequest hook counting requests per client address in a minute, with its own counters. */
export function perMinute(app: FastifyInstance, max: number) {
  return app.rateLimit({ max, timeWindow: 60_000 });
}

const isMultipart = (request: FastifyRequest) => /^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '');

/**
 * A cap on multipart uploads being received at once: each holds a connection and up to 30 MB of
 * temporary files for as long as a slow network takes. Over the cap: 503 with Retry-After, which
 * the elements honour, so the citizen's submission goes through a little later.
 */
export class UploadSlots {
  active = 0;

  constructor(readonly max: number) {}

  readonly hook = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!isMultipart(request)) return;
    if (this.active >= this.max) {
      reply.header('Retry-After', String(TRAFFIC.uploadRetryAfterSeconds));
      throw new Problem('unavailable', '现在同时上传附件的人较多，请稍等片刻再提交。您填写的内容都还在。');
    }
    this.active++;
    // 'close' comes once the answer is sent or the client went away, whichever happens.
    reply.raw.once('close', () => this.active--);
  };
}
