import { formatListQuery, type Facets, type ListQuery, type ListResult } from '@fazhi/core';
import type { ViewName } from './types.js';

/** Thrown when an answer arrives after a newer request for the same view: it is dropped. */
export class StaleResponse extends Error {}

function jsonInit(init: RequestInit | undefined, signal: AbortSignal): RequestInit {
  const headers = new Headers(init?.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  return { ...init, method: 'GET', headers, signal };
}

/**
 * Where a view's data lives. `src` ending in `/` is a folder of static files (`bodies.json`…);
 * otherwise it is an API base with the endpoints `/bodies`, `/officers`, `/matters`, `/decisions`.
 */
export function endpointUrl(src: string, view: ViewName, pageBase = globalThis.location?.href): URL {
  if (src.endsWith('/')) return new URL(`${view}.json`, new URL(src, pageBase));
  const base = new URL(src, pageBase);
  base.pathname = `${base.pathname.replace(/\/+$/, '')}/${view}`;
  return base;
}

/** The URL of one server-mode query (the list protocol of DESIGN.md). */
export function queryUrl(src: string, view: ViewName, query: ListQuery, pageBase?: string): string {
  const url = endpointUrl(src, view, pageBase);
  for (const [key, value] of new URLSearchParams(formatListQuery(query))) url.searchParams.append(key, value);
  return url.href;
}

async function getJson(url: string, init: RequestInit | undefined, signal: AbortSignal): Promise<unknown> {
  const response = await globalThis.fetch(url, jsonInit(init, signal));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  // A gateway's HTML error page fails to parse and is reported as an error; its text is never shown.
  return response.json();
}

/** Client mode: the whole array of one view (`[...]` or `{ items: [...] }`). */
export async function loadAll(src: string, view: ViewName, init: RequestInit | undefined, signal: AbortSignal): Promise<unknown[]> {
  const body = await getJson(endpointUrl(src, view).href, init, signal);
  const items = Array.isArray(body) ? body : body && typeof body === 'object' ? (body as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) throw new TypeError('bad list data');
  return items;
}

/** `{ items, total, facets? }`; anything else is an error. */
export function parseResult(body: unknown): ListResult<unknown> {
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
  return { items, total: typeof total === 'number' && total >= 0 ? total : items.length, facets: counts };
}

/**
 * Server mode, one per view: each request aborts the one before, and a sequence number drops any
 * answer that is not the newest, so a slow reply to an old search never replaces a newer table.
 */
export class ServerSource {
  private seq = 0;
  private controller?: AbortController;

  constructor(private readonly requestInit: () => RequestInit | undefined) {}

  async load(src: string, view: ViewName, query: ListQuery): Promise<ListResult<unknown>> {
    const seq = ++this.seq;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const body = await getJson(queryUrl(src, view, query), this.requestInit(), controller.signal);
      if (seq !== this.seq) throw new StaleResponse();
      return parseResult(body);
    } catch (error) {
      if (seq !== this.seq) throw new StaleResponse();
      throw error;
    }
  }

  cancel(): void {
    this.seq++;
    this.controller?.abort();
    this.controller = undefined;
  }
}
