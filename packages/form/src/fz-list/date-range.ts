import { html, type TemplateResult } from 'lit';
import type { RangeFilter } from '@fazhi/core';

export interface DateRangeOptions {
  id: string;
  label: string;
  range: RangeFilter | undefined;
  fromLabel: string;
  toLabel: string;
  hint: string;
  onChange(range: RangeFilter): void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `date-range` filter: two labelled date fields in a fieldset; either side may stay empty. */
export function dateRangeFilter(o: DateRangeOptions): TemplateResult {
  const change = (e: Event) => {
    const set = (e.currentTarget as HTMLElement).closest('fieldset')!;
    const [from, to] = [...set.querySelectorAll('input')].map((input) => (DATE.test(input.value) ? input.value : undefined));
    o.onChange({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  };
  return html`<fieldset class="fz-date-range" part="date-range" aria-describedby=${`${o.id}-hint`}>
    <legend class="fz-label">${o.label}</legend>
    <span class="fz-hint" id=${`${o.id}-hint`}>${o.hint}</span>
    <span class="fz-date-range__row">
      <label for=${`${o.id}-from`}>${o.fromLabel}</label>
      <input id=${`${o.id}-from`} class="fz-input" type="date" .value=${o.range?.from ?? ''} @change=${change} />
      <label for=${`${o.id}-to`}>${o.toLabel}</label>
      <input id=${`${o.id}-to`} class="fz-input" type="date" .value=${o.range?.to ?? ''} @change=${change} />
    </span>
  </fieldset>`;
}
