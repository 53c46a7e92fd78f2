import { html, type TemplateResult } from 'lit';
import type { SortKey } from '@fazhi/core';
import type { ListText } from './messages.js';

export interface SortSelectOptions {
  id: string;
  /** Sortable columns, in the order offered. */
  columns: { field: string; label: string }[];
  sort: SortKey[];
  t: ListText;
  onSort(sort: SortKey[]): void;
}

/**
 * Sorting where there are no column headers to press (cards on a phone): a labelled native
 * `<select>` with "column, ascending/descending" choices and the list's own order first.
 */
export function sortSelect(o: SortSelectOptions): TemplateResult {
  const current = o.sort[0] ? `${o.sort[0].direction === 'desc' ? '-' : ''}${o.sort[0].field}` : '';
  return html`<div class="fz-sort-select" part="sort-select">
    <label class="fz-label" for=${o.id}>${o.t('sortLabel')}</label>
    <select
      id=${o.id}
      class="fz-input"
      @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        o.onSort(value ? [{ field: value.replace(/^-/, ''), direction: value.startsWith('-') ? 'desc' : 'asc' }] : []);
      }}
    >
      <option value="" ?selected=${current === ''}>${o.t('sortDefault')}</option>
      ${o.columns.flatMap((c) => [
        html`<option value=${c.field} ?selected=${current === c.field}>${o.t('sortOption', { column: c.label, direction: o.t('ascending') })}</option>`,
        html`<option value=${'-' + c.field} ?selected=${current === '-' + c.field}>${o.t('sortOption', { column: c.label, direction: o.t('descending') })}</option>`,
      ])}
    </select>
  </div>`;
}
