// Bounded loopback load test of the reference server under a body-size attack: while one client
// sends freezing bodies in a loop (≈1 MB each: 330,000 empty attachments, 4,990 attachments over
// `maxItems`, 90,000 extra keys, a 900 KB text), other clients file valid legal-aid applications
// with unique keys at a fixed rate. Reports the valid clients' latency and throughput, alone and
// under attack, and the attacker's status codes. Starts the server as its own process on 127.0.0.1
// with a throwaway data folder and removes it afterwards. Asserts no time: figures for
// docs/performance.md. It counts 429s apart, so a rate limit (if configured) shows without failing it.
//
//   node bench/server-attack.mjs      (3 phases of 10 s, 10 valid connections at 200 requests/s)
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
  // The per-address limit is raised: every client here is one loopback address, and what is measured
  // is whether bounded work alone keeps valid filings fast (a limit would only hide it).
  env: { FAZHI_SUBMISSIONS_PER_MINUTE: '100000000', ...process.env, PORT: '0', HOST: '127.0.0.1', FAZHI_DATA_DIR: dataDir, LOG_LEVEL: 'error' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

// Whatever happens, the bench ends: the server is stopped and the folder removed.
const guard = setTimeout(() => finish(1, 'timed out'), (3 * duration + 120) * 1000);
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
// Built once: the attacker spends its time sending, not building. Refused bodies are never stored, so a key may repeat.
const ATTACKS = FREEZING.map((data, i) => body(`attack-${prefix}-${i}`, data));

/**
 * The attacker: one connection sending freezing bodies back to back until `until`. A plain loop,
 * not autocannon: Node closes the connection after a 413, and autocannon then resends the same body.
 */
async function attack(until) {
  const statuses = {};
  const latencies = [];
  let bytes = 0;
  for (let i = 0; Date.now() < until; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/api/legal-aid`, { method: 'POST', headers: json(`attack-${prefix}-${i % ATTACKS.length}`), body: ATTACKS[i % ATTACKS.length] });
    bytes += (await response.arrayBuffer()).byteLength;
    latencies.push(performance.now() - started);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  }
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  return { total: latencies.length, statuses, bytes, p50: at(0.5), p99: at(0.99) };
}

// Warm up (JIT, schema compilation) so the measurement is the steady state.
await autocannon({ url, connections: 2, amount: 200, requests: [valid] });
await attack(Date.now() + 1000);

/** CPU time the server process has used (Linux /proc; clock ticks of 10 ms): less disturbed by a busy machine than wall time. */
function serverCpuMs() {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

const run = (options) => autocannon({ url, duration, ...options });
// Valid clients at a fixed offered rate: latency then measures the server, not a queue the load
// generator built itself (Little's law).
// Three phases: valid clients alone, the attacker alone (for the server's CPU per body), both at once.
let cpu = serverCpuMs();
const alone = await run({ connections, overallRate: rate, requests: [valid] });
const cpuPerValid = (serverCpuMs() - cpu) / alone.requests.total;
cpu = serverCpuMs();
const attackAlone = await attack(Date.now() + duration * 1000);
const cpuPerAttack = (serverCpuMs() - cpu) / attackAlone.total;
const [underAttack, attacker] = await Promise.all([
  run({ connections, overallRate: rate, requests: [valid] }),
  Promise.all(Array.from({ length: attackers }, () => attack(Date.now() + duration * 1000))),
]).then(([valid, loops]) => [
  valid,
  loops.reduce((all, one) => ({
    total: all.total + one.total,
    bytes: all.bytes + one.bytes,
    statuses: Object.fromEntries([...new Set([...Object.keys(all.statuses), ...Object.keys(one.statuses)])].map((k) => [k, (all.statuses[k] ?? 0) + (one.statuses[k] ?? 0)])),
    p50: Math.max(all.p50, one.p50),
    p99: Math.max(all.p99, one.p99),
  })),
]);

const db = new Database(join(dataDir, 'fazhi.sqlite'), { readonly: true });
const storedAttacks = db.prepare("SELECT count(*) AS n FROM submissions WHERE idempotency_key LIKE 'attack-%'").get().n;
db.close();

/** "1456 × 201, 3 × 429" from `{ 201: 1456, … }` or autocannon's `{ 201: { count: 1456 }, … }`. */
const tally = (byStatus) =>
  Object.entries(byStatus ?? {})
    .map(([code, n]) => `${typeof n === 'number' ? n : n.count} × ${code}`)
    .join(', ') || 'none';
const lines = [`reference server, loopback, ${duration} s per phase, valid legal-aid POSTs at ${rate}/s offered on ${connections} connections`];
for (const [name, result] of [['valid clients alone', alone], [`valid clients while ${attackers} attacker(s) send freezing bodies`, underAttack]]) {
  lines.push(
    `  ${name}`,
    `    requests/s  mean ${result.requests.average.toFixed(0)}`,
    `    latency ms  p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}`,
    `    answers     ${tally(result.statusCodeStats)}; ${result.errors} errors, ${result.timeouts} timeouts`,
  );
}
lines.push(
  `  attacker(s): ${FREEZING.length} bodies of ${ATTACKS.map((b) => `${Math.round(Buffer.byteLength(b) / 1024)} KB`).join(' / ')} in turn, back to back`,
  `    requests    ${attacker.total} (${(attacker.total / duration).toFixed(1)}/s), latency p50 ${attacker.p50} ms, p99 ${attacker.p99} ms`,
  `    answers     ${tally(attacker.statuses)}; ${Math.round(attacker.bytes / 1024)} KB of answers in all; ${storedAttacks} stored`,
  `    server CPU  ${cpuPerAttack.toFixed(1)} ms per freezing body, measured with the attacker alone (${attackAlone.total} bodies); a valid filing: ${cpuPerValid.toFixed(1)} ms`,
  `  machine load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${cpus().length} cores`,
);
console.log(lines.join('\n'));
const ok = storedAttacks === 0 && underAttack['2xx'] + (underAttack.statusCodeStats?.['429']?.count ?? 0) === underAttack.requests.total;
finish(ok ? 0 : 1, ok ? undefined : 'an attack was stored or a valid submission failed');
