import { html, nothing, type TemplateResult } from 'lit';
import type { Facets, ListQuery, RangeFilter, SortKey } from '@fazhi/core';
import { csvButton } from '../list/download.js';
import { filterChips, type FilterOption } from '../list/filter-chips.js';
import { filterSelect } from '../list/filter-select.js';
import type { ListText } from '../list/messages.js';
import { pager } from '../list/pager.js';
import { searchBox } from '../list/search-box.js';
import { sortSelect } from '../list/sort-select.js';
import { badQueryState, emptyState, errorState, liveRegion, loadingState } from '../list/states.js';
import { dateRangeFilter } from './date-range.js';
import type { fzListText } from './messages.js';
import { fieldText, type RecordField } from './record-fields.js';

export interface FiltersOptions {
  uid: string;
  t: ListText;
  ft: ReturnType<typeof fzListText>;
  fields: RecordField[];
  query: ListQuery;
  facets: Facets;
  total: number;
  typed: string;
  caption: string;
  /** Cards are shown: offer sorting as a drop-down, there being no column headers. */
  narrow: boolean;
  onType(value: string): void;
  onSearch(value: string): void;
  onFilter(field: string, value: string): void;
  onRange(field: string, range: RangeFilter): void;
  onSort(sort: SortKey[]): void;
}

/** A filter's values with their counts: coded values in the schema's order, others by their text. */
function filterOptions(field: RecordField, facets: Facets, selected: string | undefined): FilterOption[] {
  const counts = facets[field.key] ?? {};
  const values = Object.keys(counts).filter((v) => counts[v] > 0 || v === selected);
  if (selected && !values.includes(selected)) values.push(selected);
  const order = field.options?.map((o) => o.value) ?? [];
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  values.sort((a, b) => rank(a) - rank(b) || fieldText(field, a).localeCompare(fieldText(field, b), 'zh-CN'));
  return values.map((value) => ({ value, label: fieldText(field, value), count: counts[value] ?? 0 }));
}

/** Search, then the schema's filters (tabs with counts, drop-downs, date ranges), then sorting on narrow screens. */
function filters(o: FiltersOptions): TemplateResult {
  const searchable = o.fields.filter((f) => f.searchable).map((f) => f.label);
  const tabs = o.fields.find((f) => f.filter === 'tabs');
  const chips = tabs ? filterOptions(tabs, o.facets, o.query.filters[tabs.key]?.[0]) : [];
  const chosen = tabs ? (o.query.filters[tabs.key]?.[0] ?? '') : '';
  // The chips' counts ignore the chosen chip, so together they give the "全部" count.
  const all = chosen ? chips.reduce((sum, c) => sum + (c.count ?? 0), 0) : o.total;
  const selects = o.fields.filter((f) => f.filter === 'select');
  const ranges = o.fields.filter((f) => f.filter === 'date-range');
  const sortable = o.fields.filter((f) => f.sortable);
  return html`${searchBox({
      id: `${o.uid}-q`,
      label: o.t('searchLabel', { noun: o.caption }),
      hint: searchable.length ? o.ft('searchHintOf', { fields: searchable.join('、') }) : undefined,
      value: o.typed,
      t: o.t,
      onInput: o.onType,
      onSearch: o.onSearch,
    })}
    ${tabs && chips.length
      ? filterChips({ label: tabs.label, options: chips, selected: chosen, total: all, t: o.t, onSelect: (v) => o.onFilter(tabs.key, v) })
      : nothing}
    ${selects.length || ranges.length || (o.narrow && sortable.length)
      ? html`<div class="fz-list-filters">
          ${selects.map((f) =>
            filterSelect({
              id: `${o.uid}-f-${f.key}`,
              label: f.label,
              options: filterOptions(f, o.facets, o.query.filters[f.key]?.[0]),
              selected: o.query.filters[f.key]?.[0] ?? '',
              t: o.t,
              onSelect: (v) => o.onFilter(f.key, v),
            }),
          )}
          ${ranges.map((f) =>
            dateRangeFilter({
              id: `${o.uid}-r-${f.key}`,
              label: f.label,
              range: o.query.ranges[f.key],
              fromLabel: o.ft('dateFrom'),
              toLabel: o.ft('dateTo'),
              hint: o.ft('dateRangeHint'),
              onChange: (range) => o.onRange(f.key, range),
            }),
          )}
          ${o.narrow && sortable.length
            ? sortSelect({ id: `${o.uid}-sort`, columns: sortable.map((f) => ({ field: f.key, label: f.label })), sort: o.query.sort, t: o.t, onSort: o.onSort })
            : nothing}
        </div>`
      : nothing}`;
}

/** The list's parts around its table, built from the shared list templates. */
export const listControls = {
  filters,
  toolbar: (t: ListText, uid: string, count: string, onCsv: () => void) =>
    html`<div class="fz-list-toolbar">
      <p class="fz-list-count" id=${`${uid}-count`} tabindex="-1">${count}</p>
      ${csvButton({ label: t('downloadCsv'), onClick: onCsv })}
    </div>`,
  loading: (t: ListText) => loadingState(t),
  error: (t: ListText, message: string | undefined, onRetry: () => void) => errorState({ t, message, onRetry }),
  badQuery: (t: ListText, onClear: () => void) => badQueryState({ t, onClear }),
  empty: (t: ListText, q: string, filtered: boolean, noun: string, onClear: () => void) =>
    emptyState({ q, filterLabel: filtered ? t('filterLabel') : undefined, noun, t, onClear }),
  pager: (t: ListText, page: number, pages: number, onPage: (page: number) => void) => pager({ page, pageCount: pages, t, onPage }),
  live: (message: string) => liveRegion(message),
};
