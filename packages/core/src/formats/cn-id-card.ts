import type { FormatDef, FormatIssue } from '../types.js';
import type { Catalogue } from '../i18n/index.js';
import { compareDates, dateInShanghai, isRealDate } from './calendar.js';
import { charCount, compact } from './width.js';

/** GB 11643-1999 公民身份号码: ISO 7064 MOD 11-2 weights 2^(17−i) mod 11 for the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdCardIssueCode = 'length' | 'legacy15' | 'chars' | 'date' | 'early' | 'future' | 'checksum';

/** The check character for 17 digits (address code + birth date + sequence number). */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Full-width to half-width, spaces removed, lower-case x to X. */
export function normalizeIdCard(value: string): string {
  return compact(value).replace(/x$/, 'X');
}

/** Checks an already normalised number; `today` decides what "in the future" means (date in Asia/Shanghai). */
export function checkIdCard(value: string, today: Date = new Date()): FormatIssue | null {
  const length = charCount(value);
  if (/^\d{15}$/.test(value)) return { code: 'legacy15' };
  if (length !== 18) return { code: 'length', params: { length } };
  const bad = [...value].findIndex((ch, i) => !(i < 17 ? /\d/.test(ch) : /[\dX]/.test(ch)));
  if (bad >= 0) return { code: 'chars', params: { position: bad + 1, char: value[bad] } };

  const birth = { year: Number(value.slice(6, 10)), month: Number(value.slice(10, 12)), day: Number(value.slice(12, 14)) };
  if (!isRealDate(birth.year, birth.month, birth.day)) return { code: 'date' };
  if (birth.year < 1900) return { code: 'early' };
  if (compareDates(birth, dateInShanghai(today)) > 0) return { code: 'future' };
  if (idCardCheckChar(value) !== value[17]) return { code: 'checksum' };
  return null;
}

export const idCardMessages: Catalogue<IdCardIssueCode> = {
  'zh-CN': {
    length: '身份证号码应为18位，您输入了{length}位',
    legacy15: '不再接受15位的第一代身份证号码，请填写18位身份证号码',
    chars: '身份证号码第{position}位“{char}”有误：前17位只能是数字，最后一位是数字或X',
    date: '身份证号码中的出生日期不是真实日期，请核对第7到14位',
    early: '身份证号码中的出生年份早于1900年，请核对第7到10位',
    future: '身份证号码中的出生日期晚于今天，请核对第7到14位',
    checksum: '身份证号码校验位不正确，请核对最后一位',
  },
};

export const cnIdCard: FormatDef = {
  check: (value) => checkIdCard(value),
  normalize: normalizeIdCard,
  messages: idCardMessages,
};
