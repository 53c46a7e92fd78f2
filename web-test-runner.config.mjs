import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ajvVerdict } from './packages/form/test/wtr-ajv.mjs';
import { referenceBackend } from './packages/form/test/wtr-backend.mjs';

/** The policy DESIGN.md promises the drop-ins run under, with no exception. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Folders whose pages get the strict policy: csp.test.ts's probe page and the hostile portal pages of the drop-in suite. */
const STRICT_PAGES = ['/bench/fixtures/csp/', '/bench/fixtures/portal/'];

/**
 * For packages/form/src/csp.test.ts and packages/form/src/drop-ins/: pages under STRICT_PAGES are
 * served with the strict policy, and /__fz-csp/submit answers a submission like the reference backend would.
 */
async function strictCspPages(ctx, next) {
  if (ctx.path === '/__fz-csp/submit' && ctx.method === 'POST') {
    ctx.status = 201;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ receiptNo: 'CSP-0001', receivedAt: new Date().toISOString() });
    return;
  }
  await next();
  if (STRICT_PAGES.some((folder) => ctx.path.startsWith(folder))) ctx.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * The real reference server (packages/server) behind /api/ with test-only fault injection and
 * /__fz-test/ endpoints (see packages/form/test/wtr-backend.mjs). It starts on the first request.
 * Tests that need a form of their own add it here; every built-in form is already served.
 */
const backend = referenceBackend({
  forms: {
    // packages/form/src/submit.test.ts: the overlay is the county's, known to the server only.
    'submit-test': {
      schemaFile: 'packages/form/test/fixtures/submit-test.schema.json',
      overlayFile: 'packages/form/test/fixtures/submit-test.overlay.json',
      receiptPrefix: 'CS',
    },
    // packages/legal-aid/src/fz-legal-aid-form/*.test.ts: the legal-aid form with a county's overlay
    // (income standard, an added field, a relabelled and a dropped option), as the county's server
    // would load it; posted to /api/forms/legal-aid-county.
    'legal-aid-county': {
      schemaFile: 'schemas/legal-aid-application.schema.json',
      overlayFile: 'packages/legal-aid/test/county-overlay.json',
      receiptPrefix: 'FX',
    },
  },
});

// Browser tests run in Debian's Chromium; nothing here downloads a browser.
export default {
  middleware: [strictCspPages, backend.middleware],
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }), backend, ajvVerdict()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
        ],
      },
    }),
  ],
  concurrency: 1,
  // Generous limits: a loaded 2-core machine must not turn slowness into failures (no timed assertions here).
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 900000,
};
