import { getAt, join, tokens } from '../schema/pointer.js';
import type { SchemaObject } from '../types.js';
import { applyEdits, isObject, type Edit } from './edits.js';

/** One thing an editor did, said in Chinese (for the undo list and the screen reader), as edits. */
export interface Operation {
  label: string;
  edits: Edit[];
}

/** Applies an operation; `undo` restores the document exactly, key order included. */
export function applyOperation<T>(doc: T, operation: Operation): { doc: T; undo: Operation } {
  const { doc: next, inverse } = applyEdits(doc, operation.edits);
  return { doc: next as T, undo: { label: operation.label, edits: inverse } };
}

const parentOf = (fieldPointer: string): { parent: string; name: string } => {
  const path = tokens(fieldPointer);
  if (path.length < 2 || path[path.length - 2] !== 'properties') throw new Error(`${fieldPointer} is not a field (…/properties/<name>)`);
  return { parent: path.slice(0, -2).reduce(join, ''), name: path[path.length - 1] };
};
const titleOf = (doc: unknown, pointer: string): string => {
  const node = getAt(doc, pointer);
  return isObject(node) && typeof node.title === 'string' ? node.title : (tokens(pointer).pop() ?? '');
};
/** Sets `value` at `pointer`, or removes what is there when `value` is undefined; nothing when unchanged. */
const put = (doc: unknown, pointer: string, value: unknown): Edit[] => {
  const old = getAt(doc, pointer);
  if (JSON.stringify(old) === JSON.stringify(value)) return [];
  if (value === undefined) return [{ kind: 'remove', pointer }];
  return [{ kind: 'set', pointer, value }];
};

/** A keyword of a field (title, description, x-fz-help, minLength, format, x-fz-pii…); undefined removes it. */
export function setKeyword(doc: unknown, pointer: string, keyword: string, value: unknown): Operation {
  return { label: `修改“${titleOf(doc, pointer)}”的 ${keyword}`, edits: put(doc, join(pointer, keyword), value) };
}

export const relabel = (doc: unknown, pointer: string, title: string): Operation => ({
  label: `把“${titleOf(doc, pointer)}”改名为“${title}”`,
  edits: put(doc, join(pointer, 'title'), title),
});

/** Required is the parent's list; the field's place in it is kept when it stays. */
export function setRequired(doc: unknown, fieldPointer: string, required: boolean): Operation {
  const { parent, name } = parentOf(fieldPointer);
  const list = getAt(doc, join(parent, 'required'));
  const names = Array.isArray(list) ? (list as string[]) : [];
  const next = required ? (names.includes(name) ? names : [...names, name]) : names.filter((n) => n !== name);
  const value = next.length || Array.isArray(list) ? next : undefined;
  return { label: `把“${titleOf(doc, fieldPointer)}”设为${required ? '必填' : '选填'}`, edits: put(doc, join(parent, 'required'), value) };
}

/** Where the root's `x-fz-steps` names a top-level field: [step index, position]. */
function stepOf(doc: unknown, name: string): [number, number] | undefined {
  const steps = getAt(doc, '/x-fz-steps');
  if (!Array.isArray(steps)) return undefined;
  for (let i = 0; i < steps.length; i++) {
    const at = Array.isArray(steps[i]?.fields) ? (steps[i].fields as unknown[]).indexOf(name) : -1;
    if (at >= 0) return [i, at];
  }
  return undefined;
}

export interface Placement {
  /** The object the field goes in ('' for the form itself, `/properties/contact` for a section). */
  parent: string;
  /** Position among the parent's fields; the end by default. */
  index?: number;
  /** For a top-level field of a form with steps: the step it joins (its index). */
  step?: number;
  required?: boolean;
}

/** Edits that put a field (schema `node`) at `to`, as `name`. */
function placeEdits(doc: unknown, name: string, node: unknown, to: Placement): Edit[] {
  const properties = join(to.parent, 'properties');
  const edits: Edit[] = [];
  let current = doc;
  const run = (more: Edit[]) => {
    edits.push(...more);
    current = applyEdits(current, more).doc;
  };
  if (!isObject(getAt(current, properties))) run([{ kind: 'set', pointer: properties, value: {} }]);
  run([{ kind: 'set', pointer: join(properties, name), value: node, index: to.index }]);
  if (to.required) run(setRequired(current, join(properties, name), true).edits);
  if (to.parent === '' && to.step !== undefined && Array.isArray(getAt(current, `/x-fz-steps/${to.step}/fields`))) {
    run([{ kind: 'insert', pointer: `/x-fz-steps/${to.step}/fields/-`, value: name }]);
  }
  return edits;
}

export function addField(doc: unknown, name: string, node: SchemaObject, to: Placement): Operation {
  if (getAt(doc, join(join(to.parent, 'properties'), name)) !== undefined) throw new Error(`a field named ${name} is already there`);
  return { label: `添加“${typeof node.title === 'string' ? node.title : name}”`, edits: placeEdits(doc, name, node, to) };
}

/** Edits that take a field out: its schema, its place in `required` and in the steps. */
function takeEdits(doc: unknown, fieldPointer: string): Edit[] {
  const { parent, name } = parentOf(fieldPointer);
  const edits: Edit[] = [...setRequired(doc, fieldPointer, false).edits];
  const step = parent === '' ? stepOf(doc, name) : undefined;
  if (step) edits.push({ kind: 'remove', pointer: `/x-fz-steps/${step[0]}/fields/${step[1]}` });
  edits.push({ kind: 'remove', pointer: fieldPointer });
  return edits;
}

export function removeField(doc: unknown, fieldPointer: string): Operation {
  if (getAt(doc, fieldPointer) === undefined) throw new Error(`no field at ${fieldPointer}`);
  return { label: `删除“${titleOf(doc, fieldPointer)}”`, edits: takeEdits(doc, fieldPointer) };
}

/** Moves a field within its section, to another section, or (top level) to another step; it stays required if it was. */
export function moveField(doc: unknown, fieldPointer: string, to: Placement): Operation {
  const { parent, name } = parentOf(fieldPointer);
  const node = getAt(doc, fieldPointer);
  if (node === undefined) throw new Error(`no field at ${fieldPointer}`);
  const list = getAt(doc, join(parent, 'required'));
  const wasRequired = Array.isArray(list) && list.includes(name);
  const take = takeEdits(doc, fieldPointer);
  const taken = applyEdits(doc, take).doc;
  if (getAt(taken, join(join(to.parent, 'properties'), name)) !== undefined) throw new Error(`a field named ${name} is already there`);
  const place = placeEdits(taken, name, node, { required: wasRequired, ...to });
  return { label: `移动“${titleOf(doc, fieldPointer)}”`, edits: [...take, ...place] };
}

/** The choice list of a field: its `oneOf` of `{ const, title }`. */
const optionsOf = (doc: unknown, fieldPointer: string): { const: unknown; title?: string }[] => {
  const list = getAt(doc, join(fieldPointer, 'oneOf'));
  if (!Array.isArray(list)) throw new Error(`${fieldPointer} has no options (oneOf)`);
  return list;
};

export function addOption(doc: unknown, fieldPointer: string, option: { const: unknown; title: string }, index?: number): Operation {
  const options = optionsOf(doc, fieldPointer);
  if (options.some((o) => JSON.stringify(o.const) === JSON.stringify(option.const))) throw new Error('that value is already an option');
  const at = index ?? options.length;
  return { label: `给“${titleOf(doc, fieldPointer)}”添加选项“${option.title}”`, edits: [{ kind: 'insert', pointer: join(join(fieldPointer, 'oneOf'), at), value: option }] };
}

export function removeOption(doc: unknown, fieldPointer: string, index: number): Operation {
  const option = optionsOf(doc, fieldPointer)[index];
  return { label: `删除选项“${option?.title ?? ''}”`, edits: [{ kind: 'remove', pointer: join(join(fieldPointer, 'oneOf'), index) }] };
}

export function moveOption(doc: unknown, fieldPointer: string, from: number, to: number): Operation {
  const options = optionsOf(doc, fieldPointer);
  const list = join(fieldPointer, 'oneOf');
  return {
    label: `移动选项“${options[from]?.title ?? ''}”`,
    edits: from === to ? [] : [{ kind: 'remove', pointer: join(list, from) }, { kind: 'insert', pointer: join(list, to), value: options[from] }],
  };
}

/** Only the label: the stored value (`const`) never changes with it. */
export function relabelOption(doc: unknown, fieldPointer: string, index: number, title: string): Operation {
  const option = optionsOf(doc, fieldPointer)[index];
  return { label: `把选项“${option?.title ?? ''}”改为“${title}”`, edits: put(doc, join(join(join(fieldPointer, 'oneOf'), index), 'title'), title) };
}
