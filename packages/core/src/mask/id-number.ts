import { idCardCheckChar } from '../formats/cn-id-card.js';
import { formatDate, isRealDate } from '../formats/calendar.js';

/**
 * Reading identity numbers for masking and the minor check. Unlike the form validator this accepts
 * mistyped and first-generation numbers: a number with a wrong check character is still somebody's.
 */

/** True when the 18th character is the MOD 11-2 check character of the first 17 digits. */
export function idChecksumOk(id: string): boolean {
  return /^\d{17}[\dXx]$/.test(id) && idCardCheckChar(id) === id[17]!.toUpperCase();
}

/** Birth date (YYYY-MM-DD) in an 18- or 15-digit identity number, or null when there is no real one. */
export function idBirthDate(raw: string): string | null {
  const id = raw.replace(/[\s-]/g, '');
  let year: number, month: number, day: number;
  if (/^\d{17}[\dXx]$/.test(id)) {
    [year, month, day] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
    if (year < 1900) return null;
  } else if (/^\d{15}$/.test(id)) {
    // First-generation numbers carry a two-digit year; their holders were all born in the 1900s.
    [year, month, day] = [1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12))];
  } else return null;
  return isRealDate(year, month, day) ? formatDate({ year, month, day }) : null;
}
