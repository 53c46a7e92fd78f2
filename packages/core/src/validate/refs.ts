import { createResolver, pointerGet } from '../schema/resolve.js';
import type { JsonSchema, SchemaObject } from '../types.js';

/** A schema node with the document that holds it: `$ref`s inside it resolve against that document. */
export type Located = [node: JsonSchema, doc: SchemaObject];
export type ResolveRef = (ref: string, doc: SchemaObject) => Located;

/**
 * One `$ref` hop. Unlike `Resolver.deref` this keeps `$ref` and its sibling keywords apart (2020-12
 * applies both) and reports the target's document, so `#/$defs/x` inside common.schema.json stays
 * in common.schema.json. Documents are found by `$id` or file name, as `createResolver` registers them.
 */
export function refResolver(root: SchemaObject, shared?: SchemaObject[]): ResolveRef {
  const { byId } = createResolver(root, shared);
  return (ref, doc) => {
    const hash = ref.indexOf('#');
    const path = hash < 0 ? ref : ref.slice(0, hash);
    const target = path ? (byId.get(path) ?? byId.get(path.slice(path.lastIndexOf('/') + 1))) : doc;
    const node = target && (pointerGet(target, hash < 0 ? '' : ref.slice(hash + 1)) as JsonSchema | undefined);
    if (node === undefined || !target) throw new Error(`fazhi: cannot resolve $ref "${ref}"`);
    return [node, target];
  };
}
