import type { Locale } from '@fazhi/core';
import { formatReceivedAt, type Answer, type FormMessageKey, type Receipt } from '@fazhi/form';
import { html, nothing } from 'lit';
import type { LegalAidMessageKey } from './messages.js';

type T<K> = (key: K, params?: Record<string, unknown>) => string;

export interface SheetSection {
  title: string;
  rows: Answer[];
}

/** The submitted application as a plain table per step, with lines to sign: printed on A4. */
export function printSheet(sections: SheetSection[], receipt: Receipt | undefined, agent: boolean, locale: Locale, t: T<LegalAidMessageKey>, ft: T<FormMessageKey>, idPrefix: string) {
  return html`<section class="fz-sheet" aria-labelledby="${idPrefix}-sheet-title">
    <h3 class="fz-sheet-title" id="${idPrefix}-sheet-title">${t('sheetTitle')}</h3>
    ${receipt
      ? html`<p class="fz-sheet-meta">${ft('receiptNo')}：${receipt.receiptNo}　${ft('receiptTime')}：${formatReceivedAt(receipt.receivedAt, locale)}</p>`
      : nothing}
    ${sections.map(
      (section) => html`<table class="fz-sheet-table">
        <caption>${section.title}</caption>
        <tbody>
          ${section.rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${row.text}</td></tr>`)}
        </tbody>
      </table>`,
    )}
    <p class="fz-sheet-hint">${t('sheetHint')}</p>
    <div class="fz-sign">
      <p>${t('signApplicant')}<span class="fz-sign-line"></span></p>
      ${agent ? html`<p>${t('signAgent')}<span class="fz-sign-line"></span></p>` : nothing}
      <p>${t('signDate')}</p>
    </div>
  </section>`;
}
