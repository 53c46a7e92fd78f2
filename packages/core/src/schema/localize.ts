import type { Locale, SchemaObject } from '../types.js';
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

/** By locale, then by schema object: its texts by JSON pointer. Filled by the modules `onLocale` loads. */
const registered = new Map<Locale, WeakMap<SchemaObject, Readonly<Record<string, string>>>>();
const made = new WeakMap<SchemaObject, Map<Locale, SchemaObject>>();

/**
 * Makes the texts in `locale` (a `schemas/locales` catalogue) of built-in schemas known, for
 * `schemaIn`. Keyed by the schema object, not its `$id`: a county's merged copy or a portal's fork
 * with the same `$id` may have reworded or reordered what the catalogue's pointers name.
 */
export function addSchemaTexts(locale: Locale, texts: ReadonlyArray<readonly [SchemaObject, Readonly<Record<string, string>>]>): void {
  const bySchema = registered.get(locale) ?? new WeakMap();
  for (const [schema, pointers] of texts) bySchema.set(schema, pointers);
  registered.set(locale, bySchema);
}

/** `schema` with its texts in `locale` where they have arrived; otherwise `schema` itself. */
export function schemaIn<T extends SchemaObject>(schema: T, locale: Locale): T {
  const texts = registered.get(locale)?.get(schema);
  if (!texts) return schema;
  const copies = made.get(schema) ?? new Map<Locale, SchemaObject>();
  made.set(schema, copies);
  if (!copies.has(locale)) copies.set(locale, localizeSchema(schema, texts));
  return copies.get(locale) as T;
}
