import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import villageRuleSubmission from '@fazhi/schemas/village-rule-submission.schema.json' with { type: 'json' };
import { hasStructureOf } from '../src/submissions/file-structure.js';
import { applicationWithAttachment, docBytes, docxBytes, envelope, jpegBytes, pdfBytes, pngBytes, postMultipart, problemOf, startApp, type TestApp } from './helpers.js';

const PDF = 'application/pdf';
const DOC = 'application/msword';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const bytes = (...parts: (Uint8Array | string)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
/** An executable's start: what a polyglot carries behind an innocent header. */
const EXE = 'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00This program cannot be run in DOS mode.';
const HTML = '<html><body><script>alert(document.cookie)</script></body></html>';

/** A PNG chunk without data, with its CRC. */
function emptyChunk(type: string): Buffer {
  const chunk = Buffer.alloc(12);
  chunk.write(type, 4, 'latin1');
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8)), 8);
  return chunk;
}

/** `bytes` with one byte changed at `at` (negative: from the end). */
function flipped(original: Uint8Array, at: number): Buffer {
  const copy = Buffer.from(original);
  const i = at < 0 ? copy.length + at : at;
  copy[i] = copy[i]! ^ 0x5a;
  return copy;
}

describe('attachment contents are checked beyond their first bytes', () => {
  const real: [string, string, Buffer][] = [
    ['a PDF', PDF, Buffer.from(pdfBytes(4000))],
    ['a PNG encoded by pngjs', 'image/png', Buffer.from(pngBytes(40, 30))],
    ['a JPEG encoded by jpeg-js', 'image/jpeg', Buffer.from(jpegBytes(6000))],
    ['a DOCX', DOCX, Buffer.from(docxBytes())],
    ['a Word 97–2003 file written by cfb', DOC, Buffer.from(docBytes())],
  ];
  for (const [name, type, file] of real) {
    test(`${name} passes`, async () => assert.equal(await hasStructureOf(type, file), true));
  }

  test('a PDF 1.5 whose startxref points at a cross-reference stream passes; one pointing at another object does not', async () => {
    const head = '%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 3 0 R >>\nendobj\n';
    const pdf = (dictionary: string) => bytes(head, `2 0 obj\n${dictionary}\nstream\n\nendstream\nendobj\nstartxref\n${head.length}\n%%EOF\n`);
    assert.equal(await hasStructureOf(PDF, pdf('<< /Size 4 /W [1 2 1] /Index [0 4] /Length 0 /Type/XRef /Root 1 0 R >>')), true);
    assert.equal(await hasStructureOf(PDF, pdf('<< /Type /Metadata /Length 0 >>')), false);
  });

  const png = pngBytes(40, 30);
  const jpeg = jpegBytes(6000);
  const pdf = pdfBytes(4000);
  const broken: [string, string, Buffer][] = [
    ['%PDF- followed by HTML and an executable', PDF, bytes('%PDF-1.4\n', HTML, EXE)],
    ['a PDF cut short (no %%EOF)', PDF, Buffer.from(pdf.subarray(0, pdf.length - 40))],
    ['a PDF with an executable after %%EOF', PDF, bytes(pdf, EXE)],
    ['a PDF whose startxref points at nothing', PDF, bytes(String(Buffer.from(pdf)).replace(/startxref\n\d+/, 'startxref\n17'))],
    ['a PNG signature followed by HTML', 'image/png', bytes('\x89PNG\r\n\x1a\n', HTML)],
    ['a PNG with one damaged byte (CRC)', 'image/png', flipped(png, 40)],
    ['a PNG with an executable after IEND', 'image/png', bytes(png, EXE)],
    ['a PNG cut short', 'image/png', Buffer.from(png.subarray(0, png.length - 20))],
    ['a PNG of 20,001 empty chunks (cheap to send, slow to walk)', 'image/png', bytes(png.subarray(0, 33), ...Array(20_001).fill(emptyChunk('tEXt')), png.subarray(33))],
    ['a JPEG start followed by an executable', 'image/jpeg', bytes('\xff\xd8\xff\xe0', EXE)],
    ['a JPEG cut short (no end of image)', 'image/jpeg', Buffer.from(jpeg.subarray(0, jpeg.length - 200))],
    ['a ZIP without word/document.xml', DOCX, bytes(String(Buffer.from(docxBytes()).toString('latin1')).replaceAll('word/document.xml', 'word/documenX.xml'))],
    ['PK\\x03\\x04 followed by HTML', DOCX, bytes('PK\x03\x04', HTML)],
    ['an OLE signature followed by an executable', DOC, bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', EXE, Buffer.alloc(1024))],
    ['an OLE file without a WordDocument stream', DOC, bytes(Buffer.from(docBytes()).toString('latin1').replace('W\0o\0r\0d\0D\0o\0c', 'X\0o\0r\0d\0D\0o\0c'))],
  ];
  for (const [name, type, file] of broken) {
    test(`refused: ${name}`, async () => assert.equal(await hasStructureOf(type, file), false));
  }
});

describe('a refused file is a 422 attachment.type naming the file, and nothing is kept', () => {
  let t: TestApp;
  before(async () => (t = await startApp()));
  after(() => t.close());

  const post = (data: unknown, key: string, file: Uint8Array, name: string, type: string, url = '/api/legal-aid', schema?: string) => {
    const form = new FormData();
    form.append('envelope', JSON.stringify(envelope(data, key, schema)));
    form.append('file:f1', new Blob([new Uint8Array(file)], { type }), name);
    return postMultipart(t.app, url, form, key);
  };

  test('a PDF-headed HTML/EXE polyglot named .pdf', async () => {
    const polyglot = bytes('%PDF-1.4\n', HTML, EXE);
    const data = applicationWithAttachment({ id: 'f1', name: '判决书.pdf', size: polyglot.length, type: PDF });
    const response = await post(data, 'key-polyglot-01', polyglot, '判决书.pdf', PDF);
    assert.equal(response.statusCode, 422, response.body);
    const [error] = problemOf(response).errors!;
    assert.equal(error!.pointer, '/attachments/0');
    assert.equal(error!.code, 'attachment.type');
    assert.match(error!.detail, /^附件“判决书\.pdf”已损坏，或不是真正的 PDF 文件。/);
    assert.equal((await t.rows()).length, 0);
    assert.equal((await t.fileRows()).length, 0);
  });

  test('real PNG and JPEG photos are filed', async () => {
    for (const [file, name, type, key] of [[pngBytes(64, 48), '照片.png', 'image/png', 'key-real-png-1'], [jpegBytes(9000), '照片.jpg', 'image/jpeg', 'key-real-jpg-1']] as const) {
      const data = applicationWithAttachment({ id: 'f1', name, size: file.length, type });
      const response = await post(data, key, file, name, type);
      assert.equal(response.statusCode, 201, response.body);
    }
    assert.equal((await t.fileRows()).length, 2);
  });

  test('a village rule takes a real DOCX and refuses a ZIP that is no Word document', async () => {
    const schema = (villageRuleSubmission as { $id: string }).$id;
    const example = structuredClone((villageRuleSubmission as unknown as { examples: Record<string, unknown>[] }).examples[0]!);
    const file = docxBytes();
    const good = await post({ ...example, attachments: [{ id: 'f1', name: '会议记录.docx', size: file.length, type: DOCX }] }, 'key-real-docx-1', file, '会议记录.docx', DOCX, '/api/village-rules', schema);
    assert.equal(good.statusCode, 201, good.body);
    const zip = bytes(Buffer.from(file).toString('latin1').replaceAll('word/document.xml', 'word/documenX.xml'));
    const bad = await post({ ...example, attachments: [{ id: 'f1', name: '会议记录.docx', size: zip.length, type: DOCX }] }, 'key-fake-docx-1', zip, '会议记录.docx', DOCX, '/api/village-rules', schema);
    assert.equal(bad.statusCode, 422, bad.body);
    assert.match(problemOf(bad).errors![0]!.detail, /附件“会议记录\.docx”已损坏，或不是真正的 Word 文件/);
  });
});
