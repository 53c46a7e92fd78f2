import type { Locale } from '@fazhi/core';
import type { LegalBasis } from './types.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** 12345.6 → 12,345.6 (yuan amounts keep up to two decimals). */
export function formatAmount(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return f.format(n);
}

/** 《中华人民共和国食品安全法》第一百二十四条 */
export function basisText(b: LegalBasis | string): string {
  if (typeof b === 'string') return b;
  const law = /^《.*》$/.test(b.lawName) ? b.lawName : `《${b.lawName}》`;
  return b.article ? `${law}${b.article}` : law;
}

export function joinList(values: string | string[] | undefined, separator = '、'): string {
  return Array.isArray(values) ? values.join(separator) : (values ?? '');
}
