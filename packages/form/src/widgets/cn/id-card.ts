import { deriveIdCard } from '@fazhi/core';
import { html, nothing } from 'lit';
import type { FieldContext } from '../context.js';
import { textWidget } from '../text.js';

const SEX = { male: { 'zh-CN': '男', en: 'male' }, female: { 'zh-CN': '女', en: 'female' } } as const;

/**
 * 公民身份号码 with what it says about its holder shown back (出生日期, 性别, 年龄), so a citizen
 * spots a mistyped digit before submitting.
 */
export function idCardWidget(ctx: FieldContext) {
  const facts = typeof ctx.value === 'string' && ctx.value.length >= 18 ? deriveIdCard(ctx.value) : null;
  const en = ctx.host.t('yes') === 'Yes';
  const text = facts
    ? en
      ? `Date of birth ${facts.birthDate}, ${SEX[facts.sex].en}, age ${facts.age}`
      : `出生日期 ${facts.birthDate.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`)}，性别 ${SEX[facts.sex]['zh-CN']}，${facts.age} 岁`
    : '';
  return html`${textWidget(ctx)}
    <p class="fz-derived" part="derived" aria-live="polite">${facts ? text : nothing}</p>`;
}
