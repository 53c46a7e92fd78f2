import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { applyQuery, parseListQuery } from '@fazhi/core';
import type { FzPowerList, PowerListItem } from '@fazhi/power-list';
import '@fazhi/power-list/define';
import township from '../packages/server/samples/power-list-township.json';

const sample = township as PowerListItem[];

/*
 * A stand-in backend for the server-mode stories, answering the list protocol from the sample with
 * the same core functions the reference server uses. Only /demo-api/ is intercepted.
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith('/demo-api/')) return realFetch(input, init);
  if (url.pathname === '/demo-api/slow') return new Promise<Response>(() => {});
  if (url.pathname === '/demo-api/broken') return Promise.resolve(new Response('<html>502 Bad Gateway</html>', { status: 502 }));
  // As the reference server: a search longer than 100 characters is refused.
  if (Array.from(url.searchParams.get('q') ?? '').length > 100) {
    return Promise.resolve(Response.json({ type: '/problems/bad-query', title: '查询条件有误', status: 400 }, { status: 400 }));
  }
  const result = applyQuery(sample, parseListQuery(url.searchParams), {
    searchFields: ['name', 'code', 'basis', 'subItems'],
    facetFields: ['category', 'agency', 'status'],
    sortFields: ['code', 'name', 'agency', 'updatedAt'],
  });
  return new Promise((resolve) => setTimeout(() => resolve(Response.json(result)), 400));
};

interface Args {
  locale: 'zh-CN' | 'en';
  careMode: boolean;
  mode: 'client' | 'server';
  src?: string;
  items?: PowerListItem[];
  pageSize: number;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Lists/fz-power-list',
  component: 'fz-power-list',
  args: { locale: 'zh-CN', careMode: false, mode: 'client', items: sample, pageSize: 20 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    mode: { control: 'inline-radio', options: ['client', 'server'] },
  },
  render: ({ locale, careMode, mode, src, items, pageSize, width }) =>
    html`<div style="max-width: ${width ?? '72rem'}">
      <fz-power-list
        no-deep-link
        locale=${locale}
        mode=${mode}
        page-size=${pageSize}
        ?care-mode=${careMode}
        src=${src ?? ''}
        .items=${src ? undefined : items}
      ></fz-power-list>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const list = (canvas: HTMLElement) => canvas.querySelector<FzPowerList>('fz-power-list')!;
const settle = async (canvas: HTMLElement) => {
  const el = list(canvas);
  await el.updateComplete;
  return el.shadowRoot!;
};

/** The 91-item township list (synthetic), first page. */
export const Loaded: Story = {};

/** 行政检查 chosen: the other chips keep their counts. */
export const FilteredByCategory: Story = {
  play: async ({ canvasElement }) => {
    const root = await settle(canvasElement);
    [...root.querySelectorAll<HTMLButtonElement>('.fz-chip')].find((b) => b.textContent!.includes('行政检查'))!.click();
  },
};

/** A fragment of a legal basis typed with full-width digits and a space. */
export const SearchByLegalBasis: Story = {
  play: async ({ canvasElement }) => {
    const root = await settle(canvasElement);
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = '未满１６ 周岁';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  },
};

/** Nothing found: the message repeats what was searched and where. */
export const EmptyResult: Story = {
  play: async ({ canvasElement }) => {
    const root = await settle(canvasElement);
    [...root.querySelectorAll<HTMLButtonElement>('.fz-chip')].find((b) => b.textContent!.includes('行政奖励'))!.click();
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = '宅基地';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  },
};

/** One item opened: legal basis, responsibilities, accountability and the process chart. */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const root = await settle(canvasElement);
    root.querySelector<HTMLButtonElement>('.fz-disclosure')!.click();
  },
};

/** Sorted by name (pinyin order). */
export const SortedByName: Story = {
  play: async ({ canvasElement }) => {
    const root = await settle(canvasElement);
    [...root.querySelectorAll<HTMLButtonElement>('.fz-sort-button')].find((b) => b.textContent!.includes('事项名称'))!.click();
  },
};

/** Cards instead of the table in a phone-width column, with a sort menu. */
export const Narrow: Story = { args: { width: '360px' } };

export const CareMode: Story = { args: { careMode: true } };

export const English: Story = { args: { locale: 'en' } };

/** Server mode against a stand-in backend (400 ms per answer). */
export const ServerMode: Story = { args: { mode: 'server', src: '/demo-api/power-list', pageSize: 10 } };

/** Waiting for the first answer. */
export const Loading: Story = { args: { mode: 'server', src: '/demo-api/slow' } };

/** The backend answered with a gateway error page: a plain message and a retry button. */
export const LoadError: Story = { args: { mode: 'server', src: '/demo-api/broken' } };

/** A list with no items yet. */
/** A search the server refuses (over 100 characters): 查询条件有误 with a way to clear it, not a network error. */
export const RefusedSearch: Story = {
  args: { mode: 'server', src: '/demo-api/power-list', pageSize: 10 },
  play: async ({ canvasElement }) => {
    const root = await settle(canvasElement);
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = '许可'.repeat(51);
    input.closest('form')!.requestSubmit();
  },
};

export const NoItems: Story = { args: { items: [] } };

/** Item text containing markup is shown as text; nothing runs. */
export const MarkupIsText: Story = {
  args: {
    items: [
      {
        code: 'X-0001',
        name: '<img src=x onerror="alert(1)">对某行为的处罚',
        category: 'penalty',
        agency: '<script>alert(2)</script>示范县某局',
        basis: [{ lawName: '《<a href="javascript:alert(3)">某法</a>》', article: '第一条', text: '<b>粗体</b>不会生效' }],
        steps: [{ title: '立案' }, { title: '<i>决定</i>' }],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const root = await settle(canvasElement);
    root.querySelector<HTMLButtonElement>('.fz-disclosure')!.click();
  },
};
