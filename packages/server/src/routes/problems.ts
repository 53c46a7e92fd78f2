import type { FastifyInstance } from 'fastify';
import { PROBLEMS, type ProblemKind } from '../problem.js';

const DESCRIPTIONS: Record<ProblemKind, string> = {
  'bad-request': 'The request is not what the endpoint expects (shape, fields, parts). Fix the client; do not retry unchanged.',
  'bad-json': 'The body, or the multipart envelope part, is not valid JSON.',
  'idempotency-key': 'The Idempotency-Key header is missing or malformed, or the envelope idempotencyKey differs from it. The header is required on every submission.',
  'unknown-schema': 'The envelope names a schema $id this endpoint does not accept.',
  'outdated-schema': 'The envelope names an older major version of the form than the server still accepts: reload the form.',
  'bad-query': 'A list query parameter is out of range or names a field that cannot be filtered or sorted.',
  unauthorized: 'Staff only: send Authorization: Bearer <reviewer token> (or pass the county login in front).',
  'cross-site': 'A browser request from a page on another site that is not an allowed CORS origin. Nothing was stored.',
  'not-found': 'No such resource.',
  'method-not-allowed': 'The resource exists but not for this method.',
  'request-timeout': 'The request (headers or body) took longer than the server waits. Retrying with the same idempotency key is safe.',
  'publish-conflict': 'The form was published by someone else since the version this publication was based on (basedOn). Reload, review, publish again; nothing was written.',
  'idempotency-conflict': 'The idempotency key was already used with a different body. Make a new key for new content.',
  'payload-too-large': 'A body, envelope, file or the files together exceed the limits in docs/backend-contract.md.',
  'unsupported-media-type': 'Submissions are application/json, or multipart/form-data when files are attached.',
  validation: 'The data does not satisfy the form schema; errors[] has one entry per field (RFC 6901 pointer relative to data).',
  'too-many-requests': 'Too many requests from this address; honour Retry-After. Retrying with the same idempotency key is safe.',
  'headers-too-large': 'The request line or headers exceed the server limit (a very long query string, too many cookies).',
  internal: 'The server failed. Retrying with the same idempotency key is safe.',
  unavailable: 'Too many uploads at once, or the server is restarting; honour Retry-After. Retrying with the same idempotency key is safe.',
  'form-unavailable': "The county's configuration of this form has errors (detail names the file, line and place): nothing is served or accepted for it until the file is fixed. Other forms are unaffected.",
};

/** GET /problems/<kind>: what each `type` URI in a problem document means. */
export function problemRoutes(app: FastifyInstance): void {
  app.get<{ Params: { kind: string } }>('/problems/:kind', async (request, reply) => {
    const kind = request.params.kind as ProblemKind;
    // Own keys only: `in` would also accept toString, constructor… from the prototype chain.
    if (!Object.hasOwn(PROBLEMS, kind)) return reply.callNotFound();
    const { status, title } = PROBLEMS[kind];
    return { type: `/problems/${kind}`, status, title, description: DESCRIPTIONS[kind] };
  });
}
