import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const STARTUP_MS = 60_000;

export interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts main.ts (what `npm start` runs) as its own process on a free port and resolves with the URL it prints. */
export function startServer(dataDir: string, env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: repoDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FAZHI_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = { child, url: '', output: () => output };
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed within ${STARTUP_MS} ms:\n${output}`)), STARTUP_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /https?:\/\/[^\s/]+:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ ...started, url: match[0] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before printing its URL:\n${output}`));
    });
  });
}

/** SIGTERM (main.ts closes the app and exits), SIGKILL if it has not gone within 10 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

