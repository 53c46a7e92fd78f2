import { objectShape, type Matcher, type Resolver, type SchemaObject } from '@fazhi/core';

export interface Step {
  id: string;
  title: string;
  /** Top-level property names shown on this step (only those that apply now). */
  fields: string[];
}

interface StepHint {
  id?: string;
  title?: string;
  fields?: string[];
}

/**
 * Steps from the root's `x-fz-steps`. A step whose fields all do not apply now is skipped (e.g. no
 * economic step for a 第32条 applicant); a field no step names joins the last step, so nothing a
 * schema adds can be left unreachable.
 */
export function stepsOf(schema: SchemaObject, settled: unknown, resolver: Resolver, matches: Matcher): Step[] {
  const hints = schema['x-fz-steps'];
  if (!Array.isArray(hints) || !hints.length) return [];
  const visible = objectShape([schema], settled, resolver, matches).properties.map((p) => p.name);
  const named = new Set<string>();
  const steps = (hints as StepHint[]).map((hint, i) => {
    const fields = (hint.fields ?? []).filter((f) => visible.includes(f));
    (hint.fields ?? []).forEach((f) => named.add(f));
    return { id: hint.id ?? `step-${i + 1}`, title: hint.title ?? '', fields };
  });
  const rest = visible.filter((f) => !named.has(f));
  if (rest.length) steps[steps.length - 1]!.fields.push(...rest);
  return steps.filter((s) => s.fields.length);
}
