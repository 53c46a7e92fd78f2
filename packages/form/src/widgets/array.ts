import type { SchemaObject } from '@fazhi/core';
import { join, textOf } from '@fazhi/core';
import { html, nothing } from 'lit';
import type { FieldContext } from './context.js';

export interface ArrayOptions {
  /** Move-up and move-down buttons on each row, for lists whose order matters (articles of a rule). */
  reorder?: boolean;
}

/** Repeatable rows (family members, articles…): each row a group of fields, with add and remove. */
export function arrayWidget(ctx: FieldContext, options: ArrayOptions = {}) {
  const rows = Array.isArray(ctx.value) ? ctx.value : [];
  const itemNodes = ctx.nodes
    .map((n) => (n.items === undefined ? undefined : ctx.host.resolver.deref(n.items)))
    .filter((n): n is SchemaObject => !!n && typeof n === 'object');
  const rowTitle = textOf(itemNodes[0]?.title, `the title of the rows at ${ctx.pointer}`) ?? ctx.title;
  const max = ctx.node.maxItems ?? Infinity;
  // A required list starts with the rows it needs (see starting-rows.ts); those cannot be removed.
  const min = ctx.required ? (ctx.node.minItems ?? 0) : 0;

  const add = () => {
    ctx.host.setValue(ctx.pointer, [...rows, {}]);
    void ctx.host.focusPointer(join(ctx.pointer, rows.length));
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    ctx.host.setValue(ctx.pointer, next.length ? next : undefined);
    ctx.host.announce(ctx.host.t('rowRemoved', { index: index + 1, title: rowTitle }));
    void ctx.host.focusPointer(ctx.pointer);
  };
  // Focus follows the moved row to its own button (or the other one at either end), so pressing
  // it again keeps moving the same row; the row's legend then announces the new position.
  const moveId = (index: number, dir: 'up' | 'down') => `${ctx.id}-${index}-${dir}`;
  const move = (index: number, by: -1 | 1, e: Event) => {
    const to = index + by;
    const next = [...rows];
    [next[index], next[to]] = [next[to], next[index]];
    ctx.host.setValue(ctx.pointer, next);
    const root = (e.currentTarget as HTMLElement).getRootNode() as Document | ShadowRoot;
    const dir = (by < 0 && to > 0) || (by > 0 && to === rows.length - 1) ? 'up' : 'down';
    void ctx.host.focusPointer(join(ctx.pointer, to)).then(() => root.getElementById(moveId(to, dir))?.focus());
  };
  const moveButtons = (index: number) =>
    html`${index > 0
      ? html`<button type="button" class="fz-secondary" id=${moveId(index, 'up')} @click=${(e: Event) => move(index, -1, e)}>
          ${ctx.host.t('moveRowUp', { index: index + 1, title: rowTitle })}
        </button>`
      : nothing}
    ${index < rows.length - 1
      ? html`<button type="button" class="fz-secondary" id=${moveId(index, 'down')} @click=${(e: Event) => move(index, 1, e)}>
          ${ctx.host.t('moveRowDown', { index: index + 1, title: rowTitle })}
        </button>`
      : nothing}`;

  return html`<fieldset class="fz-field fz-array ${ctx.error ? 'fz-field--error' : ''}" part="array" data-pointer=${ctx.pointer}>
    <legend class="fz-section-title">${ctx.title}<span class="fz-marker">${ctx.host.t(ctx.required ? 'required' : 'optional')}</span></legend>
    ${ctx.hint ? html`<div class="fz-hint" id="${ctx.id}-hint">${ctx.hint}</div>` : nothing}
    ${ctx.error
      ? html`<p class="fz-error" id="${ctx.id}-error" part="error"><span class="fz-visually-hidden">${ctx.host.t('errorPrefix')}</span>${ctx.error}</p>`
      : nothing}
    ${rows.map(
      (_, index) => html`<fieldset class="fz-row" part="row">
        <legend class="fz-row-title">${ctx.host.t('rowTitle', { title: rowTitle, index: index + 1 })}</legend>
        ${ctx.host.renderObject(itemNodes, join(ctx.pointer, index), rowTitle)}
        ${ctx.host.readonly
          ? nothing
          : html`${options.reorder ? moveButtons(index) : nothing}
              ${rows.length > min
                ? html`<button type="button" class="fz-secondary" @click=${() => remove(index)}>
                    ${ctx.host.t('removeRow', { index: index + 1, title: rowTitle })}
                  </button>`
                : nothing}`}
      </fieldset>`,
    )}
    ${ctx.host.readonly || rows.length >= max
      ? nothing
      : html`<button type="button" id=${ctx.id} class="fz-secondary" aria-describedby=${ctx.error ? `${ctx.id}-error` : nothing} @click=${add}>
          ${ctx.host.t('addRow', { title: rowTitle })}
        </button>`}
  </fieldset>`;
}
