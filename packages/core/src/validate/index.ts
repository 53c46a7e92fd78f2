import type { FieldError, FormatDef, JsonSchema, Locale, SchemaObject } from '../types.js';
import { createCompiler } from './compile.js';
import { toErrors } from './errors.js';
import { refResolver } from './refs.js';

export interface ValidatorOptions {
  /** Shared schema documents for `$ref` (common.schema.json). */
  shared?: SchemaObject[];
  locale?: Locale;
  /** Named formats; `date` and `email` have built-in fallbacks, other unknown formats are annotations. */
  formats?: Record<string, FormatDef>;
}

export interface Validator {
  /** Every error, one per pointer; `[]` when the data is valid. */
  validate(data: unknown): FieldError[];
  /** Does `data` satisfy this sub-schema (of the compiled schema)? Used for `if`/`then` visibility. */
  matches(node: JsonSchema, data: unknown): boolean;
}

/**
 * Compiles a JSON Schema (the documented 2020-12 subset, see docs/json-schema-support.md) into
 * zod/mini checks at run time: no generated code, no `eval`, so it runs under a strict CSP and gives
 * the same verdicts in the browser and on the server. Throws on keywords outside the subset.
 */
export function compileValidator(schema: SchemaObject, options: ValidatorOptions = {}): Validator {
  const locale = options.locale ?? 'zh-CN';
  const resolve = refResolver(schema, options.shared);
  const compiler = createCompiler({
    resolve,
    formats: options.formats ?? {},
    locale,
    settings: settingsOf(schema),
  });
  const top = compiler.root(schema, schema);
  return {
    validate: (data) => toErrors(top(data), { root: schema, resolve, locale, data, matches: (node, doc, value) => compiler.root(node, doc)(value).length === 0 }),
    matches: (node, data) => compiler.root(node, schema)(data).length === 0,
  };
}

function settingsOf(schema: SchemaObject): Record<string, unknown> | undefined {
  const settings = schema['x-fz-settings'];
  return settings && typeof settings === 'object' && !Array.isArray(settings) ? (settings as Record<string, unknown>) : undefined;
}
