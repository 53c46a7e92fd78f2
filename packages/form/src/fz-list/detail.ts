import { html, nothing, type TemplateResult } from 'lit';
import { fieldHref, fieldText, type RecordField } from './record-fields.js';

export interface DetailOptions {
  record: Record<string, unknown>;
  fields: RecordField[];
  /** The record's name (its first column). */
  title: string;
  headingId: string;
  backLabel: string;
  detailLabel: string;
  newWindow: string;
  permalink?: { href: string; label: string };
  onBack(): void;
}

/**
 * One record on its own: every public field labelled by its schema title, in column order. Link
 * fields become links only for absolute http(s) URLs; anything else is shown as text.
 */
export function detailView(o: DetailOptions): TemplateResult {
  const rows = o.fields
    .map((field) => ({ field, value: o.record[field.key] }))
    .filter(({ value }) => value !== undefined && value !== null && value !== '');
  return html`<section class="fz-list-detail" part="detail" aria-labelledby=${o.headingId}>
    <button type="button" class="fz-list-back" part="back-button" @click=${o.onBack}>${o.backLabel}</button>
    <h3 class="fz-list-detail__title" id=${o.headingId} tabindex="-1">${o.detailLabel}</h3>
    <dl class="fz-list-detail__fields">
      ${rows.map(({ field, value }) => {
        const href = fieldHref(field, value);
        return html`<div class="fz-list-detail__row">
          <dt>${field.title}</dt>
          <dd>
            ${href
              ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${href}<span class="fz-visually-hidden">${o.newWindow}</span></a>`
              : fieldText(field, value)}
          </dd>
        </div>`;
      })}
    </dl>
    ${o.permalink ? html`<p class="fz-list-detail__permalink"><a href=${o.permalink.href}>${o.permalink.label}</a></p>` : nothing}
  </section>`;
}
