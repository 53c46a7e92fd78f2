import { itemsToCsv, MAX_PAGE_SIZE, safeHttpUrl, type CsvColumn, type CsvValue, type ListQuery, type Locale } from '@fazhi/core';
import { downloadText, ServerSource, StaleResponse } from '@fazhi/form';
import { basisText, joinList } from './format.js';
import { codeLabel, type CodeGroup } from './labels.js';
import { queryUrl } from './data-source.js';
import type { NoticeText } from './views.js';
import type { EnforcementBody, EnforcementDecision, EnforcementMatter, EnforcementOfficer, ViewName } from './types.js';

/*
 * The CSV of a view, loaded on demand with the other parts. It reads only the records the element
 * already masked (public-view.ts), the same values the tables show; core's `itemsToCsv` adds the
 * BOM and neutralises cells a spreadsheet would run as a formula.
 */

export interface CsvContext {
  t: NoticeText;
  locale: Locale;
  regionName(code: string | undefined): string | undefined;
}

type Row = Record<string, unknown>;

const codes = (c: CsvContext, group: CodeGroup, v: string | string[] | undefined) =>
  (Array.isArray(v) ? v : v ? [v] : []).map((code) => codeLabel(c.locale, group, code));

function columns(view: ViewName, c: CsvContext): CsvColumn<Row>[] {
  const col = <T>(key: Parameters<NoticeText>[0], value: (item: T) => CsvValue): CsvColumn<Row> => ({ label: c.t(key), value: value as (item: Row) => CsvValue });
  switch (view) {
    case 'decisions':
      return [
        col<EnforcementDecision>('docNo', (d) => d.docNo),
        col<EnforcementDecision>('caseName', (d) => d.caseName),
        col<EnforcementDecision>('party', (d) => d.partyName),
        col<EnforcementDecision>('partyType', (d) => codes(c, 'partyType', d.partyType)),
        col<EnforcementDecision>('partyUscc', (d) => d.partyUscc),
        col<EnforcementDecision>('violation', (d) => d.violation),
        col<EnforcementDecision>('penaltyTypes', (d) => codes(c, 'penalty', d.penaltyTypes)),
        col<EnforcementDecision>('penaltyContent', (d) => d.penaltyContent),
        col<EnforcementDecision>('fineLabel', (d) => d.fineAmount),
        col<EnforcementDecision>('confiscatedLabel', (d) => d.confiscatedAmount),
        col<EnforcementDecision>('agency', (d) => d.agency),
        col<EnforcementDecision>('decidedAt', (d) => d.decidedAt),
        col<EnforcementDecision>('publishedAt', (d) => d.publishedAt),
      ];
    case 'bodies':
      return [
        col<EnforcementBody>('bodyName', (b) => b.name),
        col<EnforcementBody>('bodyType', (b) => codes(c, 'bodyType', b.type)),
        col<EnforcementBody>('entrustedBy', (b) => b.entrustedBy),
        col<EnforcementBody>('uscc', (b) => b.uscc),
        col<EnforcementBody>('scope', (b) => b.scope),
        col<EnforcementBody>('legalBasisOfBody', (b) => b.legalBasis),
        col<EnforcementBody>('phone', (b) => b.phone),
        col<EnforcementBody>('website', (b) => b.website),
      ];
    case 'officers':
      return [
        col<EnforcementOfficer>('officerName', (o) => o.name),
        col<EnforcementOfficer>('certNo', (o) => o.certNo),
        col<EnforcementOfficer>('officerAgency', (o) => o.agency),
        col<EnforcementOfficer>('field', (o) => joinList(o.fields)),
        col<EnforcementOfficer>('region', (o) => c.regionName(o.region)),
        col<EnforcementOfficer>('validity', (o) => o.validUntil),
        col<EnforcementOfficer>('certStatus', (o) => codes(c, 'officerStatus', o.status)),
      ];
    case 'matters':
      return [
        col<EnforcementMatter>('matterCode', (m) => m.code),
        col<EnforcementMatter>('matterName', (m) => m.name),
        col<EnforcementMatter>('category', (m) => codes(c, 'category', m.category)),
        col<EnforcementMatter>('matterAgency', (m) => m.body),
        col<EnforcementMatter>('matterBasis', (m) => (m.basis ?? []).map(basisText)),
        col<EnforcementMatter>('procedure', (m) => safeHttpUrl(m.procedureUrl)),
        col<EnforcementMatter>('remedy', (m) => m.remedy),
      ];
  }
}

/** Masked records of one view → CSV text with a BOM. */
export function viewCsv(view: ViewName, records: readonly Row[], c: CsvContext): string {
  return itemsToCsv(records, columns(view, c));
}

/** Rows a server-mode export fetches at most (100 requests), as the power list's. */
const EXPORT_LIMIT = 10_000;

/**
 * Every row of a server-mode query for an export: pages of MAX_PAGE_SIZE until the total, an empty
 * page, or the limit; `total` is the server's count. The same walk as @fazhi/form's `loadAllPages`,
 * over the element's `ServerSource`: sharing that module would split the power list's on-demand
 * chunk and merge its remainder into a chunk this drop-in loads at once (see rollup.config.js).
 */
export async function allPages(source: ServerSource, urlOf: (query: ListQuery) => string, query: ListQuery): Promise<{ items: unknown[]; total: number }> {
  const items: unknown[] = [];
  let total = Infinity;
  for (let page = 1; items.length < Math.min(total, EXPORT_LIMIT); page++) {
    const result = await source.load(urlOf({ ...query, page, pageSize: MAX_PAGE_SIZE }));
    total = result.total;
    if (!result.items.length) break;
    items.push(...result.items);
  }
  return { items: items.slice(0, EXPORT_LIMIT), total: Number.isFinite(total) ? total : items.length };
}

/**
 * The element's members an export reads and sets (it passes itself): the export lives here, loaded
 * on demand, rather than in the drop-in every page loads.
 */
export interface ExportHost extends CsvContext {
  active: ViewName;
  mode: 'client' | 'server';
  src?: string;
  data?: object;
  requestInit?: RequestInit;
  queries: Record<ViewName, ListQuery>;
  engines: Partial<Record<ViewName, { matching(query: ListQuery): Row[] }>>;
  exportSource?: ServerSource;
  announcement: string;
  ensure(view: ViewName): Promise<void>;
  publicOf(view: ViewName, items: readonly unknown[]): Promise<Row[]>;
}

export async function exportView(host: ExportHost, view: ViewName): Promise<{ csv: string; count: number; total: number }> {
  const query = host.queries[view];
  let rows: Row[] = [];
  let total = 0;
  if (host.mode === 'server' && !host.data) {
    const src = host.src;
    if (src) {
      host.exportSource?.cancel();
      const source = (host.exportSource = new ServerSource(() => host.requestInit));
      const all = await allPages(source, (q) => queryUrl(src, view, q), query);
      rows = await host.publicOf(view, all.items);
      total = Math.max(all.total, rows.length);
    }
  } else {
    if (!host.engines[view]) await host.ensure(view);
    rows = host.engines[view]?.matching(query) ?? [];
    total = rows.length;
  }
  return { csv: viewCsv(view, rows, host), count: rows.length, total };
}

export async function downloadView(host: ExportHost, view: ViewName): Promise<Blob> {
  const say = (key: Parameters<NoticeText>[0], params?: Record<string, unknown>) => (host.announcement = host.t(key, params));
  if (host.mode === 'server') say('exportPreparing');
  try {
    const { csv, count, total } = await exportView(host, view);
    say(count < total ? 'exportTruncated' : 'exportDone', { count, total });
    return downloadText(`${host.t(`caption.${view}` as Parameters<NoticeText>[0])}.csv`, csv);
  } catch (error) {
    // A second press cancels the first export; only a real failure is reported.
    if (!(error instanceof StaleResponse)) say('exportFailed');
    throw error;
  }
}
