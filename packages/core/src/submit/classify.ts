import type { FailureReason, ServerFieldError, SubmitOutcome } from './types.js';

/** What one HTTP answer means: a final outcome, or a reason to try again. */
export type Verdict =
  | { final: true; outcome: SubmitOutcome }
  | { final: false; reason: FailureReason | 'rate-limited'; status?: number; retryAfter?: string | null };

const MAX_TEXT = 500;
const MAX_ERRORS = 200;

function mediaType(response: Response): string {
  return (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/** `application/json`, `application/problem+json` and other `+json` types; never a guess from the body. */
function isJsonType(type: string): boolean {
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TEXT) : undefined;
}

/**
 * RFC 6901 pointer, also accepted in its URI-fragment form (`#/a%20b`). Anything else (a dotted path)
 * is kept at the root so the message still reaches the error summary.
 */
function normalisePointer(value: unknown): string {
  if (typeof value !== 'string') return '';
  let pointer = value;
  if (pointer.startsWith('#')) {
    try {
      pointer = decodeURIComponent(pointer.slice(1));
    } catch {
      return '';
    }
  }
  return pointer === '' || pointer.startsWith('/') ? pointer : '';
}

/** The `errors` of a 422 problem document, or undefined when the body is not that shape. */
export function parseFieldErrors(body: unknown): ServerFieldError[] | undefined {
  if (!isObject(body) || !Array.isArray(body.errors)) return undefined;
  const errors: ServerFieldError[] = [];
  for (const item of body.errors.slice(0, MAX_ERRORS)) {
    if (!isObject(item)) continue;
    const detail = shortText(item.detail) ?? shortText(item.message);
    if (!detail) continue;
    const error: ServerFieldError = { pointer: normalisePointer(item.pointer), detail };
    const code = shortText(item.code);
    if (code) error.code = code;
    errors.push(error);
  }
  return errors;
}

async function readJson(response: Response): Promise<unknown> {
  if (!isJsonType(mediaType(response))) return undefined;
  return parseJson(await response.text());
}

/** Reads and classifies one response. Throws only when reading the body fails (a dropped connection). */
export async function classify(response: Response): Promise<Verdict> {
  const { status } = response;
  if (status >= 200 && status < 300) {
    // Only a receipt number proves the application was filed: an empty 200 from a gateway, or a WAF's
    // HTML page, is not one, so the draft and the key are kept for another try.
    const text = await response.text();
    const body = isJsonType(mediaType(response)) ? parseJson(text) : undefined;
    const receiptNo = isObject(body) && (typeof body.receiptNo === 'string' || typeof body.receiptNo === 'number') ? String(body.receiptNo) : '';
    if (!isObject(body) || !receiptNo) return { final: true, outcome: { kind: 'failed', status, reason: 'bad-response' } };
    const receivedAt = typeof body.receivedAt === 'string' ? body.receivedAt : '';
    return { final: true, outcome: { kind: 'success', status, receiptNo, receivedAt, body } };
  }
  if (status === 429) return { final: false, reason: 'rate-limited', status, retryAfter: response.headers.get('retry-after') };
  if (status === 408) return { final: false, reason: 'timeout', status };
  if (status >= 500) return { final: false, reason: 'server', status, retryAfter: response.headers.get('retry-after') };
  if (status === 401 || status === 403) return { final: true, outcome: { kind: 'auth', status } };
  if (status === 409) return { final: true, outcome: { kind: 'conflict', status } };
  const body = await readJson(response).catch(() => undefined);
  if (status === 422) {
    const errors = parseFieldErrors(body);
    if (errors && isObject(body)) {
      const title = shortText(body.title);
      return { final: true, outcome: title ? { kind: 'invalid', status, errors, title } : { kind: 'invalid', status, errors } };
    }
  }
  if (status >= 400) {
    const message = isObject(body) ? (shortText(body.detail) ?? shortText(body.title)) : undefined;
    return { final: true, outcome: message ? { kind: 'rejected', status, message } : { kind: 'rejected', status } };
  }
  // 1xx/3xx reaching us means a redirect fetch could not follow: nothing we can read.
  return { final: true, outcome: { kind: 'failed', status, reason: 'bad-response' } };
}

/** Whether the key must be replaced before the next submission: after any definite answer, never after 'failed'. */
export function rotateKeyAfter(outcome: SubmitOutcome): boolean {
  return outcome.kind !== 'failed';
}
