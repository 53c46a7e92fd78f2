import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { compileValidator } from '../src/validate/index.js';
import { refResolver } from '../src/validate/refs.js';
import { formats } from '../src/formats/index.js';
import { checkRules } from '../src/rules/index.js';
import type { SchemaObject } from '../src/types.js';
import { createGenerator, type OracleError } from './helpers/instances.js';
import { keywordSchemas } from './helpers/keyword-schemas.js';

/**
 * Our verdict (valid / invalid) must equal ajv's (draft 2020-12, the oracle, tests only) on every
 * generated instance of every project schema, every common $def and the hand-written keyword schemas.
 */
const SCHEMAS = new URL('../../../schemas/', import.meta.url);
const NOT_DATA_SCHEMAS: Record<string, string> = {
  'fz-vocabulary.schema.json': 'the meta-schema of the x-fz-* keywords, not a data schema',
};

const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json') && !NOT_DATA_SCHEMAS[f]);
const docs = new Map(files.map((f) => [f, JSON.parse(readFileSync(new URL(f, SCHEMAS), 'utf8')) as SchemaObject]));
const common = docs.get('common.schema.json');
const shared = common ? [common] : [];
const base = 'https://schemas.fazhi.dev/v1/';

const roots: [string, SchemaObject][] = [
  ...[...docs].filter(([f]) => f !== 'common.schema.json'),
  // Every shared definition on its own, through a $ref as forms use it.
  ...Object.keys(common?.$defs ?? {}).map((name): [string, SchemaObject] => [
    `common#/$defs/${name}`,
    { $id: `${base}test-def-${name}.schema.json`, $ref: `common.schema.json#/$defs/${name}` },
  ]),
  ...keywordSchemas.map((s): [string, SchemaObject] => [s.$id!.slice(base.length), s]),
];

/** ajv, told what fazhi-kit adds: x-fz-* keywords (annotations; x-fz-rules validates) and formats. */
function createOracle(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true, multipleOfPrecision: 9 });
  const keywords = new Set<string>();
  const formatNames = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k.startsWith('x-fz-')) keywords.add(k);
        else if (k === 'format' && typeof v === 'string') formatNames.add(v);
        if (k !== 'examples' && k !== 'const' && k !== 'enum' && !k.startsWith('x-fz-')) walk(v);
      }
    }
  };
  [...docs.values(), ...keywordSchemas].forEach(walk);
  for (const keyword of keywords) {
    if (keyword === 'x-fz-rules') {
      ajv.addKeyword({ keyword, schemaType: 'array', errors: false, validate: (rules: unknown, data: unknown) => checkRules(rules, data, { pointer: '', locale: 'zh-CN', settings }).length === 0 });
    } else ajv.addKeyword(keyword);
  }
  for (const [name, def] of Object.entries(formats)) ajv.addFormat(name, { type: 'string', validate: (s: string) => def.check(s) === null });
  for (const name of formatNames) if (!formats[name]) ajv.addFormat(name, true); // unknown formats are annotations
  for (const doc of shared) ajv.addSchema(doc);
  return ajv;
}
let settings: Record<string, unknown> | undefined;

interface Outcome {
  name: string;
  instances: number;
  valid: number;
  mismatches: string[];
}

function compare(name: string, root: SchemaObject, ajv: Ajv2020): Outcome {
  settings = root['x-fz-settings'] as Record<string, unknown> | undefined;
  const oracle = ajv.compile(root);
  const ours = compileValidator(root, { shared, formats });
  const oracleErrors = (data: unknown): OracleError[] => (oracle(data) ? [] : (oracle.errors ?? []) as OracleError[]);
  const generator = createGenerator(root, refResolver(root, shared), oracleErrors);
  const outcome: Outcome = { name, instances: 0, valid: 0, mismatches: [] };
  for (const { kind, data } of generator.instances()) {
    const theirs = oracle(data);
    const errors = ours.validate(data);
    outcome.instances++;
    if (theirs) outcome.valid++;
    if (theirs !== (errors.length === 0)) {
      outcome.mismatches.push(`${name} [${kind}] ${JSON.stringify(data)}\n  ajv: ${theirs ? 'valid' : JSON.stringify(oracle.errors?.slice(0, 3))}\n  ours: ${JSON.stringify(errors.slice(0, 3))}`);
    }
  }
  return outcome;
}

describe('differential: our verdicts equal ajv’s (draft 2020-12)', () => {
  const ajv = createOracle();
  const outcomes: Outcome[] = [];

  it('has the project schemas and common.schema.json to compare', () => {
    assert.ok(common, 'schemas/common.schema.json is missing');
    assert.ok(roots.length > keywordSchemas.length);
  });

  for (const [name, root] of roots) {
    it(name, () => {
      const outcome = compare(name, root, ajv);
      outcomes.push(outcome);
      assert.deepEqual(outcome.mismatches.slice(0, 5), [], `${outcome.mismatches.length} of ${outcome.instances} instances disagree`);
      assert.ok(outcome.instances > 1);
    });
  }

  it('compared both valid and invalid instances', () => {
    const total = outcomes.reduce((a, o) => ({ instances: a.instances + o.instances, valid: a.valid + o.valid }), { instances: 0, valid: 0 });
    console.log(`\ndifferential: ${total.instances} instances compared over ${outcomes.length} schemas (${total.valid} valid, ${total.instances - total.valid} invalid per ajv)`);
    console.table(outcomes.map((o) => ({ schema: o.name, instances: o.instances, valid: o.valid, invalid: o.instances - o.valid, mismatches: o.mismatches.length })));
    assert.ok(total.valid > outcomes.length, 'the generator should produce valid instances too');
    assert.ok(total.instances - total.valid > total.valid);
  });
});
