import { html, nothing, type TemplateResult } from 'lit';
import { formatAmount } from './format.js';
import type { EnforcementDecision } from './types.js';
import { labelsOf, type TableContext } from './views.js';

export interface DetailOptions {
  id: string;
  decision: EnforcementDecision;
  c: Pick<TableContext, 't' | 'locale'>;
  onBack(): void;
  onPrint(): void;
}

/**
 * One decision in full, in the page (no dialog): a heading that takes focus, the 公示 summary as a
 * description list, and buttons to go back (focus returns to the row that opened it) and to print.
 */
export function decisionDetail(o: DetailOptions): TemplateResult {
  const { decision: d, c } = o;
  const row = (label: string, value: string | undefined) =>
    value ? html`<div class="fz-detail__row"><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
  const money = (n: number | undefined) => (n === undefined ? undefined : c.t('yuan', { amount: formatAmount(n, c.locale) }));
  const headingId = `${o.id}-heading`;
  return html`<section class="fz-detail" part="detail" aria-labelledby=${headingId}>
    <div class="fz-detail__actions" part="detail-actions">
      <button type="button" class="fz-back" part="back-button" @click=${o.onBack}>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><path d="M8 2 4 6l4 4" fill="none" stroke="currentColor" stroke-width="2" /></svg>
        ${c.t('back')}
      </button>
      <button type="button" part="print-button" @click=${o.onPrint}>${c.t('print')}</button>
    </div>
    <h2 class="fz-detail__title" id=${headingId} tabindex="-1">${c.t('detailTitle')}<span class="fz-detail__docno">${d.docNo}</span></h2>
    <dl class="fz-detail__list">
      ${row(c.t('docNo'), d.docNo)} ${row(c.t('caseName'), d.caseName)} ${row(c.t('partyType'), labelsOf(c, 'partyType', d.partyType))}
      ${row(c.t('party'), d.partyName)} ${row(c.t('partyAddress'), d.partyAddress)}
      ${row(c.t('partyUscc'), d.partyUscc)} ${row(c.t('legalRep'), d.legalRep)}
      ${row(c.t('violation'), d.violation)} ${row(c.t('facts'), d.facts)} ${row(c.t('basis'), d.basis)}
      ${row(c.t('penaltyTypes'), labelsOf(c, 'penalty', d.penaltyTypes))} ${row(c.t('penaltyContent'), d.penaltyContent)}
      ${row(c.t('fineLabel'), money(d.fineAmount))} ${row(c.t('confiscatedLabel'), money(d.confiscatedAmount))}
      ${row(c.t('agency'), d.agency)} ${row(c.t('decidedAt'), d.decidedAt)} ${row(c.t('publishedAt'), d.publishedAt)}
      ${row(c.t('publicUntil'), d.publicUntil)} ${row(c.t('remedy'), d.remedy)}
    </dl>
    <p class="fz-detail__note" part="mask-note">${c.t('maskNote')}</p>
  </section>`;
}
