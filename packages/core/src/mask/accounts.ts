import { toHalfWidth as foldWidth } from '../formats/width.js';

/** Bank card or account number: only the last four digits stay (****5678). */
export function maskBankAccount(account: string): string {
  const digits = foldWidth(account).replace(/\D/g, '');
  return digits.length > 4 ? `****${digits.slice(-4)}` : '****';
}

const PLATE = /^([\u4e00-\u9fa5])([A-Z])[·•・.\s-]?([A-Z0-9])([A-Z0-9]{3,5})([挂学警港澳领使]?)$/;

/** 浙A12345 → 浙A·1****: province and issuing office stay, the serial is hidden after its first character. */
export function maskPlate(plate: string): string {
  const m = PLATE.exec(foldWidth(plate).trim().toUpperCase());
  if (!m) return '****';
  return `${m[1]}${m[2]}·${m[3]}${'*'.repeat(m[4].length + m[5].length)}`;
}

/** a.person@example.com → a***@example.com */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '****';
  return `${Array.from(email)[0]}***${email.slice(at)}`;
}
