/** Sort order of one field; `sort=-code` in the query string is `{ field: 'code', direction: 'desc' }`. */
export interface SortKey {
  field: string;
  direction: 'asc' | 'desc';
}

/** Inclusive bounds, either side open: `f.date=2026-01-01..2026-03-31`, `f.date=2026-01-01..`. */
export interface RangeFilter {
  from?: string;
  to?: string;
}

/**
 * One view of a list: the state a list element keeps and the server protocol carries
 * (`?page=1&pageSize=20&q=…&sort=-code&f.category=xk&f.date=a..b`).
 */
export interface ListQuery {
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Free-text search as typed; normalised only when matched. */
  q: string;
  /** First key wins; later keys break ties. */
  sort: SortKey[];
  /** Field → accepted values (an item matches when any of its values is accepted). Repeat `f.x=` for several. */
  filters: Record<string, string[]>;
  /** Field → inclusive range (dates as ISO strings, or numbers). */
  ranges: Record<string, RangeFilter>;
}

/** Field → value → how many items have it (for tabs, chips and charts). */
export type Facets = Record<string, Record<string, number>>;

/** What a server returns for one query, and what `applyQuery` computes in the browser. */
export interface ListResult<T> {
  /** The requested page only. */
  items: T[];
  /** Items matching search and filters, across all pages. */
  total: number;
  facets: Facets;
}

/** A field named by dot path (`agency.name`) or read by a function. */
export type FieldAccessor<T> = string | ((item: T) => unknown);

export interface ListOptions<T> {
  /** Fields searched by `q`; nested arrays and objects are searched through (e.g. `basis` → every law, article and text). */
  searchFields: FieldAccessor<T>[];
  /** Fields whose value counts are returned in `facets`. */
  facetFields?: string[];
  /** Fields a query may sort by; others are ignored. Default: any field. */
  sortFields?: string[];
  /** Fields a query may filter by; others are ignored. Default: any field. */
  filterFields?: string[];
  /** Named fields computed from the item, used by filters, facets and sort before a dot path is tried. */
  fields?: Record<string, (item: T) => unknown>;
  /** Collation locale for sorting text. Default zh-CN (pinyin order). */
  collation?: string;
}
