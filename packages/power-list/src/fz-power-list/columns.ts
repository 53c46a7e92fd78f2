import { collectText, type Locale, type SchemaObject } from '@fazhi/core';
import { powerListText, valueLabel, type PowerListMessageKey } from './messages.js';
import type { LegalBasis, PowerListColumn, PowerListItem, ValueLabels } from './types.js';

const LABEL_KEYS: Record<string, PowerListMessageKey> = {
  code: 'colCode',
  name: 'colName',
  category: 'colCategory',
  agency: 'colAgency',
  unit: 'colUnit',
  basis: 'colBasis',
  supervisionPhone: 'colPhone',
  contactPhone: 'colContact',
  level: 'colLevel',
  status: 'colStatus',
  updatedAt: 'colUpdatedAt',
};

/** Fields whose values are codes shown through labels (and filtered by code). */
const CODED = new Set(['category', 'status', 'level']);

/**
 * The columns of schemas/power-list-item.schema.json's `x-fz-column` hints, kept here so the
 * element does not ship the schema (a test compares them with the schema file).
 */
export const SCHEMA_COLUMNS: readonly PowerListColumn[] = [
  { key: 'code', sortable: true, width: '10em' },
  { key: 'name', sortable: true },
  { key: 'category', filter: 'tabs' },
  { key: 'agency', sortable: true, filter: 'select' },
  { key: 'status', filter: 'select' },
  { key: 'updatedAt', sortable: true },
];

export function defaultLabel(key: string, locale: Locale): string {
  const id = LABEL_KEYS[key];
  return id ? powerListText(locale)(id) : key;
}

export function columnLabel(column: PowerListColumn, locale: Locale): string {
  return column.label || defaultLabel(column.key, locale);
}

export function defaultColumns(): PowerListColumn[] {
  return SCHEMA_COLUMNS.map((c) => ({ ...c }));
}

/**
 * The `columns` attribute: field keys in order, each optionally with a label and a sort mark:
 * `columns="code, name:事项名称, category, agency*"`; a trailing `*` makes a column sortable.
 * Code and name always sort; category keeps its chips.
 */
export function parseColumnsAttribute(text: string | null | undefined): PowerListColumn[] | undefined {
  if (!text || !text.trim()) return undefined;
  const columns = text
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): PowerListColumn => {
      const colon = part.search(/[:：]/);
      let key = (colon < 0 ? part : part.slice(0, colon)).trim();
      const starred = key.endsWith('*');
      if (starred) key = key.slice(0, -1).trim();
      const label = colon < 0 ? '' : part.slice(colon + 1).trim();
      return {
        key,
        ...(label ? { label } : {}),
        sortable: starred || key === 'code' || key === 'name',
        ...(key === 'category' ? { filter: 'tabs' as const } : {}),
      };
    })
    .filter((column) => /^[\w.]+$/.test(column.key));
  return columns.length ? columns : undefined;
}

const WIDTH = /^\d+(\.\d+)?(em|rem|ch|%)$/;

function hintOf(node: unknown): (PowerListColumn & { order?: number }) | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const hint = (node as SchemaObject)['x-fz-column'];
  if (hint === true) return { key: '' };
  if (typeof hint === 'number') return { key: '', order: hint };
  if (!hint || typeof hint !== 'object') return undefined;
  const h = hint as Record<string, unknown>;
  return {
    key: '',
    order: typeof h.order === 'number' ? h.order : undefined,
    label: typeof h.label === 'string' ? h.label : undefined,
    sortable: h.sortable === true,
    filter: h.filter === 'tabs' || h.filter === 'select' ? h.filter : undefined,
    width: typeof h.width === 'string' && WIDTH.test(h.width) ? h.width : undefined,
  };
}

/**
 * Columns from a schema's `x-fz-column` hints (`true`, an order number, or
 * `{ order, label, width, sortable, filter }`), in order. Labels: the hint's, else the property's
 * `title` (zh-CN), else the built-in name of the field.
 */
export function columnsFromSchema(schema: SchemaObject | undefined, locale: Locale): PowerListColumn[] | undefined {
  const properties = schema?.properties;
  if (!properties) return undefined;
  const found: { column: PowerListColumn; order: number; index: number }[] = [];
  Object.entries(properties).forEach(([key, node], index) => {
    const hint = hintOf(node);
    if (!hint) return;
    const title = typeof node === 'object' && locale === 'zh-CN' ? node.title : undefined;
    const { order, ...rest } = hint;
    const column: PowerListColumn = { ...rest, key };
    const label = locale === 'zh-CN' ? (hint.label ?? title) : undefined;
    if (label) column.label = label;
    else delete column.label;
    for (const k of ['sortable', 'filter', 'width'] as const) if (column[k] === undefined || column[k] === false) delete column[k];
    found.push({ column, order: order ?? Infinity, index });
  });
  if (!found.length) return undefined;
  return found.sort((a, b) => a.order - b.order || a.index - b.index).map((f) => f.column);
}

export function basisText(basis: LegalBasis): string {
  return [basis.lawName, basis.article].filter(Boolean).join('');
}

/** A cell's plain text: basis as "《法》第X条", coded values as labels, lists joined. */
export function cellText(item: PowerListItem, key: string, locale: Locale, labels?: ValueLabels): string {
  const value = item[key];
  if (value === null || value === undefined) return '';
  if (CODED.has(key)) {
    const codes = Array.isArray(value) ? value : [value];
    return codes.map((v) => valueLabel(key, String(v), locale, labels)).join('、');
  }
  if (key === 'basis' && Array.isArray(value)) return (value as LegalBasis[]).map(basisText).join('；');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return powerListText(locale)(value ? 'yes' : 'no');
  return collectText(value).join('、');
}
