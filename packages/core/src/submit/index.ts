export { newIdempotencyKey } from './key.js';
export { submit } from './submit.js';
export { rotateKeyAfter, parseFieldErrors } from './classify.js';
export { backoffDelay, parseRetryAfter } from './backoff.js';
export { envelopeJson } from './body.js';
export type { SubmitRequest, SubmitOutcome, SubmitFile, ServerFieldError, RetryInfo, FailureReason } from './types.js';
