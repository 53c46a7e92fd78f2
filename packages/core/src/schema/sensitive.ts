import type { JsonSchema, SchemaObject } from '../types.js';
import type { PruneContext } from './prune.js';

/**
 * A copy of `data` without values marked `x-fz-pii: sensitive`: drafts never store those. Every
 * declaration counts, in any branch, active or not, so an answer kept in memory for a branch
 * hidden just now is still stored (or still withheld) exactly as its marking says.
 */
export function withoutSensitive(root: SchemaObject, data: unknown, ctx: Pick<PruneContext, 'resolver'>): unknown {
  const { resolver } = ctx;
  const asNode = (n: JsonSchema | undefined) => {
    const node = n === undefined ? undefined : resolver.deref(n);
    return node && typeof node === 'object' ? node : undefined;
  };
  /** Every declaration of each property under these nodes, through all applicators. */
  const declarations = (nodes: SchemaObject[]): Map<string, SchemaObject[]> => {
    const out = new Map<string, SchemaObject[]>();
    const visit = (node: SchemaObject | undefined, depth: number): void => {
      if (!node || depth > 16) return;
      for (const [name, sub] of Object.entries(node.properties ?? {})) {
        const subNode = asNode(sub);
        if (subNode) out.set(name, [...(out.get(name) ?? []), subNode]);
      }
      const branches = [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? []), node.then, node.else, ...Object.values(node.dependentSchemas ?? {})];
      for (const branch of branches) visit(asNode(branch), depth + 1);
    };
    nodes.forEach((n) => visit(n, 0));
    return out;
  };
  const walk = (nodes: SchemaObject[], value: unknown): unknown => {
    if (!value || typeof value !== 'object' || !nodes.length) return value;
    if (Array.isArray(value)) {
      const items = nodes.map((n) => asNode(n.items)).filter((n): n is SchemaObject => !!n);
      return value.map((item) => walk(items, item));
    }
    const declared = declarations(nodes);
    const out: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(value)) {
      const decl = declared.get(name) ?? [];
      if (decl.some((n) => n['x-fz-pii'] === 'sensitive')) continue;
      out[name] = walk(decl, child);
    }
    return out;
  };
  return walk([root], data);
}
