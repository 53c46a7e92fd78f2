import { mergePatch, precheckArticle, translate, villageRuleSubmissionSchema, type RedFlagOverride, type RedFlagPattern, type SchemaObject } from '@fazhi/core';
import { FzForm, registerWidget, type RenderState } from '@fazhi/form';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { adviceStyles, type VillageHost } from '../precheck/advice.js';
import { villageMessages, type VillageMessageKey } from '../precheck/messages.js';
import { fetchPatterns, patternsFrom } from '../precheck/patterns.js';
import { articlesWidget, articleTextWidget } from './article-widget.js';

/** The built-in schema with this element's own widgets for the articles (a county overlay applies on top). */
export const submissionFormSchema = mergePatch(villageRuleSubmissionSchema as SchemaObject, {
  properties: {
    articles: {
      'x-fz-widget': 'custom-village-rule-articles',
      items: { properties: { text: { 'x-fz-widget': 'custom-village-rule-article' } } },
    },
  },
}) as SchemaObject;

/** Widgets are template functions in one registry; registering twice is harmless. */
export function registerSubmissionWidgets(): void {
  registerWidget('custom-village-rule-articles', articlesWidget);
  registerWidget('custom-village-rule-article', articleTextWidget);
}

/**
 * `<fz-village-rule-form>`: a village (residents') committee submits its rules for legality review.
 * As each article is typed, a pre-check explains wording that commonly breaks the law (fines,
 * expulsion, 外嫁女, confiscation, shaming…) with its legal basis: advice shown under the article,
 * never a block. Attendance and votes are checked by the schema's rules, the same on the server.
 *
 * @summary Village-rule submission with a live legality pre-check.
 * @attr action - URL the submission is POSTed to (reference server: `/api/village-rules`).
 * @attr precheck-src - URL of a JSON array of pre-check patterns that extends the built-in list.
 * @attr overlay-src - URL of a JSON Merge Patch applied to the built-in schema.
 * @attr locale - `zh-CN` (default) or `en`.
 * @attr autosave - `session` (default), `local` or `off`.
 * @attr care-mode - large text and targets (关怀模式).
 * @attr readonly - shows the answers without letting them change.
 * @attr {'light'} render-root - `light` renders into the element itself, not a shadow root, for read-aloud toolbars (指读); read when first connected.
 * @fires {CustomEvent<FzChangeDetail>} fz-change - a value changed; `detail: { pointer, value, data }`.
 * @fires {CustomEvent<FzStepDetail>} fz-step - the visible step changed; `detail: { index, id, title }`.
 * @fires {CustomEvent<FzInvalidDetail>} fz-invalid - validation failed; `detail: { errors }`.
 * @fires {CustomEvent<FzSubmitDetail>} fz-submit - cancelable, before sending; `detail: { data, schema, idempotencyKey, respondWith }`.
 * @fires {CustomEvent<FzSubmittedDetail>} fz-submitted - the server accepted; `detail: { receiptNo, receivedAt, body }`.
 * @fires {CustomEvent<FzSubmitErrorDetail>} fz-submit-error - sending failed for good; `detail: { outcome }`.
 * @fires {CustomEvent<FzAuthRequiredDetail>} fz-auth-required - the server answered 401/403; `detail: { status }`.
 * @csspart advice - the pre-check advice under an article. @csspart advice-list - its details.
 * @cssprop --fz-color-advice - the advice's bar and heading colour. @cssprop --fz-color-advice-bg - its background.
 */
export class FzVillageRuleForm extends FzForm {
  static override styles = [...FzForm.styles, adviceStyles];

  /** Patterns a province adds, replaces (same `id`) or switches off (`{ id, off: true }`). */
  @property({ attribute: false }) precheckPatterns?: RedFlagOverride[];
  @property({ attribute: 'precheck-src' }) precheckSrc?: string;

  private patterns: readonly RedFlagPattern[] = patternsFrom(undefined);

  constructor() {
    super();
    registerSubmissionWidgets();
    this.schema = submissionFormSchema;
  }

  protected override catalogues() {
    return [...super.catalogues(), villageMessages];
  }

  protected vt = (key: VillageMessageKey, params?: Record<string, unknown>) => translate(villageMessages, this.locale, key, params);

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('precheckPatterns')) this.patterns = patternsFrom(this.precheckPatterns);
    if (changed.has('precheckSrc') && this.precheckSrc) {
      void fetchPatterns(this.precheckSrc).then((list) => {
        if (list) this.precheckPatterns = list;
      });
    }
  }

  /** The articles' widgets reach the pre-check and this element's texts through the host. */
  protected override renderState(): RenderState {
    const state = super.renderState();
    const host = state.host as VillageHost;
    host.precheck = (text) => precheckArticle(text, this.patterns);
    host.vt = this.vt;
    return state;
  }
}
