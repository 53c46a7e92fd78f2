import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import legalAid from '@fazhi/schemas/legal-aid-application.schema.json' with { type: 'json' };
import { buildApp, type App, type AppOptions } from '../src/app.js';

export const LEGAL_AID_ID = (legalAid as { $id: string }).$id;
const examples = (legalAid as unknown as { examples: Record<string, unknown>[] }).examples;

/** A valid application with no attachments (the schema's second example). */
export function validApplication(): Record<string, unknown> {
  return structuredClone(examples.find((e) => !JSON.stringify(e).includes('"size"'))!);
}

/** A valid application that lists one attachment, whose file must come as part `file:<id>`. */
export function applicationWithAttachment(file: { id: string; name: string; size: number; type: string }): Record<string, unknown> {
  return { ...validApplication(), attachments: [file] };
}

export interface TestApp {
  app: App;
  dataDir: string;
  /** Rows in the submissions table, read through a separate connection (what is really stored). */
  rows(): Promise<Record<string, unknown>[]>;
  fileRows(): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** The reviewer token test apps are built with (staff endpoints need it). */
export const REVIEWER_TOKEN = 'test-reviewer-token-0123456789';
export const STAFF = { authorization: `Bearer ${REVIEWER_TOKEN}` } as const;

/**
 * A test app: a throwaway data folder, no demo pages, the reviewer token above, and rate limits
 * raised so that tests about other things can post freely (traffic.test.ts tests the defaults).
 */
export async function startApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-server-'));
  const database = process.env.FAZHI_TEST_DATABASE_URL ? await testDatabase(process.env.FAZHI_TEST_DATABASE_URL) : sqliteFile(join(dataDir, 'fazhi.sqlite'));
  const app = await buildApp({
    dataDir,
    publicDir: null,
    kitDir: join(dataDir, 'no-kit'),
    today: () => new Date('2026-11-24T04:00:00Z'),
    reviewerToken: REVIEWER_TOKEN,
    rateLimits: { submissionsPerMinute: 100_000, listReadsPerMinute: 100_000 },
    databaseUrl: database.url,
    ...options,
  }).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  return {
    app,
    dataDir,
    rows: () => database.read('SELECT * FROM submissions ORDER BY id'),
    fileRows: () => database.read('SELECT * FROM submission_files ORDER BY id'),
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface TestDatabase {
  /** For buildApp: undefined means SQLite in the data folder. */
  url?: string;
  read(sql: string): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

function sqliteFile(file: string): TestDatabase {
  return {
    read: async (sql) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    drop: async () => {},
  };
}

const NUMBERS = ['id', 'submission_id', 'size'];

/** A PostgreSQL row as SQLite gives it: BIGINTs as numbers, JSON as its text. */
function asSqliteGives(row: Record<string, unknown>): Record<string, unknown> {
  const out = { ...row };
  for (const name of NUMBERS) if (typeof out[name] === 'string') out[name] = Number(out[name]);
  if (out.data !== undefined && typeof out.data !== 'string') out.data = JSON.stringify(out.data);
  return out;
}

/**
 * With FAZHI_TEST_DATABASE_URL set, each test app gets its own PostgreSQL schema, made here and
 * dropped on close: the same tests then prove the PostgreSQL store behaves like the SQLite one.
 */
export async function testDatabase(baseUrl: string): Promise<TestDatabase & { url: string }> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  await admin((client) => client.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.href,
    read: (sql) =>
      admin(async (client) => {
        await client.query(`SET search_path = ${schema}`);
        const { rows } = await client.query<Record<string, unknown>>(sql);
        return rows.map(asSqliteGives);
      }),
    drop: () => admin((client) => client.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => {}),
  };
}

export function envelope(data: unknown, key: string, schema = LEGAL_AID_ID) {
  return { schema, data, idempotencyKey: key };
}

/** A JSON POST as the core client sends it (`headers` adds e.g. the reviewer's Authorization). */
export function postJson(app: App, url: string, body: unknown, key?: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}), ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A multipart POST encoded by the platform's own FormData, exactly as a browser would send it. */
export async function postMultipart(app: App, url: string, form: FormData, key?: string) {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const payload = Buffer.from(await request.arrayBuffer());
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': request.headers.get('content-type')!, ...(key ? { 'idempotency-key': key } : {}) },
    payload,
  });
}

/** Bytes that really are a JPEG / PDF (their signatures), padded to `size`. */
export function jpegBytes(size = 2048): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

export function pdfBytes(size = 2048): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return bytes;
}

export function problemOf(response: { headers: Record<string, unknown>; body: string }) {
  const type = String(response.headers['content-type']);
  if (!type.startsWith('application/problem+json')) throw new Error(`expected problem+json, got ${type}: ${response.body.slice(0, 200)}`);
  return JSON.parse(response.body) as { type: string; title: string; status: number; detail?: string; errors?: { pointer: string; detail: string; code: string }[] };
}
