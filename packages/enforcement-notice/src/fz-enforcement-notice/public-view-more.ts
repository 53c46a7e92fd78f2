import { compactRecord as compact, maskFreeText, plainDate as date, plainText as text, plainTexts as texts, type MaskRules } from '@fazhi/core';
import type { EnforcementBody, EnforcementMatter, EnforcementOfficer, LegalBasis, ViewName } from './types.js';

/* The public view of the 事前公开 lists (bodies, officers, matters); see public-view.ts. */

type Bag = Record<string, unknown>;

export function publicBody(raw: unknown, rules: MaskRules): EnforcementBody | null {
  if (!raw || typeof raw !== 'object') return null;
  const b = raw as Bag;
  const free = (v: unknown) => {
    const s = text(v);
    return s === undefined ? undefined : maskFreeText(s, { rules });
  };
  const name = free(b.name);
  if (!name) return null;
  return compact<EnforcementBody>({
    id: free(b.id),
    name,
    uscc: free(b.uscc),
    type: free(b.type),
    legalBasis: free(b.legalBasis),
    scope: free(b.scope),
    region: free(b.region),
    // A body's own address and switchboard are public contact details, not personal data.
    address: text(b.address),
    phone: text(b.phone),
    website: text(b.website),
    entrustedBy: free(b.entrustedBy),
  });
}

const CERT_NO = /^[0-9A-Za-z\-]{4,32}$/;

export function publicOfficer(raw: unknown, rules: MaskRules): EnforcementOfficer | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Bag;
  const free = (v: unknown) => {
    const s = text(v);
    return s === undefined ? undefined : maskFreeText(s, { rules });
  };
  // Officers act in office: their names and certificate numbers are published by law (三项制度).
  const name = free(o.name);
  const certRaw = text(o.certNo);
  const certNo = certRaw && CERT_NO.test(certRaw.trim()) ? certRaw.trim() : free(certRaw);
  if (!name || !certNo) return null;
  return compact<EnforcementOfficer>({
    name,
    certNo,
    agency: free(o.agency),
    fields: texts(o.fields ?? o.field, (s) => maskFreeText(s, { rules })),
    region: free(o.region),
    validUntil: date(o.validUntil),
    status: free(o.status),
  });
}

function basisOf(v: unknown, mask: (s: string) => string): (LegalBasis | string)[] | undefined {
  if (!Array.isArray(v)) return typeof v === 'string' && v.trim() ? [mask(v)] : undefined;
  const out: (LegalBasis | string)[] = [];
  for (const item of v) {
    if (typeof item === 'string' && item.trim()) out.push(mask(item));
    else if (item && typeof item === 'object') {
      const lawName = text((item as Bag).lawName);
      if (!lawName) continue;
      const article = text((item as Bag).article);
      const body = text((item as Bag).text);
      out.push(compact<LegalBasis>({ lawName: mask(lawName), article: article && mask(article), text: body && mask(body) }));
    }
  }
  return out.length ? out : undefined;
}

function stepsOf(v: unknown, mask: (s: string) => string): EnforcementMatter['steps'] {
  if (!Array.isArray(v)) return undefined;
  const out: NonNullable<EnforcementMatter['steps']> = [];
  for (const step of v) {
    const title = step && typeof step === 'object' ? text((step as Bag).title) : text(step);
    if (!title) continue;
    const description = step && typeof step === 'object' ? text((step as Bag).description) : undefined;
    const timeLimit = step && typeof step === 'object' ? text((step as Bag).timeLimit) : undefined;
    out.push(compact({ title: mask(title), description: description && mask(description), timeLimit: timeLimit && mask(timeLimit) }));
  }
  return out.length ? out : undefined;
}

export function publicMatter(raw: unknown, rules: MaskRules): EnforcementMatter | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Bag;
  const mask = (s: string) => maskFreeText(s, { rules });
  const free = (v: unknown) => {
    const s = text(v);
    return s === undefined ? undefined : mask(s);
  };
  const name = free(m.name);
  if (!name) return null;
  return compact<EnforcementMatter>({
    code: free(m.code) ?? '',
    name,
    category: free(m.category),
    body: free(m.body ?? m.agency),
    basis: basisOf(m.basis, mask),
    powerListCode: free(m.powerListCode),
    randomInspection: typeof m.randomInspection === 'boolean' ? m.randomInspection : undefined,
    steps: stepsOf(m.steps, mask),
    procedureUrl: text(m.procedureUrl),
    remedy: free(m.remedy),
  });
}

export const maskers: Record<Exclude<ViewName, 'decisions'>, (raw: unknown, rules: MaskRules) => object | null> = {
  bodies: publicBody,
  officers: publicOfficer,
  matters: publicMatter,
};
