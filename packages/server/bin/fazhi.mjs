#!/usr/bin/env node
// `npx fazhi check <file>`: the built CLI when the package is built (or installed), else the
// TypeScript sources through tsx, as in this repository before `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (existsSync(built)) {
  const { main } = await import(new URL('../dist/cli.js', import.meta.url).href);
  process.exitCode = main(process.argv.slice(2));
} else {
  const source = fileURLToPath(new URL('../src/cli-run.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', source, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
