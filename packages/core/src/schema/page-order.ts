import type { SchemaObject } from '../types.js';
import { join, tokens } from './pointer.js';
import type { Resolver } from './resolve.js';
import { fieldKind, objectShape, type Matcher } from './shape.js';

/**
 * Sorts pointers in the order their fields stand on the page: the root's fields in `x-fz-steps`
 * order, every object's properties as the form lays them out (`x-fz-order`, then declaration,
 * base before branch), array items by index. Pointers the layout does not know go last.
 */
export function sortByPage<T extends { pointer: string }>(items: T[], root: SchemaObject, data: unknown, resolver: Resolver, matches: Matcher): T[] {
  if (items.length < 2) return items;
  // One layout per object on the way: errors under the same object share it.
  const layouts = new Map<string, { names: string[]; nodes: Map<string, SchemaObject[]> }>();
  const layoutOf = (at: string, nodes: SchemaObject[], value: unknown) => {
    let layout = layouts.get(at);
    if (!layout) {
      const properties = objectShape(nodes, value, resolver, matches).properties;
      const names = properties.map((p) => p.name);
      const steps = at === '' ? root['x-fz-steps'] : undefined;
      if (Array.isArray(steps)) {
        const listed = steps.flatMap((s: { fields?: unknown }) => (Array.isArray(s.fields) ? s.fields : [])) as string[];
        names.sort((a, b) => rankIn(listed, a) - rankIn(listed, b));
      }
      layout = { names, nodes: new Map(properties.map((p) => [p.name, p.nodes])) };
      layouts.set(at, layout);
    }
    return layout;
  };
  const keyOf = (pointer: string): number[] => {
    const key: number[] = [];
    let nodes = [root];
    let value = data;
    let at = '';
    for (const token of tokens(pointer)) {
      if (nodes.length && fieldKind(nodes[0]!, resolver) === 'object') {
        const layout = layoutOf(at, nodes, value);
        key.push(rankIn(layout.names, token));
        nodes = layout.nodes.get(token) ?? [];
      } else {
        key.push(/^\d+$/.test(token) ? Number(token) : Number.MAX_SAFE_INTEGER);
        nodes = nodes.map((n) => (n.items === undefined ? undefined : resolver.deref(n.items))).filter((n): n is SchemaObject => !!n && typeof n === 'object');
      }
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[token] : undefined;
      at = join(at, token);
    }
    return key;
  };
  const keys = new Map(items.map((item) => [item, keyOf(item.pointer)]));
  return [...items].sort((a, b) => compare(keys.get(a)!, keys.get(b)!));
}

const rankIn = (list: string[], name: string): number => {
  const i = list.indexOf(name);
  return i < 0 ? list.length : i;
};

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
