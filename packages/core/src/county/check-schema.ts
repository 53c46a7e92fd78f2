import { createChecker } from '../check.js';
import { fzVocabularySchema } from '../generated/schemas.js';
import { RuleSyntaxError, assertSchemaRules } from '../rules/index.js';
import { builtinShared } from '../schema/builtin.js';
import { join, tokens } from '../schema/pointer.js';
import { createResolver, type Resolver } from '../schema/resolve.js';
import { walkSchema } from '../schema/walk.js';
import type { JsonSchema, SchemaObject } from '../types.js';
import { compileValidator, type Validator } from '../validate/index.js';
import { placeOf, type CountyIssue } from './issue.js';
import { FZ_KEYWORDS, JSON_SCHEMA_KEYWORDS, OLD_KEYWORDS, closest, isKnownKeyword } from './keywords.js';

export interface SchemaCheckOptions {
  shared?: SchemaObject[];
  file?: string;
}

type Issue = Omit<CountyIssue, 'file'>;

/** Keywords that join a subschema to the object it describes (its fields are that object's fields). */
const BRANCHES = ['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not', 'dependentSchemas'] as const;

let vocabulary: Map<string, Validator> | undefined;
/** One validator per x-fz-* keyword, from the vocabulary meta-schema's `$defs` (compiled once). */
function vocabularyValidators(): Map<string, Validator> {
  if (!vocabulary) {
    vocabulary = new Map();
    for (const [keyword, def] of FZ_KEYWORDS) {
      vocabulary.set(keyword, compileValidator({ $id: fzVocabularySchema.$id, $defs: checkableDefs(), $ref: `#/$defs/${def}` }));
    }
  }
  return vocabulary;
}

/** Meta-schema keywords outside the run-time checker's subset (docs/json-schema-support.md). */
const BEYOND_SUBSET = new Set(['propertyNames', 'minProperties', 'maxProperties']);

/**
 * The vocabulary's `$defs` in the subset the run-time checker compiles. What is dropped only shapes
 * names (x-fz-messages codes, one operator per rule node), which the rule parser and the messages'
 * own lookup check anyway; the ajv plugin checks the full meta-schema.
 */
function checkableDefs(): Record<string, JsonSchema> {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).filter(([k]) => !BEYOND_SUBSET.has(k)).map(([k, v]) => [k, strip(v)]));
  };
  return strip(fzVocabularySchema.$defs) as Record<string, JsonSchema>;
}

/** Keys in a schema object that are neither JSON Schema keywords nor known x-fz-* ones. */
function keywordIssues(node: SchemaObject, pointer: string, issues: Issue[]): void {
  for (const key of Object.keys(node)) {
    if (isKnownKeyword(key)) continue;
    const at = join(pointer, key);
    if (OLD_KEYWORDS[key]) {
      issues.push({ severity: 'error', code: 'schema.old-keyword', pointer: at, message: `“${key}”是旧版写法，JSON Schema 2020-12 里请写“${OLD_KEYWORDS[key]}”` });
    } else if (key.startsWith('x-fz-')) {
      const guess = closest(key, FZ_KEYWORDS.keys());
      issues.push({ severity: 'error', code: 'schema.unknown-fz-keyword', pointer: at, message: `没有“${key}”这个关键字${guess ? `，是不是想写“${guess}”？` : '（x-fz- 开头的关键字见 fz 词汇元模式）'}` });
    } else if (!key.startsWith('x-')) {
      const guess = closest(key, JSON_SCHEMA_KEYWORDS);
      if (guess) issues.push({ severity: 'error', code: 'schema.unknown-keyword', pointer: at, message: `没有“${key}”这个关键字，是不是想写“${guess}”？` });
      else issues.push({ severity: 'warning', code: 'schema.unknown-keyword', pointer: at, message: `“${key}”不是 JSON Schema 关键字，表单会忽略它；自定义内容请用 x- 开头的键名` });
    }
  }
}

/** x-fz-* values checked against the vocabulary meta-schema (e.g. x-fz-pii: "secret"). */
function vocabularyIssues(node: SchemaObject, pointer: string, issues: Issue[]): void {
  const validators = vocabularyValidators();
  for (const [key, value] of Object.entries(node)) {
    const validator = validators.get(key);
    if (!validator) continue;
    const errors = validator.validate(value);
    if (!errors.length) continue;
    const def = (fzVocabularySchema.$defs as Record<string, SchemaObject>)[FZ_KEYWORDS.get(key)!];
    const allowed = Array.isArray(def.enum) ? `只能是 ${def.enum.join('、')} 之一` : errors[0].message;
    const inner = errors[0].pointer ? `里的 ${placeOf(errors[0].pointer)} ` : '';
    issues.push({ severity: 'error', code: 'schema.fz-value', pointer: join(pointer, key), message: `“${key}”${inner}的值不对：${allowed}` });
  }
}

/** The field names an object schema declares, in itself, its branches and what its `$ref`s name. */
function declaredNames(node: JsonSchema, resolver: Resolver, names = new Set<string>(), depth = 0): Set<string> {
  if (!node || typeof node !== 'object' || depth > 16) return names;
  let target: JsonSchema = node;
  try {
    target = resolver.deref(node);
  } catch {
    // an unresolved $ref is reported on its own
  }
  if (!target || typeof target !== 'object') return names;
  for (const name of Object.keys(target.properties ?? {})) names.add(name);
  for (const key of BRANCHES) {
    const value = (target as Record<string, unknown>)[key];
    const subs = Array.isArray(value) ? value : key === 'dependentSchemas' && value ? Object.values(value) : value ? [value] : [];
    for (const sub of subs) declaredNames(sub as JsonSchema, resolver, names, depth + 1);
  }
  return names;
}

/** The object a branch belongs to: climb out of allOf/then/else/… to the schema that holds the fields. */
function scopeOf(pointer: string): string {
  const path = tokens(pointer);
  let end = path.length;
  for (;;) {
    if (end >= 1 && ['if', 'then', 'else', 'not'].includes(path[end - 1])) end -= 1;
    else if (end >= 2 && ['allOf', 'anyOf', 'oneOf', 'dependentSchemas'].includes(path[end - 2])) end -= 2;
    else break;
  }
  return path.slice(0, end).reduce((p, t) => join(p, t), '');
}

function requiredIssues(schema: SchemaObject, node: SchemaObject, pointer: string, resolver: Resolver, issues: Issue[]): void {
  if (node.required === undefined) return;
  const at = join(pointer, 'required');
  if (!Array.isArray(node.required) || node.required.some((n) => typeof n !== 'string')) {
    issues.push({ severity: 'error', code: 'schema.required-shape', pointer: at, message: 'required 要写成字段名的列表，例如 ["name", "phone"]；在字段自己身上写 "required": true 不起作用' });
    return;
  }
  const scopePointer = scopeOf(pointer);
  const scope = tokens(scopePointer).reduce<unknown>((n, t) => (n as Record<string, unknown> | undefined)?.[t], schema) as SchemaObject;
  const names = declaredNames(scope, resolver);
  node.required.forEach((name, i) => {
    if (names.has(name)) return;
    const guess = closest(name, names);
    issues.push({ severity: 'error', code: 'schema.required-unknown', pointer: join(at, i), message: `必填列表里的“${name}”不是这一层的字段${guess ? `，是不是想写“${guess}”？` : ''}（写错的字段名会让申请人无法提交）` });
  });
}

function refIssues(node: SchemaObject, pointer: string, resolver: Resolver, issues: Issue[]): void {
  if (typeof node.$ref !== 'string') return;
  try {
    resolver.deref({ $ref: node.$ref });
  } catch {
    issues.push({ severity: 'error', code: 'schema.ref', pointer: join(pointer, '$ref'), message: `引用“${node.$ref}”找不到对应的定义；请检查文件名和 #/$defs/ 后面的名字` });
  }
}

function stepIssues(schema: SchemaObject, resolver: Resolver, issues: Issue[]): void {
  const steps = schema['x-fz-steps'];
  if (!Array.isArray(steps)) return;
  const names = declaredNames(schema, resolver);
  steps.forEach((step: { fields?: unknown }, i) => {
    if (!Array.isArray(step?.fields)) return;
    step.fields.forEach((field, j) => {
      if (typeof field !== 'string' || names.has(field)) return;
      const guess = closest(field, names);
      issues.push({ severity: 'error', code: 'schema.step-field', pointer: `/x-fz-steps/${i}/fields/${j}`, message: `分步里的“${field}”不是表单顶层的字段${guess ? `，是不是想写“${guess}”？` : ''}` });
    });
  });
}

/**
 * Everything an editor can get wrong in a whole schema (a county's own form, or a built-in form with
 * an overlay applied): unknown or misspelt keywords, x-fz-* values the vocabulary refuses, required
 * names that are no field, unresolved `$ref`s, malformed rules, and anything the checker cannot
 * compile. Errors mean the form must not be served.
 */
export function checkSchemaDocument(schema: unknown, options: SchemaCheckOptions = {}): CountyIssue[] {
  const file = options.file;
  const issues: Issue[] = [];
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    return [{ severity: 'error', code: 'schema.not-object', file, pointer: '', message: '文件内容应该是一个用 { } 括起来的对象' }];
  }
  const document = schema as SchemaObject;
  const shared = options.shared ?? builtinShared;
  const resolver = createResolver(document, shared);
  try {
    walkSchema(document, (node, pointer) => {
      keywordIssues(node, pointer, issues);
      vocabularyIssues(node, pointer, issues);
      requiredIssues(document, node, pointer, resolver, issues);
      refIssues(node, pointer, resolver, issues);
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    issues.push({ severity: 'error', code: 'schema.depth', pointer: '', message: '嵌套层级太深（超过 64 层），请检查是否多写了括号' });
  }
  stepIssues(document, resolver, issues);
  if (!issues.some((i) => i.severity === 'error')) {
    try {
      assertSchemaRules(document);
      createChecker(document, { shared });
    } catch (error) {
      if (error instanceof RuleSyntaxError) {
        const pointer = error.where.replace(/^#/, '');
        issues.push({ severity: 'error', code: 'schema.rule', pointer, message: `规则写得不对：${error.message.replace(/^[^:]*: /, '')}（运算符请查看 schema-authoring 文档的规则一节）` });
      } else {
        issues.push({ severity: 'error', code: 'schema.compile', pointer: '', message: `表单无法生成：${(error as Error).message}` });
      }
    }
  }
  return issues.map((issue) => ({ ...issue, file }));
}
