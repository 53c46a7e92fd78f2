import pg from 'pg';
import { createdResponse, receiptNumber, type Store, type StoredFile, type SubmissionRow } from './db.js';

/**
 * Versioned migrations, applied in order at start-up and recorded in `schema_migrations`. Append
 * only: a deployed step is never edited, and no step drops data.
 */
const MIGRATIONS: string[] = [
  `CREATE TABLE submissions (
     id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     receipt_no      TEXT NOT NULL UNIQUE,
     form            TEXT NOT NULL,
     schema_id       TEXT NOT NULL,
     data            JSONB NOT NULL,
     idempotency_key TEXT NOT NULL UNIQUE,
     body_hash       TEXT NOT NULL,
     created_at      TEXT NOT NULL,
     response_status INTEGER NOT NULL,
     response_body   TEXT NOT NULL
   );
   CREATE INDEX submissions_form_id ON submissions (form, id);
   CREATE INDEX submissions_reviewed ON submissions ((data ->> 'submissionId')) WHERE form = 'village-rule-review';
   CREATE TABLE submission_files (
     id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     submission_id BIGINT NOT NULL REFERENCES submissions (id),
     part_id       TEXT NOT NULL,
     original_name TEXT NOT NULL,
     stored_name   TEXT NOT NULL,
     size          BIGINT NOT NULL,
     type          TEXT NOT NULL,
     sha256        TEXT NOT NULL
   );
   CREATE INDEX submission_files_submission ON submission_files (submission_id);
   CREATE TABLE receipt_counters (
     prefix TEXT NOT NULL,
     day    TEXT NOT NULL,
     n      INTEGER NOT NULL,
     PRIMARY KEY (prefix, day)
   );`,
];

/** Any fixed number: instances starting at once take turns on it, so each migration runs once. */
const MIGRATION_LOCK = 0x66617a68;

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Released at COMMIT or ROLLBACK: a crashed start leaves no lock behind.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

// BIGINT ids and sizes stay far below 2^53: read them as numbers, as SQLite gives them.
const INT8 = 20;
const types = { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };

const COLUMNS = 'id, receipt_no, form, schema_id, data::text AS data, idempotency_key, body_hash, created_at, response_status, response_body';

export interface PostgresOptions {
  /** Connections kept open by this instance (default 10). */
  poolSize?: number;
}

/**
 * Submissions in PostgreSQL, for several instances behind one load balancer: every check that two
 * requests could race on (idempotency keys, receipt counters) is decided by the database.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types });
  // A connection dropped while idle is replaced on next use; without a listener it would stop the process.
  pool.on('error', () => {});
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const one = async (sql: string, values: unknown[]) => (await pool.query<SubmissionRow>(sql, values)).rows[0];
  const byKey = (key: string) => one(`SELECT ${COLUMNS} FROM submissions WHERE idempotency_key = $1`, [key]);

  return {
    async insertSubmission(input) {
      // Outside the transaction, so the counter row is locked only for this statement; a number
      // taken by a retry or a failed insert is a gap, which receipts tolerate.
      const counter = await pool.query<{ n: number }>(
        'INSERT INTO receipt_counters (prefix, day, n) VALUES ($1, $2, 1) ON CONFLICT (prefix, day) DO UPDATE SET n = receipt_counters.n + 1 RETURNING n',
        [input.receiptPrefix, input.day],
      );
      const receiptNo = receiptNumber(input.receiptPrefix, input.day, counter.rows[0].n);
      const responseBody = createdResponse(receiptNo, input.receivedAt);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // A concurrent insert of the same key waits here for the other to commit, then does nothing.
        const inserted = await client.query<SubmissionRow>(
          `INSERT INTO submissions (receipt_no, form, schema_id, data, idempotency_key, body_hash, created_at, response_status, response_body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 201, $8) ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
          [receiptNo, input.form, input.schemaId, JSON.stringify(input.data), input.idempotencyKey, input.bodyHash, input.receivedAt, responseBody],
        );
        const row = inserted.rows[0];
        if (!row) {
          const existing = (await client.query<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE idempotency_key = $1`, [input.idempotencyKey])).rows[0];
          await client.query('COMMIT');
          return { kind: existing.body_hash === input.bodyHash ? 'replay' : 'conflict', row: existing };
        }
        for (const file of input.files) {
          await client.query(
            'INSERT INTO submission_files (submission_id, part_id, original_name, stored_name, size, type, sha256) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [row.id, file.partId, file.originalName, file.storedName, file.size, file.type, file.sha256],
          );
        }
        await client.query('COMMIT');
        return { kind: 'created', row };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    findByKey: byKey,
    findByReceipt: (receiptNo) => one(`SELECT ${COLUMNS} FROM submissions WHERE receipt_no = $1`, [receiptNo]),
    latestOf: (form) => one(`SELECT ${COLUMNS} FROM submissions WHERE form = $1 ORDER BY id DESC LIMIT 1`, [form]),
    async reviewsOf(receiptNo) {
      const { rows } = await pool.query<{ receipt_no: string; created_at: string; conclusion: unknown }>(
        `SELECT receipt_no, created_at, data -> 'conclusion' AS conclusion FROM submissions
         WHERE form = 'village-rule-review' AND data ->> 'submissionId' = $1 ORDER BY id`,
        [receiptNo],
      );
      return rows.map((r) => ({ receiptNo: r.receipt_no, receivedAt: r.created_at, conclusion: r.conclusion }));
    },
    async byKeys(keys) {
      return (await pool.query<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE idempotency_key = ANY($1) ORDER BY id`, [keys])).rows;
    },
    async filesOf(submissionId) {
      const { rows } = await pool.query<StoredFile>(
        'SELECT part_id AS "partId", original_name AS "originalName", stored_name AS "storedName", size, type, sha256 FROM submission_files WHERE submission_id = $1 ORDER BY id',
        [submissionId],
      );
      return rows;
    },
    count: async () => (await pool.query<{ n: number }>('SELECT count(*) AS n FROM submissions')).rows[0].n,
    close: () => pool.end(),
  };
}
