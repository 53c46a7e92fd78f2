import type { SchemaObject } from '@fazhi/core';

/**
 * First answers from the `default`s of always-shown properties (证件类型 居民身份证, 本人申请,
 * 没有紧急情况), so a citizen changes them only when they differ.
 */
export function defaultsOf(node: SchemaObject): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const [name, sub] of Object.entries(node.properties ?? {})) {
    if (typeof sub !== 'object') continue;
    const value = sub.default !== undefined ? sub.default : defaultsOf(sub);
    if (value !== undefined) (out ??= {})[name] = value;
  }
  return out;
}
