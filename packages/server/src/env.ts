import { resolve } from 'node:path';
import type { AppOptions } from './app.js';

type Env = Record<string, string | undefined>;

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

function positive(env: Env, name: string): number | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new Error(`${name} 应是正整数，现在是“${value}”。`);
  return Number(value);
}

function origins(value: string | undefined): string[] {
  return list(value).map((origin) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) throw new Error(`FAZHI_CORS_ORIGINS 中的“${origin}”不是一个来源，应写成 https://www.example.gov.cn（不带路径和结尾的 /）。`);
    return origin;
  });
}

function databaseUrl(value: string | undefined): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL 应以 postgres:// 开头；不设则使用 SQLite。');
  return url;
}

/**
 * The reference server's settings from the environment (docs/backend-contract.md §10). Anything not
 * set keeps the default in config.ts; a malformed value stops the start with a message, rather than
 * running with a protection silently off.
 */
export function optionsFromEnv(env: Env): AppOptions {
  const perMinute = { submissionsPerMinute: positive(env, 'FAZHI_SUBMISSIONS_PER_MINUTE'), listReadsPerMinute: positive(env, 'FAZHI_LIST_READS_PER_MINUTE') };
  const requestSeconds = positive(env, 'FAZHI_REQUEST_TIMEOUT_S');
  return {
    dataDir: resolve(env.FAZHI_DATA_DIR ?? './data'),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    dbPoolSize: positive(env, 'FAZHI_DB_POOL'),
    configDir: env.FAZHI_CONFIG_DIR ? resolve(env.FAZHI_CONFIG_DIR) : undefined,
    logger: { level: env.LOG_LEVEL ?? 'warn' },
    reviewerToken: env.FAZHI_REVIEWER_TOKEN?.trim() || undefined,
    editorToken: env.FAZHI_EDITOR_TOKEN?.trim() || undefined,
    corsOrigins: origins(env.FAZHI_CORS_ORIGINS),
    corsCredentials: /^(1|true|yes)$/i.test(env.FAZHI_CORS_CREDENTIALS?.trim() ?? ''),
    trustProxy: list(env.FAZHI_TRUST_PROXY),
    rateLimits: Object.fromEntries(Object.entries(perMinute).filter(([, value]) => value !== undefined)),
    maxConcurrentUploads: positive(env, 'FAZHI_MAX_UPLOADS'),
    timeouts: requestSeconds ? { requestMs: requestSeconds * 1000 } : {},
  };
}
