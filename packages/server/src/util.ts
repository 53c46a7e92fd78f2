import { createHash } from 'node:crypto';
import { TIME_ZONE_OFFSET_MINUTES } from './config.js';

/** JSON with object keys sorted, so equal data hashes equally whatever order a client wrote the keys in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `receivedAt` (ISO 8601 with +08:00) and the receipt's day (yyyymmdd) for one instant. */
export function chinaTime(date: Date = new Date()): { iso: string; day: string } {
  const shifted = new Date(date.getTime() + TIME_ZONE_OFFSET_MINUTES * 60_000).toISOString();
  return { iso: `${shifted.slice(0, -1)}+08:00`, day: shifted.slice(0, 10).replace(/-/g, '') };
}
