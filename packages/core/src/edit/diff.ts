import { isObject } from './edits.js';

/** JSON equality, key order aside: a patch says what changed, not how the keys were ordered. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return false;
}

/**
 * The smallest JSON Merge Patch (RFC 7396) that turns `base` into `edited`: only what changed,
 * objects merged key by key, an array written whole only where it changed, a removed key as null.
 * Keys come in `edited`'s order, so the same edits always give the same file. A value set to null
 * cannot be said in a merge patch (null means "remove"): that throws.
 */
export function diffMergePatch(base: unknown, edited: unknown, where = ''): unknown {
  if (!isObject(base) || !isObject(edited)) {
    if (edited === null) throw new Error(`${where || '/'}: a merge patch cannot set a value to null`);
    return edited;
  }
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edited)) {
    const at = `${where}/${key}`;
    if (!Object.hasOwn(base, key)) {
      if (value === null) throw new Error(`${at}: a merge patch cannot add a null value`);
      patch[key] = value;
    } else if (!equal(base[key], value)) {
      patch[key] = isObject(base[key]) && isObject(value) ? diffMergePatch(base[key], value, at) : diffMergePatch(undefined, value, at);
    }
  }
  for (const key of Object.keys(base)) if (!Object.hasOwn(edited, key)) patch[key] = null;
  return patch;
}

export { equal as jsonEqual };
