import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl, type Locale } from '@fazhi/core';
import { processChart } from './process-chart.js';
import { powerListText, valueLabel } from './messages.js';
import type { LegalBasis, PowerListItem, ProcessStep, ValueLabels } from './types.js';

export interface DetailOptions {
  item: PowerListItem;
  id: string;
  locale: Locale;
  /** `#fz-…=code` for this item, or undefined when deep links are off. */
  permalink?: string;
  labels?: ValueLabels;
}

const asArray = <T>(value: T[] | undefined | unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function basisEntry(basis: LegalBasis, fullText: string): TemplateResult {
  const href = safeHttpUrl(basis.url);
  return html`<li>
    <cite class="fz-basis__law">${basis.lawName}</cite>${basis.article ? html`<span class="fz-basis__article">${basis.article}</span>` : nothing}
    ${isText(basis.text) ? html`<q class="fz-basis__text">${basis.text}</q>` : nothing}
    ${href ? html`<a class="fz-basis__link" href=${href} rel="noopener noreferrer">${fullText}<span class="fz-visually-hidden">：${basis.lawName}</span></a>` : nothing}
  </li>`;
}

/**
 * One item's full detail as a description list: only fields the schema marks `x-fz-public`
 * (never `agencyUscc`). Every value is bound as text (never as HTML), and the only links are
 * http(s) URLs checked by `safeHttpUrl` and the element's own `#fz-…` link.
 */
export function detailTemplate(o: DetailOptions): TemplateResult {
  const t = powerListText(o.locale);
  const { item } = o;
  const label = (field: string, value: unknown) => (typeof value === 'string' ? valueLabel(field, value, o.locale, o.labels) : '');
  const row = (label: string, value: unknown) =>
    value === nothing || value === undefined || value === null || value === '' ? nothing : html`<div class="fz-detail__row"><dt>${label}</dt><dd>${value}</dd></div>`;
  const list = <T>(values: T[], render: (value: T) => unknown, ordered = false) =>
    values.length === 0 ? nothing : ordered ? html`<ol>${values.map((v) => html`<li>${render(v)}</li>`)}</ol>` : html`<ul>${values.map((v) => html`<li>${render(v)}</li>`)}</ul>`;

  const basis = asArray<LegalBasis>(item.basis).filter((b) => b && isText(b.lawName));
  const steps = asArray<ProcessStep>(item.steps).filter((s) => s && isText(s.title));
  const subItems = asArray<{ code?: string; name: string }>(item.subItems).filter((s) => s && isText(s.name));
  const responsibilities = asArray<{ stage?: string; text: string } | string>(item.responsibilities);
  const accountability = asArray<{ text: string; basis?: string } | string>(item.accountability);

  return html`<div class="fz-detail" id=${o.id} part="detail">
    <dl class="fz-detail__list">
      ${row(t('subItems'), list(subItems, (s) => html`${s.code ? html`<span class="fz-code">${s.code}</span> ` : nothing}${s.name}`))}
      ${row(t('basis'), basis.length ? html`<ol class="fz-basis">${basis.map((b) => basisEntry(b, t('fullText')))}</ol>` : nothing)}
      ${row(t('agency'), item.agency)} ${row(t('unit'), item.unit)}
      ${row(t('level'), asArray<string>(item.level).map((v) => label('level', v)).join('、'))}
      ${row(t('entrusted'), item.entrustedToTownship === true ? t('yes') : nothing)}
      ${row(
        t('responsibilities'),
        list(
          responsibilities,
          (r) => (typeof r === 'string' ? r : html`${r.stage ? html`<strong>${label('stage', r.stage)}：</strong>` : nothing}${r.text}`),
          true,
        ),
      )}
      ${row(
        t('accountability'),
        list(accountability, (a) =>
          typeof a === 'string' ? a : html`${a.text}${a.basis ? html`<span class="fz-detail__basis">（${t('accountabilityBasis', { basis: a.basis })}）</span>` : nothing}`,
        ),
      )}
      ${row(t('supervisionPhone'), item.supervisionPhone)} ${row(t('contact'), item.contactPhone)}
      ${row(t('riskPoints'), list(asArray<string>(item.riskPoints).filter(isText), (r) => r))}
      ${row(t('status'), label('status', item.status))} ${row(t('updatedAt'), item.updatedAt)} ${row(t('remarks'), item.remarks)}
    </dl>
    ${steps.length
      ? html`<div class="fz-detail__flow">
          <p class="fz-detail__heading">${t('steps')}</p>
          ${processChart(steps, t)}
        </div>`
      : nothing}
    ${o.permalink ? html`<p class="fz-detail__permalink"><a href=${o.permalink}>${t('permalink')}</a></p>` : nothing}
  </div>`;
}
