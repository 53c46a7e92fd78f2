import type { FormatDef, FormatIssue } from '../types.js';
import type { Catalogue } from '../i18n/index.js';
import { isRealDate } from './calendar.js';

export type DateIssueCode = 'pattern' | 'date';

/**
 * RFC 3339 full-date, as JSON Schema's `date`. No normalisation on purpose: the value must already
 * be exact (the date widget produces it), so server and JSON Schema tooling agree.
 */
export function checkDate(value: string): FormatIssue | null {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  if (!m) return { code: 'pattern' };
  if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return { code: 'date' };
  return null;
}

export const dateMessages: Catalogue<DateIssueCode> = {
  'zh-CN': {
    pattern: '{title}请按“年-月-日”填写，如 2024-01-15',
    date: '{title}不是真实的日期，请核对月份和日期',
  },
};

export const dateFormat: FormatDef = {
  check: checkDate,
  messages: dateMessages,
};
