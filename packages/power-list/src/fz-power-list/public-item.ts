import { maskFreeText } from '@fazhi/core';
import type { PowerListItem } from './types.js';

/**
 * Values shown as they are: identifiers and codes (deep links and labels depend on them), dates,
 * links, and the offices' own public phones (监督电话、咨询电话 are published on purpose).
 */
const AS_IS = new Set(['code', 'category', 'status', 'level', 'updatedAt', 'url', 'supervisionPhone', 'contactPhone']);

function maskDeep(value: unknown, memo: Map<string, string>): unknown {
  if (typeof value === 'string') {
    let out = memo.get(value);
    if (out === undefined) memo.set(value, (out = maskFreeText(value)));
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, memo));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = AS_IS.has(key) ? v : maskDeep(v, memo);
    return out;
  }
  return value;
}

/**
 * The items as the public may see them: every other text (备注, 责任事项, 流程, a county's own
 * contact fields…) has identity, mobile and bank numbers, home addresses and the like masked by
 * core's `maskFreeText`. A power list holds no personal data by law; this is the defence in depth
 * for the one that slipped in, as the server's list does for its own answers.
 */
export function publicItems(items: readonly PowerListItem[]): PowerListItem[] {
  // Law names, bodies and phones repeat on every item: mask each text once.
  const memo = new Map<string, string>();
  return items.map((item) => maskDeep(item, memo) as PowerListItem);
}
