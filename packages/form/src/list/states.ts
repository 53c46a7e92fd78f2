import { html, nothing, type TemplateResult } from 'lit';
import type { ListText } from './messages.js';

export interface EmptyStateOptions {
  /** What was searched, as typed. */
  q: string;
  /** Label of the chosen category, if one is chosen. */
  filterLabel?: string;
  /** Word for the records (事项, 公示信息). */
  noun: string;
  t: ListText;
  /** Omitted when there is nothing to clear (an empty list). */
  onClear?(): void;
}

/** "No results": says what was searched and where, suggests what to try, and offers to clear it. */
export function emptyState(o: EmptyStateOptions): TemplateResult {
  const q = o.q.trim();
  const title = q
    ? o.t('emptyFor', { q, noun: o.noun }) + (o.filterLabel ? o.t('emptyWithin', { filter: o.filterLabel }) : '')
    : o.filterLabel
      ? o.t('emptyFiltered', { noun: o.noun })
      : o.t('emptyNoData', { noun: o.noun });
  return html`<div class="fz-list-empty" part="empty">
    <p class="fz-list-empty__title">${title}</p>
    ${q || o.filterLabel
      ? html`<ul class="fz-list-empty__tips">
          ${q ? html`<li>${o.t('emptyTipSpelling')}</li><li>${o.t('emptyTipFewer')}</li>` : nothing}
          ${o.filterLabel ? html`<li>${o.t('emptyTipAll')}</li>` : nothing}
        </ul>`
      : nothing}
    ${o.onClear && (q || o.filterLabel) ? html`<button type="button" @click=${o.onClear}>${o.t('clear')}</button>` : nothing}
  </div>`;
}

/**
 * A polite live region. It must be in the page before its text changes, so render it always
 * and change only the message.
 */
export function liveRegion(message: string): TemplateResult {
  return html`<div class="fz-visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="status">${message}</div>`;
}

export function loadingState(t: ListText): TemplateResult {
  return html`<div class="fz-list-loading" part="loading">
    <span class="fz-spinner" aria-hidden="true"></span>
    <span>${t('loading')}</span>
  </div>`;
}

export function errorState(o: { t: ListText; message?: string; onRetry(): void }): TemplateResult {
  return html`<div class="fz-list-error" role="alert" part="error">
    <p>${o.message ?? o.t('loadError')}</p>
    <button type="button" class="fz-primary" @click=${o.onRetry}>${o.t('retry')}</button>
  </div>`;
}

/** The server refused the search (too long, malformed): say so plainly and offer to clear it; retrying would fail again. */
export function badQueryState(o: { t: ListText; onClear(): void }): TemplateResult {
  return html`<div class="fz-list-error" role="alert" part="error">
    <p>${o.t('badQuery')}</p>
    <button type="button" class="fz-primary" @click=${o.onClear}>${o.t('clear')}</button>
  </div>`;
}
