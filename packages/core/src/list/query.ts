import type { ListQuery, RangeFilter, SortKey } from './types.js';

export const DEFAULT_PAGE_SIZE = 20;
/**
 * The largest page anyone asks for or serves: the reference server refuses more (400), and the
 * list elements clamp their `page-size` to it, so a portal's `page-size="500"` still works.
 */
export const MAX_PAGE_SIZE = 100;

/** An element's `page-size` as used: a whole number from 1 to MAX_PAGE_SIZE, else the default. */
export function clampPageSize(size: unknown, fallback = DEFAULT_PAGE_SIZE): number {
  if (typeof size !== 'number' || !Number.isFinite(size) || size < 1) return fallback;
  return Math.min(Math.floor(size), MAX_PAGE_SIZE);
}

export interface QueryOptions {
  defaultPageSize?: number;
  /** Larger requests are cut down to this (a public endpoint must not hand out the whole table at once). */
  maxPageSize?: number;
}

type QueryInput = string | URLSearchParams | Record<string, string | string[] | undefined>;

export function emptyListQuery(pageSize = DEFAULT_PAGE_SIZE): ListQuery {
  return { page: 1, pageSize, q: '', sort: [], filters: {}, ranges: {} };
}

function entriesOf(input: QueryInput): [string, string][] {
  if (typeof input === 'string') return [...new URLSearchParams(input.startsWith('?') ? input.slice(1) : input)];
  if (input instanceof URLSearchParams) return [...input];
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(input)) {
    if (Array.isArray(value)) for (const v of value) out.push([key, String(v)]);
    else if (value !== undefined) out.push([key, String(value)]);
  }
  return out;
}

function positiveInt(text: string | undefined, fallback: number): number {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return fallback;
  const n = Number(text);
  return n >= 1 && Number.isSafeInteger(n) ? n : fallback;
}

/** `-code,name` → [{ code desc }, { name asc }]. */
export function parseSort(text: string): SortKey[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '-' && part !== '+')
    .map((part) =>
      part.startsWith('-')
        ? { field: part.slice(1), direction: 'desc' as const }
        : { field: part.startsWith('+') ? part.slice(1) : part, direction: 'asc' as const },
    );
}

export function formatSort(sort: SortKey[]): string {
  return sort.map((key) => (key.direction === 'desc' ? '-' : '') + key.field).join(',');
}

/** `a..b`, `a..`, `..b` → a range; anything else is an ordinary value. */
export function parseRange(text: string): RangeFilter | undefined {
  const at = text.indexOf('..');
  if (at < 0) return undefined;
  const from = text.slice(0, at).trim();
  const to = text.slice(at + 2).trim();
  const range: RangeFilter = {};
  if (from) range.from = from;
  if (to) range.to = to;
  return range;
}

/**
 * Reads the list protocol from a query string, URLSearchParams or a framework's parsed query object.
 * Unknown parameters are ignored; bad numbers fall back to defaults, never throw.
 */
export function parseListQuery(input: QueryInput, options: QueryOptions = {}): ListQuery {
  const defaultPageSize = options.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  const max = options.maxPageSize ?? MAX_PAGE_SIZE;
  const query = emptyListQuery(defaultPageSize);
  for (const [key, value] of entriesOf(input)) {
    if (key === 'page') query.page = positiveInt(value, 1);
    else if (key === 'pageSize') query.pageSize = Math.min(positiveInt(value, defaultPageSize), max);
    else if (key === 'q') query.q = value;
    else if (key === 'sort') query.sort = parseSort(value);
    else if (key.startsWith('f.') && key.length > 2) {
      const field = key.slice(2);
      const range = parseRange(value);
      if (range) query.ranges[field] = range;
      else if (value !== '') (query.filters[field] ??= []).push(value);
    }
  }
  return query;
}

/**
 * Writes the list protocol (without a leading `?`). Order is fixed so equal queries give equal strings
 * (cache keys, test assertions): page, pageSize, q, sort, then filters by field name.
 */
export function formatListQuery(query: ListQuery): string {
  const params = new URLSearchParams();
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  if (query.q.trim() !== '') params.set('q', query.q.trim());
  if (query.sort.length) params.set('sort', formatSort(query.sort));
  const fields = new Set([...Object.keys(query.filters), ...Object.keys(query.ranges)]);
  for (const field of [...fields].sort()) {
    for (const value of query.filters[field] ?? []) params.append(`f.${field}`, value);
    const range = query.ranges[field];
    if (range && (range.from || range.to)) params.append(`f.${field}`, `${range.from ?? ''}..${range.to ?? ''}`);
  }
  return params.toString();
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}
