import { html, type TemplateResult } from 'lit';
import type { SortKey } from '@fazhi/core';
import { nextSort, plainHeader, sortHeader } from '../list/sort-header.js';
import { fieldText, type RecordField } from './record-fields.js';

type Row = Record<string, unknown>;

export interface RecordsOptions {
  rows: Row[];
  columns: RecordField[];
  caption: string;
  /** Said after the caption to screen readers (how to sort, which page). */
  captionHint: string;
  sort: SortKey[];
  busy: boolean;
  keyOf(row: Row): string;
  onSort(sort: SortKey[]): void;
  onOpen(key: string): void;
}

/** The first column names the record: a button that opens its detail. */
function opener(o: RecordsOptions, row: Row): TemplateResult {
  const key = o.keyOf(row);
  const [first] = o.columns;
  return html`<button type="button" class="fz-list-open" part="open-button" data-key=${key} @click=${() => o.onOpen(key)}>
    ${fieldText(first, row[first.key]) || key}
  </button>`;
}

/** A real table: caption, scoped column and row headers, `aria-sort` on the sorted column. */
export function recordsTable(o: RecordsOptions): TemplateResult {
  const [first, ...rest] = o.columns;
  return html`<div class="fz-table-wrap" part="table-wrap">
    <table class="fz-table" part="table" aria-busy=${o.busy ? 'true' : 'false'}>
      <caption>
        ${o.caption}<span class="fz-visually-hidden">${o.captionHint}</span>
      </caption>
      <thead>
        <tr>
          ${o.columns.map((c) =>
            c.sortable
              ? sortHeader({ field: c.key, label: c.label, width: c.width, sort: o.sort, onSort: (f) => o.onSort(nextSort(o.sort, f)) })
              : plainHeader(c.label, c.width),
          )}
        </tr>
      </thead>
      <tbody>
        ${o.rows.map(
          (row) => html`<tr class="fz-row" part="row">
            <th scope="row" class="fz-cell fz-cell--${first.key}">${opener(o, row)}</th>
            ${rest.map((c) => html`<td class="fz-cell fz-cell--${c.key}">${fieldText(c, row[c.key])}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Narrow containers: one card per record, its fields as a description list. */
export function recordsCards(o: RecordsOptions): TemplateResult {
  const [, ...rest] = o.columns;
  return html`<ul class="fz-cards" part="cards" aria-label=${o.caption}>
    ${o.rows.map(
      (row) => html`<li class="fz-card">
        <p class="fz-card__title">${opener(o, row)}</p>
        <dl class="fz-card__fields">
          ${rest.map((c) => html`<div class="fz-card__field"><dt>${c.label}</dt><dd>${fieldText(c, row[c.key])}</dd></div>`)}
        </dl>
      </li>`,
    )}
  </ul>`;
}
