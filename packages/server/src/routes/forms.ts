import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SchemaRegistry } from '../schemas.js';

/**
 * What the elements load: `GET /api/forms/:form/schema` (the schema the server validates with,
 * overlay applied, for `<fz-form schema-src>`) and `GET /api/forms/:form/overlay` (the county's
 * overlay, for a domain element's `overlay-src`). Both are read from disk when the file changed, so
 * the browser and the server always hold the same version; an ETag lets browsers revalidate cheaply.
 * A form whose county file has errors answers 503 problem+json naming them.
 */
export function formRoutes(app: FastifyInstance, registry: SchemaRegistry): void {
  const send = (request: FastifyRequest, reply: FastifyReply, revision: string, body: unknown) => {
    const etag = `"${revision}"`;
    reply.header('ETag', etag).header('Cache-Control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(body));
  };

  app.get<{ Params: { form: string } }>('/api/forms/:form/schema', async (request, reply) => {
    const entry = registry.formFor(request.params.form);
    return send(request, reply, entry.revision, entry.current);
  });

  app.get<{ Params: { form: string } }>('/api/forms/:form/overlay', async (request, reply) => {
    const entry = registry.formFor(request.params.form);
    // No county overlay is the empty patch: the element shows the built-in form.
    return send(request, reply, entry.revision, entry.overlay ?? {});
  });
}
