import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SchemaObject } from '@fazhi/core';
import type { FzForm } from '@fazhi/form';
import '@fazhi/form/define';

/**
 * A schema written elsewhere, with no `x-fz-` hint: a yes/no question that reveals a field right
 * below it, a branch that changes a field's hint, a long answer, a list that starts with a row, a
 * region field with the national 行政区划 (downloaded on demand) and a confirmation.
 */
const mediationSchema: SchemaObject = {
  $id: 'https://fazhi.example/schemas/storybook-plain-mediation/v1',
  title: '人民调解申请',
  type: 'object',
  required: ['name', 'idType', 'idNumber', 'sued', 'story', 'parties', 'agree'],
  properties: {
    name: { type: 'string', title: '姓名', minLength: 1 },
    idType: {
      type: 'string',
      title: '证件类型',
      oneOf: [
        { const: 'resident', title: '居民身份证' },
        { const: 'passport', title: '护照' },
      ],
    },
    idNumber: { type: 'string', title: '证件号码', description: '照证件填写。', minLength: 1 },
    sued: { type: 'boolean', title: '您是否已经起诉？' },
    region: { type: 'string', title: '纠纷发生地', format: 'cn-region-code' },
    story: { type: 'string', title: '纠纷经过', minLength: 20, maxLength: 2000 },
    parties: {
      type: 'array',
      title: '对方当事人',
      minItems: 1,
      items: { type: 'object', title: '对方当事人', required: ['partyName'], properties: { partyName: { type: 'string', title: '姓名或单位名称', minLength: 1 } } },
    },
    agree: { type: 'boolean', const: true, title: '我承诺所填信息真实', description: '如有虚假，愿意承担相应的法律责任。' },
  },
  allOf: [
    {
      if: { properties: { idType: { const: 'resident' } }, required: ['idType'] },
      then: { properties: { idNumber: { title: '公民身份号码', description: '18位，最后一位可能是X。', format: 'cn-id-card' } } },
    },
    {
      if: { properties: { sued: { const: true } }, required: ['sued'] },
      then: { required: ['court'], properties: { court: { type: 'string', title: '受理法院', minLength: 1 } } },
    },
  ],
};

type Args = { careMode: boolean; data?: unknown };

const meta: Meta<Args> = {
  title: 'Elements/fz-form/Plain schema',
  component: 'fz-form',
  args: { careMode: false },
  render: ({ careMode, data }) => html`<fz-form autosave="off" ?care-mode=${careMode} .schema=${mediationSchema} .data=${data ?? {}}></fz-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** 是/否 radios for the question, one empty row for the list, a text area for the long answer. */
export const Empty: Story = {};

/** 是 reveals 受理法院 right below the question; 居民身份证 shows the branch's hint and title. */
export const Revealed: Story = { args: { data: { idType: 'resident', sued: true } } };

/** The region field as a 省/市/县 cascade of the national data, 西湖区 chosen. */
export const RegionChosen: Story = { args: { data: { region: '330106' } } };

/** Submitted empty: 请选择您是否已经起诉？ beside the other messages. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('fz-form') as FzForm;
    await form.updateComplete;
    await form.validate();
  },
};

/** An annotation that is not text (here a title object) is left out; the field goes by its key. */
export const AnnotationNotText: Story = {
  render: () =>
    html`<fz-form
      autosave="off"
      .schema=${{ ...mediationSchema, properties: { ...mediationSchema.properties, name: { type: 'string', title: { text: '姓名' } } } } as unknown as SchemaObject}
    ></fz-form>`,
};

export const CareMode: Story = { args: { careMode: true, data: { sued: true } } };
