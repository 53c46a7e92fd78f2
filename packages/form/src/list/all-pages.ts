import { MAX_PAGE_SIZE, type ListQuery } from '@fazhi/core';
import { getJson, listQueryUrl, parseListResult } from './server-source.js';

/*
 * A module of its own so that a drop-in loading it on demand (an export is rare) does not carry it
 * in the list chunk every list element loads.
 */

/** Rows an export fetches at most in server mode (100 requests of MAX_PAGE_SIZE). */
export const EXPORT_LIMIT = 10_000;

/**
 * Every row of a query in server mode, for an export: pages of MAX_PAGE_SIZE, one after the other,
 * until the total, an empty page, or `limit` rows. `total` is the server's count, so a caller can
 * say when the export stopped short of it.
 */
export async function loadAllPages<T = unknown>(
  base: string,
  query: ListQuery,
  init: RequestInit | undefined,
  signal: AbortSignal,
  limit = EXPORT_LIMIT,
): Promise<{ items: T[]; total: number }> {
  const items: T[] = [];
  let total = Infinity;
  for (let page = 1; items.length < Math.min(total, limit); page++) {
    const url = listQueryUrl(base, { ...query, page, pageSize: MAX_PAGE_SIZE });
    const result = parseListResult<T>(await getJson(url, init, signal));
    total = result.total;
    if (!result.items.length) break;
    items.push(...result.items);
  }
  return { items: items.slice(0, limit), total: Number.isFinite(total) ? total : items.length };
}
