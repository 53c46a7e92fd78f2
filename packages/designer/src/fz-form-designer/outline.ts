import { builtinShared, createResolver, getAt, join, tokens, type JsonSchema, type SchemaObject } from '@fazhi/core';
import { jsonEqual } from '@fazhi/core/edit';

/** One row of the outline: a step of the form, a section (an object field) or a field. */
export interface OutlineItem {
  /** A field's JSON Pointer (`/properties/contact/properties/phone`), or `step:<index>` for a step. */
  id: string;
  kind: 'step' | 'section' | 'field';
  label: string;
  level: number;
  /** The outline row that holds this one ('' at the top). */
  parentId: string;
  hasChildren: boolean;
  /** The parent object's pointer ('' for the form itself) and the field's name in it. */
  parent?: string;
  name?: string;
  /** For a top-level field of a form with steps: the step it is on. */
  step?: number;
}

export const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** A field's schema with its `$ref` followed, so a shared definition's title and type show. */
export function effectiveNode(doc: SchemaObject, pointer: string): SchemaObject {
  const node = getAt(doc, pointer);
  if (!isObject(node)) return {};
  try {
    const target = createResolver(doc, builtinShared).deref(node as JsonSchema);
    return isObject(target) ? { ...(target as SchemaObject), ...(node as SchemaObject) } : (node as SchemaObject);
  } catch {
    return node as SchemaObject;
  }
}

const isSection = (node: SchemaObject): boolean => node.type === 'object' && isObject(node.properties);

function fieldItems(doc: SchemaObject, parent: string, names: string[], level: number, parentId: string, step?: number): OutlineItem[] {
  return names.flatMap((name) => {
    const id = join(join(parent, 'properties'), name);
    const node = effectiveNode(doc, id);
    const section = isSection(node);
    const children = section ? Object.keys(node.properties as object) : [];
    const own: OutlineItem = { id, kind: section ? 'section' : 'field', label: typeof node.title === 'string' ? node.title : name, level, parentId, hasChildren: children.length > 0, parent, name, step };
    return [own, ...fieldItems(doc, id, children, level + 1, id)];
  });
}

/** Every row of the outline in page order: steps (when the form has them), then sections and fields. */
export function outlineOf(doc: SchemaObject): OutlineItem[] {
  const names = Object.keys(isObject(doc.properties) ? doc.properties : {});
  const steps = doc['x-fz-steps'];
  if (!Array.isArray(steps)) return fieldItems(doc, '', names, 1, '');
  const placed = new Set<string>();
  const items = steps.flatMap((step: { title?: string; fields?: string[] }, i: number) => {
    const fields = (Array.isArray(step.fields) ? step.fields : []).filter((n) => names.includes(n));
    fields.forEach((n) => placed.add(n));
    const id = `step:${i}`;
    return [{ id, kind: 'step' as const, label: step.title ?? `第 ${i + 1} 步`, level: 1, parentId: '', hasChildren: fields.length > 0 }, ...fieldItems(doc, '', fields, 2, id, i)];
  });
  return [...items, ...fieldItems(doc, '', names.filter((n) => !placed.has(n)), 1, '')];
}

/** Why a field may not be removed or made optional: its own `x-fz-locked` or a locked section's. */
export function lockedReason(doc: unknown, pointer: string): string | undefined {
  const path = tokens(pointer);
  for (let end = path.length; end > 0; end--) {
    const node = getAt(doc, path.slice(0, end).reduce(join, ''));
    if (isObject(node) && typeof node['x-fz-locked'] === 'string') return node['x-fz-locked'];
    if (isObject(node) && node['x-fz-locked'] === true) return '这是法律规定的内容';
  }
  return undefined;
}

export function isRequired(doc: unknown, item: Pick<OutlineItem, 'parent' | 'name'>): boolean {
  const list = getAt(doc, join(item.parent ?? '', 'required'));
  return Array.isArray(list) && list.includes(item.name);
}

export type Origin = 'base' | 'changed' | 'added';
export const originLabels: Record<Origin, string> = { base: '原有', changed: '本县修改', added: '本县新增' };

/** In overlay mode: whether the county added the field, changed it or left it as the base has it. */
export function originOf(base: SchemaObject, doc: SchemaObject, item: OutlineItem): Origin {
  const before = getAt(base, item.id);
  if (before === undefined) return 'added';
  return jsonEqual(before, getAt(doc, item.id)) && isRequired(base, item) === isRequired(doc, item) ? 'base' : 'changed';
}
