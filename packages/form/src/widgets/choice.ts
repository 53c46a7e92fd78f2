import { html, nothing } from 'lit';
import { describedBy, type FieldContext } from './context.js';
import { fieldShell, groupShell } from './shell.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** The first option carries the field's own id, so error summary links (`#id`) land on it. */
const optionId = (ctx: FieldContext, i: number) => (i ? `${ctx.id}-${i}` : ctx.id);
/** An option's own hint, then the group's error: read on the option itself, not only on entering the group. */
const optionDescribedBy = (ctx: FieldContext, own: string) => [own, ctx.error ? `${ctx.id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** Radios for a short list (every option visible, easiest on a phone), a select for a long one. */
export function choiceWidget(ctx: FieldContext) {
  const choices = ctx.choices ?? [];
  const widget = ctx.node['x-fz-widget'];
  if (widget === 'select' || (widget !== 'radio' && choices.length > 6)) return selectWidget(ctx);
  // A derived choice (sex from the identity number) shows the computed answer and cannot be changed.
  const value = ctx.derived ? ctx.settled : ctx.value;
  return groupShell(
    ctx,
    html`<div class="fz-options" part="options">
      ${choices.map(
        (choice, i) => html`<div class="fz-option">
          <input
            type="radio"
            id=${optionId(ctx, i)}
            name=${ctx.id}
            .checked=${same(value, choice.value)}
            ?disabled=${ctx.host.readonly || ctx.derived}
            ?required=${ctx.required && !ctx.derived}
            aria-invalid=${ctx.error ? 'true' : nothing}
            aria-describedby=${optionDescribedBy(ctx, choice.description ? `${ctx.id}-${i}-hint` : '') ?? nothing}
            @change=${() => ctx.host.setValue(ctx.pointer, choice.value)}
          />
          <label for=${optionId(ctx, i)}>${choice.title}</label>
          ${choice.description ? html`<div class="fz-hint fz-option-hint" id="${ctx.id}-${i}-hint">${choice.description}</div>` : nothing}
        </div>`,
      )}
    </div>`,
  );
}

function selectWidget(ctx: FieldContext) {
  const choices = ctx.choices ?? [];
  const selected = choices.findIndex((c) => same(c.value, ctx.value));
  return fieldShell(
    ctx,
    html`<select
      class="fz-select"
      part="input"
      id=${ctx.id}
      name=${ctx.pointer}
      ?disabled=${ctx.host.readonly}
      ?required=${ctx.required}
      aria-invalid=${ctx.error ? 'true' : 'false'}
      aria-describedby=${describedBy(ctx) ?? nothing}
      @change=${(e: Event) => {
        const index = Number((e.target as HTMLSelectElement).value);
        ctx.host.setValue(ctx.pointer, index >= 0 ? choices[index]!.value : undefined);
      }}
    >
      <option value="-1" ?selected=${selected < 0}>${ctx.host.t('select')}</option>
      ${choices.map((c, i) => html`<option value=${i} ?selected=${i === selected}>${c.title}</option>`)}
    </select>`,
  );
}

/** Several answers from a list: checkboxes, the value an array of the chosen options. */
export function multiChoiceWidget(ctx: FieldContext) {
  const chosen = Array.isArray(ctx.value) ? ctx.value : [];
  const toggle = (value: unknown, on: boolean) => {
    const next = (ctx.choices ?? []).map((c) => c.value).filter((v) => (same(v, value) ? on : chosen.some((c) => same(c, v))));
    ctx.host.setValue(ctx.pointer, next.length ? next : undefined);
  };
  return groupShell(
    ctx,
    html`<div class="fz-options" part="options">
      ${(ctx.choices ?? []).map(
        (choice, i) => html`<div class="fz-option">
          <input
            type="checkbox"
            id=${optionId(ctx, i)}
            .checked=${chosen.some((c) => same(c, choice.value))}
            ?disabled=${ctx.host.readonly}
            aria-invalid=${ctx.error ? 'true' : nothing}
            aria-describedby=${optionDescribedBy(ctx, '') ?? nothing}
            @change=${(e: Event) => toggle(choice.value, (e.target as HTMLInputElement).checked)}
          />
          <label for=${optionId(ctx, i)}>${choice.title}</label>
        </div>`,
      )}
    </div>`,
  );
}
