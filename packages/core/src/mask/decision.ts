import { maskAddress } from './address.js';
import { maskFreeText } from './free-text.js';
import { canonicalName, looksLikePersonalName, maskName } from './name.js';
import { namesInText } from './names-in-text.js';
import { compactRecord, plainDate, plainText, plainTexts } from './plain.js';
import { isNaturalPerson } from './publishable.js';
import { DEFAULT_MASK_RULES, type MaskRules } from './rules.js';

/** What the public may see of one 行政处罚决定 (schemas/enforcement-decision.schema.json). */
export interface PublicDecision {
  /** 决定书文号, e.g. X市监罚〔2026〕12号 */
  docNo: string;
  caseName?: string;
  /** natural-person / individual-business / legal-entity, or the feed's own wording (自然人…) */
  partyType?: string;
  /** A person's (or a sole trader's own) name as 张某; an organisation's name as it is. */
  partyName?: string;
  /** A person's or a sole trader's address down to the county only. */
  partyAddress?: string;
  partyUscc?: string;
  /** 法定代表人 of an organisation; a sole trader's 经营者 masked as a person. */
  legalRep?: string;
  violation?: string;
  facts?: string;
  basis?: string;
  /** Codes of enforcement-decision.schema.json (fine, warning…) */
  penaltyTypes?: string[];
  penaltyContent?: string;
  /** 元 */
  fineAmount?: number;
  confiscatedAmount?: number;
  decidedAt?: string;
  publishedAt?: string;
  publicUntil?: string;
  /** 处罚机关 */
  agency?: string;
  /** valid / changed / revoked / withdrawn: only valid ones are ever published */
  status?: string;
  remedy?: string;
}

type Bag = Record<string, unknown>;

const amount = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

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
// Where other people are named: read for names that must be masked everywhere in the record.
const TEXT_FIELDS = ['caseName', 'facts', 'penaltyContent', 'violation'] as const;

/**
 * The one public view of a decision, used by the server's list and by `<fz-enforcement-notice>`:
 * a whitelist of fields, each reduced to text, a date or a number, personal data masked. The party
 * counts as a natural person when the feed says so in either language or says nothing (the safer
 * reading); a 个体工商户 registered under the owner's own name is masked as that person, and a
 * sole trader's address, like a person's, keeps only the county. The person's name is masked
 * wherever else it appears (case name, facts), however it is spelt there, and so are the people
 * the texts name beside the party or after a cue (证人, 其妻子…; see names-in-text.ts). An
 * "organisation" whose name is a bare personal name counts as a person (isNaturalPerson). Null
 * when the record has no 文号.
 */
export function publicDecision(raw: unknown, rules: MaskRules = DEFAULT_MASK_RULES): PublicDecision | null {
  if (!raw || typeof raw !== 'object') return null;
  const d = raw as Bag;
  const person = isNaturalPerson(d);
  // 个体工商户: the business name stays unless it is just the owner's name; the owner (经营者) is a person.
  const soleTrader = !person && SOLE_TRADER.test(String(d.partyType ?? '').trim());
  const partyName = plainText(d.partyName ?? (d.party as Bag | undefined)?.name);
  const legalRep = plainText(d.legalRep);
  // Several people may be one party (王小明、李大海): each is masked.
  const partyNames = partyName === undefined ? [] : partyName.split(/[、，,;；/]/).map(canonicalName).filter(Boolean);
  const partyIsName = partyName !== undefined && (person || (soleTrader && looksLikePersonalName(partyName)));
  const repIsName = legalRep !== undefined && (person || soleTrader);
  const known = [...(partyIsName ? partyNames : []), ...(repIsName ? [legalRep] : [])];
  // Everyone else the texts name beside them or after a cue (证人, 其妻子…) is masked the same way.
  const texts = TEXT_FIELDS.map((k) => plainText(d[k])).filter((s): s is string => s !== undefined);
  const names = [...known, ...namesInText(texts, known, { partyIsPerson: person || partyIsName })];
  const nameOf = (n: string) => (rules.name === 'omit' ? rules.omittedText : maskName(n, rules.name));
  const free = (v: unknown) => {
    const s = plainText(v);
    return s === undefined ? undefined : maskCached(s, names, rules);
  };
  const docNo = free(d.docNo);
  if (!docNo) return null;
  const address = plainText(d.partyAddress);
  return compactRecord<PublicDecision>({
    docNo,
    caseName: free(d.caseName),
    partyType: free(d.partyType),
    partyName: partyName === undefined ? undefined : partyIsName ? partyNames.map(nameOf).join('、') : free(partyName),
    // A person's or a sole trader's address is where someone lives: only the county is shown.
    partyAddress: address === undefined ? undefined : person || soleTrader ? maskAddress(address, rules.address, rules.omittedText) : free(address),
    // A natural person has no credit code or legal representative: whatever sits there is not shown.
    partyUscc: person ? undefined : free(d.partyUscc),
    legalRep: person || legalRep === undefined ? undefined : repIsName ? nameOf(legalRep) : free(legalRep),
    violation: free(d.violation),
    facts: free(d.facts),
    basis: free(d.basis),
    penaltyTypes: plainTexts(d.penaltyTypes, (s) => maskCached(s, names, rules)),
    penaltyContent: free(d.penaltyContent),
    fineAmount: amount(d.fineAmount),
    confiscatedAmount: amount(d.confiscatedAmount),
    decidedAt: plainDate(d.decidedAt),
    publishedAt: plainDate(d.publishedAt),
    publicUntil: plainDate(d.publicUntil),
    agency: free(d.agency),
    status: free(d.status),
    remedy: free(d.remedy),
  });
}
