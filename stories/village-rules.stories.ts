import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { villageRuleSubmissionExamples, type RedFlagOverride } from '@fazhi/core';
import type { FzVillageRuleForm, FzVillageRuleReview, VillageRuleRecord } from '@fazhi/village-rules';
import '@fazhi/village-rules/define';

type Example = Record<string, any>;
const example = (): Example => structuredClone(villageRuleSubmissionExamples[0]!);

/** Ten articles as a clerk might type them; the 3rd and the 7th break the law. */
const articles = [
  '本村村民应当遵守宪法、法律、法规和国家政策。',
  '村民应当爱护公共设施，保持村容整洁。',
  '乱倒垃圾者罚款200元',
  '提倡婚事新办、丧事简办，不大操大办。',
  '子女应当履行赡养父母的义务。',
  '邻里纠纷必须先经村调解委员会调解，不出村。',
  '外嫁女户口未迁出的不再享受集体分红',
  '不按时交清洁费的停水',
  '倡导文明养犬，不乱扔垃圾。',
  '本村规民约自村民会议通过之日起施行。',
].map((text) => ({ text }));

const submission = (): Example => ({ ...example(), articles, attachments: undefined });

const record: VillageRuleRecord = {
  receiptNo: 'CG-20260921-000007',
  receivedAt: '2026-09-21T10:15:00+08:00',
  data: submission() as VillageRuleRecord['data'],
  reviews: [],
};

/** A province's own pattern (as in its precheck-src JSON file). */
const provincePatterns: RedFlagOverride[] = [
  {
    id: 'bride-price',
    pattern: '彩礼.{0,8}(交|缴|罚)',
    title: '彩礼与收费、处罚挂钩',
    explanation: '可以倡导不要天价彩礼，但不能因此收费或处罚。',
    basis: '民政部等七部门《关于做好村规民约和居民公约工作的指导意见》',
    level: 'medium',
    issue: 'other',
  },
];

type Args = {
  locale: 'zh-CN' | 'en';
  careMode: boolean;
  data?: unknown;
  patterns?: RedFlagOverride[];
  /** A field to open the form at (its step is shown). */
  at?: string;
  /** Show the errors of the whole form. */
  validate?: boolean;
};

const meta: Meta<Args> = {
  title: 'Elements/fz-village-rule-form',
  component: 'fz-village-rule-form',
  args: { locale: 'zh-CN', careMode: false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    careMode: { control: 'boolean' },
  },
  // autosave="off": a story must not restore what an earlier story typed into sessionStorage.
  render: ({ locale, careMode, data, patterns }) =>
    html`<fz-village-rule-form
      autosave="off"
      action="/api/village-rules"
      locale=${locale}
      ?care-mode=${careMode}
      .precheckPatterns=${patterns}
      .data=${data ?? {}}
      ><p>在线报送暂时无法使用。请将村规民约文本和会议记录报送所属乡镇（街道）司法所，咨询电话 12348。</p></fz-village-rule-form
    >`,
  play: async ({ canvasElement, args }) => {
    const form = canvasElement.querySelector('fz-village-rule-form, fz-village-rule-review') as FzVillageRuleForm | FzVillageRuleReview;
    await form.updateComplete;
    if (args.validate) await form.validate();
    else if (args.at) await form.focusField(args.at);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

/** The pre-check under each article: the fine, the 外嫁女 clause, 停水 and 调解 are explained with their basis. */
export const ArticlesWithAdvice: Story = { args: { data: submission(), at: '/articles/0/text' } };

/** Votes in favour above attendance: refused on the field, with the same message as the server's. */
export const VotesAboveAttendance: Story = {
  args: { data: { ...submission(), meeting: { ...example().meeting, inFavour: 600 } }, validate: true },
};

export const WithErrors: Story = { args: { validate: true } };

/** A province's extra pattern (彩礼 tied to a charge), set as `.precheckPatterns`. */
export const ProvincePatterns: Story = {
  args: { data: { ...submission(), articles: [{ text: '彩礼超过5万元的交保证金1000元' }] }, patterns: provincePatterns, at: '/articles/0/text' },
};

export const CareMode: Story = { args: { careMode: true, data: submission(), at: '/articles/0/text' } };

export const English: Story = { args: { locale: 'en', data: submission(), at: '/articles/0/text' } };

// ---- the reviewer's side ----

const review = (args: Args, reviewRecord: VillageRuleRecord | undefined, recordSrc = '') =>
  html`<fz-village-rule-review
    autosave="off"
    action="/api/village-rules/reviews"
    record-src=${recordSrc}
    locale=${args.locale}
    ?care-mode=${args.careMode}
    .precheckPatterns=${args.patterns}
    .record=${reviewRecord}
    ><p>审查表暂时无法使用，请按纸质《村规民约合法性审查意见书》填写。</p></fz-village-rule-review
  >`;

/** Step 1: what was filed (meeting, votes, consultation) and the procedure findings. */
export const Review: Story = { render: (args) => review(args, record) };

/** Step 2: every article with its pre-check flags, and an opinion on each. */
export const ReviewArticles: Story = { args: { at: '/articleOpinions' }, render: (args) => review(args, record) };

export const ReviewWithErrors: Story = { args: { validate: true }, render: (args) => review(args, record) };

/** Nothing filed yet: the reference server's demo example, marked as such. */
export const ReviewOfTheExample: Story = { render: (args) => review(args, { ...record, receiptNo: 'CG-示例', receivedAt: null }) };

/** `record-src` could not be read (here: no server): a plain message, and the portal's fallback content stays. */
export const ReviewRecordNotLoaded: Story = { render: (args) => review(args, undefined, '/api/village-rules/records/CG-20200101-000000') };

export const ReviewCareMode: Story = { args: { careMode: true, at: '/articleOpinions' }, render: (args) => review(args, record) };
