import type { FieldError, SubmitOutcome } from '@fazhi/core';

// What the forms' events carry in `event.detail`. The element dispatches exactly these (its emit is
// typed by FzFormEventDetails); the @fires tags name them, and the React and Vue typings made from
// custom-elements.json take them from here.

/** `fz-change`: a citizen changed an answer. */
export interface FzChangeDetail {
  /** JSON Pointer of the answer, e.g. `/applicant/name`. */
  pointer: string;
  value: unknown;
  /** The whole form's data as it would be submitted now. */
  data: unknown;
}

/** `fz-step`: a multi-step form showed another step. */
export interface FzStepDetail {
  index: number;
  id: string;
  title: string;
}

/** `fz-invalid`: validation found problems, on submit or 下一步. */
export interface FzInvalidDetail {
  errors: FieldError[];
}

/** `fz-submit`: about to send; cancelable. */
export interface FzSubmitDetail {
  data: unknown;
  /** The schema's `$id`. */
  schema: string;
  /** Send it as the `Idempotency-Key` header if you send the request yourself. */
  idempotencyKey: string;
  /** Lets the portal send the request: the form treats that response as its own. */
  respondWith(response: Promise<Response>): void;
}

/** `fz-submitted`: the backend accepted. */
export interface FzSubmittedDetail {
  receiptNo: string;
  receivedAt: string;
  /** The backend's whole answer. */
  body: unknown;
}

/** `fz-submit-error`: sending failed for good (after retries); every answer is kept. */
export interface FzSubmitErrorDetail {
  outcome: SubmitOutcome;
}

/** `fz-auth-required`: the backend answered 401 or 403; every answer is kept. */
export interface FzAuthRequiredDetail {
  status: number;
}

export interface FzFormEventDetails {
  'fz-change': FzChangeDetail;
  'fz-step': FzStepDetail;
  'fz-invalid': FzInvalidDetail;
  'fz-submit': FzSubmitDetail;
  'fz-submitted': FzSubmittedDetail;
  'fz-submit-error': FzSubmitErrorDetail;
  'fz-auth-required': FzAuthRequiredDetail;
}
