// Bounded loopback load test of the reference server (issue 4): validated legal-aid POSTs per second
// and p99 latency. Starts the server as its own process on 127.0.0.1 with a throwaway data folder,
// drives it with autocannon for a fixed time per phase, checks every answer was 201 and every
// request was stored once, then stops the server and removes the folder.
//
//   node bench/server-load.mjs      (2 × 10 s, 50 connections, latency phase at 1000 requests/s)
//   DURATION=5 CONNECTIONS=20 RATE=500 node bench/server-load.mjs
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 50);
const rate = Number(process.env.RATE ?? 1000);
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'legal-aid-application.schema.json'), 'utf8'));
const application = schema.examples.find((e) => !JSON.stringify(e).includes('"size"'));

const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
const server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(root, 'packages/server/src/main.ts')], {
  cwd: root,
  // One client address sends everything: the per-address limit is raised out of the way.
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FAZHI_DATA_DIR: dataDir, LOG_LEVEL: 'error', FAZHI_SUBMISSIONS_PER_MINUTE: '100000000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

// Whatever happens, the bench ends: the server is stopped and the folder removed.
const guard = setTimeout(() => finish(1, 'timed out'), (2 * duration + 90) * 1000);
function finish(code, message) {
  clearTimeout(guard);
  if (message) console.error(message);
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}
server.on('exit', (code) => {
  if (code !== 0 && code !== null) finish(1, `server exited with ${code}`);
});

/** CPU time the server process has used (Linux /proc; clock ticks of 10 ms). A figure a busy machine disturbs less than wall time. */
function serverCpuMs() {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /http:\/\/localhost:(\d+)\//.exec(out);
    if (match) resolve(`http://127.0.0.1:${match[1]}`);
  });
  server.on('error', reject);
});

// Warm up (JIT, schema compilation) so the measurement is the steady state.
for (let i = 0; i < 200; i++) {
  const key = `warm-${i}-${randomBytes(4).toString('hex')}`;
  await fetch(`${url}/api/legal-aid`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ schema: schema.$id, data: application, idempotencyKey: key }),
  });
}

const prefix = randomBytes(6).toString('hex');
let sent = 0;
const post = {
  method: 'POST',
  path: '/api/legal-aid',
  setupRequest(request) {
    const key = `bench-${prefix}-${sent++}`;
    request.headers = { 'content-type': 'application/json', 'idempotency-key': key };
    request.body = JSON.stringify({ schema: schema.$id, data: application, idempotencyKey: key });
    return request;
  },
};

// Two phases. Throughput: as many requests as the connections can push. Latency: a fixed offered
// rate, because with N busy connections the mean latency is N / throughput (Little's law), so p99
// at full throughput measures the queue, not the server.
const phases = [];
for (const [name, options] of [
  [`throughput, ${connections} connections`, {}],
  [`latency at ${rate} requests/s offered`, { overallRate: rate }],
]) {
  const cpuBefore = serverCpuMs();
  const result = await autocannon({ url, connections, duration, requests: [post], ...options });
  phases.push({ name, result, cpuMs: serverCpuMs() - cpuBefore });
}

const db = new Database(join(dataDir, 'fazhi.sqlite'), { readonly: true });
const stored = db.prepare("SELECT count(*) AS n FROM submissions WHERE idempotency_key LIKE 'bench-%'").get().n;
db.close();

const ok = phases.reduce((n, p) => n + p.result['2xx'], 0);
const failed = phases.reduce((n, p) => n + p.result.non2xx + p.result.errors + p.result.timeouts, 0);
const lines = [`reference server, loopback, ${duration} s per phase, validated legal-aid POSTs with unique keys`];
for (const { name, result, cpuMs } of phases) {
  const perRequest = cpuMs / (result['2xx'] || 1);
  lines.push(
    `  ${name}`,
    `    requests/s  mean ${result.requests.average.toFixed(0)}  (min ${result.requests.min}, max ${result.requests.max})`,
    `    latency ms  p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}`,
    `    answers     ${result['2xx']} × 2xx, ${result.non2xx} other, ${result.errors} errors, ${result.timeouts} timeouts`,
    `    server CPU  ${perRequest.toFixed(2)} ms per request (≈ ${Math.round(1000 / perRequest)} requests/s per free core)`,
  );
}
lines.push(`  ${stored} rows stored for ${ok} 2xx answers`);
lines.push(`  machine load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${cpus().length} cores`);
console.log(lines.join('\n'));
// Requests still in flight when the clock stops are stored but not counted by autocannon.
const consistent = failed === 0 && stored >= ok && stored <= sent;
finish(consistent ? 0 : 1, consistent ? undefined : 'some requests failed or were not stored exactly once');
