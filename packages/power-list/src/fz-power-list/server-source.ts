import { formatListQuery, type ListQuery, type ListResult } from '@fazhi/core';

export class StaleResponse extends Error {}

function jsonHeaders(init: RequestInit | undefined): Headers {
  const headers = new Headers(init?.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  return headers;
}

/**
 * Fetches pages from a list endpoint with the query protocol. Each request aborts the one before,
 * and a sequence number drops any answer that is not the newest: a slow reply to "许可" must never
 * replace the table already showing "许可证".
 */
export class ServerSource<T> {
  private seq = 0;
  private controller?: AbortController;

  constructor(private readonly requestInit: () => RequestInit | undefined) {}

  /** URL of one query; `base` may already carry parameters of its own. */
  static url(base: string, query: ListQuery, pageBase = globalThis.location?.href): string {
    const url = new URL(base, pageBase);
    for (const [key, value] of new URLSearchParams(formatListQuery(query))) url.searchParams.append(key, value);
    return url.href;
  }

  /** Resolves with the newest answer, or rejects with `StaleResponse` when a newer request was made meanwhile. */
  async load(base: string, query: ListQuery): Promise<ListResult<T>> {
    const seq = ++this.seq;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const init = this.requestInit() ?? {};
    try {
      const response = await globalThis.fetch(ServerSource.url(base, query), {
        ...init,
        method: 'GET',
        headers: jsonHeaders(init),
        signal: controller.signal,
      });
      if (seq !== this.seq) throw new StaleResponse();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body: unknown = await response.json();
      if (seq !== this.seq) throw new StaleResponse();
      return parseResult<T>(body);
    } catch (error) {
      if (seq !== this.seq) throw new StaleResponse();
      throw error;
    }
  }

  /** Forget any request in flight (the element left the page). */
  cancel(): void {
    this.seq++;
    this.controller?.abort();
    this.controller = undefined;
  }
}

/** Accepts `{ items, total, facets? }`; anything else (a gateway's HTML, a bare error) is an error, never guessed at. */
export function parseResult<T>(body: unknown): ListResult<T> {
  if (!body || typeof body !== 'object') throw new TypeError('bad list response');
  const { items, total, facets } = body as Record<string, unknown>;
  if (!Array.isArray(items)) throw new TypeError('bad list response');
  const counts: ListResult<T>['facets'] = {};
  if (facets && typeof facets === 'object') {
    for (const [field, values] of Object.entries(facets as Record<string, unknown>)) {
      if (!values || typeof values !== 'object') continue;
      counts[field] = {};
      for (const [value, n] of Object.entries(values as Record<string, unknown>)) if (typeof n === 'number' && n >= 0) counts[field][value] = n;
    }
  }
  return { items: items as T[], total: typeof total === 'number' && total >= 0 ? total : items.length, facets: counts };
}

/** Client mode's `src`: a JSON array, or `{ items: [...] }`. */
export async function loadAll<T>(src: string, init: RequestInit | undefined, signal: AbortSignal): Promise<T[]> {
  const response = await globalThis.fetch(new URL(src, globalThis.location?.href).href, {
    ...init,
    headers: jsonHeaders(init),
    signal,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body: unknown = await response.json();
  const items = Array.isArray(body) ? body : body && typeof body === 'object' ? (body as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) throw new TypeError('bad list data');
  return items as T[];
}
