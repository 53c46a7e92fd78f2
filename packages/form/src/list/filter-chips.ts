import { html, type TemplateResult } from 'lit';
import type { ListText } from './messages.js';

export interface FilterOption {
  value: string;
  label: string;
  count?: number;
}

export interface FilterChipsOptions {
  label: string;
  options: FilterOption[];
  /** '' means all. */
  selected: string;
  /** Count shown on the "all" chip. */
  total?: number;
  t: ListText;
  onSelect(value: string): void;
}

const count = (n: number | undefined, t: ListText) =>
  n === undefined ? null : html` <span class="fz-chip__count">${n}<span class="fz-visually-hidden">${t('countSuffix')}</span></span>`;

/**
 * Category chips: a labelled group of toggle buttons (`aria-pressed`), one pressed at a time.
 * Not `role=tablist`: tabs promise panels and arrow-key focus, while these only narrow the one
 * results table below; plain buttons are reached with Tab and read as "按下/未按下" by 读屏 software.
 */
export function filterChips(o: FilterChipsOptions): TemplateResult {
  const chip = (value: string, label: string, n: number | undefined) => html`<button
    type="button"
    class="fz-chip"
    part="chip"
    aria-pressed=${o.selected === value ? 'true' : 'false'}
    @click=${() => o.onSelect(value)}
  >
    ${label}${count(n, o.t)}
  </button>`;
  return html`<div class="fz-list-chips" role="group" aria-label=${o.label} part="chips">
    ${chip('', o.t('all'), o.total)} ${o.options.map((opt) => chip(opt.value, opt.label, opt.count))}
  </div>`;
}
