import { createListEngine, type ListEngine, type ListOptions } from '@fazhi/core';
import { codeLabel, type CodeGroup } from './labels.js';
import type { EnforcementDecision, ViewName } from './types.js';
import { SORT_FIELDS } from './views.js';

type Item = Record<string, unknown>;
type Options = ListOptions<Item>;

/** The month (YYYY-MM) a decision was made: the chart's and the server's `month` facet. */
export const monthOf = (d: EnforcementDecision): string | undefined => d.decidedAt?.slice(0, 7);

/** The field that names the enforcement body, per view (the body filter's `f.<field>`). */
export const BODY_FIELD: Record<ViewName, string | undefined> = {
  decisions: 'agency',
  bodies: undefined,
  officers: 'agency',
  matters: 'body',
};

/** Coded values are searched by their titles too: people type 罚款, not `fine`. */
const titled = (field: string, group: CodeGroup) => (item: Item) => {
  const v = item[field];
  const values = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
  return values.flatMap((code) => [code, codeLabel('zh-CN', group, code), codeLabel('en', group, code)]);
};

/**
 * What each view searches, counts, filters and sorts by. The same field names are the server
 * protocol's (`f.agency`, `f.penaltyTypes`, `f.decidedAt=a..b`; facets `agency`, `penaltyTypes`, `month`;
 * officers `f.agency`, matters `f.body`).
 */
export const LIST_OPTIONS: Record<ViewName, Options> = {
  decisions: {
    searchFields: ['docNo', 'caseName', 'partyName', 'partyUscc', 'violation', 'facts', 'basis', titled('penaltyTypes', 'penalty'), 'penaltyContent', 'agency'],
    facetFields: ['agency', 'penaltyTypes', 'month'],
    filterFields: ['agency', 'penaltyTypes', 'decidedAt'],
    sortFields: SORT_FIELDS.decisions,
    fields: { month: (d) => monthOf(d as EnforcementDecision) },
  },
  bodies: {
    searchFields: ['name', 'uscc', titled('type', 'bodyType'), 'scope', 'legalBasis', 'address'],
    sortFields: SORT_FIELDS.bodies,
    filterFields: [],
  },
  officers: {
    searchFields: ['name', 'certNo', 'agency', 'fields', 'region'],
    facetFields: ['agency'],
    filterFields: ['agency'],
    sortFields: SORT_FIELDS.officers,
  },
  matters: {
    searchFields: ['code', 'name', titled('category', 'category'), 'body', 'basis', 'powerListCode', 'remedy'],
    facetFields: ['body'],
    filterFields: ['body'],
    sortFields: SORT_FIELDS.matters,
  },
};

export function engineFor(view: ViewName, records: readonly object[]): ListEngine<Item> {
  return createListEngine(records as Item[], LIST_OPTIONS[view]);
}
