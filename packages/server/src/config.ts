import type { CountyIssue } from '@fazhi/core/county';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@fazhi/core';

/** Every limit the reference backend enforces, in one place (docs/backend-contract.md quotes them). */
export const LIMITS = {
  /** A JSON submission, or the `envelope` part of a multipart one. */
  jsonBodyBytes: 1024 * 1024,
  fileBytes: 10 * 1024 * 1024,
  files: 5,
  totalFileBytes: 30 * 1024 * 1024,
  /**
   * Values in a submission body (every array item and object member counts one): the longest real filing,
   * 200 articles of a village rule, holds about 1,500. Checked before validation, so no body costs
   * more than this many values' work. Raise it with an overlay that allows longer lists.
   */
  jsonValues: 5_000,
  /** Nesting of a submission body: no form is deeper; deeper input is an attack on recursive code. */
  jsonDepth: 32,
  /** One text (a value or a key) in a submission body: the longest field allows 5,000 characters. */
  jsonTextChars: 100_000,
  /** Idempotency keys: long enough for a UUID or a ULID, short enough to index. */
  keyPattern: /^[A-Za-z0-9_-]{8,128}$/,
} as const;

/**
 * How much one client may ask of the server (docs/backend-contract.md "Protections"). Defaults for
 * a county: a household files a few forms a day, a village committee's shared address a few more.
 */
export const TRAFFIC = {
  /** Submissions per client address per minute, every form together. */
  submissionsPerMinute: 20,
  /** Reads of public lists, schemas and records per client address per minute (paging, searching). */
  listReadsPerMinute: 600,
  /** Multipart uploads being received at once; more wait (503, Retry-After). */
  maxConcurrentUploads: 16,
  /** Seconds a client is asked to wait when the uploads are full. */
  uploadRetryAfterSeconds: 15,
  /** A whole request, body included: 30 MB of files at about 100 KB/s, and no longer. */
  requestMs: 5 * 60_000,
  /** The request line and headers. */
  headersMs: 20_000,
  /** A connection with nothing sent either way (Fastify's connectionTimeout). */
  idleMs: 60_000,
} as const;

export const LIST_LIMITS = {
  /** core's, so the elements never ask for a page the server refuses. */
  maxPageSize: MAX_PAGE_SIZE,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxPage: 100_000,
  maxQueryChars: 100,
  maxFilterChars: 200,
} as const;

/**
 * A form the backend accepts, as its schema's `x-fz-form` says (forms.ts finds them): the schema
 * file (absolute, or relative to the schemas folder) and its receipt prefix.
 */
export interface FormConfig {
  schemaFile: string;
  /** Letters before the date in a receipt number, e.g. FY-20261124-000123. */
  receiptPrefix: string;
  /** Extra POST paths besides `/api/forms/<name>`. */
  aliases: string[];
  /** Fields (JSON pointers) that must hold the receipt number of a filed submission of another form. */
  links?: Record<string, string>;
  /** Filed by staff only (reviewers): the POST needs the reviewer's Authorization, like the records. */
  staff?: boolean;
  /** Why the county's file for this form cannot be used: the form answers 503 naming them. */
  problems?: CountyIssue[];
  /** The county's own form (`forms/` in its folder), not a built-in one with its own element and page. */
  county?: boolean;
}

/**
 * File types the server accepts at all (a schema's `x-fz-accept` narrows them): scans, photos and
 * Word documents. Each lists its extensions and the leading bytes a real file of that type starts
 * with, so a renamed file is refused.
 */
export const FILE_TYPES: Record<string, { label: string; extensions: string[]; magic: number[][] }> = {
  'application/pdf': { label: 'PDF', extensions: ['.pdf'], magic: [[0x25, 0x50, 0x44, 0x46]] },
  'image/jpeg': { label: 'JPG', extensions: ['.jpg', '.jpeg'], magic: [[0xff, 0xd8, 0xff]] },
  'image/png': { label: 'PNG', extensions: ['.png'], magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  'application/msword': { label: 'Word', extensions: ['.doc'], magic: [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word', extensions: ['.docx'], magic: [[0x50, 0x4b, 0x03, 0x04]] },
};

/** Receipt dates and `receivedAt` are in China Standard Time (no daylight saving). */
export const TIME_ZONE_OFFSET_MINUTES = 8 * 60;
