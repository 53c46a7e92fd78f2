import type { FastifyRequest } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LIMITS } from '../config.js';
import { Problem } from '../problem.js';
import { checkJsonText } from './budget.js';
import { sanitizeFileName } from './file-name.js';

/** A file part written to a temporary file, not yet accepted. */
export interface ReceivedFile {
  /** From the part name `file:<id>`; matches an attachment's `id` in `data`. */
  partId: string;
  originalName: string;
  declaredType: string;
  size: number;
  sha256: string;
  /** First bytes, to tell a real PDF or JPEG from a renamed file. */
  head: Buffer;
  tmpPath: string;
}

const PART_ID = /^[A-Za-z0-9_.-]{1,64}$/;
const HEAD_BYTES = 16;

function parseEnvelopeText(text: string): unknown {
  checkJsonText(text);
  try {
    return JSON.parse(text);
  } catch {
    throw new Problem('bad-json', 'envelope 部分不是有效的 JSON。');
  }
}

/**
 * Reads a multipart submission: the `envelope` part (JSON) and `file:<id>` parts, streaming
 * each file to `tmpDir` while counting and hashing it. Limits (DESIGN: rural networks, 30 MB
 * total) answer 413 as soon as they are crossed. On any error, written files are removed.
 */
export async function readMultipart(request: FastifyRequest, tmpDir: string): Promise<{ envelope: unknown; files: ReceivedFile[] }> {
  await mkdir(tmpDir, { recursive: true });
  const files: ReceivedFile[] = [];
  let envelope: unknown;
  let sawEnvelope = false;
  let total = 0;
  try {
    const parts = request.parts({
      limits: { fileSize: LIMITS.fileBytes, files: LIMITS.files, fields: 1, fieldSize: LIMITS.jsonBodyBytes, parts: LIMITS.files + 1 },
    });
    for await (const part of parts) {
      // A part with no name at all (busboy leaves fieldname undefined) is refused like any unknown part.
      const name = String(part.fieldname ?? '');
      if (part.type === 'field') {
        if (name !== 'envelope') throw new Problem('bad-request', `未知的字段“${name.slice(0, 50)}”：只接受 envelope 和 file:<id>。`);
        if (part.valueTruncated) throw new Problem('payload-too-large', `envelope 超过 ${LIMITS.jsonBodyBytes / 1024 / 1024} MB。`);
        envelope = typeof part.value === 'string' ? parseEnvelopeText(part.value) : part.value;
        sawEnvelope = true;
        continue;
      }
      if (name === 'envelope') {
        // Some clients append the envelope as a Blob; accept it as long as it is small.
        const buffer = await part.toBuffer();
        if (buffer.length > LIMITS.jsonBodyBytes) throw new Problem('payload-too-large', `envelope 超过 ${LIMITS.jsonBodyBytes / 1024 / 1024} MB。`);
        envelope = parseEnvelopeText(buffer.toString('utf8'));
        sawEnvelope = true;
        continue;
      }
      const partId = name.startsWith('file:') ? name.slice(5) : '';
      if (!PART_ID.test(partId)) {
        part.file.resume();
        throw new Problem('bad-request', `附件部分应命名为 file:<id>，收到“${name.slice(0, 50)}”。`);
      }
      if (files.some((f) => f.partId === partId)) {
        part.file.resume();
        throw new Problem('bad-request', `附件 ${partId} 出现了两次。`);
      }
      const tmpPath = join(tmpDir, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      let head = Buffer.alloc(0);
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.length;
          total += chunk.length;
          if (total > LIMITS.totalFileBytes) return callback(new Problem('payload-too-large', `附件合计超过 ${LIMITS.totalFileBytes / 1024 / 1024} MB。`));
          if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
          hash.update(chunk);
          callback(null, chunk);
        },
      });
      const received: ReceivedFile = { partId, originalName: sanitizeFileName(part.filename), declaredType: part.mimetype, size: 0, sha256: '', head, tmpPath };
      files.push(received);
      await pipeline(part.file, meter, createWriteStream(tmpPath));
      if (part.file.truncated) throw new Problem('payload-too-large', `附件“${received.originalName}”超过 ${LIMITS.fileBytes / 1024 / 1024} MB。`);
      Object.assign(received, { size, sha256: hash.digest('hex'), head });
    }
  } catch (error) {
    await removeFiles(files);
    throw translateMultipartError(error);
  }
  if (!sawEnvelope) {
    await removeFiles(files);
    throw new Problem('bad-request', '缺少 envelope 部分（表单内容的 JSON）。');
  }
  return { envelope, files };
}

export async function removeFiles(files: { tmpPath: string }[]): Promise<void> {
  await Promise.all(files.map((f) => rm(f.tmpPath, { force: true })));
}

/** @fastify/multipart's own errors, as problems a citizen's browser can show. */
function translateMultipartError(error: unknown): unknown {
  if (error instanceof Problem) return error;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new Problem('payload-too-large', `单个附件不能超过 ${LIMITS.fileBytes / 1024 / 1024} MB。`);
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new Problem('payload-too-large', `最多上传 ${LIMITS.files} 个附件。`);
    case 'FST_FIELDS_LIMIT':
      return new Problem('bad-request', '只能有一个 envelope 部分。');
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return new Problem('bad-json', 'envelope 部分不是有效的 JSON。');
    case 'FST_PROTO_VIOLATION':
      return new Problem('bad-request', '字段名不合法。');
    default:
      if (error instanceof Error && /multipart|boundary|Unexpected end/i.test(error.message)) return new Problem('bad-request', '附件上传的数据不完整或格式不正确。');
      return error;
  }
}
