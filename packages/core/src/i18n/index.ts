import type { Locale } from '../types.js';

export { loadLocale, onLocale, type LocaleLoader } from './load.js';

/**
 * A message catalogue per locale; zh-CN is complete and built in, other locales fall back to it key
 * by key. Other locales' texts live in `<catalogue>.en.ts` beside it and arrive with `loadLocale`.
 */
export type Catalogue<K extends string = string> = { 'zh-CN': Record<K, string> } & Partial<Record<Locale, Partial<Record<K, string>>>>;

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function translate<K extends string>(catalogue: Catalogue<K>, locale: Locale, key: K, params?: Record<string, unknown>): string {
  const template = catalogue[locale]?.[key] ?? catalogue['zh-CN'][key] ?? key;
  return interpolate(template, params);
}
