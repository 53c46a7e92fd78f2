import { collectText, normalizeSearchText, searchTerms } from './normalize.js';
import { formatSort } from './query.js';
import { listCollator, sortItems } from './sort.js';
import type { FieldAccessor, Facets, ListOptions, ListQuery, ListResult, RangeFilter } from './types.js';

/** Reads `a.b.c` from an item; arrays on the way are mapped (`basis.lawName` → every law name). */
export function readPath(item: unknown, path: string): unknown {
  let value: unknown = item;
  for (const key of path.split('.')) {
    if (Array.isArray(value)) value = value.map((v) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined));
    else if (value && typeof value === 'object') value = (value as Record<string, unknown>)[key];
    else return undefined;
  }
  return value;
}

function valuesOf(value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.flatMap(valuesOf);
  return [String(value)];
}

function inRange(value: unknown, range: RangeFilter): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.some((v) => {
    if (v === null || v === undefined || v === '') return false;
    if (typeof v === 'number') {
      const from = range.from === undefined ? -Infinity : Number(range.from);
      const to = range.to === undefined ? Infinity : Number(range.to);
      return v >= from && v <= to;
    }
    const text = String(v);
    // `..2026-03-31` includes 2026-03-31T18:00: compare the bound's length only.
    return (range.from === undefined || text >= range.from) && (range.to === undefined || text.slice(0, range.to.length) <= range.to);
  });
}

/** A reusable matcher over one array: keeps normalised search text and sorted orders between queries. */
export interface ListEngine<T> {
  apply(query: ListQuery): ListResult<T>;
  /** Every matching item in order, all pages (for CSV export of the current view). */
  matching(query: ListQuery): T[];
  /**
   * Prepares search text for up to `limit` more items (all when omitted), so the first keystroke
   * does not pay for it; call in idle time. Returns true once every item is prepared.
   */
  prepare(limit?: number): boolean;
}

/**
 * Builds an engine for client-side lists and the reference server. Search text is normalised
 * once per item, on first use, so typing in a 10,000-row list only scans prepared strings.
 */
export function createListEngine<T>(items: readonly T[], options: ListOptions<T>): ListEngine<T> {
  const collator = listCollator(options.collation ?? 'zh-CN');
  const searchAccessors: FieldAccessor<T>[] = options.searchFields;
  const facetFields = options.facetFields ?? [];
  let haystacks: string[] | undefined;
  const sortedCache = new Map<string, number[]>();
  const indices = items.map((_, i) => i);

  const read = (item: T, field: string): unknown => {
    const computed = options.fields?.[field];
    if (computed) return computed(item);
    // Most fields are top-level keys: skip splitting a path on every read of 10,000 rows.
    return field.includes('.') ? readPath(item, field) : item && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined;
  };

  const haystack = (i: number): string => {
    haystacks ??= new Array<string>(items.length);
    let text = haystacks[i];
    if (text === undefined) {
      const item = items[i];
      const parts: string[] = [];
      for (const accessor of searchAccessors) collectText(typeof accessor === 'function' ? accessor(item) : read(item, accessor), parts);
      // A separator no search term can contain keeps a term from matching across two fields.
      text = parts.map(normalizeSearchText).join('\u0001');
      haystacks[i] = text;
    }
    return text;
  };

  let prepared = 0;
  const allowed = (field: string, list: string[] | undefined) => !list || list.includes(field);

  const ordered = (query: ListQuery): number[] => {
    const sort = query.sort.filter((key) => allowed(key.field, options.sortFields));
    const key = formatSort(sort);
    let sorted = sortedCache.get(key);
    if (!sorted) {
      sorted = sortItems(indices, sort, (i, field) => read(items[i], field), collator);
      sortedCache.set(key, sorted);
    }
    return sorted;
  };

  const select = (query: ListQuery, wantFacets: boolean): { rows: T[]; facets: Facets } => {
    const terms = searchTerms(query.q);
    const filters = Object.entries(query.filters)
      .filter(([field, values]) => allowed(field, options.filterFields) && values.length > 0)
      .map(([field, values]) => ({ field, accepted: new Set(values) }));
    const ranges = Object.entries(query.ranges).filter(([field]) => allowed(field, options.filterFields));
    const facets: Facets = {};
    if (wantFacets) for (const field of facetFields) facets[field] = {};
    const rows: T[] = [];

    for (const index of ordered(query)) {
      const item = items[index];
      if (terms.length) {
        const text = haystack(index);
        if (!terms.every((term) => text.includes(term))) continue;
      }
      // Facet counts for a field ignore that field's own filter, so every tab shows what choosing it would give.
      let failedField: string | undefined;
      let failures = 0;
      for (const { field, accepted } of filters) {
        const value = read(item, field);
        if (typeof value === 'string' ? !accepted.has(value) : !valuesOf(value).some((v) => accepted.has(v))) {
          failures++;
          failedField = field;
          if (failures > 1) break;
        }
      }
      if (failures < 2) {
        for (const [field, range] of ranges) {
          if (!inRange(read(item, field), range)) {
            failures++;
            failedField = field;
            if (failures > 1) break;
          }
        }
      }
      if (failures > 1) continue;
      if (wantFacets) {
        for (const field of facetFields) {
          if (failures === 1 && failedField !== field) continue;
          const counts = facets[field];
          const value = read(item, field);
          if (typeof value === 'string') {
            if (value !== '') counts[value] = (counts[value] ?? 0) + 1;
          } else {
            for (const v of new Set(valuesOf(value))) counts[v] = (counts[v] ?? 0) + 1;
          }
        }
      }
      if (failures === 0) rows.push(item);
    }
    return { rows, facets };
  };

  return {
    apply(query) {
      const { rows, facets } = select(query, true);
      const start = (Math.max(1, query.page) - 1) * query.pageSize;
      return { items: rows.slice(start, start + query.pageSize), total: rows.length, facets };
    },
    matching(query) {
      return select(query, false).rows;
    },
    prepare(limit = Infinity) {
      const end = Math.min(items.length, prepared + limit);
      for (; prepared < end; prepared++) haystack(prepared);
      return prepared >= items.length;
    },
  };
}

/** One-shot search, filter, facet count, sort and page of an array (builds a throwaway engine). */
export function applyQuery<T>(items: readonly T[], query: ListQuery, options: ListOptions<T>): ListResult<T> {
  return createListEngine(items, options).apply(query);
}
