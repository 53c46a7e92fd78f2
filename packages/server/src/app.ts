import { formatIssue } from '@fazhi/core/county';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS, TRAFFIC, type FormConfig } from './config.js';
import { discoverForms } from './forms.js';
import type { Store } from './db.js';
import { clientErrorHandler, frameworkErrors, installErrorHandlers } from './errors.js';
import { installJsonBudget } from './submissions/budget.js';
import { loadDatasets, type Dataset } from './lists/datasets.js';
import { formRoutes } from './routes/forms.js';
import { listRoutes } from './routes/lists.js';
import { problemRoutes } from './routes/problems.js';
import { recordRoutes } from './routes/records.js';
import { serviceRoutes } from './routes/services.js';
import { staticRoutes } from './routes/static.js';
import { submissionRoutes } from './routes/submissions.js';
import { registerCors, refuseForeignOrigins } from './origins.js';
import { defaultSchemasDir, loadRegistry, type FormSchemas, type SchemaRegistry } from './schemas.js';
import { createPublishing } from './publishing.js';
import { editorRoutes } from './routes/editor.js';
import { requireStaff, staffForms } from './staff.js';
import { readKeyHeader } from './submissions/envelope.js';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import { perMinute, registerRateLimit, timeoutOptions, UploadSlots, type RateLimits, type Timeouts } from './traffic.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '..', '..');

export interface AppOptions {
  /** Holds fazhi.sqlite, files/ and, optionally, lists/<name>.json; created on first start. */
  dataDir: string;
  /** Default `<dataDir>/fazhi.sqlite`. */
  dbFile?: string;
  /** `postgres://…`: keep submissions in PostgreSQL instead of SQLite, shared by several instances. */
  databaseUrl?: string;
  /** Connections each instance keeps to PostgreSQL (default 10). */
  dbPoolSize?: number;
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
   * The token staff send as `Authorization: Bearer <token>` to file legality reviews and read filed
   * records (env FAZHI_REVIEWER_TOKEN). Without one those endpoints refuse everybody (401).
   */
  reviewerToken?: string;
  /** The editors' token for the publishing API (env FAZHI_EDITOR_TOKEN); without one the API refuses everyone. */
  editorToken?: string;
  /** Other origins whose pages may call the API (env FAZHI_CORS_ORIGINS); none by default. */
  corsOrigins?: string[];
  /** Let those origins send cookies (env FAZHI_CORS_CREDENTIALS). Off by default. */
  corsCredentials?: boolean;
  /** The gateway's addresses, so rate limits count the citizen's address from X-Forwarded-For (env FAZHI_TRUST_PROXY). */
  trustProxy?: string[];
  /** Defaults in config.ts TRAFFIC. */
  rateLimits?: Partial<RateLimits>;
  maxConcurrentUploads?: number;
  timeouts?: Partial<Timeouts>;
  /**
   * Told whenever a form's county files are (re)loaded, with what their checks found. Default: each
   * problem printed on the console in Chinese (file, line, place), for the editor who changed it.
   */
  report?: (entry: FormSchemas) => void;
}

/** The console is where an editor who just saved a file looks. */
function printIssues(entry: FormSchemas): void {
  for (const issue of entry.issues) (issue.severity === 'error' ? console.error : console.warn)(formatIssue(issue));
  if (entry.unavailable) console.error(`表单“${entry.name}”的县级配置有误，暂停受理；改正后自动恢复，其他表单不受影响。`);
}

export interface App extends FastifyInstance {
  store: Store;
  registry: SchemaRegistry;
  /** The public lists; `engine()` builds (masks and indexes) a list on first use. */
  datasets: Dataset[];
  /** Multipart uploads being received now, and the cap. */
  uploads: Pick<UploadSlots, 'active' | 'max'>;
}

/** The reference backend: submissions, public lists, the demo portal and the drop-ins. */
export async function buildApp(options: AppOptions): Promise<App> {
  const staff = requireStaff(options.reviewerToken); // first: a token too short stops the start here
  const editor = requireStaff(options.editorToken, '编辑');
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const filesDir = join(dataDir, 'files');
  const store = options.databaseUrl
    ? await openPostgresStore(options.databaseUrl, { poolSize: options.dbPoolSize })
    : openSqliteStore(options.dbFile ?? join(dataDir, 'fazhi.sqlite'));
  const discovered = options.forms ? { forms: options.forms, issues: [] } : discoverForms({ schemasDir: options.schemasDir, configDir: options.configDir });
  const registry = loadRegistry({ forms: options.forms ?? discovered.forms, schemasDir: options.schemasDir, configDir: options.configDir, onLoad: options.report ?? printIssues });
  for (const issue of [...discovered.issues, ...registry.issues]) console.error(formatIssue(issue));

  const { submissionsPerMinute, listReadsPerMinute, requestMs, headersMs, idleMs } = TRAFFIC;
  const limits: RateLimits = { submissionsPerMinute, listReadsPerMinute, ...options.rateLimits };
  const timeouts: Timeouts = { requestMs, headersMs, idleMs, ...options.timeouts };
  const origins = { allowed: options.corsOrigins ?? [], credentials: options.corsCredentials === true };
  const uploads = new UploadSlots(options.maxConcurrentUploads ?? TRAFFIC.maxConcurrentUploads);

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: LIMITS.jsonBodyBytes,
    // Behind a gateway, the citizen's address (for rate limits) comes from X-Forwarded-For, trusted from the gateway only.
    trustProxy: options.trustProxy?.length ? options.trustProxy : false,
    return503OnClosing: false, // errors.ts answers those with problem+json
    clientErrorHandler,
    frameworkErrors,
    ...timeoutOptions(timeouts),
  }) as unknown as App;
  app.decorate('store', store);
  app.decorate('registry', registry);
  const datasets = loadDatasets({ dataDir, schemasDir: options.schemasDir, configDir: options.configDir, today: options.today });
  app.decorate('datasets', datasets);
  app.decorate('uploads', uploads);
  app.addHook('onClose', async () => store.close());
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    return payload;
  });

  installErrorHandlers(app);
  installJsonBudget(app);
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });
  await registerCors(app, origins);
  await registerRateLimit(app);
  problemRoutes(app);
  // Submissions, checked in this order before any body is read: the address's rate, the page's
  // site, staff for staff forms, the Idempotency-Key header, a free upload slot for multipart.
  await app.register(async (scope) => {
    scope.addHook('onRequest', perMinute(scope, limits.submissionsPerMinute));
    scope.addHook('onRequest', refuseForeignOrigins(origins));
    scope.addHook('onRequest', staffForms(registry, staff));
    scope.addHook('onRequest', async (request) => void readKeyHeader(request.headers['idempotency-key']));
    scope.addHook('onRequest', uploads.hook);
    submissionRoutes(scope, { store, registry, filesDir });
  });
  await app.register(async (scope) => {
    scope.addHook('onRequest', perMinute(scope, limits.listReadsPerMinute));
    formRoutes(scope, registry);
    recordRoutes(scope, { store, registry, staff });
    listRoutes(scope, datasets);
  });
  // Publishing writes the county's overlays, so it exists only with a county folder.
  if (options.configDir) editorRoutes(app, createPublishing(registry, options.schemasDir ?? defaultSchemasDir(), options.configDir), editor);
  const publicDir = options.publicDir === null ? undefined : (options.publicDir ?? join(packageDir, 'public'));
  if (publicDir) serviceRoutes(app, registry, publicDir);
  await staticRoutes(app, {
    kitDir: options.kitDir ?? join(repoDir, 'dist', 'kit'),
    publicDir,
  });
  return app;
}
