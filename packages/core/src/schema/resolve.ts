import type { JsonSchema, SchemaObject } from '../types.js';

/** Resolves `$ref`s against a root schema and any shared schemas known by `$id` (e.g. common.schema.json). */
export interface Resolver {
  /** The node itself, or the node its `$ref` points to (followed until a node without `$ref`). */
  deref(node: JsonSchema, base?: SchemaObject): JsonSchema;
  /** The schema document that holds a node reached through `deref` (for resolving refs inside it). */
  root: SchemaObject;
  byId: Map<string, SchemaObject>;
}

function fileOf(id: string): string {
  const hash = id.indexOf('#');
  const path = hash < 0 ? id : id.slice(0, hash);
  return path.slice(path.lastIndexOf('/') + 1);
}

function pointerGet(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  return pointer
    .slice(1)
    .split('/')
    .map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);
}

/**
 * Builds a resolver. `$ref` forms understood: `#/$defs/x` (same document), `common.schema.json#/$defs/x`
 * or an absolute `$id` URL with a fragment (a shared document known by `$id` or by its file name).
 */
export function createResolver(root: SchemaObject, shared: SchemaObject[] = []): Resolver {
  const byId = new Map<string, SchemaObject>();
  // What deref reads: a shared document's own `#/…` refs made absolute once, so they resolve in
  // that document wherever the node holding them is reached from. `byId` keeps the originals.
  const readable = new Map<string, SchemaObject>();
  for (const doc of [root, ...shared]) {
    if (!doc.$id) continue;
    const copy = doc === root ? doc : (absolutise(doc, doc.$id) as SchemaObject);
    for (const key of [doc.$id, fileOf(doc.$id)]) {
      byId.set(key, doc);
      readable.set(key, copy);
    }
  }
  const docFor = (ref: string, base: SchemaObject): SchemaObject | undefined => {
    const hash = ref.indexOf('#');
    const path = hash < 0 ? ref : ref.slice(0, hash);
    if (!path) return base;
    return readable.get(path) ?? readable.get(fileOf(path));
  };
  const deref = (node: JsonSchema, base: SchemaObject = root): JsonSchema => {
    let current = node;
    let doc = base;
    for (let hops = 0; typeof current === 'object' && current.$ref; hops++) {
      if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
      const ref = current.$ref;
      const target = docFor(ref, doc);
      if (!target) throw new Error(`Unknown schema in $ref: ${ref}`);
      const hash = ref.indexOf('#');
      const resolved = pointerGet(target, hash < 0 ? '' : ref.slice(hash + 1)) as JsonSchema | undefined;
      if (resolved === undefined) throw new Error(`Unresolvable $ref: ${ref}`);
      current = withSiblings(resolved, current);
      doc = target;
    }
    return current;
  };
  return { deref, root, byId };
}

/** Keywords beside a `$ref` that only describe (they override the target's); the rest also apply. */
const isAnnotation = (key: string) => key === 'title' || key === 'description' || key === 'default' || key === '$comment' || key.startsWith('x-fz-');

/**
 * 2020-12 applies a `$ref` and its sibling keywords both: annotations override the target's, and
 * sibling constraints (an overlay's added property, a tighter maxLength) join it as an `allOf`
 * member, so neither the target's fields nor the sibling's are lost.
 */
function withSiblings(resolved: JsonSchema, holder: SchemaObject): JsonSchema {
  const { $ref: _ref, ...siblings } = holder;
  const keys = Object.keys(siblings);
  if (!keys.length || typeof resolved !== 'object') return resolved;
  const annotations = Object.fromEntries(keys.filter(isAnnotation).map((k) => [k, (siblings as Record<string, unknown>)[k]]));
  const rest = Object.fromEntries(keys.filter((k) => !isAnnotation(k)).map((k) => [k, (siblings as Record<string, unknown>)[k]]));
  const merged: SchemaObject = { ...resolved, ...annotations };
  if (Object.keys(rest).length) merged.allOf = [...(resolved.allOf ?? []), rest as SchemaObject];
  return merged;
}

/** A copy of a document whose same-document refs (`#/…`) name the document (`<id>#/…`). */
function absolutise(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((n) => absolutise(n, id));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${id}${value}` : absolutise(value, id)]),
  );
}

export { pointerGet };
