import { formatListQuery, type Facets, type ListQuery, type ListResult } from '@fazhi/core';

/*
 * Talking to a list endpoint (DESIGN.md "Lists"), shared by the list elements: the query URL, the
 * answer's shape check, client mode's whole-list load and server mode's newest-answer-wins pages.
 * An export's walk through every page is in all-pages.ts.
 */

/** Thrown when an answer arrives after a newer request from the same source: it is dropped. */
export class StaleResponse extends Error {}

function jsonInit(init: RequestInit | undefined, signal: AbortSignal): RequestInit {
  const headers = new Headers(init?.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  return { ...init, method: 'GET', headers, signal };
}

/** A list endpoint answered with an error status. */
export class ListHttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** The server refused the query itself (400): retrying cannot help, changing the search can. */
export const isBadQuery = (error: unknown): boolean => error instanceof ListHttpError && error.status === 400;

/** GET as JSON with the portal's options; a non-2xx status or a body that is not JSON is an error. */
export async function getJson(url: string, init: RequestInit | undefined, signal: AbortSignal): Promise<unknown> {
  const response = await globalThis.fetch(url, jsonInit(init, signal));
  if (!response.ok) throw new ListHttpError(response.status);
  // A gateway's HTML error page fails to parse and is reported as an error; its text is never shown.
  return response.json();
}

/** The URL of one query; `base` may already carry parameters of its own, which are kept. */
export function listQueryUrl(base: string | URL, query: ListQuery, pageBase = globalThis.location?.href): string {
  const url = new URL(String(base), pageBase);
  for (const [key, value] of new URLSearchParams(formatListQuery(query))) url.searchParams.append(key, value);
  return url.href;
}

/** Accepts `{ items, total, facets? }`; anything else (a gateway's HTML, a bare error) is an error, never guessed at. */
export function parseListResult<T = unknown>(body: unknown): ListResult<T> {
  if (!body || typeof body !== 'object') throw new TypeError('bad list response');
  const { items, total, facets } = body as Record<string, unknown>;
  if (!Array.isArray(items)) throw new TypeError('bad list response');
  const counts: Facets = {};
  if (facets && typeof facets === 'object') {
    for (const [field, values] of Object.entries(facets as Record<string, unknown>)) {
      if (!values || typeof values !== 'object') continue;
      counts[field] = {};
      for (const [value, n] of Object.entries(values as Record<string, unknown>)) {
        if (typeof n === 'number' && Number.isFinite(n) && n >= 0) counts[field]![value] = n;
      }
    }
  }
  return { items: items as T[], total: typeof total === 'number' && total >= 0 ? total : items.length, facets: counts };
}

/** Client mode: a whole list, as a JSON array or `{ items: [...] }`. */
export async function loadAllItems<T = unknown>(url: string, init: RequestInit | undefined, signal: AbortSignal): Promise<T[]> {
  const body = await getJson(new URL(url, globalThis.location?.href).href, init, signal);
  const items = Array.isArray(body) ? body : body && typeof body === 'object' ? (body as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) throw new TypeError('bad list data');
  return items as T[];
}

/**
 * Server mode: each request aborts the one before, and a sequence number drops any answer that is
 * not the newest, so a slow reply to "许可" never replaces the table already showing "许可证".
 */
export class ServerSource<T = unknown> {
  private seq = 0;
  private controller?: AbortController;

  constructor(private readonly requestInit: () => RequestInit | undefined) {}

  /** Resolves with the newest answer, or rejects with `StaleResponse` when a newer request was made meanwhile. */
  async load(url: string): Promise<ListResult<T>> {
    const seq = ++this.seq;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const body = await getJson(url, this.requestInit(), controller.signal);
      if (seq !== this.seq) throw new StaleResponse();
      return parseListResult<T>(body);
    } catch (error) {
      if (seq !== this.seq) throw new StaleResponse();
      throw error;
    }
  }

  /** Forget any request in flight (the element left the page, or its source changed). */
  cancel(): void {
    this.seq++;
    this.controller?.abort();
    this.controller = undefined;
  }
}
