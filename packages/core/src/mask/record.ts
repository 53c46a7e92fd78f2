import { createResolver, type Resolver } from '../schema/resolve.js';
import { fieldKind, objectShape, type Matcher } from '../schema/shape.js';
import type { SchemaObject } from '../types.js';
import { maskAddress } from './address.js';
import { maskBankAccount, maskEmail, maskPlate } from './accounts.js';
import { maskFreeText } from './free-text.js';
import { simpleMatches } from './match.js';
import { maskName } from './name.js';
import { maskPhone } from './phone.js';
import { DEFAULT_MASK_RULES, type MaskRules } from './rules.js';

/**
 * Values of `x-fz-mask`: how a public field's value is shown. `text` (the default for every public
 * string) looks for personal data inside prose; `none` shows a value as it is and is honoured only
 * on fields whose `x-fz-pii` is `none` (a credit code, a document number).
 */
export type MaskKind = 'name' | 'phone' | 'id' | 'address' | 'bank' | 'plate' | 'email' | 'text' | 'omit' | 'none';

export interface MaskRecordOptions {
  /** Resolves `$ref`s; default: a resolver over the schema and `shared`. */
  resolver?: Resolver;
  /** Shared documents for `$ref` (pass the kit's `builtinShared` for common.schema.json). */
  shared?: SchemaObject[];
  /** Evaluates `if` conditions; default `simpleMatches` (const/enum/required…). */
  matches?: Matcher;
  /** More natural persons' names to mask in every text field. */
  names?: readonly string[];
}

type Node = SchemaObject;
const PII_RANK = { none: 0, pi: 1, sensitive: 2 } as const;
const FORMAT_MASK: Record<string, MaskKind> = { 'cn-id-card': 'id', 'cn-mobile': 'phone', 'cn-phone': 'phone', email: 'email' };

function piiOf(nodes: Node[]): keyof typeof PII_RANK | undefined {
  let found: keyof typeof PII_RANK | undefined;
  for (const n of nodes) {
    const v = n['x-fz-pii'];
    if (typeof v === 'string' && v in PII_RANK && (!found || PII_RANK[v as keyof typeof PII_RANK] > PII_RANK[found])) found = v as keyof typeof PII_RANK;
  }
  return found;
}

/** A field is public only when some declaration says so and none says otherwise (branches may only tighten). */
function isPublic(nodes: Node[]): boolean {
  return nodes.some((n) => n['x-fz-public'] === true) && !nodes.some((n) => n['x-fz-public'] === false);
}

/** The mask that applies: omission wins; then any named mask (a branch may add one); `none` last. */
function maskOf(nodes: Node[]): MaskKind | undefined {
  const kinds = nodes.map((n) => n['x-fz-mask']).filter((k): k is MaskKind => typeof k === 'string');
  // A field that forgot its mask is masked by what its format says it holds.
  if (!kinds.length) for (const n of nodes) if (typeof n.format === 'string' && FORMAT_MASK[n.format]) kinds.push(FORMAT_MASK[n.format]!);
  if (kinds.includes('omit') || kinds.includes('id')) return 'omit';
  return kinds.find((k) => k !== 'none' && k !== 'text') ?? kinds.find((k) => k === 'text') ?? kinds[0];
}

export function maskValue(kind: MaskKind | undefined, value: string, rules: MaskRules, names: readonly string[] = []): string {
  switch (kind) {
    case 'omit': case 'id': return rules.omittedText;
    case 'name': return rules.name === 'omit' ? rules.omittedText : maskName(value, rules.name);
    case 'phone': return rules.phone === 'omit' ? rules.omittedText : maskPhone(value);
    case 'address': return maskAddress(value, rules.address, rules.omittedText);
    case 'bank': return rules.bankAccount === 'omit' ? rules.omittedText : maskBankAccount(value);
    case 'plate': return rules.plate === 'omit' ? rules.omittedText : maskPlate(value);
    case 'email': return rules.email === 'omit' ? rules.omittedText : maskEmail(value);
    case 'none': return value;
    default: return maskFreeText(value, { names, rules });
  }
}

/**
 * The public view of one record: only fields marked `x-fz-public: true` (and not `x-fz-pii:
 * sensitive`), each masked by its `x-fz-mask` (or by its `format`), every other string searched for
 * personal data; natural persons' names found in `name` fields are masked wherever else they
 * appear. Conditions (`if` partyType is 自然人 `then` mask the name) are read against the record.
 */
export function maskRecord(record: unknown, schema: SchemaObject, rules: MaskRules = DEFAULT_MASK_RULES, options: MaskRecordOptions = {}): Record<string, unknown> {
  const resolver = options.resolver ?? createResolver(schema, options.shared ?? []);
  const matches = options.matches ?? simpleMatches;
  const names: string[] = [...(options.names ?? [])];

  // First pass: every natural person's name in the record, public or not.
  const collect = (nodes: Node[], value: unknown): void => {
    if (!value || typeof value !== 'object' || !nodes.length) return;
    if (Array.isArray(value)) {
      const items = nodes.map((n) => (n.items === undefined ? undefined : resolver.deref(n.items))).filter((i): i is Node => typeof i === 'object');
      for (const item of value) collect(items, item);
      return;
    }
    for (const p of objectShape(nodes, value, resolver, matches).properties) {
      const child = (value as Record<string, unknown>)[p.name];
      if (maskOf(p.nodes) === 'name' && typeof child === 'string') names.push(child);
      else collect(p.nodes, child);
    }
  };

  // `shown`: the field itself is public, so its scalar values may appear (an object's own fields still
  // need their own marking; an array of scalars needs the array's).
  const walk = (nodes: Node[], value: unknown, mask: MaskKind | undefined, shown: boolean): unknown => {
    if (Array.isArray(value)) {
      const items = nodes.map((n) => (n.items === undefined ? undefined : resolver.deref(n.items))).filter((i): i is Node => typeof i === 'object');
      return value.map((item) => walk(items.length ? items : [{}], item, mask, shown)).filter((v) => v !== undefined);
    }
    if (value && typeof value === 'object') {
      if (nodes.length && fieldKind(nodes[0]!, resolver) !== 'object') return undefined;
      const out: Record<string, unknown> = {};
      for (const p of objectShape(nodes, value, resolver, matches).properties) {
        const child = (value as Record<string, unknown>)[p.name];
        if (child === undefined || child === null) continue;
        const pii = piiOf(p.nodes);
        if (pii === 'sensitive' || p.nodes.some((n) => n['x-fz-public'] === false)) continue;
        let childMask = maskOf(p.nodes);
        if (childMask === 'none' && pii === 'pi') childMask = 'text';
        const result = walk(p.nodes, child, childMask, isPublic(p.nodes));
        const empty = result === undefined || (typeof result === 'object' && Object.keys(result as object).length === 0 && !isPublic(p.nodes));
        if (!empty) out[p.name] = result;
      }
      return out;
    }
    if (!shown || mask === 'omit' && typeof value !== 'string') return undefined;
    if (typeof value === 'string') return maskValue(mask, value, rules, names);
    return value;
  };

  collect([schema], record);
  const masked = walk([schema], record, undefined, false);
  return masked && typeof masked === 'object' && !Array.isArray(masked) ? (masked as Record<string, unknown>) : {};
}
