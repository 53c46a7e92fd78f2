import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { LIMITS } from '../src/config.js';
import { applicationWithAttachment, envelope, jpegBytes, pdfBytes, postMultipart, problemOf, startApp, validApplication, type TestApp } from './helpers.js';

function form(data: unknown, key: string, files: Record<string, { bytes: Uint8Array<ArrayBuffer>; name: string; type: string }>): FormData {
  const body = new FormData();
  body.append('envelope', JSON.stringify(envelope(data, key)));
  for (const [id, file] of Object.entries(files)) body.append(`file:${id}`, new Blob([file.bytes], { type: file.type }), file.name);
  return body;
}

/** Everything under files/ except the temporary folder: what was kept. */
function keptFiles(dataDir: string): string[] {
  const root = join(dataDir, 'files');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes('.tmp'));
}

function tempFiles(dataDir: string): string[] {
  const tmp = join(dataDir, 'files', '.tmp');
  return existsSync(tmp) ? readdirSync(tmp) : [];
}

describe('multipart submissions with files', () => {
  let t: TestApp;
  before(async () => (t = await startApp()));
  after(() => t.close());

  test('envelope + file:<id> → 201; the file is kept with its metadata and hash', async () => {
    const bytes = jpegBytes(5000);
    const data = applicationWithAttachment({ id: 'f2', name: '身份证.jpg', size: bytes.length, type: 'image/jpeg' });
    const response = await postMultipart(t.app, '/api/legal-aid', form(data, 'key-multi-0001', { f2: { bytes, name: '../../身份证.jpg', type: 'image/jpeg' } }), 'key-multi-0001');
    assert.equal(response.statusCode, 201, response.body);
    const [row] = (await t.rows());
    assert.equal(JSON.parse(String(row.data)).attachments[0].id, 'f2');
    const [file] = (await t.fileRows());
    assert.equal(file.submission_id, row.id);
    assert.equal(file.part_id, 'f2');
    assert.equal(file.original_name, '身份证.jpg', 'folders stripped from the name');
    assert.equal(file.type, 'image/jpeg');
    assert.equal(file.size, 5000);
    assert.equal(file.sha256, createHash('sha256').update(bytes).digest('hex'));
    const kept = keptFiles(t.dataDir);
    assert.equal(kept.length, 1);
    assert.deepEqual(new Uint8Array(readFileSync(kept[0])), bytes);
    assert.ok(kept[0].endsWith(String(file.stored_name)));
    assert.deepEqual(tempFiles(t.dataDir), []);
  });

  test('a retry of the same multipart submission replays the receipt and keeps one copy of the file', async () => {
    const bytes = pdfBytes(3000);
    const data = applicationWithAttachment({ id: 'a1', name: '合同.pdf', size: bytes.length, type: 'application/pdf' });
    const first = await postMultipart(t.app, '/api/legal-aid', form(data, 'key-multi-0002', { a1: { bytes, name: '合同.pdf', type: 'application/pdf' } }), 'key-multi-0002');
    const second = await postMultipart(t.app, '/api/legal-aid', form(data, 'key-multi-0002', { a1: { bytes, name: '合同.pdf', type: 'application/pdf' } }), 'key-multi-0002');
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 201);
    assert.equal(second.body, first.body);
    assert.equal((await t.fileRows()).filter((f) => f.part_id === 'a1').length, 1);
    assert.equal(keptFiles(t.dataDir).length, 2);
  });

  test('the same key with another file is a conflict', async () => {
    const bytes = pdfBytes(3000);
    const other = pdfBytes(3000);
    other[100] = 1;
    const data = applicationWithAttachment({ id: 'a1', name: '合同.pdf', size: 3000, type: 'application/pdf' });
    await postMultipart(t.app, '/api/legal-aid', form(data, 'key-multi-0003', { a1: { bytes, name: '合同.pdf', type: 'application/pdf' } }), 'key-multi-0003');
    const response = await postMultipart(t.app, '/api/legal-aid', form(data, 'key-multi-0003', { a1: { bytes: other, name: '合同.pdf', type: 'application/pdf' } }), 'key-multi-0003');
    assert.equal(response.statusCode, 409);
  });
});

describe('multipart refusals: nothing stored, no temporary file left', () => {
  let t: TestApp;
  before(async () => (t = await startApp()));
  after(() => t.close());

  const attachment = (bytes: Uint8Array<ArrayBuffer>, name = '证明.jpg', type = 'image/jpeg') => applicationWithAttachment({ id: 'f1', name, size: bytes.length, type });

  const cases: { name: string; status: number; type: string; code?: string; body: () => FormData }[] = [
    {
      name: 'an HTML page renamed .jpg',
      status: 422,
      type: 'validation',
      code: 'attachment.type',
      body: () => {
        const bytes = new TextEncoder().encode('<html><script>alert(1)</script></html>');
        return form(attachment(bytes), 'key-refuse-0001', { f1: { bytes, name: '证明.jpg', type: 'image/jpeg' } });
      },
    },
    {
      name: 'a PDF named .jpg',
      status: 422,
      type: 'validation',
      code: 'attachment.type',
      body: () => form(attachment(pdfBytes()), 'key-refuse-0002', { f1: { bytes: pdfBytes(), name: '证明.jpg', type: 'image/jpeg' } }),
    },
    {
      name: 'an attachment listed in data but not sent',
      status: 422,
      type: 'validation',
      code: 'attachment.missing',
      body: () => form(attachment(jpegBytes()), 'key-refuse-0003', {}),
    },
    {
      name: 'a declared size that does not match the bytes',
      status: 422,
      type: 'validation',
      code: 'attachment.incomplete',
      body: () => form(applicationWithAttachment({ id: 'f1', name: '证明.jpg', size: 99, type: 'image/jpeg' }), 'key-refuse-0004', { f1: { bytes: jpegBytes(), name: '证明.jpg', type: 'image/jpeg' } }),
    },
    {
      name: 'a file part that data does not describe',
      status: 400,
      type: 'bad-request',
      body: () => form(validApplication(), 'key-refuse-0005', { stray: { bytes: jpegBytes(), name: 'x.jpg', type: 'image/jpeg' } }),
    },
    {
      name: 'a part not named file:<id>',
      status: 400,
      type: 'bad-request',
      body: () => {
        const body = form(validApplication(), 'key-refuse-0006', {});
        body.append('upload', new Blob([jpegBytes()]), 'x.jpg');
        return body;
      },
    },
    {
      name: 'no envelope part',
      status: 400,
      type: 'bad-request',
      body: () => {
        const body = new FormData();
        body.append('file:f1', new Blob([jpegBytes()]), 'x.jpg');
        return body;
      },
    },
    {
      name: 'an envelope that is not JSON',
      status: 400,
      type: 'bad-json',
      body: () => {
        const body = new FormData();
        body.append('envelope', '{not json');
        return body;
      },
    },
    {
      name: `a file over ${LIMITS.fileBytes / 1024 / 1024} MB`,
      status: 413,
      type: 'payload-too-large',
      body: () => {
        const bytes = jpegBytes(LIMITS.fileBytes + 1);
        return form(attachment(bytes), 'key-refuse-0007', { f1: { bytes, name: '证明.jpg', type: 'image/jpeg' } });
      },
    },
    {
      name: `more than ${LIMITS.files} files`,
      status: 413,
      type: 'payload-too-large',
      body: () => {
        const files = Object.fromEntries(Array.from({ length: LIMITS.files + 1 }, (_, i) => [`f${i}`, { bytes: jpegBytes(), name: `${i}.jpg`, type: 'image/jpeg' }]));
        return form(validApplication(), 'key-refuse-0008', files);
      },
    },
    {
      name: `files together over ${LIMITS.totalFileBytes / 1024 / 1024} MB`,
      status: 413,
      type: 'payload-too-large',
      body: () => {
        const size = LIMITS.fileBytes - 1024;
        const count = Math.ceil(LIMITS.totalFileBytes / size) + 0;
        const files = Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, { bytes: jpegBytes(size), name: `${i}.jpg`, type: 'image/jpeg' }]));
        return form(validApplication(), 'key-refuse-0009', files);
      },
    },
  ];

  test('a part without a name → 400, not a server error', async () => {
    for (const disposition of ['form-data', 'form-data; filename="x.jpg"']) {
      const payload = `--XX\r\nContent-Disposition: ${disposition}\r\n\r\n{}\r\n--XX--\r\n`;
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/legal-aid',
        headers: { 'content-type': 'multipart/form-data; boundary=XX', 'idempotency-key': 'key-noname-0001' },
        payload,
      });
      assert.equal(response.statusCode, 400, response.body);
      const problem = problemOf(response);
      assert.equal(problem.type, '/problems/bad-request');
      assert.match(problem.detail ?? '', /[\u4e00-\u9fff]/);
    }
    assert.equal((await t.rows()).length, 0);
    assert.deepEqual(tempFiles(t.dataDir), []);
  });

  for (const c of cases) {
    test(`${c.name} → ${c.status}`, async () => {
      const body = c.body();
      // The header carries the envelope's key, as the elements send it.
      const key = /"idempotencyKey":"([^"]+)"/.exec(String(body.get('envelope')))?.[1] ?? 'key-refuse-none';
      const response = await postMultipart(t.app, '/api/legal-aid', body, key);
      assert.equal(response.statusCode, c.status, response.body.slice(0, 400));
      const problem = problemOf(response);
      assert.equal(problem.type, `/problems/${c.type}`);
      if (c.code) assert.equal(problem.errors?.find((e) => e.pointer.startsWith('/attachments/0'))?.code, c.code, JSON.stringify(problem.errors));
      assert.equal((await t.rows()).length, 0);
      assert.deepEqual(keptFiles(t.dataDir), []);
      assert.deepEqual(tempFiles(t.dataDir), []);
    });
  }
});
