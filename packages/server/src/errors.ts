import type { FastifyError, FastifyInstance } from 'fastify';
import { LIMITS } from './config.js';
import { Problem, sendProblem, type ProblemKind } from './problem.js';

/** Fastify's own error codes, as the problems a client can act on. */
const FASTIFY_CODES: Record<string, [ProblemKind, string?]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['bad-json', '请求体不是有效的 JSON。'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['bad-json', '请求体是空的。'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload-too-large', `请求体不能超过 ${LIMITS.jsonBodyBytes / 1024 / 1024} MB。`],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported-media-type', '请以 application/json 提交；带附件时用 multipart/form-data。'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad-request', '请求体长度与 Content-Length 不符。'],
  FST_ERR_VALIDATION: ['bad-request'],
};

/** Every error becomes RFC 9457 problem+json; a 5xx is logged and never shows its message or stack. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof Problem) return sendProblem(reply, error);
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendProblem(reply, new Problem(known[0], known[1]));
    if (error instanceof SyntaxError) return sendProblem(reply, new Problem('bad-json', '请求体不是有效的 JSON。'));
    const status = error.statusCode ?? 500;
    if (status === 404) return sendProblem(reply, new Problem('not-found'));
    if (status === 413) return sendProblem(reply, new Problem('payload-too-large'));
    if (status === 415) return sendProblem(reply, new Problem('unsupported-media-type'));
    if (status === 429) return sendProblem(reply, new Problem('too-many-requests'));
    if (status >= 400 && status < 500) return sendProblem(reply, new Problem('bad-request'));
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, new Problem('internal'));
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, new Problem('not-found', `没有 ${request.method} ${request.url.split('?')[0].slice(0, 200)} 这个地址。`)));
}
