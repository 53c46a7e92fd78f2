import type { JsonSchema, SchemaObject } from '../types.js';
import { join } from './pointer.js';

/** Keywords whose value is a map of name → subschema. */
export const SUBSCHEMA_MAPS = ['properties', '$defs', 'dependentSchemas', 'patternProperties'] as const;
/** Keywords whose value is a list of subschemas. */
export const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Keywords whose value is one subschema. */
export const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'] as const;

/**
 * Calls `visit` for every schema object in a document, with its JSON pointer ('' for the root), in
 * document order. `$ref`s are not followed; a node reached twice (shared object) is visited once.
 * Throws a RangeError past `maxDepth`, so a hostile document cannot exhaust the stack.
 */
export function walkSchema(schema: JsonSchema, visit: (node: SchemaObject, pointer: string) => void, maxDepth = 64): void {
  const seen = new Set<object>();
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node) || seen.has(node)) return;
    if (depth > maxDepth) throw new RangeError(`schema nested deeper than ${maxDepth} levels at ${pointer || '/'}`);
    seen.add(node);
    const object = node as SchemaObject & Record<string, unknown>;
    visit(object, pointer);
    for (const key of SUBSCHEMA_MAPS) {
      const map = object[key];
      if (map && typeof map === 'object' && !Array.isArray(map)) {
        for (const [name, sub] of Object.entries(map)) walk(sub, join(join(pointer, key), name), depth + 1);
      }
    }
    for (const key of SUBSCHEMA_LISTS) {
      const list = object[key];
      if (Array.isArray(list)) list.forEach((sub, i) => walk(sub, join(join(pointer, key), i), depth + 1));
    }
    for (const key of SUBSCHEMAS) walk(object[key], join(pointer, key), depth + 1);
  };
  walk(schema, '', 0);
}
