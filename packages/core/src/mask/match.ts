import type { JsonSchema } from '../types.js';

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));
}

function typeOk(type: string | string[], value: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) =>
    t === 'null' ? value === null
    : t === 'array' ? Array.isArray(value)
    : t === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value)
    : t === 'integer' ? Number.isInteger(value)
    : typeof value === t);
}

/**
 * Condition matching for the branch conditions schemas use to mark personal data (`if` partyType is
 * 自然人 `then` the name is masked): const, enum, type, required, properties, allOf/anyOf/oneOf/not.
 * Other keywords pass. Kept here so masking never needs the validator (and its size) in a widget;
 * a caller that has the validator passes its `matches` instead.
 */
export function simpleMatches(node: JsonSchema, data: unknown): boolean {
  if (typeof node === 'boolean') return node;
  if ('const' in node && !same(node.const, data)) return false;
  if (node.enum && !node.enum.some((v) => same(v, data))) return false;
  if (node.type && !typeOk(node.type, data)) return false;
  const bag = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (bag) {
    if (node.required?.some((k) => !(k in bag))) return false;
    for (const [key, sub] of Object.entries(node.properties ?? {})) {
      if (key in bag && !simpleMatches(sub, bag[key])) return false;
    }
  }
  if (node.allOf && !node.allOf.every((s) => simpleMatches(s, data))) return false;
  if (node.anyOf && !node.anyOf.some((s) => simpleMatches(s, data))) return false;
  if (node.oneOf && node.oneOf.filter((s) => simpleMatches(s, data)).length !== 1) return false;
  if (node.not !== undefined && simpleMatches(node.not, data)) return false;
  return true;
}
