/** The row kept per accepted submission; the stored response is what an idempotent replay returns. */
export interface SubmissionRow {
  id: number;
  receipt_no: string;
  form: string;
  schema_id: string;
  data: string;
  idempotency_key: string;
  body_hash: string;
  created_at: string;
  response_status: number;
  response_body: string;
}

export interface StoredFile {
  partId: string;
  originalName: string;
  storedName: string;
  size: number;
  type: string;
  sha256: string;
}

export interface NewSubmission {
  form: string;
  schemaId: string;
  data: unknown;
  idempotencyKey: string;
  bodyHash: string;
  receiptPrefix: string;
  /** Receipt date (yyyymmdd) and `receivedAt` timestamp, both China Standard Time. */
  day: string;
  receivedAt: string;
  files: StoredFile[];
}

export type InsertResult =
  | { kind: 'created'; row: SubmissionRow }
  | { kind: 'replay'; row: SubmissionRow }
  | { kind: 'conflict'; row: SubmissionRow };

/** A review filed for a village rule, as the record page lists it. */
export interface ReviewEntry {
  receiptNo: string;
  receivedAt: string;
  conclusion: unknown;
}

/**
 * Where submissions are kept: SQLite in one process (the default), or PostgreSQL shared by several
 * instances. Routes use only these methods, so both behave the same.
 */
export interface Store {
  /** Files a new submission, or finds the one already filed under its idempotency key. */
  insertSubmission(input: NewSubmission): Promise<InsertResult>;
  findByKey(idempotencyKey: string): Promise<SubmissionRow | undefined>;
  findByReceipt(receiptNo: string): Promise<SubmissionRow | undefined>;
  /** The newest submission of a form. */
  latestOf(form: string): Promise<SubmissionRow | undefined>;
  /** Reviews naming this village rule's receipt number, oldest first. */
  reviewsOf(receiptNo: string): Promise<ReviewEntry[]>;
  /** Submissions filed under these idempotency keys, in filing order. */
  byKeys(idempotencyKeys: string[]): Promise<SubmissionRow[]>;
  filesOf(submissionId: number): Promise<StoredFile[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}

/** Receipt numbers read aloud by citizens: prefix, day, and the day's sequence number. */
export function receiptNumber(prefix: string, day: string, n: number): string {
  return `${prefix}-${day}-${String(n).padStart(6, '0')}`;
}

/** The answer a created submission gets, stored so that a retry gets exactly the same. */
export function createdResponse(receiptNo: string, receivedAt: string): string {
  return JSON.stringify({ receiptNo, receivedAt });
}
