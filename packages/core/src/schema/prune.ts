import type { FormatDef, SchemaObject } from '../types.js';
import { equal } from '../validate/equal.js';
import { withinLimits } from './limits.js';
import type { Resolver } from './resolve.js';
import { annotation, fieldKind, objectShape, type Matcher } from './shape.js';

export interface PruneContext {
  resolver: Resolver;
  matches: Matcher;
  formats?: Record<string, FormatDef>;
}

/**
 * Keeps only the values the form shows now: undeclared keys and values of properties whose branch
 * no longer applies are dropped, and `format` values are normalised (full-width digits, lower-case x…).
 * Conditions are re-evaluated until the data stops changing, since dropping one value can switch
 * another branch off. Browser and server both validate and store what this returns.
 */
export function prune(root: SchemaObject, data: unknown, ctx: PruneContext): unknown {
  let current = data;
  for (let round = 0; round < 8; round++) {
    const next = pruneNode([root], current, ctx);
    if (equal(next, current)) return next; // unchanged values are the same references: cheap even for a long text
    current = next;
  }
  return current;
}

function pruneNode(nodes: SchemaObject[], value: unknown, ctx: PruneContext): unknown {
  if (value === undefined || value === null || !nodes.length) return value;
  const kind = fieldKind(nodes[0]!, ctx.resolver);
  if (kind === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    const shape = objectShape(nodes, value, ctx.resolver, ctx.matches);
    const out: Record<string, unknown> = {};
    for (const property of shape.properties) {
      let child = (value as Record<string, unknown>)[property.name];
      // A required group nobody has touched yet is an empty object, so its own fields are reported.
      if (child === undefined && shape.required.has(property.name) && fieldKind(property.nodes[0]!, ctx.resolver) === 'object') child = {};
      if (child !== undefined) out[property.name] = pruneNode(property.nodes, child, ctx);
    }
    return out;
  }
  if (kind === 'array' && Array.isArray(value)) {
    // Over `maxItems` it is refused as a whole: its items are neither pruned nor checked.
    if (!nodes.every((n) => withinLimits(n)(value))) return value;
    const items = nodes.map((n) => n.items).filter((i) => i !== undefined).map((i) => ctx.resolver.deref(i!));
    const itemNodes = items.filter((i): i is SchemaObject => typeof i === 'object');
    return value.map((item) => pruneNode(itemNodes, item, ctx));
  }
  if (typeof value === 'string') {
    const format = annotation<string>(nodes, 'format');
    const normalize = format ? ctx.formats?.[format]?.normalize : undefined;
    return normalize ? normalize(value) : value;
  }
  return value;
}
