import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
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
  FST_ERR_BAD_URL: ['bad-request', '地址中有无法识别的编码，请检查链接是否完整。'],
  FST_ERR_MAX_PARAM_LENGTH: ['not-found', '地址太长，没有这个地址。'],
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
  // While shutting down, requests still arriving on open connections are turned away (Fastify's
  // own 503 for this, `return503OnClosing`, is plain JSON): the client retries elsewhere or later.
  let closing = false;
  app.addHook('preClose', async () => void (closing = true));
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    reply.header('Connection', 'close').header('Retry-After', '5');
    throw new Problem('unavailable', '服务器正在重启，请稍等片刻再试。您填写的内容都还在。');
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, new Problem('not-found', `没有 ${request.method} ${request.url.split('?')[0].slice(0, 200)} 这个地址。`)));
}

/** Fastify's errors raised before a route is found (a malformed URL); Fastify's `frameworkErrors` option. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const [kind, detail] = FASTIFY_CODES[error.code] ?? ['bad-request', '请求格式不正确。'];
  sendProblem(reply, new Problem(kind, detail));
}

/** What Node's HTTP parser refused, before Fastify saw a request. */
function clientProblem(code: string | undefined): Problem {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new Problem('request-timeout', '请求在规定时间内没有发送完，连接已断开。请检查网络后重试。');
  if (code === 'HPE_HEADER_OVERFLOW') return new Problem('headers-too-large', '请求头或地址太长。请缩短搜索词，或清除本站的 Cookie 后重试。');
  return new Problem('bad-request', '请求格式不正确，服务器无法读取。');
}

/**
 * Fastify's `clientErrorHandler` option: the parser's 400, 408 and 431 as problem+json written on
 * the raw socket (there is no request object yet), then the connection is closed, as Node does.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const problem = clientProblem(error.code);
    const body = JSON.stringify(problem.toJSON());
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
