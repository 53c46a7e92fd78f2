import type { Locale, SortKey } from '@fazhi/core';
import { plainHeader, sortHeader } from '@fazhi/form';
import { html, type TemplateResult } from 'lit';
import { formatAmount } from './format.js';
import { codeLabel, type CodeGroup } from './labels.js';
import type { NoticeMessageKey } from './messages.js';
import type { EnforcementDecision, ViewName } from './types.js';

export type NoticeText = (key: NoticeMessageKey, params?: Record<string, unknown>) => string;

export interface TableContext {
  idPrefix: string;
  t: NoticeText;
  locale: Locale;
  sort: SortKey[];
  /** YYYY-MM-DD in Asia/Shanghai, for certificate validity. */
  today: string;
  /** A region code's name when the portal gave a region tree; the code otherwise. */
  regionName(code: string | undefined): string | undefined;
  onSort(field: string): void;
  onOpen(decision: EnforcementDecision, opener: HTMLElement): void;
}

export const labelsOf = (c: Pick<TableContext, 'locale'>, group: CodeGroup, values: string | string[] | undefined): string =>
  (Array.isArray(values) ? values : values ? [values] : []).map((v) => codeLabel(c.locale, group, v)).join('、');

/**
 * Fields each view can sort by: the `x-fz-column.sortable` fields of the record schemas, which the
 * reference server accepts in `sort` (others are a 400).
 */
export const SORT_FIELDS: Record<ViewName, string[]> = {
  decisions: ['decidedAt', 'fineAmount', 'docNo'],
  bodies: ['name'],
  officers: ['validUntil'],
  matters: ['code', 'name'],
};

export const header = (c: TableContext, field: string, label: string) => sortHeader({ field, label, sort: c.sort, onSort: c.onSort });
export const cell = (value: string | undefined, c: TableContext) => html`<td>${value || c.t('none')}</td>`;

export function table(c: TableContext, view: ViewName, head: TemplateResult[], rows: TemplateResult[]): TemplateResult {
  const captionId = `${c.idPrefix}-caption-${view}`;
  // The wrapper scrolls sideways on a phone; it is focusable so keyboard users can scroll it too.
  return html`<div class="fz-table-wrap" role="region" aria-labelledby=${captionId} tabindex="0" part="table-wrap">
    <table class="fz-table" part="table">
      <caption id=${captionId}>${c.t(`caption.${view}` as NoticeMessageKey)}</caption>
      <thead><tr>${head}</tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}

function amounts(d: EnforcementDecision, c: TableContext): string {
  const parts: string[] = [];
  if (d.fineAmount !== undefined) parts.push(c.t('fine', { amount: formatAmount(d.fineAmount, c.locale) }));
  if (d.confiscatedAmount !== undefined) parts.push(c.t('confiscated', { amount: formatAmount(d.confiscatedAmount, c.locale) }));
  return parts.join('；');
}

export function decisionsTable(items: EnforcementDecision[], c: TableContext): TemplateResult {
  return table(
    c,
    'decisions',
    [
      plainHeader(c.t('docNo')),
      plainHeader(c.t('party')),
      plainHeader(c.t('violation')),
      plainHeader(c.t('penaltyTypes')),
      header(c, 'fineAmount', c.t('fineAmount')),
      plainHeader(c.t('agency')),
      header(c, 'decidedAt', c.t('decidedAt')),
    ],
    items.map(
      (d) => html`<tr part="row">
        <th scope="row">
          <button
            type="button"
            class="fz-link-button"
            part="open-detail"
            data-doc-no=${d.docNo}
            @click=${(e: Event) => c.onOpen(d, e.currentTarget as HTMLElement)}
          >
            ${d.docNo}<span class="fz-visually-hidden">（${c.t('view')}）</span>
          </button>
        </th>
        ${cell(d.partyName, c)} ${cell(d.violation ?? d.caseName, c)} ${cell(labelsOf(c, 'penalty', d.penaltyTypes), c)}
        <td class="fz-num">${amounts(d, c) || c.t('none')}</td>
        ${cell(d.agency, c)} ${cell(d.decidedAt, c)}
      </tr>`,
    ),
  );
}
