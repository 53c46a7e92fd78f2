import type { AddressLevel } from './address.js';
import type { NameStyle } from './name.js';

/**
 * What a public widget shows of personal data. Every default is the strictest reading of practice
 * (basis in docs/enforcement-notice.md); a portal may tighten any rule through `tightenRules`, never
 * loosen it, so a mistyped setting cannot expose more than the defaults.
 */
export interface MaskRules {
  /** A natural person's name: 张某 ('mou'), 张某某 ('moumou'), or not at all ('omit'). */
  name: NameStyle | 'omit';
  /** Addresses keep at most this administrative level. */
  address: AddressLevel;
  /** Phone numbers: 138****5678 ('partial') or not at all. */
  phone: 'partial' | 'omit';
  /** Bank accounts: last four digits ('last4') or not at all. */
  bankAccount: 'last4' | 'omit';
  /** Vehicle plates: 浙A·1**** ('partial') or not at all. */
  plate: 'partial' | 'omit';
  /** E-mail addresses: a***@example.com ('partial') or not at all. */
  email: 'partial' | 'omit';
  /** Shown in place of anything omitted (identity numbers always are). */
  omittedText: string;
  /** Decisions whose party was younger than this on the decision date are never shown. */
  minorAge: number;
  /** Publication period when a decision carries no `publicUntil`, in days from its publication date. */
  periodDays: { person: number; other: number };
  /** Hide decisions whose only penalty is 警告 (市场监督管理 practice); off by default, a portal may turn it on. */
  hideWarningOnly: boolean;
  /** Further names (other people in the facts) to mask wherever they appear. */
  extraNames: string[];
}

export const DEFAULT_MASK_RULES: Readonly<MaskRules> = Object.freeze({
  name: 'mou',
  address: 'county',
  phone: 'partial',
  bankAccount: 'last4',
  plate: 'partial',
  email: 'partial',
  omittedText: '（已隐去）',
  minorAge: 18,
  periodDays: Object.freeze({ person: 730, other: 1825 }) as MaskRules['periodDays'],
  hideWarningOnly: false,
  extraNames: Object.freeze([]) as unknown as string[],
});

// Orders from loosest to strictest; a portal's value is taken only if it is at least as strict.
const ORDER = {
  name: [['mou', 'moumou'], ['omit']],
  address: [['county'], ['city'], ['province'], ['omit']],
  phone: [['partial'], ['omit']],
  bankAccount: [['last4'], ['omit']],
  plate: [['partial'], ['omit']],
  email: [['partial'], ['omit']],
} as const;

function rank(key: keyof typeof ORDER, value: unknown): number {
  return (ORDER[key] as readonly (readonly string[])[]).findIndex((level) => level.includes(value as string));
}

/** A portal's settings applied on top of `base`, keeping whichever of the two is stricter per rule. */
export function tightenRules(base: MaskRules, portal: Partial<MaskRules> | undefined | null): MaskRules {
  const out: MaskRules = { ...base, periodDays: { ...base.periodDays }, extraNames: [...base.extraNames] };
  if (!portal || typeof portal !== 'object') return out;
  for (const key of Object.keys(ORDER) as (keyof typeof ORDER)[]) {
    const wanted = rank(key, portal[key]);
    // 'mou' and 'moumou' are equally strict: the portal's choice between them is honoured.
    if (wanted >= 0 && wanted >= rank(key, out[key])) (out as unknown as Record<string, unknown>)[key] = portal[key];
  }
  if (typeof portal.omittedText === 'string' && portal.omittedText.trim()) out.omittedText = portal.omittedText;
  if (typeof portal.minorAge === 'number' && portal.minorAge > out.minorAge) out.minorAge = portal.minorAge;
  for (const who of ['person', 'other'] as const) {
    const days = portal.periodDays?.[who];
    if (typeof days === 'number' && days >= 0 && days < out.periodDays[who]) out.periodDays[who] = days;
  }
  if (portal.hideWarningOnly === true) out.hideWarningOnly = true;
  if (Array.isArray(portal.extraNames)) {
    for (const n of portal.extraNames) if (typeof n === 'string' && n.trim() && !out.extraNames.includes(n)) out.extraNames.push(n);
  }
  return out;
}

/** The defaults tightened by a portal's settings. */
export function resolveMaskRules(portal?: Partial<MaskRules> | null): MaskRules {
  return tightenRules(DEFAULT_MASK_RULES, portal);
}
