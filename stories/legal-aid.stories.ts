import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { legalAidApplicationExamples as examples, regionsSample } from '@fazhi/core';
import type { FzLegalAidForm } from '@fazhi/legal-aid';
import '@fazhi/legal-aid/define';
import countyOverlay from '../packages/legal-aid/test/county-overlay.json';

type Example = Record<string, any>;
const example = (i: number): Example => structuredClone(examples[i]!);

/** The schema's minor, born 2014-03-15 instead (under 14): representative, sensitive and guardian consent. */
const minorUnder14 = {
  ...example(3),
  applicant: { ...example(3).applicant, idNumber: '330122201403150021', birthDate: '2014-03-15', age: undefined },
  sensitiveConsent: true,
  guardianConsent: true,
};

type Args = {
  locale: 'zh-CN' | 'en';
  careMode: boolean;
  data?: unknown;
  overlay?: unknown;
  overlaySrc?: string;
  /** A field to open the form at (its step is shown): a citizen part-way through. */
  at?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/fz-legal-aid-form',
  component: 'fz-legal-aid-form',
  args: { locale: 'zh-CN', careMode: false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    careMode: { control: 'boolean' },
  },
  // autosave="off": a story must not restore what an earlier story typed into sessionStorage.
  render: ({ locale, careMode, data, overlay, overlaySrc }) =>
    html`<fz-legal-aid-form
      autosave="off"
      action="/api/legal-aid"
      locale=${locale}
      ?care-mode=${careMode}
      overlay-src=${ifDefined(overlaySrc)}
      .overlay=${overlay}
      .regions=${regionsSample}
      .data=${data}
      ><p>在线申请暂时无法使用。请拨打 12348 公共法律服务热线，或到县法律援助中心办理。</p></fz-legal-aid-form
    >`,
  play: async ({ canvasElement, args }) => {
    if (args.at) await (await formIn(canvasElement)).focusField(args.at);
  },
};
export default meta;

type Story = StoryObj<Args>;

async function formIn(canvasElement: HTMLElement): Promise<FzLegalAidForm> {
  const form = canvasElement.querySelector('fz-legal-aid-form') as FzLegalAidForm;
  await form.updateComplete;
  return form;
}

/** Presses 下一步 until the check-answers page shows (the data must be complete). */
async function toCheckAnswers(form: FzLegalAidForm) {
  const where = () => form.shadowRoot!.querySelector('.fz-progress, .fz-check-title')?.textContent;
  for (let i = 0; i < 8 && !form.shadowRoot!.querySelector('.fz-check'); i++) {
    const before = where();
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    for (let wait = 0; wait < 40 && where() === before && !form.shadowRoot!.querySelector('.fz-error-summary'); wait++) {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** Submits with an answer made up in the page (a portal can do the same with `respondWith`). */
async function submitWithReceipt(form: FzLegalAidForm) {
  form.addEventListener('fz-submit', (e) => {
    const event = e as CustomEvent<{ respondWith(p: Promise<Response>): void }>;
    event.preventDefault();
    const body = JSON.stringify({ receiptNo: 'FY-20261124-000123', receivedAt: '2026-11-24T09:30:12+08:00' });
    event.detail.respondWith(Promise.resolve(new Response(body, { status: 201, headers: { 'content-type': 'application/json' } })));
  });
  await toCheckAnswers(form);
  await form.submit();
  await form.updateComplete;
}

export const Empty: Story = {};

/** The portal's fallback stays when the county overlay cannot be loaded (here: a missing file). */
export const FallbackWhenOverlayFails: Story = { args: { overlaySrc: '/no-such-overlay.json' } };

/** 农民工讨薪 (第42条第三项): no household income asked, proof of the status instead. */
export const MigrantWorkerMidway: Story = { args: { data: example(0), at: '/specialGroup' } };

/** A child under 14: the representative's section is required (第40条). */
export const MinorWithGuardianMidway: Story = { args: { data: minorUnder14, at: '/representative/relation' } };

/** 家庭暴力 (第32条): five steps, the economic step is gone. */
export const DomesticViolenceMidway: Story = { args: { data: example(2), at: '/matter/type' } };

/** An ordinary applicant: household size and income, the per-head figure computed read-only. */
export const HouseholdIncomeMidway: Story = { args: { data: example(1), at: '/economy/householdSize' } };

/** A county's overlay: the province's standard shown beside the per-head figure, a relabelled option and an added question. */
export const CountyOverlay: Story = { args: { data: example(1), overlay: countyOverlay, at: '/economy/householdSize' } };

/** Pressing 下一步 on an empty first step: the summary, in Chinese, with a link to each field. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
};

/** Submitting an unfinished application: every problem of every step at once. */
export const SubmitWithErrors: Story = {
  args: { data: { applicant: { name: '王5', idType: 'resident-id', idNumber: '340524198001010010' } } },
  play: async ({ canvasElement }) => {
    await (await formIn(canvasElement)).submit();
  },
};

export const CheckAnswers: Story = {
  args: { data: minorUnder14 },
  play: async ({ canvasElement }) => toCheckAnswers(await formIn(canvasElement)),
};

/** After 更改 on the check page the step's button reads 返回核对 and goes straight back there; computed answers (年龄, 性别) have no 更改. */
export const ChangeFromCheckAnswers: Story = {
  args: { data: minorUnder14 },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await toCheckAnswers(form);
    form.shadowRoot!.querySelector<HTMLButtonElement>('.fz-answer-change button')!.click();
    await form.updateComplete;
  },
};

/** The receipt: the 7-day decision (第43条), what to bring, 打印回执 and 打印申请表. */
export const Receipt: Story = {
  args: { data: { ...example(1), urgency: { kind: 'preservation' } } },
  play: async ({ canvasElement }) => submitWithReceipt(await formIn(canvasElement)),
};

/** The application as printed for signing (the print dialog is skipped in the story). */
export const PrintedApplication: Story = {
  args: { data: minorUnder14 },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await submitWithReceipt(form);
    const print = window.print;
    window.print = () => undefined;
    try {
      [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === '打印申请表')!.click();
      await form.updateComplete;
    } finally {
      window.print = print;
    }
  },
};

/** 关怀模式: larger text, stronger contrast, larger targets. */
export const CareMode: Story = { args: { careMode: true, data: example(1), at: '/economy/householdSize' } };

/** 关怀模式 on the last step: the personal-information notice in full, never cut off in a scrolling box. */
export const CareModeConsentNotice: Story = { args: { careMode: true, data: example(1), at: '/consent' } };

export const CareModeWithErrors: Story = { args: { careMode: true }, play: WithErrors.play };

/** `locale="en"`: the element's own texts in English; the schema's texts stay as the county wrote them. */
export const English: Story = { args: { locale: 'en' } };

export const EnglishReceipt: Story = {
  args: { locale: 'en', data: example(1) },
  play: async ({ canvasElement }) => submitWithReceipt(await formIn(canvasElement)),
};
