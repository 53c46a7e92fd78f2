import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store, SubmissionRow } from '../db.js';
import { MAX_ERRORS } from '@fazhi/core';
import { Problem, type ProblemFieldError } from '../problem.js';
import type { SchemaRegistry } from '../schemas.js';
import { checkAttachments } from '../submissions/attachments.js';
import { keepFiles } from '../submissions/accept.js';
import { readEnvelope } from '../submissions/envelope.js';
import { readMultipart, removeFiles, type ReceivedFile } from '../submissions/multipart.js';
import { canonicalJson, chinaTime, sha256 } from '../util.js';
import { linkErrors } from './links.js';

export interface SubmissionDeps {
  store: Store;
  registry: SchemaRegistry;
  filesDir: string;
}

function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/** Rejects other content types before the body is read (no parsing of text/plain or XML). */
function requireSubmissionType(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  const type = mediaType(request);
  if (type === 'application/json' || type === 'multipart/form-data') return done();
  done(new Problem('unsupported-media-type', '请以 application/json 提交；带附件时用 multipart/form-data。'));
}

const conflict = () => new Problem('idempotency-conflict', '这个提交编号已用于另一份内容。请刷新页面后重新提交。');

/** A 422 listing at most MAX_ERRORS field errors, in page order; the detail counts the ones left out. */
function invalid(errors: ProblemFieldError[], moreErrors: number): Problem {
  const rest = moreErrors + Math.max(0, errors.length - MAX_ERRORS);
  const total = Math.min(errors.length, MAX_ERRORS) + rest;
  const detail = rest ? `有 ${total} 处需要修改。下面列出前 ${MAX_ERRORS} 处，其余 ${rest} 处请改好这些后再提交查看。` : `有 ${total} 处需要修改。`;
  return new Problem('validation', detail, errors.slice(0, MAX_ERRORS));
}

/** The answer stored with the first request, unchanged. */
function replay(reply: FastifyReply, row: SubmissionRow): FastifyReply {
  return reply.code(row.response_status).header('Idempotent-Replayed', 'true').type('application/json; charset=utf-8').send(row.response_body);
}

/**
 * POST /api/forms/:form (and the aliases in config): validate with the same core checker as the
 * browser, store once per idempotency key, answer 201 `{ receiptNo, receivedAt }`.
 */
export function submissionRoutes(app: FastifyInstance, deps: SubmissionDeps): void {
  const tmpDir = join(deps.filesDir, '.tmp');

  const handle = async (form: string, request: FastifyRequest, reply: FastifyReply) => {
    let files: ReceivedFile[] = [];
    let body: unknown = request.body;
    if (mediaType(request) === 'multipart/form-data') ({ envelope: body, files } = await readMultipart(request, tmpDir));
    try {
      const envelope = readEnvelope(body, request.headers['idempotency-key']);
      const checker = deps.registry.checkerFor(form, envelope.schema);
      const bodyHash = sha256(canonicalJson({ form, schema: envelope.schema, data: envelope.data, files: files.map((f) => [f.partId, f.sha256]) }));
      // A retry of something already filed is answered before any other work; the insert below re-checks atomically.
      const earlier = await deps.store.findByKey(envelope.idempotencyKey);
      if (earlier && earlier.body_hash !== bodyHash) throw conflict();
      if (earlier) return replay(reply, earlier);

      const { data, errors, moreErrors } = checker.check(envelope.data);
      const attachments = await checkAttachments(checker, data, files);
      if (attachments.unmatched.length) {
        throw new Problem('bad-request', `附件 ${attachments.unmatched.join('、')} 没有在表单内容中登记（data 中应有 { id, name, size, type }）。`);
      }
      const fieldErrors = [
        ...errors.map((e) => ({ pointer: e.pointer, detail: e.message, code: e.code })),
        ...attachments.errors,
        // A field already in error gets no second one for the record it names.
        ...(await linkErrors(deps.store, deps.registry, form, data)).filter((l) => !errors.some((e) => e.pointer === l.pointer)),
      ];
      if (fieldErrors.length) throw invalid(fieldErrors, moreErrors);

      const time = chinaTime();
      const kept = await keepFiles(files, attachments.types, deps.filesDir, time.day);
      files = [];
      const config = deps.registry.forms.get(form)!.config;
      const result = await deps.store.insertSubmission({
        form,
        schemaId: envelope.schema,
        data,
        idempotencyKey: envelope.idempotencyKey,
        bodyHash,
        receiptPrefix: config.receiptPrefix,
        day: time.day,
        receivedAt: time.iso,
        files: kept.map(({ path: _path, ...file }) => file),
      });
      if (result.kind !== 'created') await Promise.all(kept.map((f) => rm(f.path, { force: true })));
      if (result.kind === 'conflict') throw conflict();
      if (result.kind === 'replay') return replay(reply, result.row);
      return reply.code(result.row.response_status).type('application/json; charset=utf-8').send(result.row.response_body);
    } finally {
      await removeFiles(files);
    }
  };

  const options = { onRequest: requireSubmissionType };
  app.post<{ Params: { form: string } }>('/api/forms/:form', options, (request, reply) => handle(request.params.form, request, reply));
  for (const [form, entry] of deps.registry.forms) {
    for (const alias of entry.config.aliases) app.post(alias, options, (request, reply) => handle(form, request, reply));
  }
}

