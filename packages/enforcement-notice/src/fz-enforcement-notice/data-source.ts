import { type ListQuery } from '@fazhi/core';
import { listQueryUrl } from '@fazhi/form';
import type { ViewName } from './types.js';

/**
 * Where a view's data lives. `src` ending in `/` is a folder of static files (`bodies.json`…);
 * otherwise it is an API base with the endpoints `/bodies`, `/officers`, `/matters`, `/decisions`.
 * Fetching goes through the list kit's shared source (@fazhi/form).
 */
export function endpointUrl(src: string, view: ViewName, pageBase = globalThis.location?.href): URL {
  if (src.endsWith('/')) return new URL(`${view}.json`, new URL(src, pageBase));
  const base = new URL(src, pageBase);
  base.pathname = `${base.pathname.replace(/\/+$/, '')}/${view}`;
  return base;
}

/** The URL of one server-mode query (the list protocol of DESIGN.md). */
export function queryUrl(src: string, view: ViewName, query: ListQuery, pageBase?: string): string {
  return listQueryUrl(endpointUrl(src, view, pageBase), query, pageBase);
}
