import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// English messages at once, as a server that answers in English would install them.
import '@fazhi/core/locales/en';
import { compileValidator } from '../src/validate/index.js';
import { formats } from '../src/formats/index.js';
import type { FieldError, SchemaObject } from '../src/types.js';

const errorsOf = (schema: SchemaObject, data: unknown, options?: Parameters<typeof compileValidator>[1]): FieldError[] =>
  compileValidator(schema, options).validate(data);
const only = (schema: SchemaObject, data: unknown, options?: Parameters<typeof compileValidator>[1]): FieldError => {
  const errors = errorsOf(schema, data, options);
  assert.equal(errors.length, 1, JSON.stringify(errors));
  return errors[0]!;
};

const person: SchemaObject = {
  type: 'object',
  properties: {
    name: { type: 'string', title: '姓名', minLength: 2, maxLength: 4 },
    age: { type: 'integer', title: '年龄', minimum: 0, maximum: 150 },
    income: { type: 'number', title: '月收入', minimum: 0, multipleOf: 0.01 },
    nickname: { type: 'string' },
  },
  required: ['name', 'nickname'],
};

describe('validate: required and type', () => {
  it('is empty for valid data', () => {
    assert.deepEqual(errorsOf(person, { name: '张三', nickname: '小张', age: 30, income: 1234.56 }), []);
  });

  it('reports a missing property at its own pointer, titled, or by its name when untitled', () => {
    assert.deepEqual(errorsOf(person, {}), [
      { pointer: '/name', code: 'required', message: '请填写姓名' },
      { pointer: '/nickname', code: 'required', message: '请填写nickname' },
    ]);
  });

  it('treats an undefined value as missing, as forms leave them', () => {
    assert.equal(errorsOf(person, { name: undefined, nickname: 'x' })[0]!.code, 'required');
  });

  it('reports wrong types in plain words', () => {
    const errors = errorsOf(person, { name: 5, nickname: 'x', age: 1.5, income: '很多' });
    assert.deepEqual(errors.map((e) => [e.pointer, e.code, e.message]), [
      ['/name', 'type', '姓名填写有误，请核对'],
      ['/age', 'type', '年龄应填写整数'],
      ['/income', 'type', '月收入应填写数字'],
    ]);
  });

  it('accepts any of several types and whole numbers written as 1.0', () => {
    const schema: SchemaObject = { type: ['string', 'null'] };
    assert.deepEqual(errorsOf(schema, null), []);
    assert.equal(only(schema, 3).code, 'type');
    assert.deepEqual(errorsOf({ type: 'integer' }, 1.0), []);
    assert.deepEqual(errorsOf({ type: 'integer' }, 2 ** 60), []);
  });

  it('keeps one error per pointer: a wrong type hides the length and pattern rules', () => {
    const schema: SchemaObject = { type: 'object', properties: { code: { type: 'string', minLength: 6, pattern: '^\\d+$', title: '编码' } } };
    assert.equal(only(schema, { code: 12 }).code, 'type');
    assert.equal(only(schema, { code: 'ab' }).code, 'minLength');
  });
});

describe('validate: strings', () => {
  it('counts characters as people do (code points), with the limit in the message', () => {
    assert.deepEqual(only(person, { name: '张三丰思思', nickname: 'x' }), { pointer: '/name', code: 'maxLength', message: '姓名不能超过4个字' });
    assert.deepEqual(only(person, { name: '王', nickname: 'x' }), { pointer: '/name', code: 'minLength', message: '姓名至少要填2个字' });
    // 𠮷 is one character (two UTF-16 units).
    assert.deepEqual(errorsOf(person, { name: '𠮷𠮷𠮷𠮷', nickname: 'x' }), []);
  });

  it('asks to fill in a field whose minimum length is 1', () => {
    assert.equal(only({ type: 'object', properties: { a: { type: 'string', minLength: 1, title: '地址' } } }, { a: '' }).message, '请填写地址');
  });

  it('matches patterns as unicode regular expressions, unanchored', () => {
    const schema: SchemaObject = { type: 'object', properties: { name: { type: 'string', title: '姓名', pattern: '^\\p{Script=Han}+$' } } };
    assert.deepEqual(errorsOf(schema, { name: '张𠮷' }), []);
    assert.deepEqual(only(schema, { name: 'Zhang' }), { pointer: '/name', code: 'pattern', message: '姓名格式不正确，请核对' });
    assert.deepEqual(errorsOf({ pattern: 'b' }, 'abc'), []);
  });

  it('checks the built-in date and email formats', () => {
    const schema: SchemaObject = {
      type: 'object',
      properties: { birth: { type: 'string', format: 'date', title: '出生日期' }, mail: { type: 'string', format: 'email', title: '电子邮箱' } },
    };
    assert.deepEqual(errorsOf(schema, { birth: '2024-02-29', mail: 'zhang@example.cn' }), []);
    assert.deepEqual(errorsOf(schema, { birth: '2023-02-29', mail: 'zhang@' }), [
      { pointer: '/birth', code: 'format.date', message: '出生日期请按“年-月-日”填写真实的日期，如 2024-01-15' },
      { pointer: '/mail', code: 'format.email', message: '电子邮箱不是有效的电子邮箱地址，应类似 name@example.com' },
    ]);
  });

  it('uses the caller’s formats, with their messages and issue codes', () => {
    const schema: SchemaObject = { type: 'object', properties: { phone: { type: 'string', format: 'cn-mobile', title: '手机号码' } } };
    assert.deepEqual(only(schema, { phone: '138' }, { formats }), {
      pointer: '/phone',
      code: 'format.cn-mobile.length',
      message: '手机号码应为11位手机号码，您输入了3位数字',
    });
    assert.deepEqual(errorsOf(schema, { phone: '13800138000' }, { formats }), []);
  });

  it('lets unknown formats pass, as annotations', () => {
    assert.deepEqual(errorsOf({ type: 'string', format: 'cn-id-card' }, 'anything'), []);
  });
});

describe('validate: numbers', () => {
  it('reports bounds with the limit', () => {
    assert.deepEqual(only(person, { name: '张三', nickname: 'x', age: -1 }), { pointer: '/age', code: 'minimum', message: '年龄不能小于0' });
    assert.deepEqual(only(person, { name: '张三', nickname: 'x', age: 151 }), { pointer: '/age', code: 'maximum', message: '年龄不能大于150' });
    const exclusive: SchemaObject = { type: 'number', title: '人数', exclusiveMinimum: 0, exclusiveMaximum: 10 };
    assert.equal(only(exclusive, 0).message, '人数应大于0');
    assert.equal(only(exclusive, 10).message, '人数应小于10');
  });

  it('accepts decimal multiples (19.99 of 0.01) and words the rule as decimal places', () => {
    assert.deepEqual(errorsOf(person, { name: '张三', nickname: 'x', income: 19.99 }), []);
    assert.deepEqual(only(person, { name: '张三', nickname: 'x', income: 19.999 }), { pointer: '/income', code: 'multipleOf', message: '月收入最多保留2位小数' });
    assert.equal(only({ type: 'number', title: '份数', multipleOf: 5 }, 7).message, '份数应是5的整数倍');
  });
});

describe('validate: choices', () => {
  const schema: SchemaObject = {
    type: 'object',
    properties: {
      gender: { type: 'string', title: '性别', oneOf: [{ const: 'male', title: '男' }, { const: 'female', title: '女' }] },
      level: { title: '学历', enum: ['小学', '初中', '高中'] },
      consent: { type: 'boolean', const: true, title: '我已阅读并同意' },
    },
    required: ['gender', 'level', 'consent'],
  };

  it('asks to choose or tick when a choice or a consent box is missing', () => {
    assert.deepEqual(errorsOf(schema, {}).map((e) => e.message), ['请选择性别', '请选择学历', '请勾选我已阅读并同意']);
  });

  it('lets x-fz-messages word a labelled choice as an enum', () => {
    const choice: SchemaObject = { title: '性别', oneOf: [{ const: 'm' }, { const: 'f' }], 'x-fz-messages': { enum: '请在“男”“女”中选一项' } };
    assert.deepEqual(only(choice, 'x'), { pointer: '', code: 'oneOf', message: '请在“男”“女”中选一项' });
  });

  it('reports a value outside a labelled choice once, as a choice', () => {
    assert.deepEqual(errorsOf(schema, { gender: 'x', level: '大学', consent: false }), [
      { pointer: '/gender', code: 'oneOf', message: '请从给出的选项中选择性别' },
      { pointer: '/level', code: 'enum', message: '请从给出的选项中选择学历' },
      { pointer: '/consent', code: 'const', message: '请勾选我已阅读并同意' },
    ]);
  });

  it('compares const and enum values as JSON (objects regardless of key order)', () => {
    assert.deepEqual(errorsOf({ const: { a: 1, b: [1, 2] } }, { b: [1, 2], a: 1 }), []);
    assert.equal(only({ enum: [{ a: 1 }] }, { a: '1' }).code, 'enum');
  });
});

describe('validate: nested objects and arrays', () => {
  const schema: SchemaObject = {
    type: 'object',
    properties: {
      applicant: {
        type: 'object',
        title: '申请人',
        properties: {
          name: { type: 'string', title: '姓名', minLength: 2 },
          address: { type: 'object', properties: { detail: { type: 'string', title: '详细地址', maxLength: 5 } }, required: ['detail'] },
        },
        required: ['name', 'address'],
      },
      members: {
        type: 'array',
        title: '家庭成员',
        minItems: 1,
        maxItems: 3,
        items: { type: 'object', properties: { name: { type: 'string', title: '成员姓名' } }, required: ['name'] },
      },
      tags: { type: 'array', title: '标签', uniqueItems: true },
    },
  };

  it('points into nested objects', () => {
    assert.deepEqual(errorsOf(schema, { applicant: { address: { detail: '安徽省合肥市' } } }), [
      { pointer: '/applicant/name', code: 'required', message: '请填写姓名' },
      { pointer: '/applicant/address/detail', code: 'maxLength', message: '详细地址不能超过5个字' },
    ]);
    assert.equal(only(schema, { applicant: { name: '张三' } }).pointer, '/applicant/address');
  });

  it('points into arrays of objects by index', () => {
    assert.deepEqual(errorsOf(schema, { members: [{ name: '甲' }, {}, { name: 3 }] }), [
      { pointer: '/members/1/name', code: 'required', message: '请填写成员姓名' },
      { pointer: '/members/2/name', code: 'type', message: '成员姓名填写有误，请核对' },
    ]);
  });

  it('words array sizes and duplicates', () => {
    assert.deepEqual(only(schema, { members: [] }), { pointer: '/members', code: 'minItems', message: '请至少添加1项家庭成员' });
    assert.equal(only(schema, { members: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }] }).message, '家庭成员最多只能添加3项');
    assert.deepEqual(only(schema, { tags: ['a', { x: 1 }, { x: 1 }] }), { pointer: '/tags', code: 'uniqueItems', message: '标签中有重复的内容，请删去重复的一项' });
  });

  it('escapes pointer tokens (RFC 6901)', () => {
    const odd: SchemaObject = { type: 'object', properties: { 'a/b': { type: 'object', required: ['c~d'] } } };
    assert.equal(only(odd, { 'a/b': {} }).pointer, '/a~1b/c~0d');
  });

  it('reports properties that are not allowed at their own pointer', () => {
    const closed: SchemaObject = { type: 'object', properties: { a: { type: 'string' }, b: false }, additionalProperties: false };
    assert.deepEqual(errorsOf(closed, { a: 'x', b: 1, extra: 2 }), [
      { pointer: '/b', code: 'false', message: 'b不需要填写' },
      { pointer: '/extra', code: 'additionalProperties', message: '“extra”不是本表要填写的内容' },
    ]);
  });
});

describe('validate: conditions', () => {
  const schema: SchemaObject = {
    type: 'object',
    properties: {
      hasAgent: { type: 'boolean', title: '是否委托代理人' },
      agentName: { type: 'string', title: '代理人姓名', minLength: 2 },
      reason: { type: 'string', title: '不委托的原因' },
      email: { type: 'string', title: '电子邮箱' },
      emailConsent: { type: 'boolean', title: '同意用邮件通知' },
      disabled: { type: 'boolean', title: '是否残疾' },
    },
    required: ['hasAgent'],
    if: { properties: { hasAgent: { const: true } }, required: ['hasAgent'] },
    then: { required: ['agentName'], properties: { agentName: { maxLength: 10 } } },
    else: { required: ['reason'] },
    dependentRequired: { email: ['emailConsent'] },
    dependentSchemas: { disabled: { properties: { certificate: { type: 'string', title: '残疾证号' } }, required: ['certificate'] } },
  };

  it('asks to choose when a yes/no question is unanswered', () => {
    assert.deepEqual(errorsOf(schema, {})[0], { pointer: '/hasAgent', code: 'required', message: '请选择是否委托代理人' });
  });

  it('reports the errors of the branch that applies (then)', () => {
    assert.deepEqual(errorsOf(schema, { hasAgent: true }), [{ pointer: '/agentName', code: 'required', message: '请填写代理人姓名' }]);
    // The then-branch only adds maxLength; the message still names the field by its base title.
    assert.equal(only(schema, { hasAgent: true, agentName: '一二三四五六七八九十一' }).message, '代理人姓名不能超过10个字');
  });

  it('reports the errors of the branch that applies (else)', () => {
    assert.deepEqual(errorsOf(schema, { hasAgent: false }), [{ pointer: '/reason', code: 'required', message: '请填写不委托的原因' }]);
  });

  it('reports dependentRequired at the missing dependent property', () => {
    assert.deepEqual(only(schema, { hasAgent: false, reason: 'x', email: 'a@b.cn' }), { pointer: '/emailConsent', code: 'dependentRequired', message: '请选择同意用邮件通知' });
  });

  it('applies dependentSchemas while their property is present', () => {
    assert.deepEqual(only(schema, { hasAgent: false, reason: 'x', disabled: true }), { pointer: '/certificate', code: 'required', message: '请填写残疾证号' });
  });

  it('answers matches() for visibility with the same semantics', () => {
    const validator = compileValidator(schema);
    assert.equal(validator.matches(schema.if!, { hasAgent: true }), true);
    assert.equal(validator.matches(schema.if!, { hasAgent: false }), false);
    assert.equal(validator.matches(schema.if!, {}), false);
    assert.equal(validator.matches(true, 1), true);
    assert.equal(validator.matches({ $ref: '#/properties/hasAgent' }, 'yes'), false);
  });
});

describe('validate: combinators', () => {
  it('shows the errors of the closest anyOf/oneOf branch', () => {
    const schema: SchemaObject = {
      type: 'object',
      properties: { applicant: { title: '申请人', oneOf: [
        { type: 'object', properties: { kind: { const: 'person' }, idNumber: { type: 'string', title: '身份证号码' } }, required: ['kind', 'idNumber'] },
        { type: 'object', properties: { kind: { const: 'org' }, uscc: { type: 'string', title: '统一社会信用代码' } }, required: ['kind', 'uscc'] },
      ] } },
    };
    assert.deepEqual(only(schema, { applicant: { kind: 'person' } }), { pointer: '/applicant/idNumber', code: 'required', message: '请填写身份证号码' });
    assert.deepEqual(only(schema, { applicant: {} }), { pointer: '/applicant', code: 'oneOf', message: '申请人填写有误，请核对' });
  });

  it('reports oneOf matching more than one branch, not, and false schemas', () => {
    assert.equal(only({ oneOf: [{ type: 'number' }, { minimum: 2 }] }, 3).code, 'oneOf');
    assert.equal(only({ title: '编号', not: { const: '0000' } }, '0000').message, '编号填写有误，请核对');
    assert.equal(only(false as unknown as SchemaObject, 1).code, 'false');
  });

  it('applies allOf members and $ref siblings together', () => {
    const schema: SchemaObject = {
      $defs: { short: { type: 'string', maxLength: 3 } },
      allOf: [{ $ref: '#/$defs/short', minLength: 2 }],
    };
    assert.equal(only(schema, 'a').code, 'minLength');
    assert.equal(only(schema, 'abcd').code, 'maxLength');
    assert.deepEqual(errorsOf(schema, 'ab'), []);
  });
});

describe('validate: shared documents and messages', () => {
  const common: SchemaObject = {
    $id: 'https://schemas.example/v1/common.schema.json',
    $defs: {
      phone: { type: 'string', title: '联系电话', pattern: '^1\\d{10}$', 'x-fz-messages': { pattern: '{title}应为11位手机号码' } },
      person: {
        type: 'object',
        title: '人员',
        properties: { name: { type: 'string', title: '姓名' }, phone: { $ref: '#/$defs/phone' } },
        required: ['name'],
      },
      consent: { type: 'boolean', const: true, title: '我已阅读并同意', 'x-fz-messages': { const: '请勾选“{title}”后再提交' } },
    },
  };
  const form: SchemaObject = {
    $id: 'https://schemas.example/v1/form.schema.json',
    type: 'object',
    properties: {
      applicant: { $ref: 'common.schema.json#/$defs/person', title: '申请人' },
      contact: { $ref: 'https://schemas.example/v1/common.schema.json#/$defs/phone', title: '紧急联系电话' },
      consent: { $ref: 'common.schema.json#/$defs/consent' },
      name: { type: 'string', title: '名称', minLength: 2, 'x-fz-messages': { minLength: '{title}太短了' } },
      city: { type: 'string', maxLength: 2, 'x-fz-messages': { required: '请填写所在城市', maxLength: '城市名称太长' } },
    },
    required: ['applicant', 'city'],
  };

  it('resolves $ref into the shared document, and refs inside it against that document', () => {
    const v = compileValidator(form, { shared: [common] });
    assert.deepEqual(v.validate({ applicant: { phone: '123' }, city: '合肥' }), [
      { pointer: '/applicant/name', code: 'required', message: '请填写姓名' },
      { pointer: '/applicant/phone', code: 'pattern', message: '联系电话应为11位手机号码' },
    ]);
  });

  it('answers matches() on a node of the shared document, resolving its refs there', () => {
    const v = compileValidator(form, { shared: [common] });
    assert.equal(v.matches(common.$defs!['person']!, { name: '张三', phone: '13800138000' }), true);
    assert.equal(v.matches(common.$defs!['person']!, { name: '张三', phone: '123' }), false);
  });

  it('takes the title beside a $ref over the target’s title', () => {
    const v = compileValidator(form, { shared: [common] });
    assert.equal(v.validate({ applicant: { name: '张三' }, city: '合肥', contact: '1' })[0]!.message, '紧急联系电话应为11位手机号码');
  });

  it('applies x-fz-messages overrides by keyword or full code', () => {
    const v = compileValidator(form, { shared: [common] });
    assert.deepEqual(v.validate({ applicant: { name: '张三' }, consent: false, name: '张' }), [
      { pointer: '/consent', code: 'const', message: '请勾选“我已阅读并同意”后再提交' },
      { pointer: '/name', code: 'minLength', message: '名称太短了' },
      { pointer: '/city', code: 'required', message: '请填写所在城市' },
    ]);
    const withFormat: SchemaObject = { type: 'object', properties: { m: { type: 'string', format: 'cn-mobile', title: '手机', 'x-fz-messages': { 'format.cn-mobile.length': '{title}要11位' } } } };
    assert.equal(only(withFormat, { m: '1' }, { formats }).message, '手机要11位');
  });

  it('speaks English with locale en', () => {
    const v = compileValidator(person, { locale: 'en' });
    assert.deepEqual(v.validate({ name: 'Zhang San Feng', age: -1 }).map((e) => e.message), [
      '姓名 must be 4 characters or fewer',
      '年龄 must be 0 or more',
      'Enter nickname',
    ]);
    const phone: SchemaObject = { type: 'object', properties: { p: { type: 'string', format: 'cn-mobile', title: 'Mobile' } } };
    assert.equal(only(phone, { p: '1' }, { formats, locale: 'en' }).message, 'Mobile must be an 11-digit mobile number; you entered 1 digits');
  });
});

describe('validate: x-fz-rules', () => {
  it('runs the rules of an object node and reports at the rule’s field', () => {
    const schema: SchemaObject = {
      type: 'object',
      properties: {
        vote: {
          type: 'object',
          properties: { eligible: { type: 'integer', title: '应到人数' }, present: { type: 'integer', title: '实到人数' } },
          'x-fz-rules': [
            {
              id: 'present-le-eligible',
              assert: { '<=': [{ var: 'present' }, { var: 'eligible' }] },
              pointer: 'present',
              message: { 'zh-CN': '实到人数不能多于应到人数{eligible}人', en: 'Present must not exceed {eligible}' },
              params: { eligible: { var: 'eligible' } },
            },
          ],
        },
      },
    };
    assert.deepEqual(errorsOf(schema, { vote: { eligible: 10, present: 12 } }), [
      { pointer: '/vote/present', code: 'rule.present-le-eligible', message: '实到人数不能多于应到人数10人' },
    ]);
    assert.deepEqual(errorsOf(schema, { vote: { eligible: 10, present: 8 } }), []);
  });

  it('refuses malformed rules when compiling', () => {
    assert.throws(() => compileValidator({ type: 'object', 'x-fz-rules': [{ id: 'x' }] }));
  });
});

describe('validate: the subset and its guarantees', () => {
  it('refuses keywords outside the documented subset instead of ignoring them', () => {
    assert.throws(() => compileValidator({ type: 'object', patternProperties: { '^x': {} } } as SchemaObject), /patternProperties/);
    assert.throws(() => compileValidator({ properties: { a: { $ref: '#/$defs/missing' } } }), /\$ref/);
    assert.throws(() => compileValidator({ type: 'text' } as SchemaObject), /type/);
  });

  it('handles recursive schemas', () => {
    const tree: SchemaObject = { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#' } } }, required: ['name'] };
    assert.deepEqual(errorsOf(tree, { name: 'a', children: [{ name: 'b', children: [{}] }] }).map((e) => e.pointer), ['/children/0/children/0/name']);
  });

  it('compiles and validates without eval or new Function (strict CSP)', () => {
    const saved = { Function: globalThis.Function, eval: globalThis.eval };
    let calls = 0;
    const trap = function () {
      calls++;
      throw new EvalError('blocked by CSP');
    };
    Object.assign(globalThis, { Function: trap, eval: trap });
    try {
      const v = compileValidator(person);
      v.validate({ name: 1 });
      v.validate({ name: '张三', nickname: 'x' });
    } finally {
      Object.assign(globalThis, saved);
    }
    assert.equal(calls, 0);
  });

  it('compiles each node once: validating twice gives the same result', () => {
    const v = compileValidator(person);
    assert.deepEqual(v.validate({}), v.validate({}));
  });
});
