import { abortableSleep, backoffDelay, parseRetryAfter } from './backoff.js';
import { buildBody, buildHeaders } from './body.js';
import { classify, type Verdict } from './classify.js';
import type { SubmitOutcome, SubmitRequest } from './types.js';

const DEFAULT_RETRIES = 3;
const DEFAULT_BASE_DELAY_MS = 800;
const DEFAULT_MAX_DELAY_MS = 30_000;
const DEFAULT_JSON_TIMEOUT_MS = 30_000;
const MAX_RETRIES = 10;

class AttemptTimeout extends Error {}

/** One attempt: a fetch with its own timeout, linked to the caller's signal (no AbortSignal.any on older browsers). */
async function attempt(req: SubmitRequest, init: RequestInit, timeoutMs: number): Promise<Verdict> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(req.signal!.reason);
  req.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = timeoutMs > 0 ? setTimeout(() => ((timedOut = true), controller.abort(new AttemptTimeout())), timeoutMs) : undefined;
  const fetchImpl = req.fetchImpl ?? ((input: RequestInfo | URL, options?: RequestInit) => globalThis.fetch(input, options));
  try {
    const response = await fetchImpl(req.action, { ...init, signal: controller.signal });
    return await classify(response);
  } catch {
    if (req.signal?.aborted) throw req.signal.reason;
    return { final: false, reason: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Sends one submission (DESIGN.md "Submission"), retrying with the same idempotency key on network
 * failure, timeouts, 5xx and 429 a bounded number of times. Resolves with an outcome; rejects only
 * when the caller aborts.
 */
export async function submit(req: SubmitRequest): Promise<SubmitOutcome> {
  const retries = Math.max(0, Math.min(MAX_RETRIES, Math.floor(req.retries ?? DEFAULT_RETRIES)));
  const baseDelayMs = Math.max(0, req.baseDelayMs ?? DEFAULT_BASE_DELAY_MS);
  const maxDelayMs = Math.max(0, req.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  const timeoutMs = req.timeoutMs ?? (req.files?.length ? 0 : DEFAULT_JSON_TIMEOUT_MS);
  const sleep = req.sleep ?? abortableSleep;
  const { body, contentType } = buildBody(req);
  const init: RequestInit = {
    credentials: 'same-origin',
    ...req.requestInit,
    method: 'POST',
    headers: buildHeaders(req, contentType),
    body,
    cache: 'no-store',
  };
  for (let tries = 0; ; tries++) {
    if (req.signal?.aborted) throw req.signal.reason;
    const verdict = await attempt(req, init, timeoutMs);
    if (verdict.final) return verdict.outcome;
    const reason = verdict.reason === 'rate-limited' ? 'server' : verdict.reason;
    if (tries >= retries) return verdict.status === undefined ? { kind: 'failed', reason } : { kind: 'failed', status: verdict.status, reason };
    const retryAfter = parseRetryAfter(verdict.retryAfter ?? null);
    const delayMs = Math.min(maxDelayMs, retryAfter ?? backoffDelay(tries + 1, baseDelayMs, maxDelayMs, req.random));
    req.onRetry?.({ attempt: tries + 1, delayMs, status: verdict.status, reason: verdict.reason });
    await sleep(delayMs, req.signal);
  }
}
