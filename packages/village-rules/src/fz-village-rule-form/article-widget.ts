import { arrayWidget, describedBy, fieldShell, type FieldContext } from '@fazhi/form';
import { html, nothing } from 'lit';
import { liveAdvice, type VillageHost } from '../precheck/advice.js';

/** The articles: repeatable rows that can be moved up and down (their order is their numbering). */
export function articlesWidget(ctx: FieldContext) {
  return arrayWidget(ctx, { reorder: true });
}

/**
 * One article's text, pre-checked on every keystroke: wording that commonly breaks the law is
 * explained under the box with its legal basis. Advice only: the field is never marked invalid
 * for it, and the clerk can submit as written.
 */
export function articleTextWidget(ctx: FieldContext) {
  const host = ctx.host as VillageHost;
  const text = typeof ctx.value === 'string' ? ctx.value : '';
  const flags = host.precheck ? host.precheck(text) : [];
  const max = ctx.node.maxLength;
  const used = [...text].length;
  const adviceId = `${ctx.id}-advice`;
  const described = [describedBy(ctx), max === undefined ? '' : `${ctx.id}-count`, flags.length ? adviceId : ''].filter(Boolean).join(' ');
  return fieldShell(
    ctx,
    html`<textarea
        class="fz-textarea"
        part="input"
        id=${ctx.id}
        name=${ctx.pointer}
        rows="3"
        .value=${text}
        ?readonly=${ctx.host.readonly}
        ?required=${ctx.required}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => {
          const value = (e.target as HTMLTextAreaElement).value;
          ctx.host.setValue(ctx.pointer, value.trim() === '' ? undefined : value);
        }}
      ></textarea>
      ${max === undefined
        ? nothing
        : html`<div class="fz-count ${used > max ? 'fz-count--over' : ''}" id="${ctx.id}-count">
            ${used > max ? ctx.host.t('charOver', { over: used - max }) : ctx.host.t('charCount', { remaining: max - used })}
          </div>`}
      ${host.vt ? liveAdvice(adviceId, flags, host.vt) : nothing}`,
  );
}
