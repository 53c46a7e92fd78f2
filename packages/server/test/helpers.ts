import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import CFB from 'cfb';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
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

/** A real JPEG (a small gradient encoded by jpeg-js), padded with comment segments to exactly `size` bytes. */
export function jpegBytes(size = 2048): Uint8Array<ArrayBuffer> {
  const width = 16;
  const pixels = Buffer.alloc(width * width * 4, 0xff).map((v, i) => (i % 4 === 3 ? v : (i * 7) & 0xff));
  const image = jpeg.encode({ data: pixels, width, height: width }, 80).data;
  const segments: Buffer[] = [];
  for (let rest = size - image.length; rest > 0; ) {
    let length = Math.min(rest, 65_537);
    if (rest - length > 0 && rest - length < 4) length -= 4;
    if (length < 4) throw new Error(`cannot pad a JPEG of ${image.length} bytes to ${size}`);
    const segment = Buffer.alloc(length, 0x20);
    segment.writeUInt16BE(0xfffe, 0);
    segment.writeUInt16BE(length - 2, 2);
    segments.push(segment);
    rest -= length;
  }
  return new Uint8Array(Buffer.concat([image.subarray(0, 2), ...segments, image.subarray(2)]));
}

/** A real one-page PDF (header, objects, cross-reference table, trailer), padded by a comment to exactly `size` bytes. */
export function pdfBytes(size = 2048): Uint8Array<ArrayBuffer> {
  const build = (padding: number) => {
    const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
    let text = `%PDF-1.4\n%${'x'.repeat(padding)}\n`;
    const offsets = objects.map((body, i) => {
      const at = text.length;
      text += `${i + 1} 0 obj\n${body}\nendobj\n`;
      return at;
    });
    const xref = text.length;
    text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    return `${text}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  };
  const bare = build(0).length;
  // The xref offset's digits grow with the padding; settle the padding so the total is exact.
  let padding = size - bare;
  while (padding > 0 && build(padding).length !== size) padding -= build(padding).length - size;
  if (padding < 0) throw new Error(`a PDF needs at least ${bare} bytes`);
  return new Uint8Array(Buffer.from(build(padding), 'latin1'));
}

/** A real PNG encoded by pngjs. */
export function pngBytes(width = 8, height = 8): Uint8Array<ArrayBuffer> {
  const png = new PNG({ width, height });
  png.data.fill(0x80);
  return new Uint8Array(PNG.sync.write(png));
}

/** A minimal real DOCX: a ZIP (stored entries, central directory) with the parts Word needs. */
export function docxBytes(): Uint8Array<ArrayBuffer> {
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>证明</w:t></w:r></w:p></w:body></w:document>'],
  ];
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A minimal real Word 97–2003 file: an OLE compound file written by the cfb library, with a WordDocument stream. */
export function docBytes(): Uint8Array<ArrayBuffer> {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'WordDocument', Buffer.alloc(4096, 0x41));
  CFB.utils.cfb_add(container, '1Table', Buffer.alloc(4096, 0x42));
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}

export function problemOf(response: { headers: Record<string, unknown>; body: string }) {
  const type = String(response.headers['content-type']);
  if (!type.startsWith('application/problem+json')) throw new Error(`expected problem+json, got ${type}: ${response.body.slice(0, 200)}`);
  return JSON.parse(response.body) as { type: string; title: string; status: number; detail?: string; errors?: { pointer: string; detail: string; code: string }[] };
}
