// Type-only: core never bundles ajv; a county backend passes its own instance.
import type Ajv from 'ajv/dist/core.js';
import type { AnySchemaObject, ErrorObject, FuncKeywordDefinition, SchemaObjCxt } from 'ajv/dist/core.js';
import type { DataValidateFunction } from 'ajv/dist/types/index.js';
import { formats as builtinFormats } from '../formats/index.js';
import { fzVocabularySchema } from '../generated/schemas.js';
import { assertDerive } from '../rules/derive.js';
import { assertRules, checkRules } from '../rules/check.js';
import type { FormatDef, Locale } from '../types.js';

export interface FzVocabularyOptions {
  /**
   * `validate` (default): `x-fz-rules` fail validation like any keyword, with the rule's message.
   * `annotate`: rules are only checked for well-formedness.
   */
  rules?: 'validate' | 'annotate';
  /** Locale of rule messages in ajv errors. */
  locale?: Locale;
  /** Extra or replacement formats (same shape as core's `formats`). */
  formats?: Record<string, FormatDef>;
}

type Vocabulary = { properties: Record<string, { $ref: string }>; $defs: Record<string, unknown> };

/** The `x-fz-*` keywords the vocabulary meta-schema defines, with the `$defs` entry that describes each. */
export function fzKeywords(): Record<string, string> {
  const vocabulary = fzVocabularySchema as unknown as Vocabulary;
  return Object.fromEntries(Object.entries(vocabulary.properties).map(([keyword, ref]) => [keyword, ref.$ref.replace('#/$defs/', '')]));
}

/** The keyword's definition as a self-contained meta-schema (its `$defs` travel along for `expression`). */
function metaSchemaFor(def: string): AnySchemaObject {
  const { $defs } = fzVocabularySchema as unknown as Vocabulary;
  return { ...($defs[def] as AnySchemaObject), $defs };
}

function settingsOf(it: SchemaObjCxt): Record<string, unknown> | undefined {
  const root = it.schemaEnv.root.schema;
  const settings = typeof root === 'object' ? (root as Record<string, unknown>)['x-fz-settings'] : undefined;
  return settings && typeof settings === 'object' ? (settings as Record<string, unknown>) : undefined;
}

/**
 * Registers the fz vocabulary on an ajv instance (use `ajv/dist/2020` for these schemas): every
 * `x-fz-*` keyword with its meta-schema, so ajv's strict mode accepts our schemas and rejects a
 * malformed hint; `x-fz-rules` as a validating keyword (same evaluator as the browser); and the
 * `cn-*`, `date` and `email` formats (values are normalised first, as core does).
 * Derived values (`x-fz-derive`) are not computed by ajv: run core's `applyDerive` first.
 */
export function addFzVocabulary<T extends Ajv>(ajv: T, options: FzVocabularyOptions = {}): T {
  const locale = options.locale ?? 'zh-CN';
  for (const [keyword, def] of Object.entries(fzKeywords())) {
    const definition: FuncKeywordDefinition = { keyword, metaSchema: metaSchemaFor(def) };
    if (keyword === 'x-fz-rules') {
      definition.type = 'object';
      definition.errors = true;
      definition.compile = (rules: unknown, _parent: AnySchemaObject, it: SchemaObjCxt) => {
        assertRules(rules, `${it.errSchemaPath}/x-fz-rules`);
        if (options.rules === 'annotate') return () => true;
        const settings = settingsOf(it);
        const validate: DataValidateFunction = (data, dataCxt) => {
          const errors = checkRules(rules, data, { pointer: dataCxt?.instancePath ?? '', locale, settings });
          validate.errors = errors.map(
            (e): Partial<ErrorObject> => ({ keyword: 'x-fz-rules', message: e.message, params: { code: e.code, pointer: e.pointer } }),
          );
          return errors.length === 0;
        };
        return validate;
      };
    } else if (keyword === 'x-fz-derive') {
      definition.compile = (spec: unknown, _parent: AnySchemaObject, it: SchemaObjCxt) => {
        assertDerive(spec, `${it.errSchemaPath}/x-fz-derive`);
        return () => true;
      };
    }
    ajv.addKeyword(definition);
  }
  for (const [name, format] of Object.entries({ ...builtinFormats, ...options.formats })) {
    ajv.addFormat(name, { type: 'string', validate: (value: string) => format.check(format.normalize ? format.normalize(value) : value) === null });
  }
  return ajv;
}
