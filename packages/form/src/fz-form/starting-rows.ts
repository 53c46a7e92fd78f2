import { fieldKind, objectShape, setAt, join, type Matcher, type Resolver, type SchemaObject } from '@fazhi/core';

/**
 * The answers with every required list that applies now and has no value yet given the rows its
 * `minItems` asks for (an empty row each), so the citizen sees the fields to fill, not an empty
 * list and an "add" button. Returns `data` itself when nothing was added.
 */
export function withStartingRows(root: SchemaObject, data: unknown, resolver: Resolver, matches: Matcher): unknown {
  let out = data;
  const walk = (nodes: SchemaObject[], value: unknown, pointer: string): void => {
    const node = nodes[0];
    if (!node) return;
    const kind = fieldKind(node, resolver);
    if (kind === 'array' && Array.isArray(value)) {
      const items = itemNodes(nodes, resolver);
      value.forEach((row, i) => walk(items, row, join(pointer, i)));
      return;
    }
    if (kind !== 'object') return;
    const bag = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const shape = objectShape(nodes, bag, resolver, matches);
    for (const property of shape.properties) {
      const at = join(pointer, property.name);
      const child = bag[property.name];
      const first = property.nodes[0];
      if (!first || !shape.required.has(property.name)) {
        if (child !== undefined) walk(property.nodes, child, at);
        continue;
      }
      const min = Math.max(0, ...property.nodes.map((n) => (typeof n.minItems === 'number' ? n.minItems : 0)));
      if (child === undefined && fieldKind(first, resolver) === 'array' && min > 0) {
        const items = itemNodes(property.nodes, resolver);
        const isObject = !!items[0] && fieldKind(items[0], resolver) === 'object';
        out = setAt(out, at, Array.from({ length: Math.min(min, 20) }, () => (isObject ? {} : undefined)));
      } else walk(property.nodes, child ?? {}, at);
    }
  };
  walk([root], data, '');
  return out;
}

const itemNodes = (nodes: SchemaObject[], resolver: Resolver): SchemaObject[] =>
  nodes
    .map((n) => (n.items === undefined ? undefined : resolver.deref(n.items)))
    .filter((n): n is SchemaObject => !!n && typeof n === 'object');
