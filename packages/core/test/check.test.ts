import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createChecker, type SchemaObject } from '@fazhi/core';

const schema: SchemaObject = {
  $id: 'https://example.org/test/check/v1.schema.json',
  type: 'object',
  required: ['name', 'applicant'],
  properties: {
    name: { type: 'string', title: '姓名', minLength: 1 },
    applicant: { type: 'object', title: '申请人', required: ['id'], properties: { id: { type: 'string', title: '身份证号', format: 'cn-id-card' } } },
    org: { type: 'string', title: '信用代码', format: 'cn-uscc', 'x-fz-warn': ['checksum'] },
    kind: { enum: ['a', 'b'] },
  },
  if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
  then: { properties: { extra: { type: 'string', title: '补充', minLength: 2 } } },
};

test('normalises formats, prunes undeclared and hidden values, and reports nested required fields', () => {
  const checker = createChecker(schema);
  const result = checker.check({ name: '张三', applicant: {}, junk: 1, kind: 'a', extra: 'x' });
  assert.deepEqual(result.data, { name: '张三', applicant: {}, kind: 'a' });
  assert.deepEqual(result.errors.map((e) => [e.pointer, e.code]), [['/applicant/id', 'required']]);
  const normalised = checker.check({ name: '张三', applicant: { id: '11010519491231002x' } });
  assert.equal((normalised.data as { applicant: { id: string } }).applicant.id, '11010519491231002X');
  assert.deepEqual(normalised.errors, []);
});

test('a required group nobody touched reports its own fields', () => {
  const result = createChecker(schema).check({ name: '张三' });
  assert.deepEqual(result.errors.map((e) => e.message), ['请填写身份证号']);
});

test('x-fz-warn turns a listed format issue into a warning; others stay errors', () => {
  const checker = createChecker(schema);
  const pilot = checker.check({ name: '张三', applicant: { id: '11010519491231002X' }, org: '91350100M0001TGQXM' });
  assert.deepEqual(pilot.errors, []);
  assert.deepEqual(pilot.warnings.map((w) => [w.pointer, w.code]), [['/org', 'format.cn-uscc.checksum']]);
  const badChars = checker.check({ name: '张三', applicant: { id: '11010519491231002X' }, org: '91350100M0001TGQXI' });
  assert.equal(badChars.errors[0]?.pointer, '/org');
});

test('branch-only values count while their branch applies', () => {
  const result = createChecker(schema).check({ name: '张三', applicant: { id: '11010519491231002X' }, kind: 'b', extra: 'x' });
  assert.deepEqual(result.errors.map((e) => [e.pointer, e.code]), [['/extra', 'minLength']]);
});

test('an overlay adding a property beside a $ref keeps the target’s fields (2020-12 applies both)', () => {
  const base: SchemaObject = {
    $id: 'https://example.org/test/ref-siblings/v1.schema.json',
    type: 'object',
    $defs: { person: { type: 'object', required: ['name'], properties: { name: { type: 'string', title: '姓名' } } } },
    properties: { applicant: { $ref: '#/$defs/person', title: '申请人', properties: { wechat: { type: 'string', title: '微信号' } } } },
  };
  const result = createChecker(base).check({ applicant: { name: '张三', wechat: 'zs' } });
  assert.deepEqual(result.data, { applicant: { name: '张三', wechat: 'zs' } });
  assert.deepEqual(result.errors, []);
});

test('a shared document’s own #/$defs refs resolve in that document', () => {
  const shared: SchemaObject = {
    $id: 'https://example.org/test/shared/v1/common.schema.json',
    $defs: { phone: { type: 'string', title: '电话', minLength: 3 }, contact: { type: 'object', properties: { phone: { $ref: '#/$defs/phone' } } } },
  };
  const form: SchemaObject = { $id: 'https://example.org/test/shared/v1/form.schema.json', type: 'object', properties: { contact: { $ref: 'common.schema.json#/$defs/contact' } } };
  const result = createChecker(form, { shared: [shared] }).check({ contact: { phone: '1' } });
  assert.deepEqual(result.data, { contact: { phone: '1' } });
  assert.deepEqual(result.errors.map((e) => [e.pointer, e.code]), [['/contact/phone', 'minLength']]);
});

test('properties declared in a matching oneOf branch are kept', () => {
  const schema: SchemaObject = {
    $id: 'https://example.org/test/oneof-branches/v1.schema.json',
    type: 'object',
    properties: { kind: { enum: ['a', 'b'] } },
    oneOf: [
      { properties: { kind: { const: 'a' }, aField: { type: 'string', title: 'A' } }, required: ['kind', 'aField'] },
      { properties: { kind: { const: 'b' }, bField: { type: 'string', title: 'B' } }, required: ['kind', 'bField'] },
    ],
  };
  const result = createChecker(schema).check({ kind: 'a', aField: 'hello', bField: 'gone' });
  assert.deepEqual(result.data, { kind: 'a', aField: 'hello' });
  assert.deepEqual(result.errors, []);
});
