import { getAt, join, tokens } from '../schema/pointer.js';
import { walkSchema } from '../schema/walk.js';
import type { SchemaObject } from '../types.js';
import type { CountyIssue } from './issue.js';

/** Keywords that only describe a field: a county may always change these, even on locked parts. */
const DESCRIBING = new Set(['title', 'description', 'examples', '$comment', 'default', 'x-fz-help', 'x-fz-placeholder', 'x-fz-order', 'x-fz-messages', 'x-fz-purpose', 'x-fz-autocomplete', 'x-fz-column', 'x-fz-locked']);

/** What a node demands of the data, without what only describes it, so relabelling stays free. */
function demands(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(demands);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !DESCRIBING.has(key))
      .map(([key, v]) => [key, demands(v)]),
  );
}

/** Lists a county may extend but not shorten: required names, and the options the law lists. */
const EXTENSIBLE = new Set(['required', 'enum', 'oneOf', 'anyOf']);

/**
 * Does `after` keep every demand of `before`? Equal, except that `required` may name more fields, a
 * list of options may gain options and an object may gain properties: a county may add around the
 * law, not take away from it.
 */
function keeps(before: unknown, after: unknown, key?: string): boolean {
  if (key && EXTENSIBLE.has(key) && Array.isArray(before) && Array.isArray(after)) return before.every((b) => after.some((a) => keeps(b, a)));
  if (Array.isArray(before)) return Array.isArray(after) && after.length === before.length && before.every((b, i) => keeps(b, after[i]));
  if (!before || typeof before !== 'object') return before === after;
  if (!after || typeof after !== 'object' || Array.isArray(after)) return false;
  const a = after as Record<string, unknown>;
  return Object.entries(before).every(([k, v]) => k in a && keeps(v, a[k], k)) && (key === 'properties' || Object.keys(a).every((k) => k in before));
}

const reasonOf = (node: SchemaObject): string => (typeof node['x-fz-locked'] === 'string' ? `（${node['x-fz-locked']}）` : '');
const nameOf = (node: SchemaObject, pointer: string): string => (typeof node.title === 'string' ? `“${node.title}”` : `“${tokens(pointer).pop() ?? '表单'}”`);

/**
 * The parts of the law a county cannot change: every node marked `x-fz-locked` in the base must keep
 * its demands in the merged schema (labels and help may change), and a locked field that the base
 * requires stays required. Relabelling, adding fields and tightening stay free.
 */
export function checkLocked(base: SchemaObject, merged: SchemaObject): Omit<CountyIssue, 'file'>[] {
  const issues: Omit<CountyIssue, 'file'>[] = [];
  walkSchema(base, (node, pointer) => {
    if (node['x-fz-locked'] === undefined || node['x-fz-locked'] === false) return;
    const after = getAt(merged, pointer) as SchemaObject | undefined;
    const name = nameOf(node, pointer);
    if (!after) {
      issues.push({ severity: 'error', code: 'locked.removed', pointer, message: `${name}是法律规定的内容${reasonOf(node)}，不能删除` });
      return;
    }
    if (!keeps(demands(node), demands(after))) {
      issues.push({ severity: 'error', code: 'locked.changed', pointer, message: `${name}是法律规定的内容${reasonOf(node)}，只能改标题和说明，不能改它的选项、格式或条件` });
    }
    const path = tokens(pointer);
    if (path.length >= 2 && path[path.length - 2] === 'properties') {
      const parentPointer = path.slice(0, -2).reduce((p, t) => join(p, t), '');
      const field = path[path.length - 1];
      const wasRequired = ((getAt(base, parentPointer) as SchemaObject | undefined)?.required ?? []).includes(field);
      const required = (getAt(merged, parentPointer) as SchemaObject | undefined)?.required;
      if (wasRequired && !(Array.isArray(required) && required.includes(field))) {
        issues.push({ severity: 'error', code: 'locked.required', pointer: join(parentPointer, 'required'), message: `${name}是法律要求必须填写的${reasonOf(node)}，不能改成选填（required 列表里要保留“${field}”）` });
      }
    }
  });
  return issues;
}
