// Builds an example with Vite and serves it beside the reference backend, which also knows the
// examples' form (`/api/forms/consultation`), under the demo's strict CSP:
//   npm run build && node --conditions=source --import tsx examples/serve.ts react    (or vue)
// examples/test/examples.test.ts does the same and drives the page in Chromium.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildApp, FORMS } from '@fazhi/server';

const examplesDir = dirname(fileURLToPath(import.meta.url));
const schemasDir = dirname(createRequire(import.meta.url).resolve('@fazhi/schemas/package.json'));

/** The built-in forms and the examples' own (a schema file is found from the schemas folder). */
export const forms = {
  ...FORMS,
  consultation: { schemaFile: relative(schemasDir, join(examplesDir, 'consultation.schema.json')), receiptPrefix: 'ZX', aliases: [] },
};

/** `vite build` of examples/<name>, with its own vite.config.mjs, into outDir. */
export async function buildExample(name: string, outDir: string): Promise<void> {
  const root = join(examplesDir, name);
  await build({ root, configFile: join(root, 'vite.config.mjs'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const name = process.argv[2] ?? 'react';
  const tmp = mkdtempSync(join(tmpdir(), `fazhi-example-${name}-`));
  await buildExample(name, join(tmp, 'public'));
  const app = await buildApp({ dataDir: join(tmp, 'data'), forms, publicDir: join(tmp, 'public'), kitDir: join(tmp, 'no-kit') });
  const origin = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
  console.log(`examples/${name}: ${origin}/ (data in ${tmp}; Ctrl+C to stop)`);
}
