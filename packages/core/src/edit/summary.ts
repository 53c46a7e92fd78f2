import { builtinShared } from '../schema/builtin.js';
import { getAt, join } from '../schema/pointer.js';
import { createResolver } from '../schema/resolve.js';
import type { JsonSchema, SchemaObject } from '../types.js';
import { isObject } from './edits.js';

const SUBSCHEMA_MAPS = new Set(['properties', '$defs', 'dependentSchemas']);

/** What a keyword is, in an editor's words. */
const KEYWORDS: Record<string, string> = {
  title: '标题',
  description: '说明',
  'x-fz-help': '帮助说明',
  'x-fz-placeholder': '占位提示',
  'x-fz-widget': '控件',
  'x-fz-pii': '个人信息级别',
  'x-fz-order': '顺序',
  'x-fz-messages': '错误提示',
  oneOf: '选项',
  enum: '选项',
  required: '必填项',
  minLength: '最少字数',
  maxLength: '最多字数',
  minimum: '最小值',
  maximum: '最大值',
  format: '格式',
  pattern: '格式',
  'x-fz-steps': '分步',
  'x-fz-rules': '跨字段规则',
  allOf: '显示条件',
};

/** A field's title where it is, or where its `$ref` leads (shared definitions carry most titles). */
function titleIn(doc: unknown, pointer: string): string | undefined {
  const node = getAt(doc, pointer);
  if (!isObject(node)) return undefined;
  if (typeof node.title === 'string') return node.title;
  if (typeof node.$ref !== 'string' || !isObject(doc)) return undefined;
  try {
    const target = createResolver(doc as SchemaObject, builtinShared).deref(node as JsonSchema);
    return isObject(target) && typeof target.title === 'string' ? target.title : undefined;
  } catch {
    return undefined;
  }
}

const nameAt = (base: unknown, patched: unknown, pointer: string): string => {
  const title = titleIn(base, pointer) ?? titleIn(patched, pointer);
  if (title) return `“${title}”`;
  return pointer === '' ? '表单' : `“${pointer.split('/').pop()}”`;
};

/**
 * What an overlay (JSON Merge Patch) changes in a base schema, in plain Chinese, one line per change:
 * "新增字段“微信号”", "“案情和申请理由”的标题改为“事情经过”", "设置 perCapitaIncomeStandard 为 1350".
 * Shown beside each published version, so an editor sees what a version did without reading JSON.
 */
export function summarizeOverlay(base: unknown, patch: unknown): string[] {
  const lines: string[] = [];
  const patched = patch;
  const walk = (node: unknown, pointer: string): void => {
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = join(pointer, key);
      if (SUBSCHEMA_MAPS.has(key) && isObject(value)) {
        for (const [name, field] of Object.entries(value)) {
          const at = join(here, name);
          const before = getAt(base, at);
          if (field === null) lines.push(`删除字段${nameAt(base, patched, at)}`);
          else if (before === undefined) lines.push(`新增字段${isObject(field) && typeof field.title === 'string' ? `“${field.title}”` : `“${name}”`}`);
          else walk(field, at);
        }
      } else if (key === 'x-fz-settings' && isObject(value)) {
        for (const [name, setting] of Object.entries(value)) lines.push(setting === null ? `取消设置 ${name}` : `设置 ${name} 为 ${JSON.stringify(setting)}`);
      } else if (key === 'title' && typeof value === 'string') {
        lines.push(pointer === '' ? `表单标题改为“${value}”` : `${nameAt(base, undefined, pointer)}的标题改为“${value}”`);
      } else if (value === null) {
        lines.push(`去掉${nameAt(base, patched, pointer)}的${KEYWORDS[key] ?? key}`);
      } else if (['if', 'then', 'else', 'items', 'additionalProperties', 'not'].includes(key) && isObject(value)) {
        walk(value, here);
      } else {
        lines.push(`修改${nameAt(base, patched, pointer)}的${KEYWORDS[key] ?? key}`);
      }
    }
  };
  walk(patch, '');
  return lines;
}
