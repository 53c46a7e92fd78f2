/*
 * Reducing untrusted record values to what a public view may hold: plain text, a date, a list of
 * texts. Anything else (objects, HTML-ish structures, NaN) is dropped rather than guessed at.
 */

/** A non-blank string, or a finite number as text; otherwise undefined. */
export const plainText = (v: unknown): string | undefined =>
  typeof v === 'string' ? (v.trim() ? v : undefined) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/** The YYYY-MM-DD at the start of a string, or undefined. */
export const plainDate = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);

/** A string or a list of them, each passed through `mask`; undefined when none is left. */
export function plainTexts(v: unknown, mask: (s: string) => string): string[] | undefined {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  const out = list.map(plainText).filter((s): s is string => s !== undefined).map(mask);
  return out.length ? out : undefined;
}

/** Drops undefined values in place, so a public record has only what may be shown. */
export function compactRecord<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}
