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
  if (pointer === '' || pointer === '/') return doc;
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
  for (const doc of [root, ...shared]) {
    if (!doc.$id) continue;
    byId.set(doc.$id, doc);
    byId.set(fileOf(doc.$id), doc);
  }
  const docFor = (ref: string, base: SchemaObject): SchemaObject | undefined => {
    const hash = ref.indexOf('#');
    const path = hash < 0 ? ref : ref.slice(0, hash);
    if (!path) return base;
    return byId.get(path) ?? byId.get(fileOf(path));
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
      // Sibling keywords next to $ref (2020-12 allows them) override the target's annotations.
      const { $ref: _ref, ...siblings } = current;
      current = typeof resolved === 'object' && Object.keys(siblings).length ? { ...resolved, ...siblings } : resolved;
      doc = target;
    }
    return current;
  };
  return { deref, root, byId };
}

export { pointerGet };
