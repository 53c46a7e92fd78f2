import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// What `npm run pack` writes is what a portal without a registry installs (docs/embedding.md §10):
// every file an exports map points to must be in its tarball, and @fazhi/* dependencies must be
// the versions packed beside it.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('every package would pack with the files its exports map points to, and with its @fazhi/* dependencies beside it', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'scripts', 'pack.mjs'), '--check'], { cwd: root });
  // Every workspace is published (the root is private).
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
  assert.match(stdout, new RegExp(`pack: ${workspaces.length} packages would install together`));
});
