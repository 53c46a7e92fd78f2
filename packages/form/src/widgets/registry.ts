import type { FieldContext, Widget } from './context.js';
import { arrayWidget } from './array.js';
import { checkboxWidget } from './checkbox.js';
import { choiceWidget, multiChoiceWidget } from './choice.js';
import { fileWidget } from './file.js';
import { textWidget } from './text.js';
import { textareaWidget } from './textarea.js';
import { booleanWidget } from './yes-no.js';
import { ethnicityWidget } from './cn/ethnicity.js';
import { idCardWidget } from './cn/id-card.js';
import { regionWidget } from './cn/region.js';

const byName = new Map<string, Widget>([
  ['text', textWidget],
  ['textarea', textareaWidget],
  ['radio', choiceWidget],
  ['select', choiceWidget],
  ['checkbox', checkboxWidget],
  ['consent', checkboxWidget],
  ['file', fileWidget],
  ['id-card', idCardWidget],
  ['cn-id-card', idCardWidget],
  ['region', regionWidget],
  ['cn-region-code', regionWidget],
  ['ethnicity', ethnicityWidget],
]);

/** Answers allowed to be longer than this many characters get several lines (GOV.UK textarea). */
const LONG_TEXT = 200;

const byKind: Record<FieldContext['kind'], Widget> = {
  object: textWidget, // objects are rendered as sections before a widget is looked up
  array: arrayWidget,
  multichoice: multiChoiceWidget,
  choice: choiceWidget,
  boolean: booleanWidget,
  number: textWidget,
  integer: textWidget,
  string: (ctx) => ((ctx.node.maxLength ?? 0) > LONG_TEXT ? textareaWidget : textWidget)(ctx),
  file: fileWidget,
};

/** Adds or replaces a widget chosen by `x-fz-widget` or by `format` (e.g. "cn-id-card"). */
export function registerWidget(name: string, widget: Widget): void {
  byName.set(name, widget);
}

/** `x-fz-widget` first, then the field's `format`, then its kind. */
export function widgetFor(ctx: FieldContext): Widget {
  const named = ctx.node['x-fz-widget'];
  if (typeof named === 'string' && byName.has(named)) return byName.get(named)!;
  if (ctx.node.format && byName.has(ctx.node.format)) return byName.get(ctx.node.format)!;
  return byKind[ctx.kind];
}
