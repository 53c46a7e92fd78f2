import { mergePatch, precheckArticle, translate, villageRuleReviewSchema, type RedFlagOverride, type RedFlagPattern, type SchemaObject } from '@fazhi/core';
import { fallback, FzForm, registerWidget, type FzAuthRequiredDetail, type RenderState } from '@fazhi/form';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { adviceStyles } from '../precheck/advice.js';
import { villageMessages, type VillageMessageKey } from '../precheck/messages.js';
import { fetchPatterns, patternsFrom } from '../precheck/patterns.js';
import { opinionsWidget, yesNoWidget } from './opinions-widget.js';
import { fetchRecord, todayInChina, type VillageRuleRecord } from './record.js';
import { recordWidget, type ReviewHost } from './record-widget.js';

export type { VillageRuleRecord } from './record.js';

/** The built-in review schema with this element's widgets (a county overlay applies on top). */
export const reviewFormSchema = mergePatch(villageRuleReviewSchema as SchemaObject, {
  properties: {
    submissionId: { 'x-fz-widget': 'custom-village-rule-record' },
    procedureFindings: { items: { properties: { ok: { 'x-fz-widget': 'custom-village-rule-yes-no' } } } },
    articleOpinions: { 'x-fz-widget': 'custom-village-rule-opinions' },
  },
}) as SchemaObject;

export function registerReviewWidgets(): void {
  registerWidget('custom-village-rule-record', recordWidget);
  registerWidget('custom-village-rule-yes-no', yesNoWidget);
  registerWidget('custom-village-rule-opinions', opinionsWidget);
}

/** The procedure checks every review goes through (组织法第二十二、二十六条；指导意见). */
const PROCEDURE_CHECKS = ['opinions', 'body', 'quorum', 'majority', 'women'];

type RecordStatus = 'loading' | 'failed' | 'missing' | 'auth';

/**
 * `<fz-village-rule-review>`: the reviewer's side. Loads a submitted village rule, shows what was
 * filed and every article with its pre-check flags, and takes the procedure findings, an opinion
 * per article (合法 / 建议修改 / 应当删除, with reason and legal basis), the conclusion and the
 * reviewer's details; the review is POSTed to `action`, linked to the submission by its receipt
 * number.
 *
 * @summary Legality review of a village rule.
 * @attr record-src - URL that answers `{ receiptNo, receivedAt, data, reviews? }` for the submission (or set `.record`); fetched with `.requestInit`'s headers and credentials, and again when `.requestInit` changes before it loaded.
 * @attr action - URL the review is POSTed to (reference server: `/api/village-rules/reviews`).
 * @attr precheck-src - URL of a JSON array of pre-check patterns that extends the built-in list.
 * @attr overlay-src - URL of a JSON Merge Patch applied to the built-in review schema.
 * @attr locale - `zh-CN` (default) or `en`.
 * @attr autosave - `session` (default), `local` or `off`. The draft belongs to the submission under review: opening another starts afresh.
 * @attr care-mode - large text and targets (关怀模式).
 * @attr {'light'} render-root - `light` renders into the element itself, not a shadow root, for read-aloud toolbars (指读); read when first connected.
 * @fires {CustomEvent<FzSubmitDetail>} fz-submit - cancelable, before sending; `detail: { data, schema, idempotencyKey, respondWith }`.
 * @fires {CustomEvent<FzSubmittedDetail>} fz-submitted - the server stored the review; `detail: { receiptNo, receivedAt, body }`.
 * @fires {CustomEvent<FzInvalidDetail>} fz-invalid - validation failed; `detail: { errors }`.
 * @fires {CustomEvent<FzChangeDetail>} fz-change - a value changed; `detail: { pointer, value, data }`.
 * @fires {CustomEvent<FzStepDetail>} fz-step - the step changed; `detail: { index, id, title }`.
 * @fires {CustomEvent<FzSubmitErrorDetail>} fz-submit-error - sending failed for good; `detail: { outcome }`.
 * @fires {CustomEvent<FzAuthRequiredDetail>} fz-auth-required - the record or the POST answered 401/403; `detail: { status }`.
 * @csspart record - the summary of the submission. @csspart article - one article with its opinion.
 * @csspart advice-list - the pre-check flags of an article.
 */
export class FzVillageRuleReview extends FzForm {
  static override styles = [...FzForm.styles, adviceStyles];

  @property({ attribute: 'record-src' }) recordSrc?: string;
  /** The submission under review, for portals that fetch it themselves. */
  @property({ attribute: false }) record?: VillageRuleRecord;
  @property({ attribute: false }) precheckPatterns?: RedFlagOverride[];
  @property({ attribute: 'precheck-src' }) precheckSrc?: string;

  @state() private recordStatus: RecordStatus = 'loading';
  private recordLoads = 0;
  private patterns: readonly RedFlagPattern[] = patternsFrom(undefined);

  constructor() {
    super();
    registerReviewWidgets();
    this.schema = reviewFormSchema;
  }

  protected override catalogues() {
    return [...super.catalogues(), villageMessages];
  }

  protected vt = (key: VillageMessageKey, params?: Record<string, unknown>) => translate(villageMessages, this.locale, key, params);

  /** A fresh review of the record, unless the answers on hand (a restored draft) are for it already. */
  private adopt(force = false): void {
    const record = this.record;
    if (!record) return;
    const current = this.raw as { submissionId?: unknown } | undefined;
    if (!force && current?.submissionId === record.receiptNo) return;
    this.raw = {
      submissionId: record.receiptNo,
      procedureFindings: PROCEDURE_CHECKS.map((check) => ({ check })),
      reviewDate: todayInChina(),
    };
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed); // the first compile restores a draft, if there is one

    if (changed.has('precheckPatterns')) this.patterns = patternsFrom(this.precheckPatterns);
    if (changed.has('precheckSrc') && this.precheckSrc) {
      void fetchPatterns(this.precheckSrc).then((list) => {
        if (list) this.precheckPatterns = list;
      });
    }
    // New request options (the portal's login, a reviewer token) load a record not loaded yet again.
    const retry = changed.has('requestInit') && !this.record;
    if ((changed.has('recordSrc') || retry) && this.recordSrc) void this.loadRecord(this.recordSrc);
    // A new record, or a restored draft written for another submission: start afresh, right after
    // this update (answers changed here would not be settled for this render).
    const answersFor = (this.raw as { submissionId?: unknown } | undefined)?.submissionId;
    if (this.record && answersFor !== this.record.receiptNo) void Promise.resolve().then(() => this.adopt());
  }

  private async loadRecord(url: string): Promise<void> {
    const load = ++this.recordLoads;
    this.recordStatus = 'loading';
    const result = await fetchRecord(url, this.requestInit);
    if (load !== this.recordLoads) return; // a newer load (record-src or request options) is under way
    if (result.kind === 'ok') {
      this.record = result.record;
      return;
    }
    this.recordStatus = result.kind;
    if (result.kind === 'auth') {
      this.dispatchEvent(new CustomEvent<FzAuthRequiredDetail>('fz-auth-required', { detail: { status: result.status }, bubbles: true, composed: true }));
    }
  }

  override reset(): void {
    super.reset();
    this.adopt(true);
  }

  protected override renderState(): RenderState {
    const state = super.renderState();
    const host = state.host as ReviewHost;
    host.precheck = (text) => precheckArticle(text, this.patterns);
    host.vt = this.vt;
    host.record = this.record;
    host.locale = this.locale;
    return state;
  }

  protected override receiptNote(): TemplateResult | string {
    return this.vt('reviewReceiptNote', { receiptNo: this.record?.receiptNo ?? '' });
  }

  override render() {
    if (!this.record) {
      const failed = this.recordStatus !== 'loading';
      const key = ({ loading: 'loadingRecord', failed: 'recordFailed', missing: 'recordMissing', auth: 'recordAuth' } as const)[this.recordStatus];
      return html`<p class=${failed ? 'fz-notice fz-notice--failed' : 'fz-loading'} role=${failed ? 'alert' : 'status'}>${this.vt(key)}</p>
        ${fallback(this)}`;
    }
    return html`${this.record.receivedAt ? nothing : html`<p class="fz-notice">${this.vt('recordExample')}</p>`}${super.render()}`;
  }
}
