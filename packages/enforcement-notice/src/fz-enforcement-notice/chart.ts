import type { Facets, Locale } from '@fazhi/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { codeLabel } from './labels.js';
import type { NoticeText } from './views.js';

/** One bar: `key` is the facet value (2026-03, 罚款), `label` what people read. */
export interface ChartDatum {
  key: string;
  label: string;
  count: number;
}

/** The months of a `month` facet (YYYY-MM → count), gaps filled with 0, the latest `limit` months. */
export function monthSeries(facet: Record<string, number> | undefined, label: (year: number, month: number) => string, limit = 12): ChartDatum[] {
  const keys = Object.keys(facet ?? {}).filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  if (!keys.length) return [];
  const [y0, m0] = keys[0]!.split('-').map(Number) as [number, number];
  const [y1, m1] = keys[keys.length - 1]!.split('-').map(Number) as [number, number];
  const out: ChartDatum[] = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, (m = 1)) : m++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ key, label: label(y, m), count: facet?.[key] ?? 0 });
  }
  return out.slice(-limit);
}

/** Kinds by count, largest first (ties in the collation order of their names). */
export function kindSeries(facet: Record<string, number> | undefined, collator = new Intl.Collator('zh-CN')): ChartDatum[] {
  return Object.entries(facet ?? {})
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || collator.compare(a, b))
    .map(([key, count]) => ({ key, label: key, count }));
}

/** The longest bar leaves this share of the row for the count written after it. */
const BAR_SHARE = 85;

/**
 * A horizontal bar chart named by the chart's heading and its one-sentence summary (`role="img"`);
 * the same figures are available as a table. Labels and counts are page text, so they keep the
 * element's text size on any screen (text inside a scaled SVG shrank with it); each bar is a
 * rectangle whose width is a share of its row.
 */
export function barChart(o: { id: string; titleId: string; summaryId: string; data: ChartDatum[] }): TemplateResult {
  const max = Math.max(1, ...o.data.map((d) => d.count));
  return html`<div id=${o.id} class="fz-chart__bars" part="chart" role="img" aria-labelledby="${o.titleId} ${o.summaryId}">
    ${o.data.map((d) => {
      const share = d.count > 0 ? Math.max(1, Math.round((d.count / max) * BAR_SHARE)) : 0;
      return html`<div class="fz-chart__row">
        <span class="fz-chart__label">${d.label}</span>
        <span class="fz-chart__track">
          ${share ? html`<svg class="fz-chart__bar-box" width="${share}%" height="100%" focusable="false">${svg`<rect class="fz-chart__bar" width="100%" height="100%" rx="2"></rect>`}</svg>` : nothing}
          <span class="fz-chart__value">${d.count}</span>
        </span>
      </div>`;
    })}
  </div>`;
}

/** The same figures as a table. */
export function chartTable(o: { caption: string; keyHeader: string; countHeader: string; data: ChartDatum[] }): TemplateResult {
  return html`<table class="fz-table fz-chart__table" part="chart-table">
    <caption>${o.caption}</caption>
    <thead>
      <tr><th scope="col">${o.keyHeader}</th><th scope="col">${o.countHeader}</th></tr>
    </thead>
    <tbody>
      ${o.data.map((d) => html`<tr><th scope="row">${d.label}</th><td class="fz-num">${d.count}</td></tr>`)}
    </tbody>
  </table>`;
}

export interface ChartFigureOptions {
  id: string;
  title: string;
  summary: string;
  data: ChartDatum[];
  keyHeader: string;
  countHeader: string;
  emptyText: string;
}

/** Heading, summary sentence, picture, and the table when `showTable` is on. */
export function chartFigure(o: ChartFigureOptions, showTable: boolean): TemplateResult {
  const titleId = `${o.id}-title`;
  const summaryId = `${o.id}-summary`;
  return html`<figure class="fz-chart" part="chart-figure" aria-labelledby=${titleId}>
    <figcaption>
      <h3 class="fz-chart__title" id=${titleId}>${o.title}</h3>
      <p class="fz-chart__summary" id=${summaryId}>${o.data.length ? o.summary : o.emptyText}</p>
    </figcaption>
    ${o.data.length ? barChart({ id: `${o.id}-svg`, titleId, summaryId, data: o.data }) : nothing}
    ${showTable && o.data.length
      ? chartTable({ caption: o.title, keyHeader: o.keyHeader, countHeader: o.countHeader, data: o.data })
      : nothing}
  </figure>`;
}

export interface ChartSectionOptions {
  id: string;
  t: NoticeText;
  locale: Locale;
  facets: Facets;
  showTable: boolean;
  onToggleTable(): void;
}

const busiest = (data: ChartDatum[]) => data.reduce((a, b) => (b.count > a.count ? b : a), data[0]!);

/**
 * Decisions by month and by penalty kind, from the list's facets (so they count what the filters
 * leave), with one button that shows the same figures as tables.
 */
export function chartSection(o: ChartSectionOptions): TemplateResult {
  const { t } = o;
  const months = monthSeries(o.facets.month, (year, month) => t('monthLabel', { year, month }));
  const kinds = kindSeries(o.facets.penaltyTypes).map((d) => ({ ...d, label: codeLabel(o.locale, 'penalty', d.key) }));
  const total = months.reduce((n, d) => n + d.count, 0);
  const figure = (id: string, title: string, keyHeader: string, data: ChartDatum[], summary: () => string) =>
    chartFigure(
      { id: `${o.id}-${id}`, title, summary: data.length ? summary() : '', data, keyHeader, countHeader: t('chartCount'), emptyText: t('chartEmpty') },
      o.showTable,
    );
  return html`<section class="fz-charts" part="charts" aria-labelledby="${o.id}-title">
    <div class="fz-charts__head">
      <h2 class="fz-charts__title" id="${o.id}-title">${t('chartTitle')}</h2>
      <button type="button" class="fz-chart-toggle" aria-expanded=${o.showTable ? 'true' : 'false'} aria-controls=${o.id} @click=${o.onToggleTable}>
        ${o.showTable ? t('chartHideTable') : t('chartShowTable')}
      </button>
    </div>
    <div class="fz-charts__grid" id=${o.id}>
      ${figure('month', t('chartByMonth'), t('chartMonth'), months, () =>
        t('chartSummaryMonth', { from: months[0]!.label, to: months[months.length - 1]!.label, total, max: busiest(months).label, maxCount: busiest(months).count }),
      )}
      ${figure('kind', t('chartByKind'), t('chartKind'), kinds, () =>
        t('chartSummaryKind', { kinds: kinds.length, max: busiest(kinds).label, maxCount: busiest(kinds).count }),
      )}
    </div>
  </section>`;
}
