/** A JSON Schema (2020-12) node as fazhi-kit reads it; `x-fz-*` keywords are the fz vocabulary. */
export type JsonSchema = boolean | SchemaObject;

export interface SchemaObject {
  $id?: string;
  $schema?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema;
  dependentRequired?: Record<string, string[]>;
  dependentSchemas?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  [keyword: `x-fz-${string}`]: unknown;
}

/** One validation failure, located by an RFC 6901 pointer relative to the data root. */
export interface FieldError {
  pointer: string;
  /** Stable machine code: the JSON Schema keyword (`required`, `maxLength`, `format`…) or a rule id. */
  code: string;
  /** Plain-language message in the requested locale. */
  message: string;
}

export type Locale = 'zh-CN' | 'en';

/** What a format check found wrong; `code` keys the format's message catalogue. */
export interface FormatIssue {
  code: string;
  params?: Record<string, unknown>;
}

/** A named string format (`cn-id-card`, `date`…), usable by any schema and by the server. */
export interface FormatDef {
  /** null when the (already normalised) value is valid. */
  check(value: string): FormatIssue | null;
  /** Canonical form of what a citizen typed (full-width digits, lower-case x, spaces). */
  normalize?(value: string): string;
  /** Messages per issue code; `{title}` is the field's title. */
  messages: import('./i18n/index.js').Catalogue;
}
