import { getAt } from '@fazhi/core';
import type { Store } from '../db.js';
import type { ProblemFieldError } from '../problem.js';
import type { SchemaRegistry } from '../schemas.js';

/**
 * A field that names an earlier submission (a review names the village rule it reviews) must name
 * one that was filed, with that form: otherwise the record would hang from nothing. Reported like
 * any field error, at the field, so the form shows it there.
 */
export function linkErrors(store: Store, registry: SchemaRegistry, form: string, data: unknown): ProblemFieldError[] {
  const links = registry.forms.get(form)?.config.links ?? {};
  const errors: ProblemFieldError[] = [];
  for (const [pointer, target] of Object.entries(links)) {
    const value = getAt(data, pointer);
    if (typeof value !== 'string' || !value) continue; // a missing value is the schema's `required` to report
    const row = store.findByReceipt(value);
    if (row && row.form === target) continue;
    const title = registry.forms.get(target)?.current.title ?? target;
    errors.push({ pointer, detail: `没有找到回执编号为“${value.slice(0, 64)}”的${title}，请核对编号`, code: 'link.not-found' });
  }
  return errors;
}

/** Reviews filed for a village rule, oldest first: what the record page shows as its history. */
export function reviewsOf(store: Store, receiptNo: string): { receiptNo: string; receivedAt: string; conclusion: unknown }[] {
  const rows = store.db
    .prepare<[string], { receipt_no: string; created_at: string; conclusion: unknown }>(
      `SELECT receipt_no, created_at, json_extract(data, '$.conclusion') AS conclusion FROM submissions
       WHERE form = 'village-rule-review' AND json_extract(data, '$.submissionId') = ? ORDER BY id`,
    )
    .all(receiptNo);
  return rows.map((r) => ({ receiptNo: r.receipt_no, receivedAt: r.created_at, conclusion: r.conclusion }));
}
