import type { FormatDef, FormatIssue } from '../types.js';
import type { Catalogue } from '../i18n/index.js';
import { checkMobile } from './cn-mobile.js';
import { compact } from './width.js';

export type PhoneIssueCode = 'chars' | 'mobileLength' | 'areaCode' | 'invalid';

/** Area codes: 010 and 020–029 have three digits, all others four. Extensions follow a dash. */
const LANDLINE = /^0(?:10|2\d|[3-9]\d{2})-?[1-9]\d{6,7}(?:-\d{1,6})?$/;
/** 400 / 800 company service numbers. */
const SERVICE = /^[48]00-?\d{3}-?\d{4}$/;

/**
 * Half-width, no spaces; `(0571)8765…` → `0571-8765…`; 转 / ext / # before an extension → `-`;
 * a mobile number loses its dashes and +86; an international landline (+86 571 …) gets its trunk 0 back.
 */
export function normalizePhone(value: string): string {
  let v = compact(value)
    .replace(/^\((0\d{2,3})\)-?/, '$1-')
    .replace(/(?:转|ext\.?|#)(\d{1,6})$/i, '-$1');
  const international = /^(?:\+86|0086)-?(.*)$/.exec(v);
  if (international) {
    const rest = international[1]!;
    const isMobile = /^1[3-9]\d{9}$/.test(rest.replace(/-/g, ''));
    v = isMobile || /^[48]00/.test(rest) || rest.startsWith('0') ? rest : `0${rest}`;
  }
  const digits = v.replace(/-/g, '');
  return /^1\d{10}$/.test(digits) ? digits : v;
}

export function checkPhone(value: string): FormatIssue | null {
  if (!/^[\d-]*$/.test(value)) return { code: 'chars' };
  if (value.startsWith('1')) {
    if (checkMobile(value) === null) return null;
    if (/^1\d*$/.test(value) && value.length !== 11) return { code: 'mobileLength', params: { length: value.length } };
    return { code: 'invalid' };
  }
  if (LANDLINE.test(value) || SERVICE.test(value)) return null;
  if (/^[2-9]\d{6,7}$/.test(value)) return { code: 'areaCode' };
  return { code: 'invalid' };
}

export const phoneMessages: Catalogue<PhoneIssueCode> = {
  'zh-CN': {
    chars: '{title}只能填写数字和短横线“-”',
    mobileLength: '{title}如果是手机号码，应为11位数字，您输入了{length}位',
    areaCode: '{title}如果是固定电话，请在号码前加上区号，如 0571-87654321',
    invalid: '{title}应为11位手机号码，或带区号的固定电话（如 0571-87654321，有分机号写在最后：0571-87654321-123）',
  },
};

export const cnPhone: FormatDef = {
  check: checkPhone,
  normalize: normalizePhone,
  messages: phoneMessages,
};
