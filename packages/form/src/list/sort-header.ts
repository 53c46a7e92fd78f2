import { html, nothing, svg, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { SortKey } from '@fazhi/core';

export interface SortHeaderOptions {
  field: string;
  label: string;
  /** The list's sort; only its first key is shown as the column's state. */
  sort: SortKey[];
  onSort(field: string): void;
  /** A CSS width such as `10em` (set through the CSSOM, so a strict `style-src` allows it). */
  width?: string;
}

/**
 * Width through the CSSOM: a `style` attribute (which styleMap writes on first render) is blocked
 * by a strict `style-src`, `element.style` is not.
 */
const widthRef = (width?: string) =>
  ref((el) => {
    if (el instanceof HTMLElement) el.style.width = width ?? '';
  });

const arrow = (direction: 'asc' | 'desc' | undefined) =>
  html`<svg class="fz-sort-icon" viewBox="0 0 10 14" width="10" height="14" aria-hidden="true" focusable="false">
    ${direction !== 'desc' ? svg`<path d="M5 1 9 6H1z" fill="currentColor" opacity=${direction === 'asc' ? '1' : '0.35'} />` : null}
    ${direction !== 'asc' ? svg`<path d="M5 13 1 8h8z" fill="currentColor" opacity=${direction === 'desc' ? '1' : '0.35'} />` : null}
  </svg>`;

/** The current direction of `field`, if the list is sorted by it first. */
export function sortDirectionOf(sort: SortKey[], field: string): 'asc' | 'desc' | undefined {
  return sort[0]?.field === field ? sort[0].direction : undefined;
}

/** Next sort after activating a column header: ascending first, then toggling. */
export function nextSort(sort: SortKey[], field: string): SortKey[] {
  const current = sortDirectionOf(sort, field);
  return [{ field, direction: current === 'asc' ? 'desc' : 'asc' }];
}

/**
 * A sortable column header (WAI-ARIA APG sortable table): a button inside `<th>`, `aria-sort` on
 * the sorted column only (APG leaves it off the others). Screen readers do not all announce a changed `aria-sort`, so the owner
 * also says the new order in its live region.
 */
export function sortHeader(o: SortHeaderOptions): TemplateResult {
  const direction = sortDirectionOf(o.sort, o.field);
  return html`<th scope="col" part="column-header" ${widthRef(o.width)} aria-sort=${direction ? (direction === 'asc' ? 'ascending' : 'descending') : nothing}>
    <button type="button" class="fz-sort-button" part="sort-button" @click=${() => o.onSort(o.field)}>
      ${o.label} ${arrow(direction)}
    </button>
  </th>`;
}

export function plainHeader(label: string, width?: string): TemplateResult {
  return html`<th scope="col" part="column-header" ${widthRef(width)}>${label}</th>`;
}
