import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { applyQuery, isPublishable, parseListQuery, type MaskRules } from '@fazhi/core';
import { LIST_OPTIONS, type EnforcementData, type FzEnforcementNotice, type ViewName } from '@fazhi/enforcement-notice';
import '@fazhi/enforcement-notice/define';
import bodies from '../packages/server/samples/enforcement-bodies.json';
import officers from '../packages/server/samples/enforcement-officers.json';
import matters from '../packages/server/samples/enforcement-matters.json';
import decisions from '../packages/server/samples/enforcement-decisions.json';

/** The samples are synthetic; their publication periods are set around this date. */
const TODAY = '2026-11-24';
const sample = { bodies, officers, matters, decisions } as unknown as EnforcementData;

/*
 * A stand-in backend for the server-mode stories, answering the list protocol from the samples.
 * Like a careless backend it sends everything unmasked, so the stories also show the element's own
 * masking. Only /demo-enforcement/ is intercepted.
 */
const previousFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith('/demo-enforcement/')) return previousFetch(input, init);
  if (url.pathname.startsWith('/demo-enforcement/slow/')) return new Promise<Response>(() => {});
  if (url.pathname.startsWith('/demo-enforcement/broken/')) return Promise.resolve(new Response('<html>502 Bad Gateway</html>', { status: 502 }));
  // As the reference server: a search longer than 100 characters is refused.
  if (Array.from(url.searchParams.get('q') ?? '').length > 100) {
    return Promise.resolve(Response.json({ type: '/problems/bad-query', title: '查询条件有误', status: 400 }, { status: 400 }));
  }
  const view = url.pathname.split('/').pop() as ViewName;
  const items = (sample[view] as unknown[]).filter((d) => view !== 'decisions' || isPublishable(d, TODAY));
  const result = applyQuery(items as Record<string, unknown>[], parseListQuery(url.searchParams), LIST_OPTIONS[view]);
  return new Promise((resolve) => setTimeout(() => resolve(Response.json(result)), 400));
};

interface Args {
  locale: 'zh-CN' | 'en';
  careMode: boolean;
  mode: 'client' | 'server';
  view?: ViewName;
  src?: string;
  data?: EnforcementData;
  maskRules?: Partial<MaskRules>;
  pageSize: number;
}

const meta: Meta<Args> = {
  title: 'Lists/fz-enforcement-notice',
  component: 'fz-enforcement-notice',
  args: { locale: 'zh-CN', careMode: false, mode: 'client', data: sample, pageSize: 10 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    mode: { control: 'inline-radio', options: ['client', 'server'] },
    view: { control: 'select', options: [undefined, 'decisions', 'bodies', 'officers', 'matters'] },
  },
  render: ({ locale, careMode, mode, view, src, data, maskRules, pageSize }) =>
    html`<div style="max-width: 72rem">
      <fz-enforcement-notice
        locale=${locale}
        mode=${mode}
        view=${view ?? ''}
        page-size=${pageSize}
        ?care-mode=${careMode}
        src=${src ?? ''}
        .data=${src ? undefined : data}
        .maskRules=${maskRules}
        .today=${TODAY}
      ></fz-enforcement-notice>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const settle = async (canvas: HTMLElement) => {
  const el = canvas.querySelector<FzEnforcementNotice>('fz-enforcement-notice')!;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
};
const tab = (view: ViewName): Story => ({
  play: async ({ canvasElement }) => {
    const { el, root } = await settle(canvasElement);
    root.querySelector<HTMLButtonElement>(`[role=tab][id$="tab-${view}"]`)!.click();
    await el.updateComplete;
  },
});
const change = (root: ShadowRoot, selector: string, value: string) => {
  const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event('change'));
};

/** Decisions (samples): natural persons' names, ID numbers and phones masked; a revoked, an expired and a minor's decision never shown. */
export const Decisions: Story = {};

export const Bodies: Story = tab('bodies');

/** Certificate numbers and validity; an expired certificate is marked in words, not only colour. */
export const Officers: Story = tab('officers');

export const Matters: Story = tab('matters');

/** One list on its own (view="officers"): no tabs. */
export const SingleView: Story = { args: { view: 'officers' } };

export const FilteredByBody: Story = {
  play: async ({ canvasElement }) => {
    const { root } = await settle(canvasElement);
    change(root, 'select[id$="-body"]', '某某县综合行政执法局');
  },
};

export const FilteredByKindAndDate: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = await settle(canvasElement);
    change(root, 'select[id$="-kind"]', 'fine');
    await el.updateComplete;
    change(root, 'input[id$="-from"]', '2026-04-01');
    await el.updateComplete;
    change(root, 'input[id$="-to"]', '2026-08-31');
  },
};

/** Search over masked text only: typing a party's real name finds nothing. */
export const Searched: Story = {
  play: async ({ canvasElement }) => {
    const { root } = await settle(canvasElement);
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = '保质期';
    input.closest('form')!.requestSubmit();
  },
};

export const NothingFound: Story = {
  play: async ({ canvasElement }) => {
    const { root } = await settle(canvasElement);
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = '没有这样的案件';
    input.closest('form')!.requestSubmit();
  },
};

export const NoData: Story = { args: { data: { bodies: [], officers: [], matters: [], decisions: [] } } };

/** A natural person's decision in full: the facts held an ID number, a phone and an address. */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    const { root } = await settle(canvasElement);
    const rows = [...root.querySelectorAll<HTMLButtonElement>('button[data-doc-no]')];
    // The first row whose party is shown as 某 (a natural person).
    (rows.find((b) => /某$/.test(b.closest('tr')!.children[1]!.textContent!.trim())) ?? rows[0]!).click();
  },
};

export const ChartAsTables: Story = {
  play: async ({ canvasElement }) => {
    const { root } = await settle(canvasElement);
    root.querySelector<HTMLButtonElement>('.fz-chart-toggle')!.click();
  },
};

/**
 * The CSV of a filtered view (the 下载 button saves the same text): only the filtered rows, the
 * masked values as shown, a BOM first, and a cell starting with = + - @ prefixed with an apostrophe.
 */
export const CsvExport: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = await settle(canvasElement);
    change(root, 'select[id$="-body"]', '某某县综合行政执法局');
    await el.updateComplete;
    const { csv } = await el.exportCsv();
    const pre = document.createElement('pre');
    pre.style.whiteSpace = 'pre-wrap';
    pre.textContent = csv.replace('\ufeff', '[BOM]');
    canvasElement.append(pre);
  },
};

/** A deep link (`#fz-<id>=decisions/<id or 文号>`) opens the decision's detail; closing it takes it out of the address. */
export const DeepLink: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = await settle(canvasElement);
    el.id = 'story-notice';
    const docNo = root.querySelector<HTMLButtonElement>('button[data-doc-no]')!.dataset.docNo!;
    location.hash = `fz-story-notice=decisions/${encodeURIComponent(docNo)}`;
  },
};

/**
 * A feed that writes names as real feeds do: U+3000 padding, spaces, （男）, a minority name's dot
 * written differently, a Latin name in capitals, a co-party and a witness, a person typed as an
 * organisation. Every one is masked in the list, the detail, the search and the CSV.
 */
export const NamesSpeltDifferently: Story = {
  args: {
    data: {
      ...sample,
      decisions: [
        ['Q01', 'natural-person', '王　明', '王明无照经营案', '当事人王明无照经营。'],
        ['Q02', 'natural-person', '郑 小 红（女）', '郑小红、李大海无照经营案', '当事人郑　小红与李大海合伙经营，证人李建华在场。'],
        ['Q03', 'natural-person', '阿依古丽·买买提', '阿依古丽•买买提无照经营案', '当事人阿依古丽买买提无照经营。'],
        ['Q04', 'natural-person', 'Zhang Wei', 'ZHANG WEI无照经营案', '当事人zhang wei无照经营。'],
        ['Q05', 'legal-entity', '赵德柱', '赵德柱无照经营案', '当事人赵德柱无照经营。'],
      ].map(([no, partyType, partyName, caseName, facts]) => ({
        docNo: `某市监罚〔2026〕${no}号`, partyType, partyName, legalRep: partyType === 'legal-entity' ? partyName : undefined, caseName, facts,
        violation: '无照经营', penaltyTypes: ['fine'], fineAmount: 2000, decidedAt: '2026-10-06', publishedAt: '2026-10-12', agency: '某某县市场监督管理局', status: 'valid',
      })),
    } as unknown as EnforcementData,
  },
};

/** A search the server refuses (over 100 characters): 查询条件有误 with a way to clear it, not a network error. */
export const RefusedSearch: Story = {
  args: { mode: 'server', src: '/demo-enforcement' },
  play: async ({ canvasElement }) => {
    const { root } = await settle(canvasElement);
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = '罚款'.repeat(51);
    input.closest('form')!.requestSubmit();
  },
};

/** A portal that tightened the rules: 张某某, phone numbers and addresses left out entirely. */
export const StricterMasking: Story = { args: { maskRules: { name: 'moumou', phone: 'omit', address: 'omit' } } };

export const ServerMode: Story = { args: { mode: 'server', src: '/demo-enforcement' } };

export const Loading: Story = { args: { mode: 'server', src: '/demo-enforcement/slow' } };

export const LoadFailed: Story = { args: { mode: 'server', src: '/demo-enforcement/broken' } };

export const CareMode: Story = { args: { careMode: true } };

export const English: Story = { args: { locale: 'en' } };
