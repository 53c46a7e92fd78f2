import { expect } from '@open-wc/testing';
import { compileValidator, formats, type SchemaObject } from '@fazhi/core';

/**
 * The same official JSON Schema Test Suite cases the Node suite runs, validated here in Chromium:
 * every case our validator compiles must get the suite's verdict, as it does in Node.
 */
const FILES = [
  'additionalProperties', 'allOf', 'anyOf', 'boolean_schema', 'const', 'defs', 'dependentRequired', 'dependentSchemas',
  'enum', 'exclusiveMaximum', 'exclusiveMinimum', 'if-then-else', 'items', 'maxItems', 'maxLength', 'maximum', 'minItems',
  'minLength', 'minimum', 'multipleOf', 'not', 'oneOf', 'pattern', 'properties', 'ref', 'required', 'type', 'uniqueItems',
  'optional/format/date', 'optional/format/email',
];

interface Group {
  description: string;
  schema: SchemaObject | boolean;
  tests: { description: string; data: unknown; valid: boolean }[];
}

describe('validator verdicts in Chromium', () => {
  it('agree with the JSON Schema Test Suite on every case it compiles, as in Node', async () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const file of FILES) {
      const url = new URL(`../../test/fixtures/json-schema-test-suite/draft2020-12/${file}.json`, import.meta.url);
      // The test server serves JSON as a module (esbuild's json loader).
      const groups = ((await import(url.href)) as { default: Group[] }).default;
      for (const group of groups) {
        const root = (typeof group.schema === 'boolean' ? { allOf: [group.schema] } : group.schema) as SchemaObject;
        let validator;
        try {
          validator = compileValidator(root, { formats });
        } catch {
          continue; // outside the documented subset: refused loudly, in Node too
        }
        for (const test of group.tests) {
          checked++;
          if ((validator.validate(test.data).length === 0) !== test.valid) wrong.push(`${file}: ${group.description} / ${test.description}`);
        }
      }
    }
    expect(wrong).to.deep.equal([]);
    expect(checked).to.be.at.least(700);
  });
});
