import type { SchemaObject } from '../../src/types.js';

/**
 * Hand-written schemas for the differential test, together using every keyword of the subset
 * (the project's own schemas use only some). `$id`s sit beside common.schema.json so relative refs
 * resolve the same way in ajv.
 */
export const keywordSchemas: SchemaObject[] = [
  {
    $id: 'https://schemas.fazhi.dev/v1/test-application.schema.json',
    type: 'object',
    title: '测试申请',
    properties: {
      name: { $ref: 'common.schema.json#/$defs/personName' },
      idNumber: { $ref: 'common.schema.json#/$defs/idCardNumber' },
      mobile: { $ref: 'https://schemas.fazhi.dev/v1/common.schema.json#/$defs/mobile', title: '本人手机' },
      email: { type: 'string', format: 'email', maxLength: 60 },
      birthDate: { type: 'string', format: 'date' },
      age: { type: 'integer', minimum: 0, maximum: 150 },
      income: { type: 'number', minimum: 0, exclusiveMaximum: 1000000, multipleOf: 0.01 },
      householdSize: { type: 'integer', exclusiveMinimum: 0, maximum: 20 },
      hasAgent: { type: 'boolean' },
      agent: { $ref: '#/$defs/agent' },
      reasonNoAgent: { type: 'string', minLength: 2, maxLength: 50 },
      caseType: { type: 'string', oneOf: [{ const: 'labour', title: '劳动争议' }, { const: 'family', title: '婚姻家庭' }, { const: 'other', title: '其他' }] },
      caseTypeOther: { type: 'string', minLength: 2, maxLength: 30, pattern: '^\\p{Script=Han}+$' },
      level: { enum: ['低保', '特困', '其他', 1, null] },
      consent: { $ref: 'common.schema.json#/$defs/consent' },
      note: { type: ['string', 'null'], maxLength: 10 },
      members: {
        type: 'array',
        minItems: 1,
        maxItems: 3,
        items: {
          type: 'object',
          properties: { name: { type: 'string', minLength: 1, maxLength: 8 }, relation: { enum: ['配偶', '子女', '父母'] }, age: { type: 'integer', minimum: 0 } },
          required: ['name', 'relation'],
          additionalProperties: false,
        },
      },
      tags: { type: 'array', items: { type: 'string', maxLength: 4 }, uniqueItems: true, maxItems: 4 },
      attachments: { type: 'array', items: { $ref: 'common.schema.json#/$defs/attachment' }, maxItems: 2 },
    },
    required: ['name', 'idNumber', 'mobile', 'hasAgent', 'caseType', 'consent', 'members'],
    additionalProperties: false,
    allOf: [
      {
        if: { properties: { hasAgent: { const: true } }, required: ['hasAgent'] },
        then: { required: ['agent'] },
        else: { required: ['reasonNoAgent'], properties: { agent: false } },
      },
      {
        if: { properties: { caseType: { const: 'other' } }, required: ['caseType'] },
        then: { required: ['caseTypeOther'] },
      },
    ],
    dependentRequired: { email: ['birthDate'] },
    dependentSchemas: { income: { properties: { householdSize: { minimum: 1 } }, required: ['householdSize'] } },
    $defs: {
      agent: {
        type: 'object',
        properties: { name: { $ref: 'common.schema.json#/$defs/personName' }, phone: { $ref: 'common.schema.json#/$defs/phone' } },
        required: ['name', 'phone'],
        additionalProperties: false,
      },
    },
  },
  {
    $id: 'https://schemas.fazhi.dev/v1/test-combinators.schema.json',
    type: 'object',
    properties: {
      applicant: {
        anyOf: [
          { type: 'object', properties: { kind: { const: 'person' }, idNumber: { type: 'string', minLength: 18, maxLength: 18 } }, required: ['kind', 'idNumber'] },
          { type: 'object', properties: { kind: { const: 'org' }, uscc: { $ref: 'common.schema.json#/$defs/uscc' } }, required: ['kind', 'uscc'] },
        ],
      },
      code: { type: 'string', not: { enum: ['0000', '9999'] }, pattern: '^\\d{4}$' },
      amount: { oneOf: [{ type: 'integer', maximum: 100 }, { type: 'number', minimum: 50 }] },
      flags: { type: 'object', properties: { a: true, b: false }, additionalProperties: { type: 'boolean' } },
      point: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 },
      meta: { const: { version: 1, tags: ['a', 'b'] } },
      anything: true,
    },
    required: ['applicant'],
  },
  {
    $id: 'https://schemas.fazhi.dev/v1/test-vote.schema.json',
    type: 'object',
    properties: {
      meetingType: { type: 'string', enum: ['村民会议', '村民代表会议'] },
      entitled: { type: 'integer', minimum: 1 },
      present: { type: 'integer', minimum: 0 },
      for: { type: 'integer', minimum: 0 },
    },
    required: ['meetingType', 'entitled', 'present', 'for'],
    if: { properties: { meetingType: { const: '村民会议' } } },
    then: { properties: { entitled: { minimum: 10 } } },
    else: { properties: { present: { maximum: 200 } } },
    'x-fz-rules': [
      {
        id: 'present-le-entitled',
        assert: { '<=': [{ var: 'present' }, { var: 'entitled' }] },
        pointer: 'present',
        message: { 'zh-CN': '实到人数不能多于应到人数' },
      },
    ],
  },
];
