// Bounded loopback load test of the reference server under a body-size attack: while one client
// sends freezing bodies in a loop (≈1 MB each: 330,000 empty attachments, 4,990 attachments over
// `maxItems`, 90,000 extra keys, a 900 KB text), other clients file valid legal-aid applications
// with unique keys at a fixed rate. Reports the valid clients' latency and throughput, alone and
// under attack, and the attacker's status codes. Starts the server as its own process on 127.0.0.1
// with a throwaway data folder and removes it afterwards. Asserts no time: figures for
// docs/performance.md. It counts 429s apart, so a rate limit (if configured) shows without failing it.
//
//   node bench/server-attack.mjs      (10 s per phase, 10 valid connections at 200 requests/s)
//   DURATION=5 CONNECTIONS=10 RATE=100 ATTACKERS=1 node bench/server-attack.mjs
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
const connections = Number(process.env.CONNECTIONS ?? 10);
const rate = Number(process.env.RATE ?? 200);
const attackers = Number(process.env.ATTACKERS ?? 1);
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'legal-aid-application.schema.json'), 'utf8'));
const application = schema.examples.find((e) => !JSON.stringify(e).includes('"size"'));

const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
const server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(root, 'packages/server/src/main.ts')], {
  cwd: root,
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FAZHI_DATA_DIR: dataDir, LOG_LEVEL: 'error' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

// Whatever happens, the bench ends: the server is stopped and the folder removed.
const guard = setTimeout(() => finish(1, 'timed out'), (2 * duration + 120) * 1000);
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

const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /http:\/\/localhost:(\d+)\//.exec(out);
    if (match) resolve(`http://127.0.0.1:${match[1]}`);
  });
  server.on('error', reject);
});

const prefix = randomBytes(6).toString('hex');
let sent = 0;
const body = (key, dataJson) => `{"schema":${JSON.stringify(schema.$id)},"idempotencyKey":"${key}","data":${dataJson}}`;
const json = (key) => ({ 'content-type': 'application/json', 'idempotency-key': key });
const valid = {
  method: 'POST',
  path: '/api/legal-aid',
  setupRequest(request) {
    const key = `bench-${prefix}-${sent++}`;
    return { ...request, headers: json(key), body: body(key, JSON.stringify(application)) };
  },
};

const list = (item, count) => `[${Array(count).fill(item).join(',')}]`;
const FREEZING = [
  `{"attachments":${list('{}', 330_000)}}`,
  `{"attachments":${list('{}', 4_990)}}`,
  `{${Array.from({ length: 90_000 }, (_, i) => `"${i.toString(36)}":0`).join(',')}}`,
  `{"facts":"${'字'.repeat(300_000)}"}`,
];
let attacks = 0;
const attack = {
  method: 'POST',
  path: '/api/legal-aid',
  setupRequest(request) {
    const key = `attack-${prefix}-${attacks}`;
    return { ...request, headers: json(key), body: body(key, FREEZING[attacks++ % FREEZING.length]) };
  },
};

// Warm up (JIT, schema compilation) so the measurement is the steady state.
await autocannon({ url, connections: 2, amount: 200, requests: [valid] });
await autocannon({ url, connections: 1, amount: 8, requests: [attack] });

const run = (options) => autocannon({ url, duration, ...options });
// Valid clients at a fixed offered rate: latency then measures the server, not a queue the load
// generator built itself (Little's law).
const alone = await run({ connections, overallRate: rate, requests: [valid] });
const [underAttack, attacker] = await Promise.all([
  run({ connections, overallRate: rate, requests: [valid] }),
  run({ connections: attackers, requests: [attack] }),
]);

const db = new Database(join(dataDir, 'fazhi.sqlite'), { readonly: true });
const storedAttacks = db.prepare("SELECT count(*) AS n FROM submissions WHERE idempotency_key LIKE 'attack-%'").get().n;
db.close();

const statuses = (result) =>
  Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${count} × ${code}`)
    .join(', ') || 'none';
const lines = [`reference server, loopback, ${duration} s per phase, valid legal-aid POSTs at ${rate}/s offered on ${connections} connections`];
for (const [name, result] of [['valid clients alone', alone], [`valid clients while ${attackers} client sends freezing bodies`, underAttack]]) {
  lines.push(
    `  ${name}`,
    `    requests/s  mean ${result.requests.average.toFixed(0)}`,
    `    latency ms  p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}`,
    `    answers     ${statuses(result)}; ${result.errors} errors, ${result.timeouts} timeouts`,
  );
}
const megabytes = (attacker.throughput.total / 1024 / 1024).toFixed(2);
lines.push(
  `  attacker (${FREEZING.length} bodies of ${FREEZING.map((b) => `${Math.round(body('x', b).length / 1024)} KB`).join(' / ')}, in turn)`,
  `    requests    ${attacker.requests.total} (${attacker.requests.average.toFixed(1)}/s), latency p50 ${attacker.latency.p50} ms, p99 ${attacker.latency.p99} ms`,
  `    answers     ${statuses(attacker)}; ${megabytes} MB of answers in all; ${storedAttacks} stored`,
  `  machine load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${cpus().length} cores`,
);
console.log(lines.join('\n'));
const ok = storedAttacks === 0 && underAttack['2xx'] + (underAttack.statusCodeStats?.['429']?.count ?? 0) === underAttack.requests.total;
finish(ok ? 0 : 1, ok ? undefined : 'an attack was stored or a valid submission failed');
