import type { SchemaObject } from '@fazhi/core';

/** A plain JSON Schema with no x-fz hints: any portal's schema must render as a usable form. */
export const plainSchema: SchemaObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://example.org/test/plain/v1.schema.json',
  title: '测试申请',
  type: 'object',
  required: ['name', 'phone', 'kind', 'address', 'agree'],
  properties: {
    name: { type: 'string', title: '姓名', minLength: 1, maxLength: 20 },
    phone: { type: 'string', title: '联系电话', pattern: '^1[3-9]\\d{9}$', 'x-fz-messages': { pattern: '联系电话应为11位手机号码' } },
    age: { type: 'integer', title: '年龄', minimum: 0, maximum: 150 },
    birth: { type: 'string', title: '出生日期', format: 'date' },
    kind: {
      title: '申请类型',
      oneOf: [
        { const: 'consult', title: '法律咨询' },
        { const: 'litigation', title: '诉讼代理' },
      ],
    },
    address: {
      type: 'object',
      title: '住址',
      required: ['detail'],
      properties: { detail: { type: 'string', title: '详细地址', description: '写到门牌号', minLength: 1 } },
    },
    members: {
      type: 'array',
      title: '家庭成员',
      maxItems: 3,
      items: {
        type: 'object',
        title: '家庭成员',
        required: ['memberName'],
        properties: { memberName: { type: 'string', title: '成员姓名', minLength: 1 } },
      },
    },
    agree: { type: 'boolean', title: '我承诺所填信息真实', const: true, description: '如有虚假，愿承担法律责任。' },
  },
  if: { properties: { kind: { const: 'litigation' } }, required: ['kind'] },
  then: {
    required: ['caseNo'],
    properties: { caseNo: { type: 'string', title: '案号', minLength: 1 } },
  },
};

/** Two steps with an x-fz-steps hint. */
export const stepSchema: SchemaObject = {
  $id: 'https://example.org/test/steps/v1.schema.json',
  title: '分步申请',
  type: 'object',
  required: ['name', 'reason'],
  'x-fz-steps': [
    { id: 'who', title: '申请人', fields: ['name'] },
    { id: 'what', title: '申请事项', fields: ['reason'] },
  ],
  properties: {
    name: { type: 'string', title: '姓名', minLength: 1 },
    reason: { type: 'string', title: '申请理由', minLength: 1, maxLength: 200, 'x-fz-widget': 'textarea' },
  },
};
