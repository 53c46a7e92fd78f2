import { html, type TemplateResult } from 'lit';
import type { FilterOption } from './filter-chips.js';
import type { ListText } from './messages.js';

export interface FilterSelectOptions {
  id: string;
  label: string;
  options: FilterOption[];
  /** '' means all. */
  selected: string;
  t: ListText;
  onSelect(value: string): void;
}

/** A labelled drop-down filter (实施主体, 状态) with "全部" first and each value's count. */
export function filterSelect(o: FilterSelectOptions): TemplateResult {
  return html`<div class="fz-filter-select" part="filter-select">
    <label class="fz-label" for=${o.id}>${o.label}</label>
    <select id=${o.id} class="fz-input" @change=${(e: Event) => o.onSelect((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${o.selected === ''}>${o.t('all')}</option>
      ${o.options.map(
        (opt) =>
          html`<option value=${opt.value} ?selected=${o.selected === opt.value}>
            ${opt.label}${opt.count === undefined ? '' : `（${opt.count}）`}
          </option>`,
      )}
    </select>
  </div>`;
}
