import * as z from 'zod/mini';
import { assertRules, checkRules } from '../rules/index.js';
import type { FieldError, FormatDef, FormatIssue, JsonSchema, Locale, SchemaObject } from '../types.js';
import { withinLimits } from '../schema/limits.js';
import { equal, has } from './equal.js';
import type { ResolveRef } from './refs.js';

export type Path = (string | number)[];

/** One failure as the checks record it; `errors.ts` turns the ones worth showing into FieldErrors. */
export interface Issue {
  /** The keyword that failed (`required`, `minLength`, `format`…). */
  k: string;
  /** Absolute data path of the value that must change. */
  path: Path;
  /** The node holding the keyword, when it describes the value at `path` (not for `required`). */
  n?: SchemaObject;
  /** The keyword's limit (`minLength` → 2), or the format name for `format`. */
  l?: unknown;
  /** Message key when it differs from the keyword (a labelled choice reports `enum`). */
  m?: string;
  /** A custom format's own issue and definition. */
  c?: FormatIssue;
  d?: FormatDef;
  /** A ready-made error (from `x-fz-rules`). */
  e?: FieldError;
  continue?: boolean;
  inst?: object;
}

/** Runs a compiled node on a value at the current path; `[]` when it matches. */
export type Runner = (value: unknown) => Issue[];
type Z = z.ZodMiniType;
type Payload = { value: unknown; issues: unknown[] };
type Check = (p: Payload) => void;

export interface CompileOptions {
  resolve: ResolveRef;
  formats: Record<string, FormatDef>;
  locale: Locale;
  /** The root schema's `x-fz-settings` (county values), readable by rules as `{ "setting": … }`. */
  settings?: Record<string, unknown>;
}

/** Keywords outside the documented subset: refusing them beats validating half of what a schema says. */
const UNSUPPORTED = ('prefixItems contains minContains maxContains patternProperties propertyNames minProperties ' +
  'maxProperties unevaluatedProperties unevaluatedItems additionalItems dependencies $anchor $dynamicRef ' +
  '$dynamicAnchor $recursiveRef $recursiveAnchor').split(' ');

/** Built-in `date` and `email`, used when the caller's `formats` has none of that name. */
const BUILTIN_FORMATS: Record<string, (value: string) => boolean> = {
  date: (value) => {
    const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
    if (!m) return false;
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d > 0 && d <= (mo === 2 ? (leap ? 29 : 28) : mo > 0 && mo < 13 ? 30 + ((mo + (mo >> 3)) & 1) : 0);
  },
  email: (value) => EMAIL.test(value),
};
const EMAIL = /^(?:[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*|"(?:[^"\\\r\n]|\\.)*")@(?:(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z\d](?:[a-z\d-]*[a-z\d])?|\[(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?!\])|\])){4}|\[IPv6:[\da-f:.]+\])$/i;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (p: { value: unknown }): boolean => typeof p.value === 'string';
const isNum = (p: { value: unknown }): boolean => typeof p.value === 'number';
const isArr = (p: { value: unknown }): boolean => Array.isArray(p.value);
/**
 * JSON Schema applies `minLength`, `minimum`… only to values of their type. zod checks accept a
 * `when` guard at run time (their public params type leaves it out).
 */
const when = (guard: (p: { value: unknown }) => boolean) => ({ when: guard }) as {};

/** The JSON type names zod/mini checks natively; the rest are tested by `isType`. */
const NATIVE_TYPES: Record<string, () => Z> = { string: z.string, number: z.number, boolean: z.boolean, null: z.null };
const TYPE_NAMES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'];
/**
 * JSON Schema's type test. `integer` is any whole number (zod's `int` stops at 2^53), and `array`
 * / `object` need only a test, not zod's parsers that rebuild the value (and weigh 1.7 KB gzip).
 */
const isType = (t: string, v: unknown): boolean =>
  t === 'integer' ? Number.isInteger(v) : t === 'array' ? Array.isArray(v) : t === 'object' ? isObj(v) : t === 'null' ? v === null : typeof v === t;

/** JSON Schema keywords that zod/mini checks natively, each with the type it applies to. */
const NATIVE_CHECKS: [keyof SchemaObject, (limit: number, params: {}) => z.core.$ZodCheck<never>, (p: { value: unknown }) => boolean][] = [
  ['minLength', z.minLength, isStr],
  ['maxLength', z.maxLength, isStr],
  ['minimum', z.gte, isNum],
  ['maximum', z.lte, isNum],
  ['exclusiveMinimum', z.gt, isNum],
  ['exclusiveMaximum', z.lt, isNum],
  ['multipleOf', z.multipleOf, isNum],
  ['minItems', z.minLength, isArr],
  ['maxItems', z.maxLength, isArr],
];

/** Native zod checks report their own issue shape; this maps each back to the JSON Schema keyword. */
const meta = new WeakMap<object, [keyword: string, limit: unknown]>();
const tag = <T extends object>(check: T, keyword: string, limit?: unknown): T => (meta.set(check, [keyword, limit]), check);
const CTX = { async: false } as z.core.ParseContext<z.core.$ZodIssue>;

/**
 * Compiles JSON Schema nodes into zod/mini schemas, once per node. What zod checks natively (types,
 * lengths in code points, bounds, multipleOf, regex) is zod; the structural keywords are zod/mini
 * `check` hooks that run sub-schemas and record issues with absolute paths.
 */
export function createCompiler(options: CompileOptions) {
  const cache = new WeakMap<object, Z>();
  /** The document each compiled node came from, so `matches` on a node of a shared doc resolves its refs there. */
  const docs = new WeakMap<object, SchemaObject>();
  const compiling = new Set<object>();
  /** Data path of the value being checked; pushed and popped as checks descend into properties and items. */
  let at: Path = [];

  const run = (schema: Z, node: JsonSchema, value: unknown): Issue[] => {
    const issues = (schema._zod.run({ value, issues: [] }, CTX) as unknown as Payload).issues as Issue[];
    for (const issue of issues) {
      if (!issue.k) {
        const m = issue.inst && meta.get(issue.inst);
        issue.k = m ? m[0] : 'type';
        issue.l = m?.[1];
        if (typeof node === 'object') issue.n = node;
        issue.path = at.slice();
      }
      // A sub-schema's failures must not stop the parent's other checks (zod aborts on `continue` unset).
      issue.continue = true;
    }
    return issues;
  };

  const add = (p: Payload, issue: Omit<Issue, 'path'> & { path?: Path }): void => {
    p.issues.push({ path: at.slice(), ...issue, continue: true });
  };
  const addAll = (p: Payload, issues: Issue[]): void => {
    for (const issue of issues) p.issues.push(issue);
  };
  /** Runs a child value (a property or an item) one step below the current path. */
  const below = (p: Payload, runner: Runner, value: unknown, key: string | number): void => {
    at.push(key);
    addAll(p, runner(value));
    at.pop();
  };

  const runner = (node: JsonSchema, doc: SchemaObject): Runner => {
    const schema = compile(node, doc);
    return (value) => run(schema, node, value);
  };

  const compile = (node: JsonSchema, doc: SchemaObject): Z => {
    if (node === true) return z.unknown();
    if (node === false) return tag(z.never(), 'false');
    let schema = cache.get(node);
    if (schema) return schema;
    for (const keyword of UNSUPPORTED) {
      if (keyword in node) throw new Error(`fazhi: JSON Schema keyword "${keyword}" is not supported`);
    }
    if (node.$id !== undefined && node !== doc) throw new Error('fazhi: "$id" inside a schema is not supported');
    compiling.add(node);
    docs.set(node, doc);

    const sub = (n: JsonSchema): Runner => runner(n, doc);
    const checks: (Check | z.core.$ZodCheck<never>)[] = [];
    const types = node.type === undefined ? [] : ([] as string[]).concat(node.type);
    for (const t of types) if (!TYPE_NAMES.includes(t)) throw new Error(`fazhi: unknown type "${t}"`);
    const native = types.length === 1 ? NATIVE_TYPES[types[0]!] : undefined;
    const base: Z = native ? native() : z.unknown();
    if (types.length && !native) {
      // Like a failed zod type, a wrong type stops the node's other checks (continue: false).
      checks.push((p) => types.some((t) => isType(t, p.value)) || p.issues.push({ k: 'type', n: node, path: at.slice(), continue: false }));
    }

    if ('const' in node) {
      const value = node.const;
      checks.push((p) => equal(p.value, value) || add(p, { k: 'const', n: node }));
    }
    if (node.enum) {
      const list = node.enum;
      checks.push((p) => list.some((x) => equal(p.value, x)) || add(p, { k: 'enum', n: node }));
    }

    // Lengths (in code points for strings, as JSON Schema and zod/mini count), bounds, multipleOf, pattern.
    for (const [keyword, make, guard] of NATIVE_CHECKS) {
      const limit = node[keyword];
      if (limit !== undefined) checks.push(tag(make(limit as never, when(guard)), keyword, limit));
    }
    // A value already over its size limit gets that one error: its contents are not examined, so an
    // oversized body costs no more than a fitting one (and cannot flood the answer with errors).
    const fits = withinLimits(node);
    const fitting = (p: { value: unknown }) => fits(p.value);
    if (node.pattern !== undefined) checks.push(tag(z.regex(new RegExp(node.pattern, 'u'), when((p) => isStr(p) && fitting(p))), 'pattern'));
    const format = node.format;
    const def = format === undefined ? undefined : options.formats[format];
    const builtin = format === undefined ? undefined : BUILTIN_FORMATS[format];
    if (def) {
      checks.push((p) => {
        const found = typeof p.value === 'string' && fitting(p) && def.check(p.value);
        if (found) add(p, { k: 'format', n: node, l: format, c: found, d: def });
      });
    } else if (builtin) {
      checks.push((p) => typeof p.value !== 'string' || !fitting(p) || builtin(p.value) || add(p, { k: 'format', n: node, l: format }));
    } // any other format is an annotation, as in JSON Schema 2020-12

    if (node.uniqueItems) {
      checks.push((p) => {
        const list = p.value;
        if (Array.isArray(list) && fitting(p) && list.some((x, i) => list.some((y, j) => j > i && equal(x, y)))) add(p, { k: 'uniqueItems', n: node });
      });
    }
    if (node.items !== undefined) {
      const item = sub(node.items);
      checks.push((p) => Array.isArray(p.value) && fitting(p) && p.value.forEach((x, i) => below(p, item, x, i)));
    }

    // Objects. `required` is checked in declaration order with `properties`, so errors come in form order.
    const props = new Map(Object.entries(node.properties ?? {}).map(([k, s]) => [k, sub(s)]));
    const required = node.required ?? [];
    if (props.size || required.length) {
      const extraRequired = required.filter((k) => !props.has(k));
      checks.push((p) => {
        const obj = p.value;
        if (!isObj(obj)) return;
        for (const [k, r] of props) {
          if (has(obj, k)) below(p, r, obj[k], k);
          else if (required.includes(k)) add(p, { k: 'required', path: [...at, k] });
        }
        for (const k of extraRequired) if (!has(obj, k)) add(p, { k: 'required', path: [...at, k] });
      });
    }
    const additional = node.additionalProperties;
    if (additional !== undefined) {
      const r = additional === false ? undefined : sub(additional);
      checks.push((p) => {
        const obj = p.value;
        if (!isObj(obj)) return;
        for (const k of Object.keys(obj)) {
          if (props.has(k) || obj[k] === undefined) continue;
          if (r) below(p, r, obj[k], k);
          else add(p, { k: 'additionalProperties', path: [...at, k] });
        }
      });
    }
    const dependentRequired = Object.entries(node.dependentRequired ?? {});
    if (dependentRequired.length) {
      checks.push((p) => {
        const obj = p.value;
        if (!isObj(obj)) return;
        for (const [k, deps] of dependentRequired) {
          if (has(obj, k)) for (const d of deps) if (!has(obj, d)) add(p, { k: 'dependentRequired', path: [...at, d] });
        }
      });
    }
    const dependentSchemas = Object.entries(node.dependentSchemas ?? {}).map(([k, s]) => [k, sub(s)] as const);
    if (dependentSchemas.length) {
      checks.push((p) => {
        const obj = p.value;
        if (isObj(obj)) for (const [k, r] of dependentSchemas) if (has(obj, k)) addAll(p, r(obj));
      });
    }
    const rules = node['x-fz-rules'];
    if (rules !== undefined) {
      assertRules(rules); // a malformed rule fails when the schema is compiled, not on a citizen's submit
      checks.push((p) => {
        if (isObj(p.value)) for (const e of checkRules(rules, p.value, { pointer: pointerOf(at), locale: options.locale, settings: options.settings })) add(p, { k: 'rule', e });
      });
    }

    // Combinators.
    if (node.allOf) {
      const all = node.allOf.map(sub);
      checks.push((p) => all.forEach((r) => addAll(p, r(p.value))));
    }
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const members = node[keyword];
      if (!members) continue;
      const consts = constsOf(members, doc, options.resolve);
      if (consts) {
        // A labelled choice: members are plain constants, so count equal ones instead of compiling each.
        checks.push((p) => {
          const n = consts.filter((c) => equal(p.value, c)).length;
          if (keyword === 'anyOf' ? !n : n !== 1) add(p, { k: keyword, n: node, m: n ? undefined : 'enum' });
        });
        continue;
      }
      const branches = members.map(sub);
      const choice = isChoice(members, doc, options.resolve);
      checks.push((p) => {
        let passed = 0;
        const failures: Issue[][] = [];
        for (const r of branches) {
          const issues = r(p.value);
          if (issues.length) failures.push(issues);
          else if (++passed > 1 || keyword === 'anyOf') break;
        }
        if (passed === 1 || (passed && keyword === 'anyOf')) return;
        // Otherwise: a labelled choice says "choose one"; branches show the errors of the closest branch.
        const fewest = Math.min(...failures.map((f) => f.length));
        const closest = failures.filter((f) => f.length === fewest);
        if (passed || choice || closest.length !== 1) add(p, { k: keyword, n: node, m: choice && !passed ? 'enum' : undefined });
        else addAll(p, closest[0]!);
      });
    }
    if (node.not !== undefined) {
      const not = sub(node.not);
      checks.push((p) => not(p.value).length > 0 || add(p, { k: 'not', n: node }));
    }
    if (node.if !== undefined && (node.then !== undefined || node.else !== undefined)) {
      const test = sub(node.if);
      const then = node.then === undefined ? undefined : sub(node.then);
      const otherwise = node.else === undefined ? undefined : sub(node.else);
      checks.push((p) => {
        const branch = test(p.value).length ? otherwise : then;
        if (branch) addAll(p, branch(p.value));
      });
    }
    if (node.$ref !== undefined) {
      const [target, targetDoc] = options.resolve(node.$ref, doc);
      // A ref back into a node still being compiled (recursion) is compiled on first use.
      let r = typeof target === 'object' && compiling.has(target) ? undefined : runner(target, targetDoc);
      checks.push((p) => addAll(p, (r ??= runner(target, targetDoc))(p.value)));
    }

    schema = checks.length ? base.check(...(checks as z.core.$ZodCheck<unknown>[])) : base;
    cache.set(node, schema);
    compiling.delete(node);
    return schema;
  };

  return {
    /** A runner for `node` (from `doc`, unless compiled before from another), starting at the data root. */
    root(node: JsonSchema, doc: SchemaObject): Runner {
      const r = runner(node, (typeof node === 'object' && docs.get(node)) || doc);
      return (value) => {
        at = [];
        return r(value);
      };
    },
  };
}

/** Keywords that assert nothing (annotations): a member with only these and `const` is a plain constant. */
const ANNOTATION = /^(?:const|title|description|\$comment|examples|default|deprecated|readOnly|writeOnly|x-fz-.*)$/;

/** The constants of a choice whose members are nothing but constants, else undefined. */
function constsOf(members: JsonSchema[], doc: SchemaObject, resolve: ResolveRef): unknown[] | undefined {
  const nodes = members.map((m) => (typeof m === 'object' && m.$ref !== undefined && Object.keys(m).length === 1 ? resolve(m.$ref, doc)[0] : m));
  return nodes.every((n) => typeof n === 'object' && 'const' in n && Object.keys(n).every((k) => ANNOTATION.test(k)))
    ? nodes.map((n) => (n as SchemaObject).const)
    : undefined;
}

/** A `oneOf`/`anyOf` of `const` members (with titles): the widget offers them as options. */
export function isChoice(members: JsonSchema[] | undefined, doc: SchemaObject, resolve: ResolveRef): boolean {
  return !!members?.length && members.every((m) => {
    const node = typeof m === 'object' && m.$ref !== undefined ? resolve(m.$ref, doc)[0] : m;
    return typeof node === 'object' && 'const' in node;
  });
}

export function pointerOf(path: Path): string {
  return path.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
