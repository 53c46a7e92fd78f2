import { ageOn, dateInShanghai, formatDate } from './calendar.js';
import { checkIdCard, normalizeIdCard } from './cn-id-card.js';

export interface IdCardFacts {
  /** YYYY-MM-DD */
  birthDate: string;
  /** From the sequence number: odd = male, even = female. */
  sex: 'male' | 'female';
  /** Full years on `today`'s date in Asia/Shanghai. */
  age: number;
  /** Province as a GB/T 2260 code, e.g. `340000` (the first two digits padded). */
  provinceCode: string;
  /** The six-digit address code where the hukou was first registered; may be an obsolete county. */
  regionCode: string;
}

/** What an identity number says about its holder, or null when the number is not valid (normalised first). */
export function deriveIdCard(id: string, today: Date = new Date()): IdCardFacts | null {
  const value = normalizeIdCard(id);
  if (checkIdCard(value, today)) return null;
  const birth = { year: Number(value.slice(6, 10)), month: Number(value.slice(10, 12)), day: Number(value.slice(12, 14)) };
  return {
    birthDate: formatDate(birth),
    sex: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    age: ageOn(birth, dateInShanghai(today)),
    provinceCode: `${value.slice(0, 2)}0000`,
    regionCode: value.slice(0, 6),
  };
}
