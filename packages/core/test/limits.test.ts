import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileValidator, createChecker, MAX_ERRORS, type SchemaObject } from '@fazhi/core';
import legalAidJson from '@fazhi/schemas/legal-aid-application.schema.json' with { type: 'json' };
import villageRulesJson from '@fazhi/schemas/village-rule-submission.schema.json' with { type: 'json' };

const legalAid = legalAidJson as unknown as SchemaObject;
const villageRules = villageRulesJson as unknown as SchemaObject & { examples: unknown[] };

test('an array longer than maxItems is one error, and its items are neither checked nor pruned', () => {
  const checker = createChecker(legalAid);
  const tooMany = Array.from({ length: 25 }, () => ({ junk: 1 }));
  const result = checker.check({ attachments: tooMany });
  const under = result.errors.filter((e) => e.pointer.startsWith('/attachments'));
  assert.deepEqual(under.map((e) => [e.pointer, e.code]), [['/attachments', 'maxItems']]);
  assert.equal((result.data as { attachments: unknown[] }).attachments, tooMany, 'left as sent, not walked');
  // Within the limit the items are checked as before.
  const three = checker.check({ attachments: Array.from({ length: 3 }, () => ({})) });
  assert.ok(three.errors.some((e) => e.pointer === '/attachments/2/id'));
});

test('a string longer than maxLength is not matched against its pattern or format', () => {
  let calls = 0;
  const spy = { check: () => (calls++, undefined), messages: { 'zh-CN': {} } };
  const schema: SchemaObject = {
    type: 'object',
    properties: {
      code: { type: 'string', title: '编号', maxLength: 8, format: 'spy' },
      list: { type: 'array', maxItems: 2, uniqueItems: true, items: { type: 'string', format: 'spy' } },
    },
  };
  const validator = compileValidator(schema, { formats: { spy } as never });
  const errors = validator.validate({ code: 'x'.repeat(900_000), list: ['a', 'a', 'a'] });
  assert.deepEqual(errors.map((e) => [e.pointer, e.code]), [['/code', 'maxLength'], ['/list', 'maxItems']]);
  assert.equal(calls, 0);
  assert.deepEqual(validator.validate({ code: '𠀀'.repeat(8) }), [], 'eight code points (sixteen UTF-16 units) fit');
  assert.equal(calls, 1);
});

test(`at most ${MAX_ERRORS} errors, the first ones on the page, and a count of the rest`, () => {
  const checker = createChecker(villageRules);
  const result = checker.check({ articles: Array.from({ length: 200 }, () => ({})) });
  assert.equal(result.errors.length, MAX_ERRORS);
  assert.ok(result.moreErrors >= 200 - MAX_ERRORS, `more: ${result.moreErrors}`);
  const articleIndexes = result.errors.map((e) => /^\/articles\/(\d+)\//.exec(e.pointer)?.[1]).filter((i) => i !== undefined).map(Number);
  assert.deepEqual(articleIndexes, [...articleIndexes].sort((a, b) => a - b), 'articles top to bottom');
  assert.ok(!result.errors.some((e) => /^\/articles\/(4\d\d|1\d\d)\//.test(e.pointer)), 'later articles wait their turn');
  const valid = checker.check(villageRules.examples[0]);
  assert.deepEqual([valid.errors, valid.moreErrors], [[], 0]);
});

test('errors come in the order the form lays the fields out (steps, x-fz-order, branch fields after the step\'s own), not the order the schema checks them', () => {
  const schema: SchemaObject = {
    type: 'object',
    'x-fz-steps': [{ fields: ['last'] }, { fields: ['first', 'group'] }],
    required: ['first', 'last', 'group'],
    properties: {
      first: { type: 'string', title: '甲' },
      group: { type: 'object', required: ['b', 'a'], properties: { b: { type: 'string', 'x-fz-order': 2 }, a: { type: 'string', 'x-fz-order': 1 } } },
      last: { type: 'string', title: '乙' },
    },
    allOf: [{ if: { required: ['first'] }, then: { required: ['extra'], properties: { extra: { type: 'string' } } } }],
  };
  const result = createChecker(schema).check({ first: 'x' });
  assert.deepEqual(result.errors.map((e) => e.pointer), ['/last', '/group/a', '/group/b', '/extra']);
});
