import { isPublishable, publicDecision as maskDecision, type MaskRules } from '@fazhi/core';
import type { EnforcementBody, EnforcementDecision, EnforcementMatter, EnforcementOfficer, ViewName } from './types.js';

/*
 * What the widget shows of each record: a whitelist of fields, each value reduced to plain text or
 * a number, personal data masked. It runs on every record whatever the backend already did
 * (DESIGN: the backend must send masked data; this is the defence in depth), and it is the only
 * way data reaches the templates, search, CSV and chart. Decisions go through core's
 * `publicDecision`, the same function the reference server builds its public list with.
 */

/**
 * A record id safe to show and link to, as the reference server keeps it: short and plain, and not
 * something that could be an identity or phone number.
 */
const SAFE_ID = /^(?!\d{11,}[\dXx]?$)[\w.:-]{1,64}$/;

export function publicDecision(raw: unknown, rules: MaskRules): EnforcementDecision | null {
  const d = maskDecision(raw, rules) as EnforcementDecision | null;
  if (d) {
    const id = String((raw as { id?: unknown }).id ?? '');
    if (SAFE_ID.test(id)) d.id = id;
  }
  return d;
}

type PublicRecord = EnforcementBody | EnforcementOfficer | EnforcementMatter | EnforcementDecision;

/** Masks one record of a 事前公开 list (see public-view-more.ts, loaded on demand). */
export type RecordMasker = (raw: unknown, rules: MaskRules) => PublicRecord | null;

/**
 * The records of one view as the public may see them: unpublishable decisions (expired, revoked,
 * a minor's) dropped before anything else, every record masked. Decisions are masked here; the
 * other lists by `mask` from public-view-more.ts.
 */
export function publicRecords(view: ViewName, items: readonly unknown[], rules: MaskRules, today: Date | string, mask?: RecordMasker): PublicRecord[] {
  const out: PublicRecord[] = [];
  for (const item of items) {
    const record = view === 'decisions' ? (isPublishable(item, today, rules) ? publicDecision(item, rules) : null) : mask ? mask(item, rules) : null;
    if (record) out.push(record);
  }
  return out;
}
