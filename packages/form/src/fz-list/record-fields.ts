import { builtinShared, createResolver, safeHttpUrl, type JsonSchema, type SchemaObject } from '@fazhi/core';

/** One public field of a record schema, as a list shows it. */
export interface RecordField {
  key: string;
  /** `x-fz-column.label`, else the field's `title`, else its key. */
  label: string;
  /** The field's own title (the detail view labels fields by it). */
  title: string;
  /** Shown in the table when the schema marks it with `x-fz-column`. */
  column: boolean;
  order: number;
  width?: string;
  sortable: boolean;
  searchable: boolean;
  filter?: 'tabs' | 'select' | 'date-range';
  /** Coded values and their titles (`oneOf` of `const` + `title`), in the schema's order. */
  options?: { value: string; label: string }[];
  /** `format: uri` or `x-fz-widget: url`: shown as a link when it is an absolute http(s) URL. */
  link: boolean;
}

type Column = { order?: number; label?: string; width?: string; sortable?: boolean; searchable?: boolean; filter?: RecordField['filter'] };

function columnOf(value: unknown): Column | undefined {
  if (value === true) return {};
  if (typeof value === 'number') return { order: value };
  return value && typeof value === 'object' ? (value as Column) : undefined;
}

function optionsOf(node: SchemaObject): RecordField['options'] {
  const choices = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  const options = (choices ?? [])
    .filter((c): c is SchemaObject => !!c && typeof c === 'object' && 'const' in c)
    .map((c) => ({ value: String(c.const), label: typeof c.title === 'string' ? c.title : String(c.const) }));
  if (options.length) return options;
  return Array.isArray(node.enum) ? node.enum.map((v) => ({ value: String(v), label: String(v) })) : undefined;
}

/**
 * The public fields of a record schema (`x-fz-public: true` at the top level), in column order
 * then schema order. Only these are ever shown, searched, filtered or exported.
 */
export function recordFields(schema: SchemaObject | undefined): RecordField[] {
  if (!schema?.properties) return [];
  const resolver = createResolver(schema, builtinShared);
  const fields: RecordField[] = [];
  let index = 0;
  for (const [key, raw] of Object.entries(schema.properties)) {
    index++;
    if (!raw || typeof raw !== 'object' || raw['x-fz-public'] !== true || raw['x-fz-pii'] === 'sensitive') continue;
    const target = resolver.deref(raw as JsonSchema);
    const node = { ...(typeof target === 'object' ? target : {}), ...raw } as SchemaObject;
    const column = columnOf(node['x-fz-column']);
    const title = typeof node.title === 'string' ? node.title : key;
    fields.push({
      key,
      title,
      label: column?.label ?? title,
      column: column !== undefined,
      order: column?.order ?? 1000 + index,
      width: column?.width,
      sortable: column?.sortable === true,
      searchable: column?.searchable === true,
      filter: column?.filter,
      options: optionsOf(node),
      link: node.format === 'uri' || node.format === 'url' || node['x-fz-widget'] === 'url',
    });
  }
  return fields.sort((a, b) => a.order - b.order);
}

/** A value as text: a coded value by its title, arrays joined, objects' texts joined. */
export function fieldText(field: RecordField | undefined, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => fieldText(field, v)).filter((v) => v !== '').join('；');
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).map((v) => fieldText(undefined, v)).filter(Boolean).join('，');
  const text = String(value);
  return field?.options?.find((o) => o.value === text)?.label ?? text;
}

/** The href of a link field's value, or undefined (not a link field, or not an http(s) URL). */
export function fieldHref(field: RecordField, value: unknown): string | undefined {
  return field.link ? safeHttpUrl(value) : undefined;
}
