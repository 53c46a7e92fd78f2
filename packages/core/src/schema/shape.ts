import type { JsonSchema, SchemaObject } from '../types.js';
import type { Resolver } from './resolve.js';

/** Does `data` satisfy a sub-schema? Supplied by the validator so conditions and validation agree. */
export type Matcher = (node: JsonSchema, data: unknown) => boolean;

export interface ShapeProperty {
  name: string;
  /** Every declaration of the property that applies now (base first, then active branches), dereferenced. */
  nodes: SchemaObject[];
  /** Declared in the base `properties` (always shown) rather than only inside an active branch. */
  base: boolean;
}

export interface ObjectShape {
  properties: ShapeProperty[];
  required: Set<string>;
}

export interface Choice {
  value: unknown;
  title: string;
  description?: string;
}

const asObject = (node: JsonSchema | undefined): SchemaObject | undefined =>
  node && typeof node === 'object' ? node : undefined;

/**
 * The properties and required names of an object that apply to `value` now. One idiom (DESIGN):
 * base `properties` always apply; a property declared only in a `then`/`else`/`dependentSchemas`
 * branch applies while that branch does. `allOf` members are read as part of the object.
 */
export function objectShape(nodes: SchemaObject[], value: unknown, resolver: Resolver, matches: Matcher): ObjectShape {
  const properties = new Map<string, ShapeProperty>();
  const required = new Set<string>();
  const bag = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

  const visit = (raw: JsonSchema | undefined, base: boolean, depth: number): void => {
    const node = asObject(raw === undefined ? undefined : resolver.deref(raw));
    if (!node || depth > 16) return;
    for (const [name, sub] of Object.entries(node.properties ?? {})) {
      const subNode = asObject(resolver.deref(sub)) ?? {};
      const known = properties.get(name);
      if (known) known.nodes.push(subNode);
      else properties.set(name, { name, nodes: [subNode], base });
    }
    for (const name of node.required ?? []) required.add(name);
    for (const [name, deps] of Object.entries(node.dependentRequired ?? {})) {
      if (name in bag) for (const dep of deps) required.add(dep);
    }
    for (const [name, sub] of Object.entries(node.dependentSchemas ?? {})) {
      if (name in bag) visit(sub, false, depth + 1);
    }
    for (const member of node.allOf ?? []) visit(member, base, depth + 1);
    // A oneOf/anyOf of object branches (not a labelled choice): the branches the value matches apply.
    for (const members of [node.oneOf, node.anyOf]) {
      if (!members?.length || isChoiceList(members, resolver)) continue;
      for (const member of members) if (matches(member, value)) visit(member, false, depth + 1);
    }
    if (node.if !== undefined) visit(matches(node.if, value) ? node.then : node.else, false, depth + 1);
  };
  for (const node of nodes) visit(node, true, 0);

  const ordered = [...properties.values()];
  const order = (p: ShapeProperty): number => {
    const hint = p.nodes.find((n) => typeof n['x-fz-order'] === 'number')?.['x-fz-order'];
    return typeof hint === 'number' ? hint : Number.POSITIVE_INFINITY;
  };
  // Stable sort: explicit x-fz-order first, then declaration order (base before branch).
  ordered.sort((a, b) => order(a) - order(b));
  return { properties: ordered, required };
}

const isChoiceList = (members: JsonSchema[], resolver: Resolver): boolean =>
  members.every((m) => {
    const node = asObject(resolver.deref(m));
    return !!node && 'const' in node;
  });

/** A `oneOf`/`anyOf` whose members are all `const` (+ `title`), or an `enum`: the options to offer. */
export function choicesOf(node: SchemaObject, resolver: Resolver): Choice[] | undefined {
  const members = node.oneOf ?? node.anyOf;
  if (members?.length) {
    const resolved = members.map((m) => asObject(resolver.deref(m)));
    if (resolved.every((m) => m && 'const' in m)) {
      return resolved.map((m) => ({ value: m!.const, title: m!.title ?? String(m!.const), description: m!.description }));
    }
  }
  if (node.enum) return node.enum.map((value) => ({ value, title: String(value) }));
  return undefined;
}

export type FieldKind = 'object' | 'array' | 'multichoice' | 'choice' | 'boolean' | 'number' | 'integer' | 'string' | 'file';

/** What kind of control a (dereferenced) node needs. */
export function fieldKind(node: SchemaObject, resolver: Resolver): FieldKind {
  const widget = node['x-fz-widget'];
  if (widget === 'file') return 'file';
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
  if (type === 'array') {
    const items = asObject(node.items === undefined ? undefined : resolver.deref(node.items));
    if (items && choicesOf(items, resolver)) return 'multichoice';
    return 'array';
  }
  if (choicesOf(node, resolver) && type !== 'boolean') return 'choice';
  if (type === 'object' || (!type && node.properties)) return 'object';
  if (type === 'boolean' || typeof node.const === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  return 'string';
}

/** The first value of an annotation across a property's declarations (base wins over branches). */
export function annotation<T = unknown>(nodes: SchemaObject[], key: keyof SchemaObject): T | undefined {
  for (const node of nodes) if (node[key] !== undefined) return node[key] as T;
  return undefined;
}
