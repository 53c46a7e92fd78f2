#!/usr/bin/env node
// Runs a command against a throw-away PostgreSQL cluster: made in a temp folder, listening on a
// loopback port, given to the command as FAZHI_TEST_DATABASE_URL, then stopped and removed
// (also when the command fails). Usage: node scripts/with-postgres.mjs <command> [args…]
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

// Debian's postgresql package puts the server programs here, off PATH; the newest version wins.
const root = '/usr/lib/postgresql';
const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
const bin = versions.length ? join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin') : undefined;
if (!bin) {
  const message = 'PostgreSQL server programs not found (/usr/lib/postgresql/*/bin/initdb): install them with `apt-get install postgresql`.';
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.log(`Skipping the PostgreSQL tests. ${message}`);
  process.exit(0);
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const dir = mkdtempSync(join(tmpdir(), 'fazhi-pg-'));
// initdb refuses to run as root: as root, the cluster belongs to the postgres user.
const asRoot = process.getuid?.() === 0;
if (asRoot) {
  const [uid, gid] = idsOf('postgres');
  chownSync(dir, uid, gid);
}
chmodSync(dir, 0o755);

function idsOf(user) {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`));
  if (!line) throw new Error(`no ${user} user: is the postgresql package installed?`);
  const [, , uid, gid] = line.split(':');
  return [Number(uid), Number(gid)];
}

function run(program, programArgs) {
  const result = asRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [program, ...programArgs].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')], { stdio: ['ignore', 'ignore', 'inherit'] })
    : spawnSync(program, programArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${program} failed (exit ${result.status})`);
}

const data = join(dir, 'db');
const stop = () => {
  try {
    run(join(bin, 'pg_ctl'), ['-D', data, 'stop', '-m', 'immediate']);
  } catch {
    // not started
  }
  rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(1)));

let status = 1;
try {
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'fz', '-E', 'UTF8', '--no-locale']);
  run(join(bin, 'pg_ctl'), ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', join(dir, 'log'), 'start', '-w']);
  const env = { ...process.env, FAZHI_TEST_DATABASE_URL: `postgres://fz@127.0.0.1:${port}/postgres` };
  console.log(`PostgreSQL ${versions[0]} on 127.0.0.1:${port} (${dir})`);
  status = spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
} catch (error) {
  console.error(error.message);
  const log = join(dir, 'log');
  if (existsSync(log)) console.error(readFileSync(log, 'utf8').slice(-2000));
} finally {
  stop();
}
process.exit(status);
