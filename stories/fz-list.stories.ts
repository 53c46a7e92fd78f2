import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SchemaObject } from '@fazhi/core';
import type { FzList } from '@fazhi/form';
import '@fazhi/form/define-list';
import normativeSchema from '../schemas/normative-document.schema.json';
import normative from '../packages/server/samples/lists/normative-documents.json';

const schema = normativeSchema as SchemaObject;
const sample = normative.items as Record<string, unknown>[];

interface Args {
  locale: 'zh-CN' | 'en';
  careMode: boolean;
  items: Record<string, unknown>[];
  src?: string;
  pageSize: number;
}

/** 规范性文件目录 from its record schema and the county sample (fictional), in client mode. */
const meta: Meta<Args> = {
  title: 'Lists/fz-list',
  component: 'fz-list',
  args: { locale: 'zh-CN', careMode: false, items: sample, pageSize: 20 },
  argTypes: { locale: { control: 'inline-radio', options: ['zh-CN', 'en'] } },
  render: ({ locale, careMode, items, src, pageSize }) =>
    html`<div style="max-width: 72rem">
      <fz-list
        no-deep-link
        locale=${locale}
        page-size=${pageSize}
        ?care-mode=${careMode}
        .schema=${schema}
        src=${src ?? ''}
        .items=${src ? undefined : items}
      ></fz-list>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const list = async (canvas: HTMLElement) => {
  const el = canvas.querySelector<FzList>('fz-list')!;
  await el.updateComplete;
  return el.shadowRoot!;
};

/** The first page of the county's normative documents. */
export const Loaded: Story = {};

/** No documents at all. */
export const Empty: Story = { args: { items: [] } };

/** The list cannot be loaded: the message says what to do and offers to retry. */
export const LoadError: Story = { args: { src: '/no-such-list.json' } };

/** One document opened: every public field labelled from the schema, the link to the original text. */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    root.querySelector<HTMLButtonElement>('.fz-list-open')!.click();
  },
};

/** 关怀模式: larger text and targets. */
export const CareMode: Story = { args: { careMode: true } };
