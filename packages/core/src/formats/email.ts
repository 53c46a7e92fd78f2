import type { FormatDef, FormatIssue } from '../types.js';
import type { Catalogue } from '../i18n/index.js';
import { toHalfWidth } from './width.js';

export type EmailIssueCode = 'invalid';

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOT_ATOM = `${ATOM}(?:\\.${ATOM})*`;
const QUOTED = '"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*"';
const LOCAL = new RegExp(`^(?:${DOT_ATOM}|${QUOTED})$`);
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** At least one dot: `name@qq` is a typo far more often than a real intranet address. */
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);

function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

function isIPv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const all = groups.flat();
  const last = all[all.length - 1];
  const hasV4 = last !== undefined && last.includes('.');
  if (hasV4 && !isIPv4(last)) return false;
  const hex = hasV4 ? all.slice(0, -1) : all;
  if (!hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const width = hex.length + (hasV4 ? 2 : 0);
  return halves.length === 2 ? width < 8 : width === 8;
}

function domainOk(domain: string): boolean {
  const literal = /^\[(.*)\]$/.exec(domain);
  if (!literal) return domain.length <= 253 && HOST.test(domain);
  const inside = literal[1]!;
  return inside.toLowerCase().startsWith('ipv6:') ? isIPv6(inside.slice(5)) : isIPv4(inside);
}

/** RFC 5321 mailbox, ASCII only (addresses with Chinese characters are the separate `idn-email`). */
export function checkEmail(value: string): FormatIssue | null {
  const at = value.lastIndexOf('@');
  if (at < 1 || value.length > 254) return { code: 'invalid' };
  const local = value.slice(0, at);
  const ok = local.length <= 64 && LOCAL.test(local) && domainOk(value.slice(at + 1));
  return ok ? null : { code: 'invalid' };
}

export const emailMessages: Catalogue<EmailIssueCode> = {
  'zh-CN': { invalid: '{title}不是有效的电子邮箱地址，应类似 name@example.com' },
};

/** Chinese input methods type ＠ and full-width letters; surrounding spaces come with pasting. */
export function normalizeEmail(value: string): string {
  return toHalfWidth(value).trim();
}

export const emailFormat: FormatDef = {
  check: checkEmail,
  normalize: normalizeEmail,
  messages: emailMessages,
};
