import {
  isNaturalPerson,
  isPublishable,
  looksLikePersonalName,
  maskAddress,
  maskFreeText,
  maskName,
  type MaskRules,
} from '@fazhi/core';
import type { EnforcementBody, EnforcementDecision, EnforcementMatter, EnforcementOfficer, ViewName } from './types.js';

/*
 * What the widget shows of each record: a whitelist of fields, each value reduced to plain text or
 * a number, personal data masked. It runs on every record whatever the backend already did
 * (DESIGN: the backend must send masked data; this is the defence in depth), and it is the only
 * way data reaches the templates, search, CSV and chart.
 */

export type Bag = Record<string, unknown>;

export const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? (v.trim() ? v : undefined) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
export const date = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);
const amount = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

export function texts(v: unknown, mask: (s: string) => string): string[] | undefined {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  const out = list.map(text).filter((s): s is string => s !== undefined).map(mask);
  return out.length ? out : undefined;
}

/** Drops undefined values so the public record has only what may be shown. */
export function compact<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}

// Short values repeat across thousands of decisions (bodies, legal bases, kinds): mask each once.
const cache = new WeakMap<MaskRules, Map<string, string>>();

function maskCached(s: string, names: string[], rules: MaskRules): string {
  if (s.length > 200) return maskFreeText(s, { names, rules });
  let memo = cache.get(rules);
  if (!memo || memo.size > 20000) cache.set(rules, (memo = new Map()));
  const key = names.length ? `${names.join('\u0001')}\u0002${s}` : s;
  let out = memo.get(key);
  if (out === undefined) memo.set(key, (out = maskFreeText(s, { names, rules })));
  return out;
}

const SOLE_TRADER = /^(individual-business|个体工商户)$/;

export function publicDecision(raw: unknown, rules: MaskRules): EnforcementDecision | null {
  if (!raw || typeof raw !== 'object') return null;
  const d = raw as Bag;
  const person = isNaturalPerson(d);
  // 个体工商户: the business name stays unless it is just the owner's name; the owner (经营者) is a person.
  const soleTrader = !person && SOLE_TRADER.test(String(d.partyType ?? '').trim());
  const partyName = text(d.partyName ?? (d.party as Bag | undefined)?.name);
  const legalRep = text(d.legalRep);
  const partyIsName = partyName !== undefined && (person || (soleTrader && looksLikePersonalName(partyName)));
  const repIsName = legalRep !== undefined && soleTrader;
  const names = [partyIsName ? partyName : undefined, repIsName ? legalRep : undefined].filter((n): n is string => !!n);
  const nameOf = (n: string) => (rules.name === 'omit' ? rules.omittedText : maskName(n, rules.name));
  const free = (v: unknown) => {
    const s = text(v);
    return s === undefined ? undefined : maskCached(s, names, rules);
  };
  const docNo = free(d.docNo);
  if (!docNo) return null;
  return compact<EnforcementDecision>({
    docNo,
    caseName: free(d.caseName),
    partyType: free(d.partyType),
    partyName: partyName === undefined ? undefined : partyIsName ? nameOf(partyName) : free(partyName),
    // A person's or a sole trader's address is where someone lives: only the county is shown.
    partyAddress: (() => {
      const address = text(d.partyAddress);
      if (address === undefined) return undefined;
      return person || soleTrader ? maskAddress(address, rules.address, rules.omittedText) : free(address);
    })(),
    // A natural person has no credit code or legal representative: whatever sits there is not shown.
    partyUscc: person ? undefined : free(d.partyUscc),
    legalRep: person || legalRep === undefined ? undefined : repIsName ? nameOf(legalRep) : free(legalRep),
    violation: free(d.violation),
    facts: free(d.facts),
    basis: free(d.basis),
    penaltyTypes: texts(d.penaltyTypes, (s) => maskCached(s, names, rules)),
    penaltyContent: free(d.penaltyContent),
    fineAmount: amount(d.fineAmount),
    confiscatedAmount: amount(d.confiscatedAmount),
    decidedAt: date(d.decidedAt),
    publishedAt: date(d.publishedAt),
    publicUntil: date(d.publicUntil),
    agency: free(d.agency),
    status: free(d.status),
    remedy: free(d.remedy),
  });
}

type PublicRecord = EnforcementBody | EnforcementOfficer | EnforcementMatter | EnforcementDecision;

/** Masks one record of a 事前公开 list (see public-view-more.ts, loaded on demand). */
export type RecordMasker = (raw: unknown, rules: MaskRules) => PublicRecord | null;

/**
 * The records of one view as the public may see them: unpublishable decisions (expired, revoked,
 * a minor's) dropped before anything else, every record masked. Decisions are masked here; the
 * other lists by `mask` from public-view-more.ts.
 */
export function publicRecords(view: ViewName, items: readonly unknown[], rules: MaskRules, today: Date | string, mask?: RecordMasker): PublicRecord[] {
  const out: PublicRecord[] = [];
  for (const item of items) {
    const record = view === 'decisions' ? (isPublishable(item, today, rules) ? publicDecision(item, rules) : null) : mask ? mask(item, rules) : null;
    if (record) out.push(record);
  }
  return out;
}
