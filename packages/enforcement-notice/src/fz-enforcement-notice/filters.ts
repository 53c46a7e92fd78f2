import { filterSelect, type FilterOption, type ListText } from '@fazhi/form';
import { html, nothing, type TemplateResult } from 'lit';
import type { NoticeText } from './views.js';

export interface FiltersOptions {
  idPrefix: string;
  t: NoticeText;
  /** The list kit's texts (its "全部" heads each select). */
  lt: ListText;
  /** 执法主体 options; the select is left out when there are none. */
  bodies: FilterOption[];
  body: string;
  /** 处罚种类 options; omitted on views without penalties. */
  kinds?: FilterOption[];
  kind?: string;
  /** Date range on the decision date; omitted on views without dates. */
  range?: { from: string; to: string };
  onBody(value: string): void;
  onKind?(value: string): void;
  onRange?(from: string, to: string): void;
  onClear(): void;
}

/**
 * Filters as native controls in a fieldset: selects for body and penalty kind, and two labelled
 * date inputs for the decision date (both ends optional). Changes apply at once.
 */
export function filters(o: FiltersOptions): TemplateResult | typeof nothing {
  const hasAny = o.bodies.length > 0 || o.kinds !== undefined || o.range !== undefined;
  if (!hasAny) return nothing;
  const active = o.body !== '' || !!o.kind || !!o.range?.from || !!o.range?.to;
  const hintId = `${o.idPrefix}-date-hint`;
  const dateInput = (id: string, label: string, value: string, set: (v: string) => void) => html`<div class="fz-filter">
    <label class="fz-label" for=${id}>${label}</label>
    <input id=${id} class="fz-input" type="date" .value=${value} aria-describedby=${hintId}
      @change=${(e: Event) => set((e.target as HTMLInputElement).value)} />
  </div>`;
  return html`<fieldset class="fz-filters" part="filters">
    <legend>${o.t('filters')}</legend>
    <div class="fz-filters__row">
      ${o.bodies.length
        ? filterSelect({ id: `${o.idPrefix}-body`, label: o.t('filterBody'), options: o.bodies, selected: o.body, t: o.lt, onSelect: o.onBody })
        : nothing}
      ${o.kinds && o.onKind
        ? filterSelect({ id: `${o.idPrefix}-kind`, label: o.t('filterKind'), options: o.kinds, selected: o.kind ?? '', t: o.lt, onSelect: o.onKind })
        : nothing}
      ${o.range && o.onRange
        ? html`${dateInput(`${o.idPrefix}-from`, o.t('dateFrom'), o.range.from, (v) => o.onRange!(v, o.range!.to))}
            ${dateInput(`${o.idPrefix}-to`, o.t('dateTo'), o.range.to, (v) => o.onRange!(o.range!.from, v))}
            <p class="fz-hint fz-filters__hint" id=${hintId}>${o.t('dateHint')}</p>`
        : nothing}
    </div>
    ${active ? html`<button type="button" class="fz-filters__clear" @click=${o.onClear}>${o.t('clearFilters')}</button>` : nothing}
  </fieldset>`;
}
