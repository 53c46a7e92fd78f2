import { LIMITS } from '../config.js';
import { Problem } from '../problem.js';
import { checkJsonValue } from './budget.js';

/** The POST body DESIGN.md fixes: `{ schema, data, idempotencyKey }`. */
export interface Envelope {
  schema: string;
  data: unknown;
  idempotencyKey: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `Idempotency-Key` header, required on every submission: a page on another site can post a
 * form or a no-cors fetch, but cannot add this header without a CORS preflight the server refuses.
 */
export function readKeyHeader(header: string | string[] | undefined): string {
  if (Array.isArray(header)) throw new Problem('idempotency-key', '请求中有多个 Idempotency-Key 头。');
  if (header === undefined || header === '') throw new Problem('idempotency-key', '请求缺少 Idempotency-Key 头（每次提交一个随机编号，重试时保持不变）。');
  if (!LIMITS.keyPattern.test(header)) throw new Problem('idempotency-key', 'Idempotency-Key 应为 8–128 位字母、数字、“-”或“_”。');
  return header;
}

/** Checks the envelope's shape; the key comes from the header, and the body's copy, if any, must agree. */
export function readEnvelope(body: unknown, headerKey: string | string[] | undefined): Envelope {
  checkJsonValue(body);
  const key = readKeyHeader(headerKey);
  if (!isObject(body)) throw new Problem('bad-request', '请求体应是一个 JSON 对象：{ "schema": …, "data": …, "idempotencyKey": … }。');
  if (typeof body.schema !== 'string' || body.schema === '') throw new Problem('bad-request', '请求缺少 schema 字段（表单的 $id）。');
  if (!('data' in body) || body.data === undefined) throw new Problem('bad-request', '请求缺少 data 字段（填写的内容）。');
  const bodyKey = body.idempotencyKey;
  if (bodyKey !== undefined && typeof bodyKey !== 'string') throw new Problem('idempotency-key', 'idempotencyKey 应是字符串。');
  if (bodyKey !== undefined && bodyKey !== key) throw new Problem('idempotency-key', 'Idempotency-Key 头与请求体中的 idempotencyKey 不一致。');
  return { schema: body.schema, data: body.data, idempotencyKey: key };
}
