// `npm run pack`: after `npm run build`, one tarball per workspace in dist/packages/, to install
// together where no registry has @fazhi/* (docs/embedding.md "Using with React / Vue / a bundler"):
//   npm install ./fazhi-kit/packages/*.tgz
// Before writing anything it checks what would break such an install: a file an exports map points
// to that the tarball leaves out (not built, or not in `files`), and an @fazhi/* dependency on a
// version that is not packed beside it. `--check` stops there (npm test runs it after the build).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'packages');
const npm = (args) => execFileSync('npm', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const workspaces = readJson('package.json').workspaces.map((dir) => ({ dir, manifest: readJson(`${dir}/package.json`) }));
const packed = new Map(workspaces.map(({ manifest }) => [manifest.name, manifest.version]));

/** Every file or pattern an exports map points to (`./dist/index.js`, `./*.json`). */
function targets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.values(exports ?? {}).flatMap((target) => (target && typeof target === 'object' ? targets(target) : [target]));
}
const matcher = (target) => new RegExp(`^${target.replace(/^\.\//, '').split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);

const problems = [];
const listed = JSON.parse(npm(['pack', '--workspaces', '--dry-run', '--json']));
for (const { dir, manifest } of workspaces) {
  const files = listed.find((entry) => entry.name === manifest.name)?.files.map((f) => f.path) ?? [];
  for (const target of targets(manifest.exports)) {
    if (!files.some((file) => matcher(target).test(file))) problems.push(`${manifest.name}: ${target} is not in the tarball (run npm run build; check "files" in ${dir}/package.json)`);
  }
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (name.startsWith('@fazhi/') && packed.get(name) !== range) problems.push(`${manifest.name} depends on ${name}@${range}, but ${name}@${packed.get(name) ?? 'nothing'} is packed`);
  }
}
if (problems.length) {
  console.error(`pack: nothing written:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

if (process.argv.includes('--check')) {
  console.log(`pack: ${workspaces.length} packages would install together`);
  process.exit(0);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const written = JSON.parse(npm(['pack', '--workspaces', '--json', '--pack-destination', out]));
for (const { filename, size } of written) console.log(`pack: dist/packages/${filename} (${(size / 1024).toFixed(0)} KB)`);
