import type { FormatDef, FormatIssue } from '../types.js';
import type { Catalogue } from '../i18n/index.js';
import { charCount, compact } from './width.js';

/** GB 32100-2015 统一社会信用代码 alphabet: digits and capitals without I, O, Z, S, V. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** W_i = 3^i mod 31 */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The issue code of a check-character failure. A few early pilot codes are legal yet fail it, so a
 * schema may list it in `"x-fz-warn": ["checksum"]` to turn the error into a confirmable warning.
 */
export const USCC_CHECKSUM = 'checksum';

export type UsccIssueCode = 'length' | 'chars' | typeof USCC_CHECKSUM;

/** The check character for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Full-width to half-width, spaces removed, upper case. */
export function normalizeUscc(value: string): string {
  return compact(value).toUpperCase();
}

/** Positions 3–8 are the registering authority's region code (digits); the rest use the alphabet. */
function allowedAt(index: number, ch: string): boolean {
  return index >= 2 && index <= 7 ? /\d/.test(ch) : ALPHABET.includes(ch);
}

export function checkUscc(value: string): FormatIssue | null {
  const length = charCount(value);
  if (length !== 18) return { code: 'length', params: { length } };
  const bad = [...value].findIndex((ch, i) => !allowedAt(i, ch));
  if (bad >= 0) return { code: 'chars', params: { position: bad + 1, char: value[bad] } };
  if (usccCheckChar(value) !== value[17]) return { code: USCC_CHECKSUM };
  return null;
}

export const usccMessages: Catalogue<UsccIssueCode> = {
  'zh-CN': {
    length: '统一社会信用代码应为18位，您输入了{length}位',
    chars: '统一社会信用代码第{position}位“{char}”有误：第3到8位是数字，其他位是数字或大写字母（不含I、O、Z、S、V）',
    checksum: '统一社会信用代码校验位不正确，请核对最后一位',
  },
};

export const cnUscc: FormatDef = {
  check: checkUscc,
  normalize: normalizeUscc,
  messages: usccMessages,
};
