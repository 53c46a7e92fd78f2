/** One error the server reported on a field; `pointer` is RFC 6901, relative to the submitted `data`. */
export interface ServerFieldError {
  pointer: string;
  detail: string;
  code?: string;
}

export type FailureReason = 'network' | 'server' | 'timeout' | 'bad-response';

/** What became of one submission, after any retries. */
export type SubmitOutcome =
  | { kind: 'success'; status: number; receiptNo: string; receivedAt: string; body: unknown }
  | { kind: 'invalid'; status: 422; errors: ServerFieldError[]; title?: string }
  | { kind: 'auth'; status: 401 | 403 }
  | { kind: 'conflict'; status: 409 }
  | { kind: 'rejected'; status: number; message?: string }
  | { kind: 'failed'; status?: number; reason: FailureReason };

export interface SubmitFile {
  /** The id the file carries in `data` (`{ id, name, size, type }`); the part is named `file:<id>`. */
  id: string;
  file: Blob & { name?: string };
}

/** Told before each retry, so a form can say "网络不稳定，正在重试…". */
export interface RetryInfo {
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
  status?: number;
  reason: FailureReason | 'rate-limited';
}

export interface SubmitRequest {
  action: string;
  /** The schema's `$id`, sent as `schema`. */
  schemaId: string;
  data: unknown;
  /** Same for every attempt of one submission; see `rotateKeyAfter`. */
  idempotencyKey: string;
  files?: SubmitFile[];
  /** Portal additions (CSRF header, `credentials`); method, body and our headers always win. */
  requestInit?: RequestInit;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff delay (default 800 ms), doubled per retry, with jitter. */
  baseDelayMs?: number;
  /** Cap for any one wait, including a server's `Retry-After` (default 30 s). */
  maxDelayMs?: number;
  /** Per-attempt timeout; default 30 s for JSON, none when files are attached; 0 = none. */
  timeoutMs?: number;
  /** Aborting rejects the promise with the signal's reason (an `AbortError`), it is not an outcome. */
  signal?: AbortSignal;
  onRetry?: (info: RetryInfo) => void;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Jitter source, replaceable in tests (default `Math.random`). */
  random?: () => number;
}
