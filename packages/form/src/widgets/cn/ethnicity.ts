import { ethnicityOptions } from '@fazhi/core';
import type { FieldContext } from '../context.js';
import { choiceWidget } from '../choice.js';

/**
 * 民族 as a select of the 56 names of GB 3304 (value = the two-digit code). The opt-in extras
 * ("其他未识别民族"…) appear when the field sets `"x-fz-ethnicity-extras": true`.
 */
export function ethnicityWidget(ctx: FieldContext) {
  const extras = ctx.node['x-fz-ethnicity-extras'] === true;
  const choices = ctx.choices ?? ethnicityOptions(extras).map((e) => ({ value: e.code, title: e.name }));
  return choiceWidget({ ...ctx, choices, node: { ...ctx.node, 'x-fz-widget': 'select' } });
}
