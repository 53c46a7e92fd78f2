import { objectShape, textOf, type Matcher, type Resolver, type SchemaObject } from '@fazhi/core';

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
 * economic step for a 第32条 applicant). A field no step names is shown in the step of the question
 * that reveals it, or else joins the last step, so nothing a schema adds can be left unreachable.
 */
export function stepsOf(schema: SchemaObject, settled: unknown, resolver: Resolver, matches: Matcher): Step[] {
  const hints = schema['x-fz-steps'];
  if (!Array.isArray(hints) || !hints.length) return [];
  const visible = objectShape([schema], settled, resolver, matches).properties;
  const names = visible.map((p) => p.name);
  const named = new Set<string>();
  const steps = (hints as StepHint[]).map((hint, i) => {
    const fields = (hint.fields ?? []).filter((f) => names.includes(f));
    (hint.fields ?? []).forEach((f) => named.add(f));
    return { id: hint.id ?? `step-${i + 1}`, title: textOf(hint.title, `the title of step ${i + 1}`) ?? '', fields };
  });
  for (const property of visible) {
    if (named.has(property.name)) continue;
    const home = steps.find((s) => property.after?.some((name) => s.fields.includes(name))) ?? steps[steps.length - 1]!;
    home.fields.push(property.name);
  }
  return steps.filter((s) => s.fields.length);
}
