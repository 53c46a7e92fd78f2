import { legalAidApplicationSchema, onLocale, translate, type LegalAidApplication, type SchemaObject } from '@fazhi/core';
import { answers, FzForm, stepsOf, type Receipt } from '@fazhi/form';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { legalAidStyles, pagePrintCss } from './fz-legal-aid-form.styles.js';
import { legalAidMessages, type LegalAidMessageKey } from './messages.js';
import { printSheet, type SheetSection } from './print-sheet.js';
import { receiptNote } from './receipt-note.js';
import { defaultsOf } from './schema-defaults.js';

onLocale('en', () => import('./schema-texts.en.js'));

let pageSheet: CSSStyleSheet | undefined;

/** Adds (or removes) the page-level print rules; browsers without constructable sheets print the page as is. */
function pagePrintStyles(on: boolean): void {
  try {
    pageSheet ??= new CSSStyleSheet();
    pageSheet.replaceSync(pagePrintCss);
    const others = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
    document.adoptedStyleSheets = on ? [...others, pageSheet] : others;
  } catch {
    // Safari < 16.4: the element's own print styles still apply.
  }
}

/**
 * `<fz-legal-aid-form>`: the 法律援助申请 a citizen can finish alone, on a phone, by keyboard. The
 * law's conditions (法律援助法 第32、40–44条; 个人信息保护法 第28、31条) live in the built-in schema;
 * a county changes labels, fields, options and the income standard with `overlay-src` / `.overlay`.
 *
 * @summary Legal-aid application: steps, check answers, submission, receipt and a printable application.
 * @attr action - URL the application is POSTed to (the reference server: `/api/legal-aid`).
 * @attr overlay-src - URL of the county's JSON Merge Patch on the built-in schema; the fallback content shows until it is loaded.
 * @attr locale - `zh-CN` (default) or `en`: texts and the built-in schema's titles download on first use; a county overlay's own texts stay as written.
 * @attr autosave - `session` (default), `local` or `off`. Sensitive answers are never stored.
 * @attr care-mode - large text, high contrast and large targets (关怀模式).
 * @attr {'light'} render-root - `light` renders into the element itself, not a shadow root, for read-aloud toolbars (指读); read when first connected.
 * @slot - fallback content (the 12348 hotline, a downloadable form), shown until the form is ready or if it cannot load.
 * @fires {CustomEvent<FzChangeDetail>} fz-change - a citizen changed a value; `detail: { pointer, value, data }`.
 * @fires {CustomEvent<FzStepDetail>} fz-step - another step is shown; `detail: { index, id, title }`.
 * @fires {CustomEvent<FzInvalidDetail>} fz-invalid - 下一步 or 提交 found problems; `detail: { errors }`.
 * @fires {CustomEvent<FzSubmitDetail>} fz-submit - cancelable, before sending; `detail: { data, schema, idempotencyKey, respondWith(promise of Response) }`.
 * @fires {CustomEvent<FzSubmittedDetail>} fz-submitted - the server accepted; `detail: { receiptNo, receivedAt, body }`.
 * @fires {CustomEvent<FzSubmitErrorDetail>} fz-submit-error - sending failed for good; `detail: { outcome }`. Every answer is kept.
 * @fires {CustomEvent<FzAuthRequiredDetail>} fz-auth-required - the server answered 401/403; `detail: { status }`. Every answer is kept.
 * @csspart receipt - the receipt, with what to bring and the printable application.
 */
export class FzLegalAidForm extends FzForm {
  static override styles = [...FzForm.styles, legalAidStyles];

  @state() private sheetShown = false;
  private filed?: Receipt;

  private m = (key: LegalAidMessageKey, params?: Record<string, unknown>) => translate(legalAidMessages, this.locale, key, params);

  protected override catalogues() {
    return [...super.catalogues(), legalAidMessages];
  }

  constructor() {
    super();
    this.raw = defaultsOf(legalAidApplicationSchema) ?? {};
    this.addEventListener('fz-submitted', (e) => (this.filed = (e as CustomEvent<Receipt>).detail));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
  }

  protected override builtInSchema(): SchemaObject {
    return legalAidApplicationSchema;
  }

  override willUpdate(changed: PropertyValues): void {
    // With an overlay-src, wait for it: a citizen must never start on the form without the county's changes.
    if (!this.schema && (!this.overlaySrc || this.overlay !== undefined)) this.schema = legalAidApplicationSchema;
    super.willUpdate(changed);
  }

  /** As `<fz-form>`'s; setting nothing (`undefined`) starts again from the schema defaults. */
  override get data(): unknown {
    return super.data;
  }
  override set data(value: unknown) {
    super.data = value ?? defaultsOf(this.effectiveSchema ?? legalAidApplicationSchema);
  }

  override reset(): void {
    super.reset();
    this.raw = defaultsOf(this.effectiveSchema ?? legalAidApplicationSchema) ?? {};
    this.sheetShown = false;
    this.filed = undefined;
  }

  protected override receiptNote() {
    const data = this.data as Partial<LegalAidApplication>;
    const note = this.effectiveSchema?.['x-fz-receipt-note'];
    return html`${receiptNote(data, this.m, this.locale === 'zh-CN' && typeof note === 'string' ? note : undefined)}
      <button type="button" class="fz-no-print" @click=${() => this.printApplication()}>${this.m('printSheet')}</button>
      ${this.sheetShown ? printSheet(this.sheetSections(), this.filed, !!data.representative, this.locale, this.m, this.t, this.idPrefix) : nothing}`;
  }

  /** The submitted answers grouped by step, labelled as on the check-answers page. */
  private sheetSections(): SheetSection[] {
    const state = this.renderState();
    const steps = stepsOf(this.effectiveSchema!, state.settled, state.host.resolver, state.matches);
    return steps.map((step) => ({ title: step.title, rows: answers(state, step.fields, this.t) }));
  }

  private async printApplication(): Promise<void> {
    this.sheetShown = true;
    this.dataset.print = 'sheet';
    await this.rendered();
    print();
  }

  private beforePrint = () => {
    if (!this.filed) return;
    this.dataset.print ??= 'receipt';
    pagePrintStyles(true);
  };

  private afterPrint = () => {
    delete this.dataset.print;
    pagePrintStyles(false);
  };
}
