import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, type FieldContext } from './context.js';
import { fieldShell } from './shell.js';

const length = (value: unknown) => (typeof value === 'string' ? [...value].length : 0);

/**
 * Multi-line text with a character count when the schema sets maxLength (GOV.UK character count).
 * The count is read with the field (aria-describedby), not announced on every keystroke.
 */
export interface TextareaOptions {
  rows?: number;
  /** Another element that describes the field (e.g. advice shown under it). */
  describedBy?: string;
  /** Content after the count, inside the field. */
  after?: TemplateResult | typeof nothing;
}

export function textareaWidget(ctx: FieldContext, options: TextareaOptions = {}) {
  const max = ctx.node.maxLength;
  const used = length(ctx.value);
  const count =
    max === undefined
      ? nothing
      : html`<div class="fz-count ${used > max ? 'fz-count--over' : ''}" id="${ctx.id}-count">
          ${used > max ? ctx.host.t('charOver', { over: used - max }) : ctx.host.t('charCount', { remaining: max - used })}
        </div>`;
  const described = [describedBy(ctx), max === undefined ? '' : `${ctx.id}-count`, options.describedBy ?? ''].filter(Boolean).join(' ');
  return fieldShell(
    ctx,
    html`<textarea
        class="fz-textarea"
        part="input"
        id=${ctx.id}
        name=${ctx.pointer}
        rows=${options.rows ?? 5}
        .value=${typeof ctx.value === 'string' ? ctx.value : ''}
        placeholder=${(ctx.node['x-fz-placeholder'] as string | undefined) ?? nothing}
        ?readonly=${ctx.host.readonly}
        ?required=${ctx.required}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => {
          const text = (e.target as HTMLTextAreaElement).value;
          ctx.host.setValue(ctx.pointer, text.trim() === '' ? undefined : text);
        }}
      ></textarea>
      ${count} ${options.after ?? nothing}`,
  );
}
