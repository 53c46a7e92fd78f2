import { formats as builtinFormats } from './formats/index.js';
import { applyDerive, assertSchemaRules } from './rules/index.js';
import { builtinShared } from './schema/builtin.js';
import { prune } from './schema/prune.js';
import { createResolver, type Resolver } from './schema/resolve.js';
import type { FieldError, FormatDef, Locale, SchemaObject } from './types.js';
import { compileValidator, type Validator } from './validate/index.js';

export interface CheckOptions {
  /** Shared schema documents for `$ref` (defaults to the kit's common.schema.json). */
  shared?: SchemaObject[];
  locale?: Locale;
  formats?: Record<string, FormatDef>;
}

export interface CheckResult {
  /** Normalised, derived and pruned: what is validated, submitted and stored. */
  data: unknown;
  errors: FieldError[];
}

export interface Checker {
  schema: SchemaObject;
  resolver: Resolver;
  validator: Validator;
  formats: Record<string, FormatDef>;
  /** Derived values filled in and hidden values pruned, without validating (for every keystroke). */
  settle(data: unknown): unknown;
  check(data: unknown): CheckResult;
}

/** Compiles a schema once; browser and server run the very same steps on every submission. */
export function createChecker(schema: SchemaObject, options: CheckOptions = {}): Checker {
  const shared = options.shared ?? builtinShared;
  const formats = { ...builtinFormats, ...options.formats };
  assertSchemaRules(schema); // a malformed x-fz-derive fails at load, not on some later keystroke
  const resolver = createResolver(schema, shared);
  const validator = compileValidator(schema, { shared, locale: options.locale ?? 'zh-CN', formats });
  const matches = validator.matches;
  const settle = (data: unknown): unknown => prune(schema, applyDerive(schema, prune(schema, data, { resolver, matches, formats }), resolver), { resolver, matches, formats });
  return {
    schema,
    resolver,
    validator,
    formats,
    settle,
    check(data) {
      const settled = settle(data);
      return { data: settled, errors: validator.validate(settled) };
    },
  };
}

/** One-off check; compile with `createChecker` when checking the same schema repeatedly. */
export function checkData(schema: SchemaObject, data: unknown, options?: CheckOptions): CheckResult {
  return createChecker(schema, options).check(data);
}
