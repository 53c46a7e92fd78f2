import type { SchemaObject } from '../types.js';
import { tokens } from './pointer.js';
import { fieldKind, objectShape, type Matcher } from './shape.js';
import type { Resolver } from './resolve.js';

/** The declarations that apply to the value at `pointer` now ([] when nothing declares it). */
export function nodesAt(root: SchemaObject, data: unknown, pointer: string, resolver: Resolver, matches: Matcher): SchemaObject[] {
  let nodes = [root];
  let value = data;
  for (const token of tokens(pointer)) {
    if (!nodes.length) return [];
    const child = value && typeof value === 'object' ? (value as Record<string, unknown>)[token] : undefined;
    if (fieldKind(nodes[0]!, resolver) === 'object') {
      nodes = objectShape(nodes, value, resolver, matches).properties.find((p) => p.name === token)?.nodes ?? [];
    } else {
      nodes = nodes
        .map((n) => (n.items === undefined ? undefined : resolver.deref(n.items)))
        .filter((n): n is SchemaObject => !!n && typeof n === 'object');
    }
    value = child;
  }
  return nodes;
}
