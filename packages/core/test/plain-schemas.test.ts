import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { createChecker, formats } from '../src/index.js';
import { fillAsCitizen, plainSchemas } from './helpers/plain-schemas.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, multipleOfPrecision: 9 });
for (const [name, def] of Object.entries(formats)) ajv.addFormat(name, { type: 'string', validate: (s: string) => def.check(s) === null });

describe('a plain schema (no x-fz hints) filled by a scripted citizen', () => {
  it('is submitted and ajv accepts the payload, or the schema cannot be satisfied', () => {
    let submitted = 0;
    let unsatisfiable = 0;
    fc.assert(
      fc.property(plainSchemas, fc.nat(5), ({ schema, satisfiable }, seed) => {
        const checker = createChecker(schema);
        const { data, errors } = fillAsCitizen(checker, seed);
        const { $id: _id, ...anonymous } = schema; // every generated schema shares one $id; ajv keys by it
        const ajvAccepts = ajv.validate(anonymous, data);
        if (errors.length === 0) {
          submitted++;
          assert.equal(ajvAccepts, true, `ajv refuses ${JSON.stringify(data)}: ${ajv.errorsText()}`);
        } else {
          unsatisfiable++;
          assert.equal(satisfiable, false, `could not fill a satisfiable schema: ${JSON.stringify(errors)} with ${JSON.stringify(data)}`);
          assert.equal(ajvAccepts, false, 'ajv accepts what the form refused');
        }
      }),
      { numRuns: 400, seed: 20261208 },
    );
    console.log(`${submitted} forms submitted and accepted by ajv, ${unsatisfiable} unsatisfiable schemas refused`);
    assert.ok(submitted > 250, `${submitted} submitted`);
    assert.ok(unsatisfiable > 5, `${unsatisfiable} unsatisfiable`);
  });
});

describe('a plain schema with an annotation that is not text', () => {
  it('names the field by its key in messages, never by the object', () => {
    const schema = {
      $id: 'https://example.org/generated/lit.schema.json',
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', title: { _$litType$: 1, strings: ['x'], values: [] } } },
    } as unknown as Parameters<typeof createChecker>[0];
    assert.deepEqual(createChecker(schema).check({}).errors.map((e) => e.message), ['请填写name']);
  });
});

describe('a then-branch that rewords a field', () => {
  const schema = {
    $id: 'https://example.org/generated/branch-words.schema.json',
    type: 'object',
    required: ['idType', 'idNumber'],
    properties: {
      idType: { type: 'string', title: '证件类型', enum: ['resident', 'passport'] },
      idNumber: { type: 'string', title: '证件号码' },
    },
    allOf: [
      {
        if: { properties: { idType: { const: 'resident' } }, required: ['idType'] },
        then: { properties: { idNumber: { title: '公民身份号码', 'x-fz-messages': { required: '请填写18位{title}' } } } },
      },
    ],
  } as unknown as Parameters<typeof createChecker>[0];
  const messages = (data: unknown) => createChecker(schema).check(data).errors.map((e) => e.message);

  it('names the field and words its message as the branch says while it applies, and not otherwise', () => {
    assert.deepEqual(messages({ idType: 'resident' }), ['请填写18位公民身份号码']);
    assert.deepEqual(messages({ idType: 'passport' }), ['请填写证件号码']);
  });
});
