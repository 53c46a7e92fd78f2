import { html, nothing } from 'lit';
import { describedBy, type FieldContext } from './context.js';

/**
 * A yes/no question as one checkbox. A consent or commitment (`const: true`, widget `consent`)
 * shows its full text (the schema's description) above the box, never behind a link.
 */
export function checkboxWidget(ctx: FieldContext) {
  const consent = ctx.node['x-fz-widget'] === 'consent' || ctx.node.const === true;
  return html`<div class="fz-field fz-checkbox ${ctx.error ? 'fz-field--error' : ''}" part="field" data-pointer=${ctx.pointer}>
    ${ctx.hint
      ? html`<div class=${consent ? 'fz-consent-text' : 'fz-hint'} id="${ctx.id}-hint" part=${consent ? 'consent-text' : 'hint'}>${ctx.hint}</div>`
      : nothing}
    ${ctx.error
      ? html`<p class="fz-error" id="${ctx.id}-error" part="error"><span class="fz-visually-hidden">${ctx.host.t('errorPrefix')}</span>${ctx.error}</p>`
      : nothing}
    <div class="fz-option">
      <input
        type="checkbox"
        id=${ctx.id}
        name=${ctx.pointer}
        .checked=${(ctx.derived ? ctx.settled : ctx.value) === true}
        ?disabled=${ctx.host.readonly || ctx.derived}
        ?required=${ctx.required}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        aria-describedby=${describedBy(ctx) ?? nothing}
        @change=${(e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          ctx.host.setValue(ctx.pointer, on ? true : consent ? undefined : false);
        }}
      />
      <label for=${ctx.id} class="fz-label-inline">${ctx.title}</label>
    </div>
  </div>`;
}
