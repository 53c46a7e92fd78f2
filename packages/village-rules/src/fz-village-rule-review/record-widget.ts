import { villageRuleSubmissionSchema, type SchemaObject } from '@fazhi/core';
import { describedBy, fieldShell, formatReceivedAt, type FieldContext } from '@fazhi/form';
import { html, nothing, type TemplateResult } from 'lit';
import type { VillageHost } from '../precheck/advice.js';
import type { VillageRuleRecord } from './record.js';

/** The review's host also carries the submission under review. */
export interface ReviewHost extends VillageHost {
  record?: VillageRuleRecord;
  locale: 'zh-CN' | 'en';
}

type Node = {
  properties?: Record<string, Node>;
  items?: Node;
  allOf?: { then?: Node }[];
  oneOf?: { const?: unknown; title?: string }[];
};
const submission = villageRuleSubmissionSchema as SchemaObject as Node;

/** The title the submission schema gives a choice (文件类型, 会议类型…), else the value itself. */
function choiceTitle(path: string[], value: unknown): string {
  let node: Node | undefined = submission;
  // A property declared only in a branch (会议的参会方式) is found there.
  const child = (n: Node | undefined, key: string) => n?.properties?.[key] ?? n?.allOf?.map((b) => b.then?.properties?.[key]).find(Boolean);
  for (const key of path) node = key === '[]' ? node?.items : child(node, key);
  return node?.oneOf?.find((m) => m.const === value)?.title ?? String(value);
}

const text = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : String(value));

/** The facts a reviewer checks the procedure against, as a description list. */
function recordSummary(ctx: FieldContext, record: VillageRuleRecord, host: ReviewHost): TemplateResult {
  const t = host.vt;
  const d = record.data;
  const m = d.meeting ?? {};
  const o = d.opinionCollection ?? {};
  const rows: [string, string | undefined][] = [
    [t('recordReceipt'), record.receiptNo],
    [t('recordReceived'), record.receivedAt ? formatReceivedAt(record.receivedAt, host.locale) : undefined],
    [t('recordVillage'), text(d.village?.name)],
    [t('recordTownship'), text(d.village?.township)],
    [t('recordDocType'), d.docType ? choiceTitle(['docType'], d.docType) : undefined],
    [t('recordTitleField'), text(d.title)],
    [t('recordAction'), d.action ? choiceTitle(['action'], d.action) : undefined],
    [t('recordPrevious'), text(d.previousVersion)],
    [
      t('recordOpinions'),
      o.from
        ? t('recordOpinionsValue', {
            from: o.from,
            to: o.to ?? '',
            methods: (o.methods ?? []).map((v) => choiceTitle(['opinionCollection', 'methods', '[]'], v)).join('、'),
            count: o.count === undefined ? '' : t('recordOpinionsCount', { count: o.count }),
          })
        : undefined,
    ],
    [t('recordDrafting'), d.drafting?.draftedBy ? `${d.drafting.draftedBy}${d.drafting.adviser ? t('recordAdviser', { name: d.drafting.adviser }) : ''}` : undefined],
    [
      t('recordMeeting'),
      m.kind
        ? t('recordMeetingValue', {
            kind: [choiceTitle(['meeting', 'kind'], m.kind), m.basis ? choiceTitle(['meeting', 'basis'], m.basis) : ''].filter(Boolean).join('，'),
            date: m.date ?? '',
          })
        : undefined,
    ],
    [
      t('recordVotes'),
      m.entitled === undefined
        ? undefined
        : t('recordVotesValue', {
            entitled: m.entitled,
            present: m.present ?? '—',
            women: m.womenPresent ?? '—',
            inFavour: m.inFavour ?? '—',
            against: m.against ?? 0,
            abstain: m.abstain ?? 0,
          }),
    ],
    [t('recordAuthorization'), text(m.authorization)],
    [t('recordArticles'), t('recordArticlesValue', { count: d.articles.length })],
    [t('recordAttachments'), d.attachments?.length ? d.attachments.map((a) => String(a.name ?? '')).join('、') : undefined],
    [t('recordReviews'), record.reviews?.length ? record.reviews.map((r) => r.receiptNo).join('、') : undefined],
  ];
  return html`<div class="fz-record" part="record">
    <h4 class="fz-record-title" id="${ctx.id}-record-title">${t('recordTitle')}</h4>
    <dl class="fz-record-facts">
      ${rows
        .filter(([, value]) => value !== undefined)
        .map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>
  </div>`;
}

/**
 * `submissionId`: the submission under review, summarised, and its receipt number as a read-only
 * field (the review is filed against it; the server refuses a number it has not filed).
 */
export function recordWidget(ctx: FieldContext) {
  const host = ctx.host as ReviewHost;
  return html`${host.record ? recordSummary(ctx, host.record, host) : nothing}
  ${fieldShell(
    ctx,
    html`<input
      class="fz-input"
      part="input"
      id=${ctx.id}
      name=${ctx.pointer}
      readonly
      .value=${typeof ctx.value === 'string' ? ctx.value : ''}
      aria-invalid=${ctx.error ? 'true' : 'false'}
      aria-describedby=${describedBy(ctx) ?? nothing}
    />`,
  )}`;
}
