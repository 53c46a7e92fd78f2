import type { SchemaObject } from '../types.js';
import { tokens } from './pointer.js';

type Bag = Record<string, unknown>;

/**
 * A copy of `schema` with the string at each JSON pointer of `texts` replaced (a locale's catalogue,
 * e.g. `legalAidApplicationEn`). Pointers that lead to no string are skipped: a county overlay may
 * have removed or reshaped what the catalogue names.
 */
export function localizeSchema<T extends SchemaObject>(schema: T, texts: Readonly<Record<string, string>>): T {
  // A schema is JSON; structuredClone is missing in the oldest browsers supported (Chromium 84, Safari 14).
  const copy = JSON.parse(JSON.stringify(schema)) as T;
  for (const [pointer, text] of Object.entries(texts)) {
    const path = tokens(pointer);
    const key = path.pop();
    const parent = path.reduce<unknown>((node, token) => (node && typeof node === 'object' ? (node as Bag)[token] : undefined), copy);
    if (key !== undefined && parent && typeof parent === 'object' && typeof (parent as Bag)[key] === 'string') (parent as Bag)[key] = text;
  }
  return copy;
}
