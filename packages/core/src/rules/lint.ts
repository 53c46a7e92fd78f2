import type { JsonSchema } from '../types.js';
import { assertRules } from './check.js';
import { assertDerive } from './derive.js';
import { RuleSyntaxError } from './syntax.js';

const SUBSCHEMA_MAPS = ['properties', '$defs', 'dependentSchemas', 'patternProperties'] as const;
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'] as const;

const escape = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks every `x-fz-rules` and `x-fz-derive` in a schema document and throws a
 * RuleSyntaxError naming the first malformed one (e.g. an unknown operator) with its schema pointer.
 * Call it when a schema or a county overlay is loaded, so mistakes surface before a citizen types.
 */
export function assertSchemaRules(schema: JsonSchema): void {
  const seen = new Set<object>();
  const visit = (node: JsonSchema | undefined, where: string, depth: number): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    if (depth > 64) throw new RuleSyntaxError(where, 'schema nested deeper than 64 levels');
    seen.add(node);
    if (node['x-fz-rules'] !== undefined) assertRules(node['x-fz-rules'], `${where}/x-fz-rules`);
    if (node['x-fz-derive'] !== undefined) assertDerive(node['x-fz-derive'], `${where}/x-fz-derive`);
    for (const key of SUBSCHEMA_MAPS) {
      const map = node[key as keyof typeof node] as Record<string, JsonSchema> | undefined;
      if (map && typeof map === 'object') for (const [name, sub] of Object.entries(map)) visit(sub, `${where}/${key}/${escape(name)}`, depth + 1);
    }
    for (const key of SUBSCHEMA_LISTS) {
      const list = node[key as keyof typeof node] as JsonSchema[] | undefined;
      if (Array.isArray(list)) list.forEach((sub, i) => visit(sub, `${where}/${key}/${i}`, depth + 1));
    }
    for (const key of SUBSCHEMAS) visit(node[key as keyof typeof node] as JsonSchema | undefined, `${where}/${key}`, depth + 1);
  };
  visit(schema, '#', 0);
}
