import type { SchemaObject } from '../types.js';
import type { PruneContext } from './prune.js';
import { fieldKind, objectShape } from './shape.js';

/** A copy of `data` without values marked `x-fz-pii: sensitive`: drafts never store those. */
export function withoutSensitive(root: SchemaObject, data: unknown, ctx: PruneContext): unknown {
  const walk = (nodes: SchemaObject[], value: unknown): unknown => {
    if (!value || typeof value !== 'object' || !nodes.length) return value;
    const kind = fieldKind(nodes[0]!, ctx.resolver);
    if (kind === 'array' && Array.isArray(value)) {
      const items = nodes.map((n) => (n.items === undefined ? undefined : ctx.resolver.deref(n.items)));
      return value.map((item) => walk(items.filter((i): i is SchemaObject => typeof i === 'object'), item));
    }
    if (kind !== 'object' || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const property of objectShape(nodes, value, ctx.resolver, ctx.matches).properties) {
      const child = (value as Record<string, unknown>)[property.name];
      if (child === undefined || property.nodes.some((n) => n['x-fz-pii'] === 'sensitive')) continue;
      out[property.name] = walk(property.nodes, child);
    }
    return out;
  };
  return walk([root], data);
}
