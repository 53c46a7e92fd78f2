import type { Locale } from '@fazhi/core';
import { html, type TemplateResult } from 'lit';
import type { FormMessageKey } from './messages.js';

export interface Receipt {
  receiptNo: string;
  receivedAt: string;
}

type T = (key: FormMessageKey, params?: Record<string, unknown>) => string;

/** Time of receipt as a citizen in China reads it, whatever the device's time zone. */
export function formatReceivedAt(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(date);
}

/** 受理回执: the number, the time, what happens next, and a print button (print styles hide the rest). */
export function receiptView(receipt: Receipt, locale: Locale, t: T, note: TemplateResult | string, again: () => void, idPrefix: string) {
  return html`<section class="fz-receipt" part="receipt" aria-labelledby="${idPrefix}-receipt-title">
    <h2 class="fz-receipt-title" id="${idPrefix}-receipt-title" tabindex="-1">${t('receiptTitle')}</h2>
    <dl class="fz-receipt-facts">
      <div><dt>${t('receiptNo')}</dt><dd class="fz-receipt-no">${receipt.receiptNo}</dd></div>
      <div><dt>${t('receiptTime')}</dt><dd>${formatReceivedAt(receipt.receivedAt, locale)}</dd></div>
    </dl>
    <div class="fz-receipt-note">${note}</div>
    <div class="fz-actions fz-no-print">
      <button type="button" class="fz-primary" @click=${() => window.print()}>${t('print')}</button>
      <button type="button" @click=${again}>${t('newForm')}</button>
    </div>
  </section>`;
}
