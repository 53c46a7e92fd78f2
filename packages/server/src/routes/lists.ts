import type { FastifyInstance } from 'fastify';
import type { Dataset } from '../lists/datasets.js';
import { readListQuery } from '../lists/strict-query.js';

/**
 * GET list endpoints with DESIGN.md's protocol:
 * `?page=1&pageSize=20&q=…&sort=-code&f.category=penalty&f.date=2026-01-01..2026-03-31` → `{ items, total, facets }`.
 * Beside each, `<path>/schema`: the record schema it is masked by, for `<fz-list schema-src>`.
 */
export function listRoutes(app: FastifyInstance, datasets: Dataset[]): void {
  for (const dataset of datasets) {
    app.get(dataset.path, async (request, reply) => {
      const at = request.url.indexOf('?');
      const query = readListQuery(at < 0 ? '' : request.url.slice(at + 1), dataset.rules);
      reply.header('Cache-Control', 'public, max-age=60');
      return dataset.engine().apply(query);
    });
    app.get(`${dataset.path}/schema`, async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=60');
      return dataset.schema;
    });
  }
}
