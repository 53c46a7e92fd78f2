import { deriveIdCard } from '@fazhi/core';
import { html, nothing } from 'lit';
import type { FieldContext } from '../context.js';
import { textWidget } from '../text.js';

/**
 * 公民身份号码 with what it says about its holder shown back (出生日期, 性别, 年龄), so a citizen
 * spots a mistyped digit before submitting.
 */
export function idCardWidget(ctx: FieldContext) {
  const facts = typeof ctx.value === 'string' && ctx.value.length >= 18 ? deriveIdCard(ctx.value) : null;
  const [year, month, day] = facts ? facts.birthDate.split('-').map(Number) : [];
  const text = facts ? ctx.host.t('idCardFacts', { date: facts.birthDate, year, month, day, sex: ctx.host.t(facts.sex), age: facts.age }) : '';
  return html`${textWidget(ctx)}
    <p class="fz-derived" part="derived" aria-live="polite">${facts ? text : nothing}</p>`;
}
