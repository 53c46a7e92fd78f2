import type { FieldContext } from './context.js';
import { checkboxWidget } from './checkbox.js';
import { choiceWidget } from './choice.js';

/**
 * A boolean field. A question ("您是否已经起诉？") is two radios, 是 and 否, in a fieldset whose
 * legend is the question, stored as true/false: a lone unticked box cannot tell "no" from "not
 * answered". Only a confirmation (`const: true`, or the consent widget) is one checkbox.
 */
export function booleanWidget(ctx: FieldContext) {
  if (ctx.node.const === true || ctx.node['x-fz-widget'] === 'consent') return checkboxWidget(ctx);
  const choices = [
    { value: true, title: ctx.host.t('yes') },
    { value: false, title: ctx.host.t('no') },
  ];
  return choiceWidget({ ...ctx, choices, node: { ...ctx.node, 'x-fz-widget': 'radio' } });
}
