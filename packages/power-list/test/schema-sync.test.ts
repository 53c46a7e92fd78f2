import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { formats, loadLocale, type SchemaObject } from '@fazhi/core';
import { columnsFromSchema, defaultLabel, SCHEMA_COLUMNS } from '../src/fz-power-list/columns.js';
import { VALUE_LABELS } from '../src/fz-power-list/messages.js';
// @ts-expect-error plain ESM script without type declarations
import { generatePowerList } from '../../../bench/gen-power-list.mjs';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const itemSchema = read('../../../schemas/power-list-item.schema.json') as SchemaObject;
const common = read('../../../schemas/common.schema.json') as SchemaObject;
const sample = read('../../server/samples/power-list-township.json') as { category: string }[];

type OneOf = { oneOf: { const: string; title: string }[] };
const titles = (node: unknown) => Object.fromEntries((node as OneOf).oneOf.map((o) => [o.const, o.title]));
const props = itemSchema.properties as Record<string, Record<string, unknown>>;

function validator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const [name, def] of Object.entries(formats)) {
    ajv.addFormat(name, { validate: (v: string) => def.check(def.normalize ? def.normalize(v) : v) === null });
  }
  ajv.addSchema(common);
  return ajv.compile(itemSchema);
}

// The element keeps its own copy of the schema's columns and value labels (so the drop-in does
// not ship the schema); these tests fail when the schema changes and the copy does not.
describe('power list element ↔ schemas/power-list-item.schema.json', () => {
  it('default columns are the schema’s x-fz-column hints, with the schema’s titles as labels', () => {
    const fromSchema = columnsFromSchema(itemSchema, 'zh-CN')!;
    assert.deepEqual(
      fromSchema.map(({ label: _label, ...rest }) => rest),
      SCHEMA_COLUMNS.map((c) => ({ ...c })),
    );
    // category is a $ref: its title lives in common.schema.json.
    const categoryTitle = ((common.$defs as Record<string, { title: string }>).powerCategory).title;
    for (const column of fromSchema) assert.equal(defaultLabel(column.key, 'zh-CN'), column.label ?? (column.key === 'category' ? categoryTitle : undefined), column.key);
  });

  it('value labels equal the schema’s oneOf titles, and English has the same codes', async () => {
    await loadLocale('en');
    const zh = VALUE_LABELS['zh-CN'];
    assert.deepEqual(zh.category, titles((common.$defs as Record<string, unknown>).powerCategory));
    assert.deepEqual(zh.status, titles(props.status));
    assert.deepEqual(zh.level, titles((props.level as { items: unknown }).items));
    const stage = ((props.responsibilities as { items: { properties: Record<string, unknown> } }).items.properties.stage);
    assert.deepEqual(zh.stage, titles(stage));
    for (const field of Object.keys(zh)) assert.deepEqual(Object.keys(VALUE_LABELS.en![field]!).sort(), Object.keys(zh[field]).sort(), field);
  });

  it('the 91-item township sample is valid and has the documented category counts', () => {
    const validate = validator();
    for (const item of sample) assert.equal(validate(item), true, JSON.stringify(validate.errors));
    const counts: Record<string, number> = {};
    for (const item of sample) counts[item.category] = (counts[item.category] ?? 0) + 1;
    assert.equal(sample.length, 91);
    assert.deepEqual(counts, {
      licensing: 4,
      penalty: 4,
      coercion: 3,
      levy: 1,
      benefit: 6,
      inspection: 9,
      confirmation: 8,
      reward: 2,
      adjudication: 3,
      other: 51,
    });
  });

  it('the benchmark generator is deterministic, valid, and has the county category mix', () => {
    const a = generatePowerList({ count: 2000, seed: 7 }) as { code: string; category: string }[];
    assert.deepEqual(generatePowerList({ count: 2000, seed: 7 }), a);
    assert.notDeepEqual(generatePowerList({ count: 2000, seed: 8 }), a);
    assert.equal(a.length, 2000);
    assert.equal(new Set(a.map((i) => i.code)).size, 2000);
    const validate = validator();
    for (const item of a) assert.equal(validate(item), true, JSON.stringify(validate.errors));
    const penalties = a.filter((i) => i.category === 'penalty').length;
    assert.ok(penalties / a.length > 0.68 && penalties / a.length < 0.72, String(penalties));
  });
});
