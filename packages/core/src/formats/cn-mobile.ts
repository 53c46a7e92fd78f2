import type { FormatDef, FormatIssue } from '../types.js';
import type { Catalogue } from '../i18n/index.js';
import { compact } from './width.js';

export type MobileIssueCode = 'chars' | 'length' | 'prefix';

/** Half-width, without spaces or dashes, without the +86 / 0086 country prefix (numbers are stored bare). */
export function normalizeMobile(value: string): string {
  return compact(value)
    .replace(/-/g, '')
    .replace(/^(?:\+86|0086)(?=\d{11}$)/, '');
}

/** Only 1[3-9] is checked: lists of carrier segments go stale. */
export function checkMobile(value: string): FormatIssue | null {
  if (!/^\d*$/.test(value)) return { code: 'chars' };
  if (value.length !== 11) return { code: 'length', params: { length: value.length } };
  if (!/^1[3-9]/.test(value)) return { code: 'prefix' };
  return null;
}

export const mobileMessages: Catalogue<MobileIssueCode> = {
  'zh-CN': {
    chars: '{title}只能填写数字，手机号码为11位数字，以1开头',
    length: '{title}应为11位手机号码，您输入了{length}位数字',
    prefix: '{title}不是有效的手机号码：手机号码以13到19开头',
  },
};

export const cnMobile: FormatDef = {
  check: checkMobile,
  normalize: normalizeMobile,
  messages: mobileMessages,
};
