import { tokens } from '../schema/pointer.js';

/**
 * The smallest changes to a JSON document, each with an exact inverse. Objects keep their key order:
 * a key set anew goes where `index` says (the end by default), and a removed key comes back where it
 * was, so undo gives back the very same text, not just an equal value.
 */
export type Edit =
  /** An object's key (replaced in place, or added at `index`) or an array's item (replaced). */
  | { kind: 'set'; pointer: string; value: unknown; index?: number }
  /** An object's key, or an array's item (the later items move up). */
  | { kind: 'remove'; pointer: string }
  /** A new array item at the pointer's index (the later items move down). */
  | { kind: 'insert'; pointer: string; value: unknown };

type Container = Record<string, unknown> | unknown[];

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** A copy of the object with `key` at position `index` (or in its place when it exists). */
function withKey(object: Record<string, unknown>, key: string, value: unknown, index?: number): Record<string, unknown> {
  if (Object.hasOwn(object, key)) return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, k === key ? value : v]));
  const entries = Object.entries(object);
  entries.splice(index === undefined ? entries.length : Math.min(index, entries.length), 0, [key, value]);
  return Object.fromEntries(entries);
}

/** Rebuilds the path down to the parent of the pointer's last token, copying only what changes. */
function update(doc: unknown, path: string[], change: (parent: Container, last: string) => Container): unknown {
  if (!path.length) throw new Error('an edit needs a place inside the document');
  const [head, ...rest] = path;
  if (!rest.length) {
    if (!doc || typeof doc !== 'object') throw new Error(`no object or array at /${head}`);
    return change(doc as Container, head);
  }
  const container = doc as Container;
  const child = Array.isArray(container) ? container[Number(head)] : container?.[head];
  if (!child || typeof child !== 'object') throw new Error(`nothing at /${path.join('/')}`);
  const next = update(child, rest, change);
  if (Array.isArray(container)) return container.map((item, i) => (i === Number(head) ? next : item));
  return withKey(container, head, next);
}

const indexOf = (array: unknown[], token: string, allowEnd: boolean): number => {
  const i = token === '-' ? array.length : Number(token);
  if (!Number.isInteger(i) || i < 0 || i > array.length - (allowEnd ? 0 : 1)) throw new Error(`no item ${token}`);
  return i;
};

/** Applies one edit; returns the new document (the old one is not changed) and the edit that undoes it. */
export function applyEdit(doc: unknown, edit: Edit): { doc: unknown; inverse: Edit } {
  let inverse!: Edit;
  const next = update(doc, tokens(edit.pointer), (parent, last) => {
    if (Array.isArray(parent)) {
      if (edit.kind === 'insert') {
        const i = indexOf(parent, last, true);
        inverse = { kind: 'remove', pointer: edit.pointer.replace(/[^/]*$/, String(i)) };
        return [...parent.slice(0, i), edit.value, ...parent.slice(i)];
      }
      const i = indexOf(parent, last, false);
      if (edit.kind === 'remove') {
        inverse = { kind: 'insert', pointer: edit.pointer, value: parent[i] };
        return parent.filter((_, j) => j !== i);
      }
      inverse = { kind: 'set', pointer: edit.pointer, value: parent[i] };
      return parent.map((item, j) => (j === i ? edit.value : item));
    }
    if (edit.kind === 'insert') throw new Error(`insert needs an array at ${edit.pointer}`);
    const keys = Object.keys(parent);
    const at = keys.indexOf(last);
    if (edit.kind === 'remove') {
      if (at < 0) throw new Error(`nothing to remove at ${edit.pointer}`);
      inverse = { kind: 'set', pointer: edit.pointer, value: parent[last], index: at };
      const { [last]: _removed, ...rest } = parent;
      return rest;
    }
    inverse = at < 0 ? { kind: 'remove', pointer: edit.pointer } : { kind: 'set', pointer: edit.pointer, value: parent[last] };
    return withKey(parent, last, edit.value, edit.index);
  });
  return { doc: next, inverse };
}

/** Applies edits in order; the inverse list undoes them all when applied in its own order. */
export function applyEdits(doc: unknown, edits: readonly Edit[]): { doc: unknown; inverse: Edit[] } {
  const inverse: Edit[] = [];
  let current = doc;
  for (const edit of edits) {
    const result = applyEdit(current, edit);
    current = result.doc;
    inverse.unshift(result.inverse);
  }
  return { doc: current, inverse };
}

export { isObject };
