import type { JsonSchema, SchemaObject } from '../../src/types.js';
import { fieldNodes } from '../../src/validate/errors.js';
import type { ResolveRef } from '../../src/validate/refs.js';

/**
 * A small deterministic instance generator for the differential test: a valid-looking instance built
 * from the schema (its `examples`, else synthesised), repaired with the oracle's errors until valid,
 * then mutated one change at a time (drop, wrong type, too long/short, out of range, bad choice,
 * toggled conditions, extra properties, array sizes).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
/** The oracle's errors, reduced to what repair needs. */
export interface OracleError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}
export type Oracle = (data: unknown) => OracleError[];

const FORMAT_SAMPLES: Record<string, string> = {
  date: '2024-01-15',
  email: 'zhang.san@example.cn',
  'cn-id-card': '11010519491231002X',
  'cn-uscc': '91350100M000100Y43',
  'cn-mobile': '13800138000',
  'cn-phone': '0551-62345678',
  'cn-postal-code': '230001',
  'cn-region-code': '340104',
};
const STRING_CANDIDATES = ['张三', '安徽省合肥市蜀山区', 'abc', 'A1', '1234', '123456', 'a/b', 'https://example.cn/a', 'x'];

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
const isObj = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function createGenerator(root: SchemaObject, resolve: ResolveRef, oracle: Oracle) {
  /** Follows `$ref`s (siblings override, enough for generating) and merges `allOf` members in. */
  const flatten = (raw: JsonSchema, doc: SchemaObject, depth = 0): [SchemaObject, SchemaObject] | undefined => {
    if (typeof raw !== 'object' || depth > 20) return undefined;
    let node = raw;
    let at = doc;
    if (node.$ref !== undefined) {
      const [target, targetDoc] = resolve(node.$ref, doc);
      const flat = flatten(target, targetDoc, depth + 1);
      if (!flat) return undefined;
      const { $ref: _ignored, ...siblings } = node;
      node = { ...flat[0], ...siblings };
      at = flat[1];
    }
    if (node.allOf) {
      const merged: SchemaObject = { ...node, allOf: undefined };
      for (const member of node.allOf) {
        const m = flatten(member, at, depth + 1)?.[0];
        if (!m) continue;
        merged.properties = { ...m.properties, ...merged.properties };
        merged.required = [...(merged.required ?? []), ...(m.required ?? [])];
        merged.type ??= m.type;
      }
      node = merged;
    }
    return [node, at];
  };

  const pickString = (node: SchemaObject): string => {
    if (node.format && FORMAT_SAMPLES[node.format]) return FORMAT_SAMPLES[node.format]!;
    const fits = (s: string): boolean =>
      [...s].length >= (node.minLength ?? 0) && [...s].length <= (node.maxLength ?? Infinity) && (!node.pattern || new RegExp(node.pattern, 'u').test(s));
    return STRING_CANDIDATES.find(fits) ?? 'x'.repeat(node.minLength ?? 1);
  };

  const pickNumber = (node: SchemaObject, integer: boolean): number => {
    let n = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : 0);
    if (node.maximum !== undefined && n > node.maximum) n = node.maximum;
    if (node.multipleOf) n = Math.ceil(n / node.multipleOf) * node.multipleOf;
    return integer ? Math.ceil(n) : n;
  };

  /** A value that should satisfy `raw` (when it does not, repair fixes what the oracle names). */
  const generate = (raw: JsonSchema | undefined, doc: SchemaObject, depth = 0): Json | undefined => {
    if (raw === false) return undefined;
    const flat = raw === undefined || raw === true ? undefined : flatten(raw, doc);
    if (!flat) return 'x';
    const [node, at] = flat;
    const examples = (node as { examples?: Json[] }).examples;
    if (examples?.length) return clone(examples[0]!);
    if ('const' in node) return clone(node.const as Json);
    if (node.enum) return clone(node.enum[0] as Json);
    const members = node.oneOf ?? node.anyOf;
    if (members?.length) {
      const { oneOf: _o, anyOf: _a, ...base } = node;
      const first = flatten(members[0]!, at)?.[0];
      return generate({ ...base, ...first, properties: { ...base.properties, ...first?.properties }, required: [...(base.required ?? []), ...(first?.required ?? [])] }, at, depth);
    }
    const type = ([] as string[]).concat(node.type ?? [])[0]
      ?? (node.properties || node.required ? 'object' : node.items ? 'array' : node.minLength !== undefined || node.pattern || node.format ? 'string' : node.minimum !== undefined ? 'number' : 'string');
    switch (type) {
      case 'object': {
        const out: Record<string, Json> = {};
        if (depth > 6) return out;
        for (const [key, sub] of Object.entries(node.properties ?? {})) {
          const value = generate(sub, at, depth + 1);
          if (value !== undefined) out[key] = value;
        }
        return out;
      }
      case 'array': {
        const count = Math.max(node.minItems ?? 0, depth > 6 || node.maxItems === 0 ? 0 : 1);
        return Array.from({ length: count }, () => generate(node.items, at, depth + 1) ?? null);
      }
      case 'integer':
        return pickNumber(node, true);
      case 'number':
        return pickNumber(node, false);
      case 'boolean':
        return true;
      case 'null':
        return null;
      default:
        return pickString(node);
    }
  };

  const parsePath = (data: unknown, pointer: string): Path => {
    const path: Path = [];
    let node = data;
    for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
      const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      const key = Array.isArray(node) ? Number(token) : token;
      path.push(key);
      node = (node as Record<string | number, unknown> | undefined)?.[key];
    }
    return path;
  };

  const setAt = (data: Json, path: Path, value: Json | undefined): Json => {
    if (!path.length) return value ?? null;
    const parent = path.slice(0, -1).reduce<Json | undefined>((n, k) => (n as Record<string | number, Json> | undefined)?.[k], data);
    const key = path[path.length - 1]!;
    if (Array.isArray(parent) && typeof key === 'number') {
      if (value === undefined) parent.splice(key, 1);
      else parent[key] = value;
    } else if (isObj(parent)) {
      if (value === undefined) delete parent[key];
      else parent[key] = value;
    }
    return data;
  };

  /** Fixes what the oracle reports (missing, extra, wrong constant) a few rounds; may stay invalid. */
  const repair = (start: Json): Json => {
    let data = clone(start);
    for (let round = 0; round < 6; round++) {
      const errors = oracle(data);
      if (!errors.length) break;
      let changed = false;
      for (const e of errors) {
        const path = parsePath(data, e.instancePath);
        const missing = e.params['missingProperty'] as string | undefined;
        if ((e.keyword === 'required' || e.keyword === 'dependentRequired') && missing !== undefined) {
          const target = [...path, missing];
          const located = fieldNodes(root, target, resolve);
          const value = generate(located[0]?.[0], located[0]?.[1] ?? root, target.length);
          if (value !== undefined) data = setAt(data, target, value);
        } else if (e.keyword === 'additionalProperties') {
          data = setAt(data, [...path, e.params['additionalProperty'] as string], undefined);
        } else if (e.keyword === 'const') {
          data = setAt(data, path, clone(e.params['allowedValue'] as Json));
        } else if (e.keyword === 'enum') {
          data = setAt(data, path, clone((e.params['allowedValues'] as Json[])[0]!));
        } else if (e.keyword === 'false schema') {
          data = setAt(data, path, undefined);
        } else continue;
        changed = true;
      }
      if (!changed) break;
    }
    return data;
  };

  /** Every place in the data with the schema nodes that describe it. */
  const places = (data: Json): { path: Path; value: Json; nodes: SchemaObject[] }[] => {
    const out: { path: Path; value: Json; nodes: SchemaObject[] }[] = [];
    const walk = (value: Json, path: Path): void => {
      out.push({ path, value, nodes: fieldNodes(root, path, resolve).map(([n]) => n) });
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (isObj(value)) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(data, []);
    return out;
  };

  /** One change each: the ways a citizen (or a bad client) gets a form wrong. */
  const mutations = (data: Json): { kind: string; at: string; data: Json }[] => {
    const out: { kind: string; at: string; data: Json }[] = [];
    const push = (kind: string, path: Path, value: Json | undefined): void => {
      out.push({ kind, at: path.join('/'), data: setAt(clone(data), path, value) });
    };
    for (const { path, value, nodes } of places(data)) {
      const limit = (k: keyof SchemaObject): number[] => nodes.map((n) => n[k]).filter((x): x is number => typeof x === 'number');
      if (path.length) push('drop', path, undefined);
      push('null', path, null);
      push('wrong type', path, typeof value === 'string' ? 42 : typeof value === 'number' ? 'abc' : typeof value === 'boolean' ? 'true' : Array.isArray(value) ? {} : isObj(value) ? [] : 0);
      if (typeof value === 'string') {
        push('empty', path, '');
        push('bad pattern/format', path, `${value} <>`);
        for (const max of limit('maxLength')) push('too long', path, value + '长'.repeat(Math.max(1, max + 1 - [...value].length)));
        for (const min of limit('minLength')) push('too short', path, [...value].slice(0, Math.max(0, min - 1)).join(''));
        push('astral characters', path, '𠮷'.repeat([...value].length || 1));
        if (nodes.some((n) => n.format === 'date')) push('impossible date', path, '2023-02-29');
      }
      if (typeof value === 'number') {
        for (const m of limit('minimum')) push('below minimum', path, m - 1);
        for (const m of limit('maximum')) push('above maximum', path, m + 1);
        for (const m of [...limit('exclusiveMinimum'), ...limit('exclusiveMaximum')]) push('at exclusive bound', path, m);
        push('fraction', path, value + 0.5);
        push('off step', path, value + 0.001);
        push('negative', path, -value - 1);
      }
      if (typeof value === 'boolean') push('toggle', path, !value);
      for (const n of nodes) {
        const options = [...(n.enum ?? []), ...(n.oneOf ?? n.anyOf ?? []).map((m) => (typeof m === 'object' && 'const' in m ? m.const : undefined))];
        for (const option of options) if (option !== undefined && JSON.stringify(option) !== JSON.stringify(value)) push('other choice', path, clone(option as Json));
        if (options.length) push('bad choice', path, 'zzz');
      }
      if (Array.isArray(value)) {
        push('no items', path, []);
        if (value.length) push('duplicate item', path, [...value, clone(value[0]!)]);
        for (const max of limit('maxItems')) if (value.length) push('too many items', path, Array.from({ length: max + 1 }, () => clone(value[0]!)));
      }
      if (isObj(value)) push('extra property', path, { ...clone(value), zzExtra: 1 });
    }
    return out;
  };

  return {
    /** Instances for one root: the valid start, its mutations, and (for toggles and other choices) the
     * repaired instance in the other branch with its own mutations. Deduplicated, in a stable order. */
    instances(): { kind: string; data: Json }[] {
      const seen = new Map<string, { kind: string; data: Json }>();
      const add = (kind: string, data: Json): void => {
        const key = JSON.stringify(data);
        if (!seen.has(key)) seen.set(key, { kind, data });
      };
      const starts = [...((root as { examples?: Json[] }).examples ?? []).map(clone), generate(root, root) ?? null];
      for (const start of starts) {
        add('start', start);
        const valid = repair(start);
        add('repaired', valid);
        const branched = new Map<string, number>();
        for (const m of mutations(valid)) {
          add(m.kind, m.data);
          // Follow the first alternative of each field into its branch (enough to flip every if).
          const times = branched.get(m.at) ?? 0;
          if ((m.kind === 'toggle' || m.kind === 'other choice') && times < 1) {
            branched.set(m.at, times + 1);
            const other = repair(m.data);
            add(`${m.kind}, repaired`, other);
            for (const n of mutations(other)) add(`${m.kind}, then ${n.kind}`, n.data);
          }
        }
      }
      return [...seen.values()];
    },
  };
}
