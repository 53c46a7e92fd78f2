import type { JsonSchema, SchemaObject } from '../types.js';
import type { Resolver } from './resolve.js';

/** Does `data` satisfy a sub-schema? Supplied by the validator so conditions and validation agree. */
export type Matcher = (node: JsonSchema, data: unknown) => boolean;

export interface ShapeProperty {
  name: string;
  /** Every declaration of the property that applies now (base first, then active branches), dereferenced. */
  nodes: SchemaObject[];
  /** The declarations as written (before `$ref`s are followed), in the order of `nodes`. */
  declared: SchemaObject[];
  /** Declared in the base `properties` (always shown) rather than only inside an active branch. */
  base: boolean;
  /**
   * For a property only a branch declares: the sibling properties it is revealed after (the
   * question that controls the branch, and base fields the branch itself re-declares).
   */
  after?: string[];
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
  const bag = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const { properties, required } = collect(nodes, resolver, {
    applies: (member) => matches(member, value),
    branches: (node) => [matches(node.if!, value) ? node.then : node.else],
    present: (name) => name in bag,
  });
  // Where a revealed field stands does not depend on which branch reveals it now (the first in
  // schema order decides), so answering a question never moves the fields around it.
  const everywhere = collect(nodes, resolver, { applies: () => true, branches: (node) => [node.then, node.else], present: () => true }).properties;
  for (const p of properties.values()) if (!p.base) p.after = everywhere.get(p.name)?.after;
  const order = (p: ShapeProperty): number => {
    const hint = p.nodes.find((n) => typeof n['x-fz-order'] === 'number')?.['x-fz-order'];
    return typeof hint === 'number' ? hint : Number.POSITIVE_INFINITY;
  };
  // Stable sort: explicit x-fz-order first, then declaration order (base before branch).
  const sorted = [...properties.values()].sort((a, b) => order(a) - order(b));
  return { properties: revealInPlace(sorted, order), required };
}

interface BranchChoice {
  /** Does a `oneOf`/`anyOf` object member apply? */
  applies(member: JsonSchema): boolean;
  /** The branches of an `if` node that apply. */
  branches(node: SchemaObject): (JsonSchema | undefined)[];
  /** Is a `dependentSchemas`/`dependentRequired` key present? */
  present(name: string): boolean;
}

/** The declarations and required names of an object's properties, in the branches `choice` picks. */
function collect(nodes: SchemaObject[], resolver: Resolver, choice: BranchChoice) {
  const properties = new Map<string, ShapeProperty>();
  const required = new Set<string>();
  const visit = (raw: JsonSchema | undefined, base: boolean, depth: number, controls: string[]): void => {
    const node = asObject(raw === undefined ? undefined : resolver.deref(raw));
    if (!node || depth > 16) return;
    const entries = Object.entries(node.properties ?? {});
    // A branch is revealed after its controlling question and after any base field it re-declares.
    const after = base ? undefined : [...controls, ...entries.map(([name]) => name).filter((name) => properties.get(name)?.base)];
    for (const [name, sub] of entries) {
      const subNode = asObject(resolver.deref(sub)) ?? {};
      const written = asObject(sub) ?? {};
      const known = properties.get(name);
      if (known) {
        known.nodes.push(subNode);
        known.declared.push(written);
      } else properties.set(name, { name, nodes: [subNode], declared: [written], base, after });
    }
    for (const name of node.required ?? []) required.add(name);
    for (const [name, deps] of Object.entries(node.dependentRequired ?? {})) {
      if (choice.present(name)) for (const dep of deps) required.add(dep);
    }
    for (const [name, sub] of Object.entries(node.dependentSchemas ?? {})) {
      if (choice.present(name)) visit(sub, false, depth + 1, [name]);
    }
    for (const member of node.allOf ?? []) visit(member, base, depth + 1, controls);
    // A oneOf/anyOf of object branches (not a labelled choice): the branches the value matches apply.
    for (const members of [node.oneOf, node.anyOf]) {
      if (!members?.length || isChoiceList(members, resolver)) continue;
      for (const member of members) if (choice.applies(member)) visit(member, false, depth + 1, controls);
    }
    if (node.if !== undefined) for (const branch of choice.branches(node)) visit(branch, false, depth + 1, namesIn(node.if, resolver));
  };
  for (const node of nodes) visit(node, true, 0, []);
  return { properties, required };
}

/**
 * GOV.UK conditional reveal: a property only a branch declares stands right after the question
 * that controls the branch (and after base fields the branch re-declares), not at the end, so
 * reading and Tab order go from the question to what it revealed. An explicit x-fz-order keeps
 * its place; fields revealed together keep their declaration order.
 */
function revealInPlace(sorted: ShapeProperty[], order: (p: ShapeProperty) => number): ShapeProperty[] {
  const moves = (p: ShapeProperty) => !p.base && !!p.after?.length && order(p) === Number.POSITIVE_INFINITY;
  const out = sorted.filter((p) => !moves(p));
  for (const p of sorted.filter(moves)) {
    let at = Math.max(...p.after!.map((name) => out.findIndex((q) => q.name === name)));
    if (at < 0) {
      out.push(p);
      continue;
    }
    while (at + 1 < out.length && moves(out[at + 1]!) && same(out[at + 1]!.after!, p.after!)) at++;
    out.splice(at + 1, 0, p);
  }
  return out;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The properties an `if` looks at: those it constrains or requires. */
function namesIn(condition: JsonSchema, resolver: Resolver): string[] {
  const node = asObject(resolver.deref(condition));
  if (!node) return [];
  const names = [...Object.keys(node.properties ?? {}), ...(node.required ?? [])];
  for (const member of node.allOf ?? []) names.push(...namesIn(member, resolver));
  return [...new Set(names)];
}

const isChoiceList = (members: JsonSchema[], resolver: Resolver): boolean =>
  members.every((m) => {
    const node = asObject(resolver.deref(m));
    return !!node && 'const' in node;
  });

/**
 * A `oneOf`/`anyOf` whose members are all `const` (+ `title`), or an `enum`: the options to offer.
 * `pointer` (the field's) names an option whose title is not text in the warning.
 */
export function choicesOf(node: SchemaObject, resolver: Resolver, pointer = ''): Choice[] | undefined {
  const members = node.oneOf ?? node.anyOf;
  if (members?.length) {
    const resolved = members.map((m) => asObject(resolver.deref(m)));
    if (resolved.every((m) => m && 'const' in m)) {
      return resolved.map((m, i) => ({
        value: m!.const,
        title: textOf(m!.title, `the title of option ${i + 1} at ${pointer || '/'}`) ?? String(m!.const),
        description: textOf(m!.description, `the description of option ${i + 1} at ${pointer || '/'}`),
      }));
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

const warned = new Set<string>();

/**
 * A text annotation (title, description, hint, placeholder): any other value, a county's slip or a
 * crafted object, is ignored as if absent, with one warning naming where it was.
 */
export function textOf(value: unknown, where: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (!warned.has(where)) {
    warned.add(where);
    console.warn(`fazhi: ${where} is not text; it is ignored`);
  }
  return undefined;
}

const isAnnotationKey = (key: string) => key === 'title' || key === 'description' || key.startsWith('x-fz-');

/**
 * The annotations in effect on a property now: those written on its declarations, the latest
 * active branch first (a `then` hint for a resident identity number replaces the base's while the
 * branch applies), then those of the definitions the declarations `$ref`, base first.
 */
export function shownAnnotations(property: Pick<ShapeProperty, 'nodes' | 'declared'>): SchemaObject {
  const out: Record<string, unknown> = {};
  const take = (node: SchemaObject) => {
    // The hint is one slot: a branch's description replaces a base x-fz-help, and the reverse.
    const hinted = 'description' in out || 'x-fz-help' in out;
    for (const [key, value] of Object.entries(node)) {
      if (value === undefined || !isAnnotationKey(key) || key in out) continue;
      if (hinted && (key === 'description' || key === 'x-fz-help')) continue;
      out[key] = value;
    }
  };
  for (const node of [...property.declared].reverse()) take(node);
  for (const node of property.nodes) take(node);
  return out as SchemaObject;
}
