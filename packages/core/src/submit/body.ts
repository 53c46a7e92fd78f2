import type { SubmitRequest } from './types.js';

/** The envelope DESIGN.md fixes: `{ schema, data, idempotencyKey }`. */
export function envelopeJson(req: Pick<SubmitRequest, 'schemaId' | 'data' | 'idempotencyKey'>): string {
  return JSON.stringify({ schema: req.schemaId, data: req.data, idempotencyKey: req.idempotencyKey });
}

/**
 * The request body and its content type: JSON, or multipart with the envelope in a text part
 * `envelope` and one part `file:<id>` per file. Multipart leaves the content type to fetch (boundary).
 */
export function buildBody(req: SubmitRequest): { body: string | FormData; contentType?: string } {
  const json = envelopeJson(req);
  if (!req.files?.length) return { body: json, contentType: 'application/json' };
  const form = new FormData();
  form.append('envelope', json);
  for (const { id, file } of req.files) form.append(`file:${id}`, file, file.name || id);
  return { body: form };
}

/** Portal headers first, then ours, so a portal cannot accidentally change the protocol. */
export function buildHeaders(req: SubmitRequest, contentType: string | undefined): Headers {
  const headers = new Headers(req.requestInit?.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  headers.set('Idempotency-Key', req.idempotencyKey);
  if (contentType) headers.set('Content-Type', contentType);
  else headers.delete('Content-Type');
  return headers;
}
