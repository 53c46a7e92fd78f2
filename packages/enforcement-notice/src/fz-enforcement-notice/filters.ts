import { html, nothing, type TemplateResult } from 'lit';
import type { NoticeText } from './views.js';

export interface FilterOption {
  value: string;
  /** What people read (a code's title); the value itself when omitted. */
  label?: string;
  count?: number;
}

export interface FiltersOptions {
  idPrefix: string;
  t: NoticeText;
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

function select(id: string, label: string, all: string, options: FilterOption[], value: string, onChange: (v: string) => void): TemplateResult {
  return html`<div class="fz-filter">
    <label class="fz-label" for=${id}>${label}</label>
    <select id=${id} class="fz-input" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${value === ''}>${all}</option>
      ${options.map(
        (o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label ?? o.value}${o.count === undefined ? '' : `（${o.count}）`}</option>`,
      )}
    </select>
  </div>`;
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
      ${o.bodies.length ? select(`${o.idPrefix}-body`, o.t('filterBody'), o.t('filterAll'), o.bodies, o.body, o.onBody) : nothing}
      ${o.kinds && o.onKind ? select(`${o.idPrefix}-kind`, o.t('filterKind'), o.t('filterAll'), o.kinds, o.kind ?? '', o.onKind) : nothing}
      ${o.range && o.onRange
        ? html`${dateInput(`${o.idPrefix}-from`, o.t('dateFrom'), o.range.from, (v) => o.onRange!(v, o.range!.to))}
            ${dateInput(`${o.idPrefix}-to`, o.t('dateTo'), o.range.to, (v) => o.onRange!(o.range!.from, v))}
            <p class="fz-hint fz-filters__hint" id=${hintId}>${o.t('dateHint')}</p>`
        : nothing}
    </div>
    ${active ? html`<button type="button" class="fz-filters__clear" @click=${o.onClear}>${o.t('clearFilters')}</button>` : nothing}
  </fieldset>`;
}
