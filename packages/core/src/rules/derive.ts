import { createResolver, type Resolver } from '../schema/resolve.js';
import { withinLimits } from '../schema/limits.js';
import type { JsonSchema, SchemaObject } from '../types.js';
import { evaluate, type RuleEnv } from './evaluate.js';
import { RuleSyntaxError, assertExpression } from './syntax.js';

/** `x-fz-derive` on a property: its value is computed from its siblings and shown read-only. */
export interface DeriveSpec {
  expr: unknown;
  /**
   * When the expression has no value (e.g. no valid identity number yet): `clear` (default) removes
   * the property; `keep` leaves what the person typed (a birth date for a passport holder).
   */
  whenUnknown?: 'clear' | 'keep';
}

const MAX_DEPTH = 32;
const MAX_PASSES = 4;
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const checked = new WeakSet<object>();

/** Throws a RuleSyntaxError unless `spec` is a well-formed `x-fz-derive` value. */
export function assertDerive(spec: unknown, where = '#/x-fz-derive'): asserts spec is DeriveSpec {
  if (isPlainObject(spec) && checked.has(spec)) return;
  if (!isPlainObject(spec) || !('expr' in spec)) throw new RuleSyntaxError(where, 'x-fz-derive must be { "expr": … }');
  const unknown = Object.keys(spec).filter((k) => k !== 'expr' && k !== 'whenUnknown' && k !== 'description');
  if (unknown.length) throw new RuleSyntaxError(where, `unknown x-fz-derive key(s): ${unknown.join(', ')}`);
  if (spec.whenUnknown !== undefined && spec.whenUnknown !== 'clear' && spec.whenUnknown !== 'keep') {
    throw new RuleSyntaxError(`${where}/whenUnknown`, 'whenUnknown is "clear" or "keep"');
  }
  assertExpression(spec.expr, `${where}/expr`);
  checked.add(spec);
}

/** A resolver that follows what it can and leaves unresolvable `$ref`s alone. */
function safeDeref(resolver: Resolver, node: JsonSchema): SchemaObject | undefined {
  try {
    const target = resolver.deref(node);
    return typeof target === 'object' ? target : undefined;
  } catch {
    return undefined;
  }
}

/** Every node that speaks about the same data location: the node, its allOf/anyOf/oneOf members and all branches. */
function collect(resolver: Resolver, raw: JsonSchema, out: SchemaObject[], depth: number): void {
  const node = safeDeref(resolver, raw);
  if (!node || out.includes(node) || depth > MAX_DEPTH) return;
  out.push(node);
  const subs: JsonSchema[] = [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])];
  if (node.then !== undefined) subs.push(node.then);
  if (node.else !== undefined) subs.push(node.else);
  subs.push(...Object.values(node.dependentSchemas ?? {}));
  for (const sub of subs) collect(resolver, sub, out, depth + 1);
}

function walk(resolver: Resolver, raw: JsonSchema[], value: unknown, env: RuleEnv, depth: number): unknown {
  if (depth > MAX_DEPTH || (value === null || typeof value !== 'object')) return value;
  const nodes: SchemaObject[] = [];
  for (const node of raw) collect(resolver, node, nodes, 0);
  if (Array.isArray(value)) {
    const listing = nodes.filter((n) => n.items !== undefined);
    // An array longer than every declaration allows is refused whole: nothing inside it is derived.
    if (!listing.length || listing.every((n) => !withinLimits(n)(value))) return value;
    return value.map((item) => walk(resolver, listing.map((n) => n.items!), item, env, depth + 1));
  }
  const properties = new Map<string, JsonSchema[]>();
  for (const node of nodes) {
    for (const [name, sub] of Object.entries(node.properties ?? {})) {
      const list = properties.get(name);
      if (list) list.push(sub);
      else properties.set(name, [sub]);
    }
  }
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const derived: [string, DeriveSpec][] = [];
  for (const [name, subs] of properties) {
    const spec = subs.map((s) => safeDeref(resolver, s)?.['x-fz-derive']).find((s) => s !== undefined);
    if (spec !== undefined) {
      assertDerive(spec, `x-fz-derive of "${name}"`);
      derived.push([name, spec]);
    } else if (Object.hasOwn(out, name)) {
      out[name] = walk(resolver, subs, out[name], env, depth + 1);
    }
  }
  // A derived value may feed another (birth date → age), so repeat until nothing changes.
  for (let pass = 0; pass < MAX_PASSES && derived.length; pass++) {
    let changed = false;
    for (const [name, spec] of derived) {
      const result = evaluate(spec.expr, out, env);
      const before = out[name];
      if (result === null || (typeof result === 'number' && !Number.isFinite(result))) {
        if (spec.whenUnknown !== 'keep') delete out[name];
      } else {
        out[name] = result;
      }
      if (JSON.stringify(before) !== JSON.stringify(out[name])) changed = true;
    }
    if (!changed) break;
  }
  return out;
}

/**
 * Returns a copy of `data` with every `x-fz-derive` property recomputed from its siblings (the
 * derived value always wins over what was sent). Branch-only properties are derived whenever
 * their parent object exists; pruning afterwards drops the ones whose branch does not apply.
 * Settings come from the root schema's `x-fz-settings`.
 */
export function applyDerive(schema: SchemaObject, data: unknown, resolver?: Resolver, env: Omit<RuleEnv, 'settings'> & { settings?: Record<string, unknown> } = {}): unknown {
  const settings = env.settings ?? (isPlainObject(schema['x-fz-settings']) ? (schema['x-fz-settings'] as Record<string, unknown>) : undefined);
  return walk(resolver ?? createResolver(schema), [schema], data, { ...env, settings }, 0);
}
