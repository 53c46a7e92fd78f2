import { getAt } from '@fazhi/core';
import type { Store } from '../db.js';
import type { ProblemFieldError } from '../problem.js';
import type { SchemaRegistry } from '../schemas.js';

/**
 * A field that names an earlier submission (a review names the village rule it reviews) must name
 * one that was filed, with that form: otherwise the record would hang from nothing. Reported like
 * any field error, at the field, so the form shows it there.
 */
export async function linkErrors(store: Store, registry: SchemaRegistry, form: string, data: unknown): Promise<ProblemFieldError[]> {
  const links = registry.forms.get(form)?.config.links ?? {};
  const errors: ProblemFieldError[] = [];
  for (const [pointer, target] of Object.entries(links)) {
    const value = getAt(data, pointer);
    if (typeof value !== 'string' || !value) continue; // a missing value is the schema's `required` to report
    const row = await store.findByReceipt(value);
    if (row && row.form === target) continue;
    const title = registry.forms.get(target)?.current.title ?? target;
    errors.push({ pointer, detail: `没有找到回执编号为“${value.slice(0, 64)}”的${title}，请核对编号`, code: 'link.not-found' });
  }
  return errors;
}
