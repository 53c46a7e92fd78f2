const SAFE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const LOOKS_PERSONAL = /^\d{11,}[\dXx]?$/;

/**
 * A record's opaque `id` as a public list may show it (deep links name it), or undefined: only
 * short plain tokens, and never one that could be an identity or phone number.
 */
export function publicRecordId(record: unknown): string | undefined {
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const text = String(id);
  return SAFE_ID.test(text) && !LOOKS_PERSONAL.test(text) ? text : undefined;
}
