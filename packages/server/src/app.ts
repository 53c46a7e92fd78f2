import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMS, LIMITS, type FormConfig } from './config.js';
import { openStore, type Store } from './db.js';
import { installErrorHandlers } from './errors.js';
import { installJsonBudget } from './submissions/budget.js';
import { loadDatasets, type Dataset } from './lists/datasets.js';
import { listRoutes } from './routes/lists.js';
import { problemRoutes } from './routes/problems.js';
import { recordRoutes } from './routes/records.js';
import { staticRoutes } from './routes/static.js';
import { submissionRoutes } from './routes/submissions.js';
import { loadRegistry, type SchemaRegistry } from './schemas.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '..', '..');

export interface AppOptions {
  /** Holds fazhi.sqlite, files/ and, optionally, lists/<name>.json; created on first start. */
  dataDir: string;
  /** Default `<dataDir>/fazhi.sqlite`. */
  dbFile?: string;
  logger?: FastifyServerOptions['logger'];
  /** A county's overlays/ and older schemas/ (see schemas.ts). */
  configDir?: string;
  /** Default: the @fazhi/schemas package. */
  schemasDir?: string;
  forms?: Record<string, FormConfig>;
  /** Default: the repository's dist/kit (built by `npm run build`). */
  kitDir?: string;
  /** Default: packages/server/public. Pass null for an API-only server. */
  publicDir?: string | null;
  /** The day public lists are filtered for (publication periods); default today in Asia/Shanghai. */
  today?: () => Date;
  /**
   * Serve `GET /api/village-rules/records/:receiptNo|latest` (staff data, unauthenticated here;
   * receipt numbers are sequential). Off by default: 404. The demo (`npm start`) turns it on; a
   * county turns it on only behind its own login.
   */
  openRecords?: boolean;
}

export interface App extends FastifyInstance {
  store: Store;
  registry: SchemaRegistry;
  /** The public lists; `engine()` builds (masks and indexes) a list on first use. */
  datasets: Dataset[];
}

/** The reference backend: submissions, public lists, the demo portal and the drop-ins. */
export async function buildApp(options: AppOptions): Promise<App> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const filesDir = join(dataDir, 'files');
  const store = openStore(options.dbFile ?? join(dataDir, 'fazhi.sqlite'));
  const registry = loadRegistry({ forms: options.forms ?? FORMS, schemasDir: options.schemasDir, configDir: options.configDir });

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: LIMITS.jsonBodyBytes,
    // Portals sit behind gateways that add X-Forwarded-For; no routing depends on it here.
    trustProxy: false,
    return503OnClosing: true,
  }) as unknown as App;
  app.decorate('store', store);
  app.decorate('registry', registry);
  const datasets = loadDatasets({ dataDir, schemasDir: options.schemasDir, today: options.today });
  app.decorate('datasets', datasets);
  app.addHook('onClose', async () => store.close());
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    return payload;
  });

  installErrorHandlers(app);
  installJsonBudget(app);
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });
  problemRoutes(app);
  submissionRoutes(app, { store, registry, filesDir });
  recordRoutes(app, { store, registry, openRecords: options.openRecords === true });
  listRoutes(app, datasets);
  await staticRoutes(app, {
    kitDir: options.kitDir ?? join(repoDir, 'dist', 'kit'),
    publicDir: options.publicDir === null ? undefined : (options.publicDir ?? join(packageDir, 'public')),
  });
  return app;
}
