import { ageOn, dateInShanghai, formatDate, type YearMonthDay } from '../formats/calendar.js';
import { idBirthDate } from './id-number.js';
import { canonicalName, looksLikePersonalName } from './name.js';
import { DEFAULT_MASK_RULES, type MaskRules } from './rules.js';

/** Why a decision must not be shown, or null when it may be. */
export type UnpublishableReason = 'revoked' | 'expired' | 'not-yet' | 'minor' | 'warning-only' | 'invalid';

/** Status values under which a decision stays public (行政处罚法 第48条: changed, revoked… → withdrawn). */
export const PUBLIC_STATUSES: readonly string[] = ['有效', 'valid', 'active'];

// partyType codes of enforcement-decision.schema.json, and the Chinese titles some feeds send instead.
const NATURAL_PERSON = /^(natural-person|自然人|个人)$/i;
const SOLE_TRADER = /^(individual-business|个体工商户)$/;
const ORGANISATION = /^(legal-entity|individual-business|法人|非法人组织|法人及非法人组织|个体工商户|其他组织)$/i;

function read(record: Record<string, unknown>, ...paths: string[]): unknown {
  for (const path of paths) {
    let v: unknown = record;
    for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

const day = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function ymd(date: string): YearMonthDay {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** `today` as YYYY-MM-DD in Asia/Shanghai (a string is taken as already being that date). */
export function publicationDay(today: Date | string = new Date()): string {
  return typeof today === 'string' ? today.slice(0, 10) : formatDate(dateInShanghai(today));
}

/**
 * Is the party a natural person (自然人)? Unknown party types count as persons, the safer reading,
 * and so does an organisation whose name is shaped like a person's or is its own legal
 * representative's (a person typed as an organisation by mistake). A 个体工商户 stays a business.
 */
export function isNaturalPerson(decision: unknown): boolean {
  if (!decision || typeof decision !== 'object') return true;
  const d = decision as Record<string, unknown>;
  const type = read(d, 'partyType', 'party.type');
  if (typeof type !== 'string' || NATURAL_PERSON.test(type.trim()) || !ORGANISATION.test(type.trim())) return true;
  const name = read(d, 'partyName', 'party.name');
  const rep = read(d, 'legalRep');
  if (typeof name !== 'string' || SOLE_TRADER.test(type.trim())) return false;
  return looksLikePersonalName(name) || (typeof rep === 'string' && canonicalName(rep) !== '' && canonicalName(rep) === canonicalName(name));
}

/**
 * The reason a decision may not appear in a public list today, or null. Fields read (by the
 * enforcement-decision schema's names): `status`, `publicUntil`, `publishedAt`, `decidedAt`,
 * `partyType`, the party's identity number (`partyIdNumber` or `party.idNumber`), birth date
 * (`partyBirthDate`/`party.birthDate`), an explicit minor flag (`partyMinor`/`party.minor`) and
 * `penaltyTypes`. Missing status counts as in force; an unknown status does not.
 */
export function unpublishableReason(decision: unknown, today: Date | string = new Date(), rules: MaskRules = DEFAULT_MASK_RULES): UnpublishableReason | null {
  if (!decision || typeof decision !== 'object' || Array.isArray(decision)) return 'invalid';
  const d = decision as Record<string, unknown>;
  const now = publicationDay(today);

  const status = read(d, 'status');
  if (status !== undefined && !(typeof status === 'string' && PUBLIC_STATUSES.includes(status.trim()))) return 'revoked';
  if (read(d, 'revoked', 'revokedAt') !== undefined && read(d, 'revoked') !== false) return 'revoked';

  const decided = day(read(d, 'decidedAt', 'decisionDate'));
  const published = day(read(d, 'publishedAt')) ?? decided;
  if (published && published > now) return 'not-yet';
  const until = day(read(d, 'publicUntil'));
  const periodDays = isNaturalPerson(d) ? rules.periodDays.person : rules.periodDays.other;
  const defaultEnd = published ? addDays(published, periodDays) : undefined;
  // A portal's shorter period applies even to a decision that names a later end date.
  const end = until && defaultEnd ? (until < defaultEnd ? until : defaultEnd) : (until ?? defaultEnd);
  if (end && end < now) return 'expired';
  if (!end) return 'expired';

  const minorFlag = read(d, 'partyMinor', 'party.minor', 'partyIsMinor');
  if (minorFlag === true || minorFlag === 'true') return 'minor';
  const birth = day(read(d, 'partyBirthDate', 'party.birthDate')) ??
    (() => { const id = read(d, 'partyIdNumber', 'party.idNumber', 'partyId'); return typeof id === 'string' ? idBirthDate(id.trim()) ?? undefined : undefined; })();
  if (birth && ageOn(ymd(birth), ymd(decided ?? now)) < rules.minorAge) return 'minor';

  if (rules.hideWarningOnly) {
    const kinds = read(d, 'penaltyTypes', 'penaltyKinds');
    const list = Array.isArray(kinds) ? kinds.map(String) : typeof kinds === 'string' ? [kinds] : [];
    if (list.length > 0 && list.every((k) => k === 'warning' || k === '警告')) return 'warning-only';
  }
  return null;
}

/**
 * May this decision be shown to the public today? False when it is past its publication period,
 * revoked, changed or withdrawn, not yet published, or its party was a minor on the decision date.
 */
export function isPublishable(decision: unknown, today: Date | string = new Date(), rules: MaskRules = DEFAULT_MASK_RULES): boolean {
  return unpublishableReason(decision, today, rules) === null;
}
