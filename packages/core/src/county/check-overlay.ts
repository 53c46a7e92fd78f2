import { builtinShared } from '../schema/builtin.js';
import { mergePatch } from '../schema/merge-patch.js';
import { join } from '../schema/pointer.js';
import { createResolver, type Resolver } from '../schema/resolve.js';
import type { JsonSchema, SchemaObject } from '../types.js';
import { checkSchemaDocument } from './check-schema.js';
import type { CountyIssue } from './issue.js';
import { lineOf, parseJsonText } from './json-text.js';
import { closest } from './keywords.js';
import { checkLocked } from './locked.js';

export interface OverlayCheck {
  /** The base with the overlay applied; absent when the overlay could not be read. */
  merged?: SchemaObject;
  /** The overlay as read (the patch), when it is JSON. */
  patch?: unknown;
  issues: CountyIssue[];
  /** No error: the overlay may be served and enforced. */
  ok: boolean;
}

export interface OverlayCheckOptions {
  /** The file's name as the editor knows it, for the messages. */
  file?: string;
  shared?: SchemaObject[];
}

/** Keys whose value is a map of field name → field schema. */
const FIELD_MAPS = new Set(['properties']);
const SCHEMA_MAPS = new Set(['$defs', 'dependentSchemas', 'patternProperties']);
const ONE_SCHEMA = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']);

/** A new field must say what it holds; a bare relabel of a name the base lacks is a misspelling. */
const definesField = (value: unknown): boolean =>
  !!value && typeof value === 'object' && ['type', '$ref', 'const', 'enum', 'oneOf', 'anyOf', 'allOf'].some((k) => k in (value as object));

function fieldsOf(node: JsonSchema | undefined, resolver: Resolver): Set<string> {
  const names = new Set<string>();
  if (!node || typeof node !== 'object') return names;
  let target: JsonSchema = node;
  try {
    target = resolver.deref(node);
  } catch {
    return names;
  }
  for (const source of [node, target]) if (source && typeof source === 'object') for (const n of Object.keys(source.properties ?? {})) names.add(n);
  return names;
}

/**
 * Walks the overlay beside the base: a key under `properties` that the base lacks is either a new
 * field (a full definition) or a misspelt name, which would silently add a stray field.
 */
function fieldIssues(overlay: unknown, base: JsonSchema | undefined, pointer: string, resolver: Resolver, issues: Omit<CountyIssue, 'file'>[]): void {
  if (!overlay || typeof overlay !== 'object' || Array.isArray(overlay)) return;
  const baseNode = base && typeof base === 'object' ? (base as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(overlay as Record<string, unknown>)) {
    const here = join(pointer, key);
    if (FIELD_MAPS.has(key) && value && typeof value === 'object') {
      const known = fieldsOf(base, resolver);
      for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
        const at = join(here, name);
        const baseField = (baseNode.properties as Record<string, JsonSchema> | undefined)?.[name];
        if (known.has(name)) {
          fieldIssues(field, baseField ?? derefField(base, name, resolver), at, resolver, issues);
        } else if (field === null) {
          issues.push({ severity: 'error', code: 'overlay.remove-unknown', pointer: at, message: `原表单没有“${name}”这个字段，无法删除${hint(name, known)}` });
        } else if (!definesField(field)) {
          issues.push({ severity: 'error', code: 'overlay.unknown-field', pointer: at, message: `原表单没有这个字段；要新增字段，请写出完整的字段定义（至少有 type 和 title）${hint(name, known)}` });
        } else {
          newFieldIssues(field as Record<string, unknown>, at, issues);
        }
      }
    } else if (SCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
        fieldIssues(sub, (baseNode[key] as Record<string, JsonSchema> | undefined)?.[name], join(here, name), resolver, issues);
      }
    } else if (ONE_SCHEMA.has(key)) {
      fieldIssues(value, baseNode[key] as JsonSchema | undefined, here, resolver, issues);
    } else if (key === 'required' || key === 'oneOf' || key === 'enum') {
      replacedListIssues(key, value, baseNode[key], here, issues);
    }
  }
}

const labelOf = (member: unknown): string => {
  if (!member || typeof member !== 'object') return JSON.stringify(member);
  const { title, const: value } = member as { title?: unknown; const?: unknown };
  return typeof title === 'string' ? title : JSON.stringify(value);
};
const sameMember = (a: unknown, b: unknown): boolean =>
  a && typeof a === 'object' && b && typeof b === 'object' && 'const' in a && 'const' in b
    ? JSON.stringify((a as { const: unknown }).const) === JSON.stringify((b as { const: unknown }).const)
    : JSON.stringify(a) === JSON.stringify(b);

/**
 * A list in an overlay replaces the base's list whole (RFC 7396). Editors often write only what they
 * add (`required: ["opposingParty"]`) or only what they remove: say what the new list drops.
 */
function replacedListIssues(key: string, value: unknown, base: unknown, pointer: string, issues: Omit<CountyIssue, 'file'>[]): void {
  if (!Array.isArray(value) || !Array.isArray(base)) return;
  const dropped = base.filter((b) => !value.some((v) => sameMember(b, v)));
  if (!dropped.length) return;
  const names = dropped.map((d) => `“${key === 'oneOf' ? labelOf(d) : String(d)}”`).join('、');
  const message =
    key === 'required'
      ? `覆盖文件里的 required 会整个替换原来的必填列表：${names}从必填变成了选填。要保留，请把原来的字段名也写进这个列表`
      : `覆盖文件里的 ${key} 会整个替换原来的选项：去掉了${names}。如果只想改某个选项的文字或只加选项，请把其余选项也照原样写上`;
  issues.push({ severity: 'warning', code: `overlay.replaced-${key}`, pointer, message });
}

function derefField(base: JsonSchema | undefined, name: string, resolver: Resolver): JsonSchema | undefined {
  if (!base || typeof base !== 'object') return undefined;
  try {
    const target = resolver.deref(base);
    return typeof target === 'object' ? target.properties?.[name] : undefined;
  } catch {
    return undefined;
  }
}

const hint = (name: string, known: Set<string>): string => {
  const guess = closest(name, known);
  return guess ? `。是不是想写“${guess}”？` : '';
};

function newFieldIssues(field: Record<string, unknown>, at: string, issues: Omit<CountyIssue, 'file'>[]): void {
  if (typeof field.title !== 'string' || !field.title.trim()) {
    issues.push({ severity: 'warning', code: 'overlay.new-field-title', pointer: at, message: '新增的字段没有 title，申请人会看到英文键名；请写一个中文标题' });
  }
  if (field['x-fz-pii'] === undefined) {
    issues.push({ severity: 'warning', code: 'overlay.new-field-pii', pointer: at, message: '新增的字段没有标明是否个人信息（x-fz-pii: none、pi 或 sensitive）' });
  }
}

/**
 * Checks a county overlay (JSON Merge Patch) on a base schema before it is served or enforced:
 * syntax with the line, names the base lacks, the whole merged schema (keywords, vocabulary,
 * required names, `$ref`s, rules, compiling) and the parts of the law the base locks. The same
 * messages in the browser, on the server and in `fazhi check`.
 */
export function checkOverlay(base: SchemaObject, overlay: string | unknown, options: OverlayCheckOptions = {}): OverlayCheck {
  const { file } = options;
  const shared = options.shared ?? builtinShared;
  const text = typeof overlay === 'string' ? overlay : undefined;
  const parsed = text === undefined ? { value: overlay, tree: undefined, issues: [] as CountyIssue[] } : parseJsonText(text, file);
  if (parsed.issues.some((i) => i.severity === 'error') || parsed.value === undefined) return { issues: parsed.issues, ok: false };
  const patch = parsed.value;
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) {
    return { issues: [...parsed.issues, { severity: 'error', code: 'overlay.not-object', file, pointer: '', message: '覆盖文件应该是一个用 { } 括起来的对象，只写要改的部分' }], ok: false };
  }
  const own: Omit<CountyIssue, 'file'>[] = [];
  if ('$id' in patch) own.push({ severity: 'warning', code: 'overlay.id', pointer: '/$id', message: '覆盖文件不能改表单的 $id，这一项会被忽略' });
  fieldIssues(patch, base, '', createResolver(base, shared), own);
  // The law's identity stays the base's: an overlay may not rename the schema.
  const merged = { ...mergePatch(base, patch), $id: base.$id } as SchemaObject;
  const all = [...own, ...checkLocked(base, merged), ...checkSchemaDocument(merged, { shared })];
  // One message per place: the overlay's own finding is more specific than the whole schema's.
  const claimed = new Set([...own, ...parsed.issues].map((i) => i.pointer));
  const issues = [
    ...parsed.issues,
    ...all
      .filter((issue) => !(issue.code.startsWith('schema.') && claimed.has(issue.pointer)))
      .map((issue) => ({ ...issue, file, line: text === undefined ? undefined : lineOf(parsed.tree, text, issue.pointer) })),
  ];
  return { merged, patch, issues, ok: !issues.some((i) => i.severity === 'error') };
}
