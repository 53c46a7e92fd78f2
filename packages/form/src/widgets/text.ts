import { formatHints } from '@fazhi/core';
import { html, nothing } from 'lit';
import { describedBy, type FieldContext } from './context.js';
import { fieldShell } from './shell.js';

/** Numbers stay text while typed so "12a" reaches the validator and gets a plain message. */
export function parseTyped(ctx: FieldContext, raw: string): unknown {
  const text = raw.trim() === '' ? undefined : raw;
  if (text === undefined || (ctx.kind !== 'number' && ctx.kind !== 'integer')) return text;
  const number = Number(text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim());
  return Number.isFinite(number) ? number : text;
}

/**
 * Single-line input: strings, numbers, dates, and every `format` with its keyboard hints. No
 * `maxlength`: text is never cut silently; a too-long answer gets a message instead (GOV.UK).
 */
export function textWidget(ctx: FieldContext) {
  const format = ctx.node.format;
  const hints = (format && formatHints[format]) || {};
  const numeric = ctx.kind === 'number' || ctx.kind === 'integer';
  const type = format === 'date' ? 'date' : format === 'email' ? 'email' : 'text';
  const inputmode = hints.inputmode ?? (ctx.kind === 'integer' ? 'numeric' : ctx.kind === 'number' ? 'decimal' : undefined);
  const shown = ctx.derived ? ctx.settled : ctx.value;
  return fieldShell(
    ctx,
    html`<input
      class="fz-input ${numeric ? 'fz-input--short' : ''}"
      part="input"
      id=${ctx.id}
      name=${ctx.pointer}
      type=${type}
      .value=${shown === undefined || shown === null ? '' : String(shown)}
      inputmode=${inputmode ?? nothing}
      autocomplete=${(ctx.node['x-fz-autocomplete'] as string | undefined) ?? hints.autocomplete ?? 'off'}
      placeholder=${(ctx.node['x-fz-placeholder'] as string | undefined) ?? hints.placeholder ?? nothing}
      spellcheck="false"
      ?readonly=${ctx.host.readonly || ctx.derived}
      ?required=${ctx.required}
      aria-invalid=${ctx.error ? 'true' : 'false'}
      aria-describedby=${describedBy(ctx) ?? nothing}
      @input=${(e: Event) => ctx.host.setValue(ctx.pointer, parseTyped(ctx, (e.target as HTMLInputElement).value))}
    />`,
  );
}
