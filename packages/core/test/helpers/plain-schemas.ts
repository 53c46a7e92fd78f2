import fc from 'fast-check';
import { choicesOf, fieldKind, getAt, join, objectShape, setAt, type Checker, type SchemaObject } from '../../src/index.js';

/** A generated schema and whether it can be satisfied at all (known by construction). */
export interface Generated {
  schema: SchemaObject;
  satisfiable: boolean;
}

interface Leaf {
  node: SchemaObject;
  satisfiable: boolean;
}

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ const: `o${i}`, title: `选项${i + 1}` }));

const stringLeaf: fc.Arbitrary<Leaf> = fc
  .record({ min: fc.integer({ min: 0, max: 4 }), extra: fc.integer({ min: 0, max: 400 }), format: fc.constantFrom(undefined, 'date', 'email', 'cn-mobile', 'cn-postal-code', 'cn-id-card', 'digits') })
  .map(({ min, extra, format }) => ({
    node: format === 'digits' ? { type: 'string', pattern: '^[0-9]{6}$' } : format ? { type: 'string', format } : { type: 'string', minLength: min, maxLength: min + extra },
    satisfiable: true,
  }));

/** Numbers in a range, sometimes a step; an empty range (or no step inside it) cannot be met. */
const numberLeaf: fc.Arbitrary<Leaf> = fc
  .record({ type: fc.constantFrom('integer', 'number'), min: fc.integer({ min: -50, max: 50 }), span: fc.integer({ min: -3, max: 60 }), step: fc.constantFrom(undefined, 5, 0.01) })
  .map(({ type, min, span, step }) => {
    const node: SchemaObject = { type, minimum: min, maximum: min + span };
    if (step) node.multipleOf = step;
    const first = step ? firstStep(min, step) : min;
    return { node, satisfiable: span >= 0 && first <= min + span };
  });

const booleanLeaf: fc.Arbitrary<Leaf> = fc.constantFrom<SchemaObject>({ type: 'boolean' }, { type: 'boolean', const: false }, { type: 'boolean', const: true }).map((node) => ({ node, satisfiable: true }));

const choiceLeaf: fc.Arbitrary<Leaf> = fc
  .record({ n: fc.integer({ min: 2, max: 9 }), asEnum: fc.boolean() })
  .map(({ n, asEnum }) => ({ node: asEnum ? { type: 'string', enum: options(n).map((o) => o.const) } : { type: 'string', oneOf: options(n) }, satisfiable: true }));

const multiChoiceLeaf: fc.Arbitrary<Leaf> = fc
  .record({ n: fc.integer({ min: 2, max: 6 }), min: fc.integer({ min: 0, max: 2 }) })
  .map(({ n, min }) => ({ node: { type: 'array', items: { enum: options(n).map((o) => o.const) }, minItems: min, uniqueItems: true }, satisfiable: true }));

const rowsLeaf: fc.Arbitrary<Leaf> = fc
  .record({ min: fc.integer({ min: 0, max: 2 }), inner: fc.oneof(stringLeaf, choiceLeaf) })
  .map(({ min, inner }) => ({
    node: { type: 'array', minItems: min, maxItems: 4, items: { type: 'object', title: '一行', required: ['a'], properties: { a: { ...inner.node, title: '行内字段' } } } },
    satisfiable: true,
  }));

const leaf = fc.oneof(stringLeaf, numberLeaf, booleanLeaf, choiceLeaf, multiChoiceLeaf, rowsLeaf);
const satisfiableLeaf = leaf.filter((l) => l.satisfiable);

/** Flat forms of 1–6 fields, some required, with `if`/`then`/`else` reveals controlled by a choice or a yes/no. */
export const plainSchemas: fc.Arbitrary<Generated> = fc
  .record({
    leaves: fc.array(fc.record({ leaf, required: fc.boolean() }), { minLength: 1, maxLength: 6 }),
    reveals: fc.array(fc.record({ on: fc.nat(), then: satisfiableLeaf, otherwise: fc.option(satisfiableLeaf, { nil: undefined }), required: fc.boolean() }), { maxLength: 2 }),
  })
  .map(({ leaves, reveals }) => {
    const properties: Record<string, SchemaObject> = {};
    leaves.forEach(({ leaf: l }, i) => (properties[`f${i}`] = { ...l.node, title: `字段${i + 1}` }));
    const required = leaves.flatMap((l, i) => (l.required ? [`f${i}`] : []));
    const schema: SchemaObject = { $id: 'https://example.org/generated/v1.schema.json', type: 'object', properties, required };
    const controls = Object.keys(properties).filter((name) => {
      const p = properties[name]!;
      return p.oneOf || (p.type === 'boolean' && p.const === undefined);
    });
    const allOf: SchemaObject[] = [];
    reveals.forEach((reveal, k) => {
      if (!controls.length) return;
      const on = controls[reveal.on % controls.length]!;
      const value = properties[on]!.oneOf ? 'o0' : true;
      const branch = (l: Leaf, name: string): SchemaObject => ({ properties: { [name]: { ...l.node, title: `条件字段${name}` } }, ...(reveal.required ? { required: [name] } : {}) });
      const rule: SchemaObject = { if: { properties: { [on]: { const: value } }, required: [on] }, then: branch(reveal.then, `c${k}`) };
      if (reveal.otherwise) rule.else = branch(reveal.otherwise, `e${k}`);
      allOf.push(rule);
    });
    if (allOf.length) schema.allOf = allOf;
    // Only base fields can be unmet: every revealed one is satisfiable by construction.
    return { schema, satisfiable: leaves.every((l) => !l.required || l.leaf.satisfiable) };
  });

export function firstStep(min: number, step: number): number {
  return Number((Math.ceil(Number((min / step).toFixed(6))) * step).toFixed(2));
}

const FORMAT_SAMPLES: Record<string, string> = {
  date: '2024-01-15',
  email: 'zhang.san@example.cn',
  'cn-mobile': '13812345678',
  'cn-postal-code': '310000',
  'cn-id-card': '11010519491231002X',
  'cn-region-code': '330106',
};

/** One field's constraints across its declarations (base and the branches that apply). */
function constraint<K extends keyof SchemaObject>(nodes: SchemaObject[], key: K): SchemaObject[K] | undefined {
  return nodes.find((n) => n[key] !== undefined)?.[key];
}

/**
 * What a citizen enters for one field, read from the field model only: the first option, the
 * first yes/no answer (or the only one a `const` allows), the lowest number on the step, a sample
 * of the format, six digits for a six-digit pattern, as many characters as the minimum asks.
 */
export function answerFor(nodes: SchemaObject[], checker: Checker, pick: number): unknown {
  const node = nodes[0]!;
  const { resolver } = checker;
  const kind = fieldKind(node, resolver);
  if (kind === 'boolean') return typeof node.const === 'boolean' ? node.const : pick % 2 === 0;
  if (kind === 'choice') {
    const choices = choicesOf(node, resolver)!;
    return choices[pick % choices.length]!.value;
  }
  if (kind === 'multichoice') {
    const choices = choicesOf(resolver.deref(node.items!) as SchemaObject, resolver)!;
    return choices.slice(0, Math.max(1, constraint(nodes, 'minItems') ?? 0)).map((c) => c.value);
  }
  if (kind === 'integer' || kind === 'number') {
    const min = constraint(nodes, 'minimum') ?? constraint(nodes, 'maximum') ?? 1;
    const step = constraint(nodes, 'multipleOf');
    return step ? firstStep(min, step) : min;
  }
  const format = constraint(nodes, 'format');
  if (format && FORMAT_SAMPLES[format]) return FORMAT_SAMPLES[format];
  if (constraint(nodes, 'pattern') === '^[0-9]{6}$') return '123456';
  return '字'.repeat(Math.max(1, constraint(nodes, 'minLength') ?? 0));
}

/** Every field the form shows now, with its pointer and declarations, in page order. */
export function shownFields(checker: Checker, data: unknown): { pointer: string; nodes: SchemaObject[]; required: boolean }[] {
  const { resolver, validator } = checker;
  const out: { pointer: string; nodes: SchemaObject[]; required: boolean }[] = [];
  const walk = (nodes: SchemaObject[], pointer: string, required: boolean): void => {
    const kind = fieldKind(nodes[0]!, resolver);
    if (kind === 'object') {
      const shape = objectShape(nodes, getAt(data, pointer), resolver, validator.matches);
      for (const p of shape.properties) walk(p.nodes, join(pointer, p.name), shape.required.has(p.name));
    } else if (kind === 'array') {
      const rows = getAt(data, pointer);
      const items = nodes.map((n) => n.items && resolver.deref(n.items)).filter((n): n is SchemaObject => !!n && typeof n === 'object');
      out.push({ pointer, nodes, required });
      if (Array.isArray(rows)) rows.forEach((_, i) => walk(items, join(pointer, i), true));
    } else out.push({ pointer, nodes, required });
  };
  walk([checker.schema], '', true);
  return out;
}

/**
 * A scripted citizen: answers every field shown (again as answers reveal more), adds the rows a
 * list needs, and, reading the errors, leaves empty an optional field it cannot get right.
 * Returns what the form would submit and the errors left.
 */
export function fillAsCitizen(checker: Checker, seed = 0): { data: unknown; errors: { pointer: string }[] } {
  let data: unknown = {};
  const leftEmpty = new Set<string>();
  for (let round = 0; round < 8; round++) {
    let answered = false;
    for (const field of shownFields(checker, data)) {
      if (getAt(data, field.pointer) !== undefined || leftEmpty.has(field.pointer)) continue;
      answered = true;
      const kind = fieldKind(field.nodes[0]!, checker.resolver);
      if (kind === 'array') {
        const min = Math.max(field.required ? 1 : 0, constraint(field.nodes, 'minItems') ?? 0);
        data = setAt(data, field.pointer, Array.from({ length: min }, () => ({})));
      } else data = setAt(data, field.pointer, answerFor(field.nodes, checker, seed + field.pointer.length));
    }
    const { errors } = checker.check(data);
    const optional = new Set(shownFields(checker, data).filter((f) => !f.required).map((f) => f.pointer));
    const fixable = errors.filter((e) => optional.has(e.pointer));
    for (const e of fixable) {
      leftEmpty.add(e.pointer);
      data = setAt(data, e.pointer, undefined);
    }
    if (!answered && !fixable.length) break;
  }
  const result = checker.check(data);
  return { data: result.data, errors: result.errors };
}
