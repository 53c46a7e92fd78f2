import { formats as builtinFormats } from './formats/index.js';
import { applyDerive, assertSchemaRules } from './rules/index.js';
import { builtinShared } from './schema/builtin.js';
import { nodesAt } from './schema/nodes-at.js';
import { sortByPage } from './schema/page-order.js';
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

/** The most errors one check reports: enough to fix a form top to bottom, never a flood. */
export const MAX_ERRORS = 50;

export interface CheckResult {
  /** Normalised, derived and pruned: what is validated, submitted and stored. */
  data: unknown;
  /** The first `MAX_ERRORS` errors in page order. */
  errors: FieldError[];
  /** How many more errors there are beyond `errors` (0 when all are listed). */
  moreErrors: number;
  /** Format issues a field relaxed with `x-fz-warn`: shown for the citizen to confirm, never blocking. */
  warnings: FieldError[];
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
  const isRelaxed = (error: FieldError, data: unknown): boolean => {
    const issue = /^format\.[^.]+\.(.+)$/.exec(error.code)?.[1];
    if (!issue) return false;
    return nodesAt(schema, data, error.pointer, resolver, matches).some((n) => Array.isArray(n['x-fz-warn']) && n['x-fz-warn'].includes(issue));
  };
  const ctx = { resolver, matches, formats };
  // Derive before the first prune too: a branch may depend on a derived value (under 18, from the
  // identity number, needs a representative), and its answers must not be dropped before it is known.
  const settle = (data: unknown): unknown => prune(schema, applyDerive(schema, prune(schema, applyDerive(schema, data, resolver), ctx), resolver), ctx);
  return {
    schema,
    resolver,
    validator,
    formats,
    settle,
    check(data) {
      const settled = settle(data);
      const errors: FieldError[] = [];
      const warnings: FieldError[] = [];
      for (const error of validator.validate(settled)) {
        (isRelaxed(error, settled) ? warnings : errors).push(error);
      }
      const ordered = sortByPage(errors, schema, settled, resolver, matches);
      return { data: settled, errors: ordered.slice(0, MAX_ERRORS), moreErrors: Math.max(0, ordered.length - MAX_ERRORS), warnings: warnings.slice(0, MAX_ERRORS) };
    },
  };
}

/** One-off check; compile with `createChecker` when checking the same schema repeatedly. */
export function checkData(schema: SchemaObject, data: unknown, options?: CheckOptions): CheckResult {
  return createChecker(schema, options).check(data);
}
