import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createdResponse, receiptNumber, type InsertResult, type NewSubmission, type ReviewEntry, type Store, type StoredFile, type SubmissionRow } from './db.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS submissions (
  id              INTEGER PRIMARY KEY,
  receipt_no      TEXT NOT NULL UNIQUE,
  form            TEXT NOT NULL,
  schema_id       TEXT NOT NULL,
  data            TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  body_hash       TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  response_status INTEGER NOT NULL,
  response_body   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS submission_files (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id),
  part_id       TEXT NOT NULL,
  original_name TEXT NOT NULL,
  stored_name   TEXT NOT NULL,
  size          INTEGER NOT NULL,
  type          TEXT NOT NULL,
  sha256        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS receipt_counters (
  prefix TEXT NOT NULL,
  day    TEXT NOT NULL,
  n      INTEGER NOT NULL,
  PRIMARY KEY (prefix, day)
) WITHOUT ROWID;
`;

const CHECKPOINT_WORKER = fileURLToPath(new URL('./checkpoint-worker.mjs', import.meta.url));
const CHECKPOINT_INTERVAL_MS = 1000;

/**
 * Moves WAL checkpoints to a worker thread. Falls back to SQLite's own automatic checkpoints (on the
 * request path) when the worker file is not there or the worker stops.
 */
function startCheckpointer(db: Database.Database, file: string): () => Promise<void> {
  if (file === ':memory:' || !existsSync(CHECKPOINT_WORKER)) return async () => {};
  const worker = new Worker(CHECKPOINT_WORKER, { workerData: { file, intervalMs: CHECKPOINT_INTERVAL_MS } });
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  let running = true;
  worker.once('exit', () => {
    running = false;
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  });
  worker.once('error', () => {});
  return async () => {
    if (!running) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.ref();
    worker.postMessage('stop');
    await exited;
  };
}

/** The default store: one SQLite file, one process. */
export function openSqliteStore(file: string): Store & { db: Database.Database } {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL + NORMAL: durable across a process crash, fast enough for one writer serving a county.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Under sustained load the log only grows; once traffic pauses it restarts, and is cut back to this size.
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  db.exec(SCHEMA);
  const stopCheckpointer = startCheckpointer(db, file);

  const byKey = db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE idempotency_key = ?');
  const byReceipt = db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE receipt_no = ?');
  const nextNumber = db.prepare<[string, string], { n: number }>(
    'INSERT INTO receipt_counters (prefix, day, n) VALUES (?, ?, 1) ON CONFLICT (prefix, day) DO UPDATE SET n = n + 1 RETURNING n',
  );
  const insert = db.prepare(
    `INSERT INTO submissions (receipt_no, form, schema_id, data, idempotency_key, body_hash, created_at, response_status, response_body)
     VALUES (@receipt_no, @form, @schema_id, @data, @idempotency_key, @body_hash, @created_at, @response_status, @response_body)`,
  );
  const insertFile = db.prepare(
    `INSERT INTO submission_files (submission_id, part_id, original_name, stored_name, size, type, sha256)
     VALUES (@submissionId, @partId, @originalName, @storedName, @size, @type, @sha256)`,
  );
  const files = db.prepare<[number], StoredFile>(
    'SELECT part_id AS partId, original_name AS originalName, stored_name AS storedName, size, type, sha256 FROM submission_files WHERE submission_id = ? ORDER BY id',
  );
  const countRows = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM submissions');
  const latest = db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE form = ? ORDER BY id DESC LIMIT 1');
  const reviews = db.prepare<[string], { receipt_no: string; created_at: string; conclusion: unknown }>(
    `SELECT receipt_no, created_at, json_extract(data, '$.conclusion') AS conclusion FROM submissions
     WHERE form = 'village-rule-review' AND json_extract(data, '$.submissionId') = ? ORDER BY id`,
  );

  // One synchronous transaction: no other request can run between the key lookup and the insert.
  const insertSubmission = db.transaction((input: NewSubmission): InsertResult => {
    const existing = byKey.get(input.idempotencyKey);
    if (existing) return { kind: existing.body_hash === input.bodyHash ? 'replay' : 'conflict', row: existing };
    const { n } = nextNumber.get(input.receiptPrefix, input.day)!;
    const receiptNo = receiptNumber(input.receiptPrefix, input.day, n);
    const responseBody = createdResponse(receiptNo, input.receivedAt);
    const row = {
      receipt_no: receiptNo,
      form: input.form,
      schema_id: input.schemaId,
      data: JSON.stringify(input.data),
      idempotency_key: input.idempotencyKey,
      body_hash: input.bodyHash,
      created_at: input.receivedAt,
      response_status: 201,
      response_body: responseBody,
    };
    const id = Number(insert.run(row).lastInsertRowid);
    for (const file of input.files) insertFile.run({ submissionId: id, ...file });
    return { kind: 'created', row: { id, ...row } };
  });

  return {
    db,
    // IMMEDIATE takes the write lock up front: a second process on the same file waits instead of failing.
    insertSubmission: async (input) => insertSubmission.immediate(input),
    findByKey: async (idempotencyKey) => byKey.get(idempotencyKey),
    findByReceipt: async (receiptNo) => byReceipt.get(receiptNo),
    latestOf: async (form) => latest.get(form),
    reviewsOf: async (receiptNo): Promise<ReviewEntry[]> =>
      reviews.all(receiptNo).map((r) => ({ receiptNo: r.receipt_no, receivedAt: r.created_at, conclusion: r.conclusion })),
    byKeys: async (keys) =>
      keys.length ? db.prepare<string[], SubmissionRow>(`SELECT * FROM submissions WHERE idempotency_key IN (${keys.map(() => '?').join(',')}) ORDER BY id`).all(...keys) : [],
    filesOf: async (submissionId) => files.all(submissionId),
    count: async () => countRows.get()!.n,
    close: async () => {
      await stopCheckpointer();
      db.close();
    },
  };
}
