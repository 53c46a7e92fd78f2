import { walkSchema } from '../schema/walk.js';
import type { JsonSchema } from '../types.js';
import { assertRules } from './check.js';
import { assertDerive } from './derive.js';
import { RuleSyntaxError } from './syntax.js';

/**
 * Checks every `x-fz-rules` and `x-fz-derive` in a schema document and throws a
 * RuleSyntaxError naming the first malformed one (e.g. an unknown operator) with its schema pointer.
 * Call it when a schema or a county overlay is loaded, so mistakes surface before a citizen types.
 */
export function assertSchemaRules(schema: JsonSchema): void {
  try {
    walkSchema(schema, (node, pointer) => {
      if (node['x-fz-rules'] !== undefined) assertRules(node['x-fz-rules'], `#${pointer}/x-fz-rules`);
      if (node['x-fz-derive'] !== undefined) assertDerive(node['x-fz-derive'], `#${pointer}/x-fz-derive`);
    });
  } catch (error) {
    if (error instanceof RangeError) throw new RuleSyntaxError('#', 'schema nested deeper than 64 levels');
    throw error;
  }
}
