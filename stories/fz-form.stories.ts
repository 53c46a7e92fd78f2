import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FzForm } from '@fazhi/form';
import '@fazhi/form/define';

/** A small consultation form: a choice, a conditional field, repeatable rows and a consent box. */
const demoSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://fazhi.example/schemas/storybook-demo/v1',
  title: '法律咨询登记',
  type: 'object',
  required: ['name', 'phone', 'topic', 'consent'],
  properties: {
    name: { type: 'string', title: '姓名', minLength: 1, maxLength: 20 },
    phone: { type: 'string', title: '联系电话', format: 'cn-mobile', description: '工作人员会用这个号码联系您' },
    topic: {
      title: '咨询事项',
      oneOf: [
        { const: 'labour', title: '劳动争议（讨薪、工伤）' },
        { const: 'family', title: '婚姻家庭' },
        { const: 'other', title: '其他' },
      ],
    },
    people: {
      type: 'array',
      title: '同行人员',
      description: '一起来咨询的人，没有可以不填',
      maxItems: 5,
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', title: '姓名', minLength: 1 },
          relation: { type: 'string', title: '与您的关系' },
        },
      },
    },
    consent: { type: 'boolean', const: true, title: '我同意司法局为办理本次咨询使用以上信息' },
  },
  if: { properties: { topic: { const: 'other' } }, required: ['topic'] },
  then: {
    required: ['topicOther'],
    properties: { topicOther: { type: 'string', title: '请说明咨询事项', minLength: 2 } },
  },
};

/** English texts for the schema, as a county overlay (JSON Merge Patch) would give them. */
const englishOverlay = {
  title: 'Legal consultation',
  properties: {
    name: { title: 'Full name' },
    phone: { title: 'Mobile number', description: 'Staff will call you on this number' },
    topic: {
      title: 'What is it about',
      oneOf: [
        { const: 'labour', title: 'Work dispute (unpaid wages, injury)' },
        { const: 'family', title: 'Marriage and family' },
        { const: 'other', title: 'Something else' },
      ],
    },
    people: {
      title: 'People coming with you',
      description: 'Leave empty if you come alone',
      items: { properties: { name: { title: 'Full name' }, relation: { title: 'Relation to you' } } },
    },
    consent: { title: 'I agree that the justice bureau uses this information for this consultation' },
  },
  then: { properties: { topicOther: { title: 'Please describe the matter' } } },
};

const filled = {
  name: '王秀兰',
  phone: '13800138000',
  topic: 'labour',
  people: [{ name: '王小明', relation: '儿子' }],
  consent: true,
};

type Args = { locale: 'zh-CN' | 'en'; careMode: boolean; data?: unknown; overlay?: unknown };

const meta: Meta<Args> = {
  title: 'Elements/fz-form',
  component: 'fz-form',
  args: { locale: 'zh-CN', careMode: false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    careMode: { control: 'boolean' },
  },
  // autosave="off": a story must not restore what an earlier story typed into sessionStorage.
  render: ({ locale, careMode, data, overlay }) =>
    html`<fz-form
      autosave="off"
      locale=${locale}
      ?care-mode=${careMode}
      .schema=${demoSchema}
      .overlay=${overlay}
      .data=${data ?? {}}
    ></fz-form>`,
};
export default meta;

type Story = StoryObj<Args>;

async function formIn(canvasElement: HTMLElement): Promise<FzForm> {
  const form = canvasElement.querySelector('fz-form') as FzForm;
  await form.updateComplete;
  return form;
}

export const Empty: Story = {};

export const Filled: Story = { args: { data: filled } };

/** Submitting an empty form: the error summary at the top, an inline error under each field. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await form.validate();
  },
};

/** Choosing 其他 shows the field that explains it (declared only in the schema's `then`). */
export const ConditionalField: Story = {
  args: { data: { ...filled, topic: 'other' } },
};

export const RepeatableRows: Story = {
  args: {
    data: {
      ...filled,
      people: [
        { name: '王小明', relation: '儿子' },
        { name: '李桂芳', relation: '邻居' },
        { name: '' },
      ],
    },
  },
};

/** `locale="en"` switches the element's own texts; the overlay gives the schema's texts in English. */
export const English: Story = { args: { locale: 'en', overlay: englishOverlay } };

export const EnglishWithErrors: Story = {
  args: { locale: 'en', overlay: englishOverlay },
  play: WithErrors.play,
};

/** 关怀模式: larger text, stronger contrast, larger targets. */
export const CareMode: Story = { args: { careMode: true, data: filled } };

export const CareModeWithErrors: Story = {
  args: { careMode: true },
  play: WithErrors.play,
};
