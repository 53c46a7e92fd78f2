import { parseListQuery, type ListQuery } from '@fazhi/core';
import { LIST_LIMITS } from '../config.js';
import { Problem } from '../problem.js';

/** What one public list lets a query touch. */
export interface QueryRules {
  sortFields: string[];
  /** Fields filtered by exact values (`f.category=xk`, repeatable). */
  filterFields: string[];
  /** Fields filtered by ranges (`f.date=2026-01-01..2026-03-31`): dates, or numbers when `numeric`. */
  rangeFields: Record<string, 'date' | 'number'>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d{1,15}(\.\d{1,4})?$/;
const MAX_SORT_KEYS = 3;
const MAX_VALUES = 20;

const bad = (detail: string) => new Problem('bad-query', detail);

function checkRangeSide(field: string, kind: 'date' | 'number', side: string): void {
  if (side === '') return;
  if (kind === 'date' ? !DATE.test(side) || Number.isNaN(Date.parse(side)) : !NUMBER.test(side)) {
    throw bad(`f.${field} 的范围应写成 ${kind === 'date' ? '2026-01-01..2026-03-31' : '100..5000'}，两端可留空。`);
  }
}

/**
 * The list protocol (DESIGN.md "Lists"), read strictly: a public endpoint answers 400 to values
 * out of range or fields it does not offer, rather than guessing. Unknown parameters (cache
 * busters) are ignored.
 */
export function readListQuery(search: string, rules: QueryRules): ListQuery {
  const params = new URLSearchParams(search);
  const once = (name: string) => {
    const values = params.getAll(name);
    if (values.length > 1) throw bad(`参数 ${name} 只能出现一次。`);
    return values[0];
  };
  const page = once('page');
  if (page !== undefined && (!/^\d{1,6}$/.test(page) || Number(page) < 1 || Number(page) > LIST_LIMITS.maxPage)) {
    throw bad(`page 应是 1 到 ${LIST_LIMITS.maxPage} 之间的整数。`);
  }
  const pageSize = once('pageSize');
  if (pageSize !== undefined && (!/^\d{1,3}$/.test(pageSize) || Number(pageSize) < 1 || Number(pageSize) > LIST_LIMITS.maxPageSize)) {
    throw bad(`pageSize 应是 1 到 ${LIST_LIMITS.maxPageSize} 之间的整数。`);
  }
  const q = once('q');
  if (q !== undefined && Array.from(q).length > LIST_LIMITS.maxQueryChars) throw bad(`搜索词不能超过 ${LIST_LIMITS.maxQueryChars} 个字。`);
  const sort = once('sort');
  if (sort !== undefined) {
    const keys = sort.split(',').filter((k) => k !== '');
    if (keys.length > MAX_SORT_KEYS) throw bad(`最多按 ${MAX_SORT_KEYS} 个字段排序。`);
    for (const key of keys) {
      const field = key.replace(/^[-+]/, '');
      if (!rules.sortFields.includes(field)) throw bad(`不能按“${field.slice(0, 50)}”排序；可用：${rules.sortFields.join('、')}。`);
    }
  }
  for (const key of new Set(params.keys())) {
    if (!key.startsWith('f.')) continue;
    const field = key.slice(2);
    const values = params.getAll(key);
    if (values.length > MAX_VALUES) throw bad(`f.${field} 最多 ${MAX_VALUES} 个值。`);
    // Own keys only: `constructor`, `__proto__`, `toString`… are inherited by every object, not fields.
    const range = Object.hasOwn(rules.rangeFields, field) ? rules.rangeFields[field] : undefined;
    if (range) {
      if (values.length > 1) throw bad(`f.${field} 只能出现一次。`);
      const [value] = values;
      const at = value.indexOf('..');
      if (at < 0) throw bad(`f.${field} 的范围应写成 a..b。`);
      checkRangeSide(field, range, value.slice(0, at));
      checkRangeSide(field, range, value.slice(at + 2));
      continue;
    }
    if (!rules.filterFields.includes(field)) {
      throw bad(`不能按“${field.slice(0, 50)}”筛选；可用：${[...rules.filterFields, ...Object.keys(rules.rangeFields)].join('、')}。`);
    }
    for (const value of values) {
      if (value.length > LIST_LIMITS.maxFilterChars) throw bad(`f.${field} 的值太长。`);
      if (value.includes('..')) throw bad(`f.${field} 不支持范围筛选。`);
    }
  }
  return parseListQuery(params, { defaultPageSize: LIST_LIMITS.defaultPageSize, maxPageSize: LIST_LIMITS.maxPageSize });
}
