import { html, nothing, type TemplateResult } from 'lit';
import type { FieldContext } from './context.js';

const hint = (ctx: FieldContext) =>
  ctx.hint ? html`<div class="fz-hint" id="${ctx.id}-hint" part="hint">${ctx.hint}</div>` : nothing;

const error = (ctx: FieldContext) =>
  ctx.error
    ? html`<p class="fz-error" id="${ctx.id}-error" part="error"><span class="fz-visually-hidden">${ctx.host.t('errorPrefix')}</span>${ctx.error}</p>`
    : nothing;

/** Required/optional, and a tag on sensitive personal information (个人信息保护法 第28条). */
const marker = (ctx: FieldContext) =>
  html`<span class="fz-marker">${ctx.host.t(ctx.derived ? 'derived' : ctx.required ? 'required' : 'optional')}</span>${ctx.nodes.some((n) => n['x-fz-pii'] === 'sensitive')
    ? html`<span class="fz-tag" part="sensitive-tag">${ctx.host.t('sensitive')}</span>`
    : nothing}`;

/** A relaxed issue with the box that confirms it (GOV.UK warning text, then a checkbox). */
const warning = (ctx: FieldContext) =>
  ctx.warning
    ? html`<div class="fz-warning" part="warning">
        <div class="fz-option">
          <input
            type="checkbox"
            id="${ctx.id}-confirm"
            .checked=${ctx.warning.confirmed}
            aria-describedby="${ctx.id}-confirm-hint"
            @change=${(e: Event) => ctx.host.confirmWarning(ctx.pointer, (e.target as HTMLInputElement).checked)}
          />
          <label for="${ctx.id}-confirm">${ctx.host.t('warningConfirm')}</label>
        </div>
        <p class="fz-hint" id="${ctx.id}-confirm-hint">${ctx.warning.message}</p>
      </div>`
    : nothing;

/** One labelled field: label, hint, error and control in one root (GOV.UK form-group). */
export function fieldShell(ctx: FieldContext, control: TemplateResult): TemplateResult {
  return html`<div class="fz-field ${ctx.error ? 'fz-field--error' : ''}" part="field" data-pointer=${ctx.pointer}>
    <label class="fz-label" for=${ctx.id} part="label">${ctx.title}${marker(ctx)}</label>
    ${hint(ctx)} ${error(ctx)} ${control} ${warning(ctx)}
  </div>`;
}

/** A group of controls (radios, checkboxes) named by a legend. */
export function groupShell(ctx: FieldContext, controls: TemplateResult): TemplateResult {
  return html`<fieldset
    class="fz-field fz-group ${ctx.error ? 'fz-field--error' : ''}"
    part="field"
    data-pointer=${ctx.pointer}
    aria-describedby=${[ctx.hint ? `${ctx.id}-hint` : '', ctx.error ? `${ctx.id}-error` : ''].filter(Boolean).join(' ') || nothing}
  >
    <legend class="fz-label" part="label">${ctx.title}${marker(ctx)}</legend>
    ${hint(ctx)} ${error(ctx)} ${controls}
  </fieldset>`;
}
