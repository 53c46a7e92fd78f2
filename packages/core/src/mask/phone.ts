import { toHalfWidth as foldWidth } from '../formats/width.js';

/**
 * 13812345678 → 138****5678 (country prefix kept); 0571-87654321 → 0571-****4321; anything else that
 * looks like a number keeps only its last four digits. Extensions are dropped.
 */
export function maskPhone(phone: string): string {
  const s = foldWidth(phone).trim();
  const mobile = /^((?:\+|00)86[\s-]?)?(1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})$/.exec(s);
  if (mobile) return `${mobile[1] ?? ''}${mobile[2]}****${mobile[3]}`;
  const landline = /^[(（]?(0(?:10|2\d|[3-9]\d{2}))[)）]?[\s-]?\d{3,4}(\d{4})(?:[-转]\d{1,6})?$/.exec(s);
  if (landline) return `${landline[1]}-****${landline[2]}`;
  const digits = s.replace(/\D/g, '');
  if (digits.length < 5) return '****';
  return `****${digits.slice(-4)}`;
}
