import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { regionsSample, type SchemaObject } from '@fazhi/core';
import type { FzForm } from '@fazhi/form';
import '@fazhi/form/define';

/** Every Chinese field of the kit, chosen by `format` or `x-fz-widget` in a plain schema. */
const kitSchema: SchemaObject = {
  $id: 'https://fazhi.example/schemas/storybook-field-kit/v1',
  title: '常用字段',
  type: 'object',
  required: ['id', 'mobile', 'region', 'promise'],
  properties: {
    id: { type: 'string', title: '公民身份号码', format: 'cn-id-card' },
    mobile: { type: 'string', title: '手机号码', format: 'cn-mobile' },
    phone: { type: 'string', title: '固定电话', format: 'cn-phone', description: '区号-号码-分机号，例如 0571-87654321-123' },
    uscc: { type: 'string', title: '统一社会信用代码', format: 'cn-uscc', 'x-fz-warn': ['checksum'] },
    postcode: { type: 'string', title: '邮政编码', format: 'cn-postal-code' },
    region: { type: 'string', title: '现住址', format: 'cn-region-code', 'x-fz-widget': 'region' },
    nation: { type: 'string', title: '民族', 'x-fz-widget': 'ethnicity' },
    birth: { type: 'string', title: '出生日期', format: 'date' },
    facts: { type: 'string', title: '事实和理由', maxLength: 200, 'x-fz-widget': 'textarea' },
    files: {
      type: 'array',
      title: '证明材料',
      'x-fz-widget': 'file',
      'x-fz-accept': ['.pdf', '.jpg', '.png'],
      'x-fz-max-size': 10485760,
      maxItems: 5,
      items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, size: { type: 'integer' }, type: { type: 'string' } } },
    },
    promise: {
      type: 'boolean',
      const: true,
      title: '我承诺以上信息真实',
      'x-fz-widget': 'consent',
      description: '本人承诺所填写的信息真实、准确、完整。如有虚假，愿意承担相应的法律责任。',
    },
  },
};

const filled = {
  id: '11010519491231002X',
  mobile: '13812345678',
  phone: '0571-87654321-123',
  postcode: '310000',
  region: regionsSample[0]!.children![0]!.code,
  nation: '01',
  birth: '1949-12-31',
  facts: '用人单位拖欠工资三个月。',
  promise: true,
};

type Args = { careMode: boolean; data?: unknown };

const meta: Meta<Args> = {
  title: 'Elements/fz-form/Chinese field kit',
  component: 'fz-form',
  args: { careMode: false },
  render: ({ careMode, data }) =>
    html`<fz-form autosave="off" ?care-mode=${careMode} .schema=${kitSchema} .regions=${regionsSample} .data=${data ?? {}}></fz-form>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

/** The identity number shows back its birth date, sex and age; the region reads as names. */
export const Filled: Story = { args: { data: filled } };

/** Each kind of bad value with its plain Chinese message (a pilot credit code asks to be confirmed). */
export const WithErrors: Story = {
  args: {
    data: { id: '110105194912310021', mobile: '2381234567', phone: '12345', uscc: '91350100M0001TGQXM', postcode: '31000', birth: '2026-02-30' },
  },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('fz-form') as FzForm;
    await form.updateComplete;
    await form.validate();
  },
};

export const CareMode: Story = { args: { careMode: true, data: filled } };
