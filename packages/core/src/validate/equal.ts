const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** JSON equality as JSON Schema defines it (`const`, `enum`, `uniqueItems`): by value, key order ignored. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  const ka = Object.keys(a);
  const bag = b as Record<string, unknown>;
  return ka.length === Object.keys(b).length && ka.every((k) => hasOwn(b, k) && equal((a as Record<string, unknown>)[k], bag[k]));
}

/** Present in a data object: an own property that is not `undefined` (forms may leave `undefined` behind). */
export const has = (o: object, k: string): boolean => hasOwn(o, k) && (o as Record<string, unknown>)[k] !== undefined;
