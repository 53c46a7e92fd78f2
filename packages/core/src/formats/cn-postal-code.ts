import type { FormatDef, FormatIssue } from '../types.js';
import type { Catalogue } from '../i18n/index.js';
import { charCount, compact } from './width.js';

export type PostalCodeIssueCode = 'chars' | 'length';

/** Six digits; not cross-checked with the region code (postal areas do not follow GB/T 2260). */
export function checkPostalCode(value: string): FormatIssue | null {
  if (!/^\d*$/.test(value)) return { code: 'chars' };
  if (value.length !== 6) return { code: 'length', params: { length: charCount(value) } };
  return null;
}

export const postalCodeMessages: Catalogue<PostalCodeIssueCode> = {
  'zh-CN': {
    chars: '{title}只能填写数字，邮政编码为6位数字',
    length: '{title}应为6位数字，您输入了{length}位',
  },
};

export const cnPostalCode: FormatDef = {
  check: checkPostalCode,
  normalize: compact,
  messages: postalCodeMessages,
};
