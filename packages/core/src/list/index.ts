export type { FieldAccessor, Facets, ListOptions, ListQuery, ListResult, RangeFilter, SortKey } from './types.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  clampPageSize,
  emptyListQuery,
  formatListQuery,
  formatSort,
  pageCount,
  parseListQuery,
  parseRange,
  parseSort,
  type QueryOptions,
} from './query.js';
export { collectText, normalizeSearchText, searchTerms } from './normalize.js';
export { compareValues, listCollator, sortItems } from './sort.js';
export { applyQuery, createListEngine, readPath, type ListEngine } from './apply.js';
export { buildCsv, csvCell, itemsToCsv, type CsvColumn, type CsvOptions, type CsvValue } from './csv.js';
export { safeHttpUrl } from './url.js';
export { publicRecordId } from './record-id.js';
