import { arrayWidget, textareaWidget, type FieldContext } from '@fazhi/form';
import { nothing } from 'lit';
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
  const flags = host.precheck ? host.precheck(typeof ctx.value === 'string' ? ctx.value : '') : [];
  const adviceId = `${ctx.id}-advice`;
  return textareaWidget(ctx, {
    rows: 3,
    describedBy: flags.length ? adviceId : undefined,
    after: host.vt ? liveAdvice(adviceId, flags, host.vt) : nothing,
  });
}
