import {
  builtinShared,
  classify,
  createChecker,
  createDraftStore,
  getAt,
  isWithin,
  join,
  mergePatch,
  newIdempotencyKey,
  rotateKeyAfter,
  schemaIn,
  setAt,
  submit,
  textOf,
  translate,
  withoutSensitive,
  type Catalogue,
  type Checker,
  type DraftMode,
  type DraftStore,
  type FieldError,
  type Locale,
  type RegionNode,
  type SchemaObject,
  type SubmitOutcome,
} from '@fazhi/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleTexts } from '../locale-texts.js';
import { fallback, lightRoot } from '../render-root.js';
import { CountyFileError, loadOverlay, loadSchema } from './county-files.js';
import { tokens } from '../styles/tokens.js';
import type { FormHost } from '../widgets/context.js';
import { checkAnswers } from './check-answers.js';
import { errorSummary } from './error-summary.js';
import type { FzFormEventDetails } from './events.js';
import { formMessages, type FormMessageKey } from './messages.js';
import { receiptView, type Receipt } from './receipt.js';
import { fieldId, renderObject, type RenderState } from './render-fields.js';
import { withStartingRows } from './starting-rows.js';
import { stepsOf, type Step } from './steps.js';
import { formStyles } from './fz-form.styles.js';

type Phase = 'fill' | 'check' | 'receipt';
type Notice = { kind: 'failed' | 'auth' | 'rejected' | 'conflict' | 'invalid'; text: () => string } | undefined;

let instances = 0;
/**
 * `submit` and `change` stop at the element's own form, as a shadow root keeps them in: with
 * `render-root="light"` a portal's form around it, or its page-wide handlers, must not act on them.
 */
const keepIn = (e: Event) => e.stopPropagation();

/**
 * `<fz-form>`: renders any JSON Schema (2020-12 subset) as an accessible Chinese form, validates it
 * with the same checks the server runs, and submits it without ever losing what was typed.
 *
 * @summary Schema-driven form: steps, check answers, submission and receipt.
 * @attr action - URL the form POSTs `{ schema, data, idempotencyKey }` to.
 * @attr schema-src - URL of a JSON Schema to render (or set `.schema`).
 * @attr overlay-src - URL of a JSON Merge Patch applied to the schema (a county's changes).
 * @attr locale - `zh-CN` (default) or `en`; English texts download on first use (`updateComplete` waits for them).
 * @attr autosave - `session` (default), `local` (expires) or `off`. Sensitive fields are never stored.
 * @attr care-mode - large text, high contrast and large targets (关怀模式).
 * @attr readonly - shows the answers without letting them change.
 * @attr {'light'} render-root - `light` renders into the element itself, not a shadow root, for read-aloud toolbars (指读); read when first connected.
 * @fires {CustomEvent<FzChangeDetail>} fz-change - a citizen changed a value; `detail: { pointer, value, data }`.
 * @fires {CustomEvent<FzStepDetail>} fz-step - the visible step changed; `detail: { index, id, title }`.
 * @fires {CustomEvent<FzInvalidDetail>} fz-invalid - validation failed; `detail: { errors }`.
 * @fires {CustomEvent<FzSubmitDetail>} fz-submit - cancelable, before sending; `detail: { data, schema, idempotencyKey, respondWith(promise of Response) }`.
 * @fires {CustomEvent<FzSubmittedDetail>} fz-submitted - the server accepted; `detail: { receiptNo, receivedAt, body }`.
 * @fires {CustomEvent<FzSubmitErrorDetail>} fz-submit-error - sending failed for good; `detail: { outcome }`. Every answer is kept.
 * @fires {CustomEvent<FzAuthRequiredDetail>} fz-auth-required - the server answered 401/403; `detail: { status }`. Every answer is kept.
 * @csspart form - the form element. @csspart field - one field. @csspart label - a label or legend.
 * @csspart hint - help text. @csspart error - an inline error. @csspart input - a control.
 * @csspart error-summary - the list of problems. @csspart actions - the button row. @csspart receipt - the receipt.
 * @cssprop --fz-color-primary - buttons and links. @cssprop --fz-color-error - errors.
 * @cssprop --fz-font-size - body text size (never below 16px). @cssprop --fz-color-focus - the focus ring.
 */
export class FzForm extends LitElement {
  static override styles = [tokens, formStyles];

  @property() action?: string;
  @property({ attribute: 'schema-src' }) schemaSrc?: string;
  @property({ attribute: 'overlay-src' }) overlaySrc?: string;
  @property({ reflect: true }) locale: Locale = 'zh-CN';
  @property() autosave: DraftMode = 'session';
  @property({ type: Boolean, reflect: true, attribute: 'care-mode' }) careMode = false;
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Extra fetch options for the POST (a CSRF header, `credentials`). */
  @property({ attribute: false }) requestInit?: RequestInit;
  @property({ attribute: false }) schema?: SchemaObject;
  @property({ attribute: false }) overlay?: unknown;
  /** 行政区划 tree for region fields (or `regions-src`, a URL of that JSON). */
  @property({ attribute: false }) regions?: RegionNode[];
  /** URL of the 行政区划 JSON for region fields (or set `.regions`). */
  @property({ attribute: 'regions-src' }) regionsSrc?: string;

  @state() protected raw: unknown = {};
  @state() private phase: Phase = 'fill';
  @state() private stepIndex = 0;
  @state() private errors = new Map<string, string>();
  @state() private summary: FieldError[] = [];
  @state() private busy = false;
  @state() private notice: Notice;
  @state() private receipt?: Receipt;
  @state() private loadFailed: false | 'network' | 'config' = false;
  /** Texts made when shown, so they follow a change of `locale`. */
  @state() private draftNote?: () => string;
  @state() private confirmingClear = false;
  @state() private announcement = '';
  /** Came from 更改 on the check page: the step's button goes straight back there. */
  @state() private returnToCheck = false;

  private checker?: Checker;
  /** Answers typed, or set by the portal: a saved draft never replaces them (defaults it may). */
  private answered = false;
  private settled: unknown = {};
  private drafts?: DraftStore;
  private idempotencyKey = newIdempotencyKey();
  private problems = new Map<string, string>();
  /** The server's 422 messages: shown until their own field changes, re-checked by the next POST. */
  private serverErrors = new Map<string, string>();
  /** Relaxed (`x-fz-warn`) issues on show, and the values the citizen confirmed as correct. */
  private warnings = new Map<string, string>();
  private readonly confirmed = new Map<string, string>();
  private readonly files = new Map<string, File>();
  /** Makes this form's ids unique in the page, which a light render root shares. */
  protected readonly idPrefix = `fz-f${++instances}`;
  /** English (or another locale) arrives on demand: then validation messages are made again in it. */
  private readonly localeTexts = new LocaleTexts(
    this,
    () => {
      if (this.schema) this.compile();
      this.requestUpdate();
    },
    () => this.catalogues(),
  );

  /** The data as it would be submitted now: derived values filled in, hidden answers left out. */
  get data(): unknown {
    return this.checker ? this.checker.settle(this.raw) : this.raw;
  }
  set data(value: unknown) {
    this.raw = value ?? {};
    this.answered = value !== undefined;
  }

  /** The schema in use: the built-in or given one with the county overlay applied. */
  get effectiveSchema(): SchemaObject | undefined {
    return this.checker?.schema;
  }

  protected override createRenderRoot() {
    return lightRoot(this) ?? super.createRenderRoot();
  }

  /** The catalogues of the element's own texts; `lang` says `en` once all of them have English. */
  protected catalogues(): Catalogue<string>[] {
    return [formMessages];
  }

  protected t = (key: FormMessageKey, params?: Record<string, unknown>) => translate(formMessages, this.locale, key, params);

  /** Resolves once the latest render is in the DOM, not waiting for locale downloads (focus must not hang on a stalled one). */
  protected rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /** Also waits for the texts of a new `locale`, so `await el.updateComplete` shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.localeTexts.ready;
    return (await super.getUpdateComplete()) && done;
  }

  override willUpdate(changed: PropertyValues): void {
    if ((changed.has('schemaSrc') || changed.has('overlaySrc')) && (this.schemaSrc || this.overlaySrc)) void this.loadCountyFiles();
    if (changed.has('regionsSrc') && this.regionsSrc) void this.loadRegions(this.regionsSrc);
    if ((changed.has('schema') || changed.has('overlay') || changed.has('locale')) && this.schema) this.compile();
    if (changed.has('autosave') && this.checker) this.openDrafts();
    if (changed.has('raw') || changed.has('schema') || changed.has('overlay')) {
      if (this.checker) this.raw = withStartingRows(this.checker.schema, this.raw, this.checker.resolver, this.checker.validator.matches);
      this.settled = this.checker ? this.checker.settle(this.raw) : this.raw;
    }
  }

  /** The schema an `overlay-src` applies to when no `schema-src` is given: a domain element's built-in one. */
  protected builtInSchema(): SchemaObject | undefined {
    return this.schema;
  }

  /**
   * `schema-src` and `overlay-src`, checked as the server checks them. Without the schema or the
   * county's overlay (its thresholds) there is no right form to show: the fallback content shows,
   * and what is wrong goes to the console for whoever maintains the page.
   */
  private async loadCountyFiles(): Promise<void> {
    try {
      const schema = this.schemaSrc ? await loadSchema(this.schemaSrc) : undefined;
      const overlay = this.overlaySrc ? await loadOverlay(this.overlaySrc, schema ?? this.builtInSchema()) : undefined;
      if (schema) this.schema = schema;
      if (this.overlaySrc) this.overlay = overlay;
    } catch (error) {
      this.refuse(error);
    }
  }

  private refuse(error: unknown): void {
    this.loadFailed = error instanceof CountyFileError ? 'config' : 'network';
    console.error(`<${this.localName}>: ${this.loadFailed === 'config' ? this.t('configError') : this.t('loadError')}\n${(error as Error).message}`);
  }

  private async loadRegions(url: string): Promise<void> {
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      this.regions = (await response.json()) as RegionNode[];
    } catch {
      // Without region data the region field falls back to typing the code.
    }
  }

  private compile(): void {
    // Translated before the county's overlay: its own texts (and reshaped option lists) stay as it wrote them.
    const base = schemaIn(this.schema!, this.locale);
    const schema = this.overlay ? mergePatch(base, this.overlay) : base;
    const firstCompile = !this.checker || this.checker.schema.$id !== schema.$id;
    // The shared $defs only with the form's own: half a translation (English hints under Chinese titles) helps no one.
    const shared = base === this.schema ? undefined : builtinShared.map((s) => schemaIn(s, this.locale));
    try {
      this.checker = createChecker(schema, { locale: this.locale, shared });
    } catch (error) {
      // A malformed rule or an unsupported keyword in a schema set from script: refuse, never hang.
      this.refuse(new CountyFileError([(error as Error).message]));
      return;
    }
    if (firstCompile) this.openDrafts();
    if (this.errors.size) this.refreshErrors(false);
  }

  private openDrafts(): void {
    this.drafts = createDraftStore({ mode: this.autosave, key: this.checker!.schema.$id ?? this.localName });
    if (this.answered) return; // never over typed answers
    const draft = this.drafts.load();
    if (draft && draft.data && typeof draft.data === 'object' && Object.keys(draft.data).length) {
      // Files are not kept in drafts: entries for them would claim an attachment that is not there.
      const { data, dropped } = withoutAttachments(draft.data);
      this.raw = data;
      if (draft.idempotencyKey) this.idempotencyKey = draft.idempotencyKey;
      this.draftNote = () => (dropped ? `${this.t('draftRestored')}${this.t('draftNoFiles')}` : this.t('draftRestored'));
    }
  }

  private saveDraft(): void {
    if (!this.drafts || !this.checker) return;
    const kept = withoutSensitive(this.checker.schema, this.raw, { resolver: this.checker.resolver });
    this.drafts.save(kept, { idempotencyKey: this.idempotencyKey });
  }

  protected setValue(pointer: string, value: unknown): void {
    this.raw = setAt(this.raw, pointer, value);
    this.answered = true;
    for (const at of this.serverErrors.keys()) if (isWithin(at, pointer) || isWithin(pointer, at)) this.serverErrors.delete(at);
    this.notice = this.notice?.kind === 'invalid' ? this.notice : undefined;
    if (this.errors.size) this.refreshErrors(false);
    this.saveDraft();
    this.emit('fz-change', { pointer, value, data: this.data });
    void this.keepFocus();
  }

  /**
   * A field revealed (or moved) in place shifts those below it, and Lit may then reuse one field's
   * control for another: when the focused control was reused (or lost), focus goes back to the
   * control with the id that had it.
   */
  private async keepFocus(): Promise<void> {
    const focused = () => (this.renderRoot as ParentNode).querySelector<HTMLElement>(':focus');
    const before = focused();
    const id = before?.id;
    await this.rendered();
    const now = focused();
    if (!id || (now && (now !== before || now.id === id))) return;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  private emit<K extends keyof FzFormEventDetails>(type: K, detail: FzFormEventDetails[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  // ---- validation (GOV.UK timing: on submit or next step, then live only for fields in error) ----

  private steps(): Step[] {
    return this.checker ? stepsOf(this.checker.schema, this.settled, this.checker.resolver, this.checker.validator.matches) : [];
  }

  /** Errors for the whole form, or for the fields of the current step; unconfirmed warnings block too. */
  private currentErrors(scope: 'all' | 'step'): FieldError[] {
    if (!this.checker) return [];
    const { errors, warnings } = this.checker.check(this.raw);
    const problems = [...this.problems].map(([pointer, message]) => ({ pointer, code: 'widget', message }));
    const pending = warnings
      .filter((w) => this.confirmed.get(w.pointer) !== JSON.stringify(getAt(this.raw, w.pointer)))
      .map((w) => ({ ...w, message: this.t('warningPending', { message: w.message }) }));
    this.warnings = new Map(warnings.map((w) => [w.pointer, w.message]));
    const server = [...this.serverErrors].map(([pointer, message]) => ({ pointer, code: 'server', message }));
    const all = inPageOrder([...problems, ...errors.filter((e) => !this.problems.has(e.pointer)), ...pending, ...server], this.renderRoot);
    if (scope === 'all') return all;
    const step = this.steps()[this.stepIndex];
    if (!step) return all;
    return all.filter((e) => holds(step, e.pointer));
  }

  /** The citizen confirms a relaxed issue (an early pilot credit code) for the value now typed. */
  private confirmWarning(pointer: string, on: boolean): void {
    if (on) this.confirmed.set(pointer, JSON.stringify(getAt(this.raw, pointer)));
    else this.confirmed.delete(pointer);
    this.refreshErrors(false);
  }

  /** Recomputes messages; with `showNew` false only fields already showing an error are updated. */
  private refreshErrors(showNew: boolean, scope: 'all' | 'step' = 'all'): FieldError[] {
    const found = this.currentErrors(scope);
    const first = found.filter((e, i) => found.findIndex((f) => f.pointer === e.pointer) === i);
    const shown = new Map<string, string>();
    for (const error of first) if (showNew || this.errors.has(error.pointer)) shown.set(error.pointer, error.message);
    this.errors = shown;
    // Without new ones, the summary keeps the fields still in error, worded as they are now (another locale).
    this.summary = showNew ? first : first.filter((e) => shown.has(e.pointer) && this.summary.some((s) => s.pointer === e.pointer));
    return found;
  }

  /** Validates everything and shows every error with the summary; returns the errors (empty when valid). */
  async validate(): Promise<FieldError[]> {
    const errors = this.refreshErrors(true);
    if (errors.length) await this.showSummary(errors);
    return errors;
  }

  private async showSummary(errors: FieldError[]): Promise<void> {
    this.emit('fz-invalid', { errors });
    await this.rendered();
    this.renderRoot.querySelector<HTMLElement>('.fz-error-summary')?.focus();
  }

  /** Focuses the control of a field (for summary links, change links, new rows). */
  async focusField(pointer: string): Promise<void> {
    const index = this.steps().findIndex((s) => holds(s, pointer));
    if (this.phase !== 'fill' || (index >= 0 && index !== this.stepIndex)) {
      this.phase = 'fill';
      if (index >= 0) this.stepIndex = index;
    }
    await this.rendered();
    const root = this.renderRoot;
    const holder = [...root.querySelectorAll<HTMLElement>('[data-pointer]')].find((e) => isWithin(e.dataset.pointer!, pointer));
    const target = root.querySelector<HTMLElement>(`#${fieldId(this.idPrefix, pointer)}`) ?? holder?.querySelector<HTMLElement>('input, select, textarea, button');
    target?.closest('.fz-field, .fz-section')?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  // ---- steps ----

  private async goTo(index: number, phase: Phase = 'fill'): Promise<void> {
    this.stepIndex = index;
    this.phase = phase;
    this.summary = [];
    if (phase === 'check') this.returnToCheck = false;
    await this.rendered();
    const step = this.steps()[index];
    if (phase === 'fill' && step) this.emit('fz-step', { index, id: step.id, title: step.title });
    this.renderRoot.querySelector<HTMLElement>('.fz-step-heading, .fz-check-title')?.focus();
  }

  private async next(): Promise<void> {
    const errors = this.refreshErrors(true, 'step');
    if (errors.length) return this.showSummary(errors);
    const steps = this.steps();
    if (this.returnToCheck) return this.goTo(this.stepIndex, 'check');
    if (this.stepIndex < steps.length - 1) return this.goTo(this.stepIndex + 1);
    return this.goTo(this.stepIndex, 'check');
  }

  // ---- submission ----

  /** Validates, then sends (or lets a portal send); resolves with the outcome, or undefined if invalid. */
  async submit(): Promise<SubmitOutcome | undefined> {
    if (this.busy || !this.checker) return undefined;
    this.serverErrors.clear();
    const errors = this.refreshErrors(true);
    if (errors.length) {
      this.phase = 'fill';
      const first = this.steps().findIndex((s) => holds(s, errors[0]!.pointer));
      if (first >= 0) this.stepIndex = first;
      await this.showSummary(errors);
      return undefined;
    }
    const data = this.data;
    let portalResponse: Promise<Response> | undefined;
    const schema = this.checker.schema.$id ?? '';
    const detail = { data, schema, idempotencyKey: this.idempotencyKey, respondWith: (p: Promise<Response>) => (portalResponse = p) };
    const proceed = this.emit('fz-submit', detail, true);
    if (!proceed && !portalResponse) return undefined;
    if (!portalResponse && !this.action) return undefined;
    this.busy = true;
    this.notice = undefined;
    let outcome: SubmitOutcome;
    try {
      outcome = portalResponse ? await this.fromPortal(portalResponse) : await this.send(data);
    } finally {
      // Idle before the outcome's events fire, so a portal's handler can resubmit (after a login, say).
      this.busy = false;
    }
    await this.handle(outcome);
    return outcome;
  }

  private async fromPortal(response: Promise<Response>): Promise<SubmitOutcome> {
    try {
      const verdict = await classify(await response);
      return verdict.final ? verdict.outcome : { kind: 'failed', status: verdict.status, reason: verdict.reason === 'rate-limited' ? 'server' : verdict.reason };
    } catch {
      return { kind: 'failed', reason: 'network' };
    }
  }

  private send(data: unknown): Promise<SubmitOutcome> {
    const files = collectFiles(data, this.files);
    return submit({
      action: this.action!,
      schemaId: this.checker!.schema.$id ?? '',
      data,
      idempotencyKey: this.idempotencyKey,
      files,
      requestInit: this.requestInit,
    });
  }

  private async handle(outcome: SubmitOutcome): Promise<void> {
    if (rotateKeyAfter(outcome) && outcome.kind !== 'success') this.idempotencyKey = newIdempotencyKey();
    switch (outcome.kind) {
      case 'success':
        this.receipt = { receiptNo: outcome.receiptNo, receivedAt: outcome.receivedAt };
        this.phase = 'receipt';
        this.drafts?.clear();
        this.idempotencyKey = newIdempotencyKey();
        this.emit('fz-submitted', { receiptNo: outcome.receiptNo, receivedAt: outcome.receivedAt, body: outcome.body });
        await this.rendered();
        this.renderRoot.querySelector<HTMLElement>('.fz-receipt-title')?.focus();
        return;
      case 'invalid': {
        const errors = outcome.errors.map((e) => ({ pointer: e.pointer, code: e.code ?? 'server', message: e.detail }));
        this.serverErrors = new Map(errors.map((e) => [e.pointer, e.message]));
        this.errors = new Map(this.serverErrors);
        this.summary = errors;
        this.notice = { kind: 'invalid', text: () => this.t('serverInvalid') };
        this.phase = 'fill';
        const first = this.steps().findIndex((s) => holds(s, errors[0]?.pointer ?? ''));
        if (first >= 0) this.stepIndex = first;
        return this.showSummary(errors);
      }
      case 'auth':
        this.notice = { kind: 'auth', text: () => this.t('authRequired') };
        this.emit('fz-auth-required', { status: outcome.status });
        break;
      case 'conflict':
        this.notice = { kind: 'conflict', text: () => this.t('conflict') };
        this.emit('fz-submit-error', { outcome });
        break;
      case 'rejected':
        this.notice = { kind: 'rejected', text: () => this.t('rejected', { message: outcome.message ?? outcome.status }) };
        this.emit('fz-submit-error', { outcome });
        break;
      case 'failed':
        this.notice = { kind: 'failed', text: () => this.t('failed') };
        this.emit('fz-submit-error', { outcome });
        break;
    }
    await this.rendered();
    this.renderRoot.querySelector<HTMLElement>('.fz-notice')?.focus();
  }

  /** Clears every answer and the saved draft (for shared computers). */
  reset(): void {
    this.raw = {};
    this.answered = false;
    this.files.clear();
    this.problems.clear();
    this.serverErrors.clear();
    this.confirmed.clear();
    this.warnings = new Map();
    this.errors = new Map();
    this.summary = [];
    this.notice = undefined;
    this.receipt = undefined;
    this.phase = 'fill';
    this.stepIndex = 0;
    this.returnToCheck = false;
    this.drafts?.clear();
    this.draftNote = undefined;
    this.idempotencyKey = newIdempotencyKey();
  }

  // ---- rendering ----

  /** What one render reads, and the host its widgets talk to. */
  protected renderState(): RenderState {
    const { resolver, validator } = this.checker!;
    const host: FormHost = {
      t: this.t,
      setValue: (pointer, value) => this.setValue(pointer, value),
      resolver,
      // A portal's regions-src still loading: no national download, typing the code meanwhile.
      regions: this.regions ?? (this.regionsSrc ? [] : undefined),
      requestUpdate: () => this.requestUpdate(),
      readonly: this.readonly,
      files: this.files,
      reportProblem: (pointer, message) => this.reportProblem(pointer, message),
      confirmWarning: (pointer, on) => this.confirmWarning(pointer, on),
      announce: (text) => (this.announcement = text),
      focusPointer: (pointer) => this.focusField(pointer),
      renderObject: (nodes, pointer, label) => renderObject(state, nodes, pointer, undefined, label),
    };
    const state: RenderState = { idPrefix: this.idPrefix, host, matches: validator.matches, raw: this.raw, settled: this.settled, errors: this.errors, warnings: this.warnings };
    return state;
  }

  /** A widget's own finding (a refused file) shows like any error until the widget clears it. */
  private reportProblem(pointer: string, message: string | undefined): void {
    const errors = new Map(this.errors);
    if (message) {
      this.problems.set(pointer, message);
      errors.set(pointer, message);
    } else {
      this.problems.delete(pointer);
      errors.delete(pointer);
    }
    this.errors = errors;
  }

  /** What the receipt says happens next; domain forms override it. */
  protected receiptNote(): TemplateResult | string {
    const note = this.checker?.schema['x-fz-receipt-note'];
    return typeof note === 'string' ? note : this.t('receiptNext');
  }

  override render() {
    if (this.loadFailed) return html`<p class="fz-notice" role="alert">${this.t(this.loadFailed === 'config' ? 'configError' : 'loadError')}</p>${fallback(this)}`;
    if (!this.checker) return html`<p class="fz-loading" role="status">${this.t('loading')}</p>${fallback(this)}`;
    if (this.phase === 'receipt' && this.receipt) {
      return receiptView(this.receipt, this.locale, this.t, this.receiptNote(), () => this.reset(), this.idPrefix);
    }
    const steps = this.steps();
    const step = steps[this.stepIndex];
    const title = textOf(this.checker.schema.title, 'the title of the form');
    return html`<form part="form" class="fz-form" novalidate @submit=${(e: Event) => this.onFormSubmit(e)} @change=${keepIn}>
      ${title ? html`<h2 class="fz-form-title">${title}</h2>` : nothing}
      ${this.draftNote
        ? html`<p class="fz-draft-note" role="status" tabindex="-1">${this.draftNote()}</p>`
        : nothing}
      ${this.notice ? html`<div class="fz-notice fz-notice--${this.notice.kind}" tabindex="-1">${this.notice.text()}</div>` : nothing}
      ${errorSummary(this.summary, this.t, (pointer) => this.focusField(pointer), this.idPrefix)}
      ${this.phase === 'check'
        ? checkAnswers(this.renderState(), steps, this.t, (pointer) => {
            this.returnToCheck = true;
            return this.focusField(pointer);
          })
        : this.renderStep(steps, step)}
      ${this.renderActions(steps)}
    </form>`;
  }

  private renderStep(steps: Step[], step: Step | undefined): TemplateResult {
    const root = [this.checker!.schema];
    if (!step) return renderObject(this.renderState(), root, '');
    return html`<div class="fz-step">
      <h3 class="fz-step-heading" tabindex="-1">
        <span class="fz-progress" part="progress">${this.t('stepOf', { step: this.stepIndex + 1, total: steps.length })}</span>
        <span class="fz-step-title">${step.title}</span>
      </h3>
      ${renderObject(this.renderState(), root, '', new Set(step.fields))}
    </div>`;
  }

  private renderActions(steps: Step[]): TemplateResult {
    const last = !steps.length || this.phase === 'check';
    const retry = this.notice?.kind === 'failed';
    return html`<div class="fz-actions" part="actions">
      ${steps.length && (this.stepIndex > 0 || this.phase === 'check')
        ? html`<button type="button" @click=${() => this.goTo(this.phase === 'check' ? steps.length - 1 : this.stepIndex - 1)}>${this.t('back')}</button>`
        : nothing}
      ${this.readonly
        ? nothing
        : html`<button type="submit" class="fz-primary" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? this.t('submitting') : last ? (retry ? this.t('retry') : this.t('submit')) : this.returnToCheck ? this.t('backToCheck') : this.t('next')}
          </button>`}
      ${this.readonly || this.confirmingClear
        ? nothing
        : html`<button type="button" class="fz-link-button fz-clear" @click=${() => this.clearAll(false)}>${this.t('clearDraft')}</button>`}
    </div>
    ${this.confirmingClear
      ? html`<div class="fz-clear-confirm" role="group" aria-labelledby="${this.idPrefix}-clear-question">
          <p id="${this.idPrefix}-clear-question">${this.t('clearQuestion')}</p>
          <button type="button" class="fz-primary" @click=${() => this.clearAll(true)}>${this.t('clearYes')}</button>
          <button type="button" @click=${() => this.clearAll(false, true)}>${this.t('clearNo')}</button>
        </div>`
      : nothing}
    <p class="fz-visually-hidden" role="status" aria-live="polite">${this.busy ? this.t('submitting') : this.announcement}</p>`;
  }

  private onFormSubmit(e: Event): void {
    e.preventDefault();
    keepIn(e);
    const steps = this.steps();
    if (steps.length && this.phase === 'fill') void this.next();
    else void this.submit();
  }

  /**
   * Two steps, so one stray tap beside the submit button cannot wipe an application. Focus never
   * drops to the page: on to the question, back to the clear button, or to the note saying it is done.
   */
  private async clearAll(confirmed: boolean, cancelled = false): Promise<void> {
    this.confirmingClear = !confirmed && !cancelled;
    if (confirmed) {
      this.reset();
      this.draftNote = () => this.t('clearConfirm');
    }
    await this.rendered();
    const target = confirmed ? '.fz-draft-note' : cancelled ? '.fz-clear' : '.fz-clear-confirm button';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }
}

/** Does a step show the field at this pointer? */
const holds = (step: Step, pointer: string) => step.fields.some((name) => isWithin(pointer, join('', name)));

/** Errors in the order their fields stand on the page (the summary reads top to bottom). */
function inPageOrder(errors: FieldError[], root: ParentNode | undefined): FieldError[] {
  if (!root) return errors;
  const order = new Map([...root.querySelectorAll<HTMLElement>('[data-pointer]')].map((e, i) => [e.dataset.pointer!, i]));
  return [...errors].sort((a, b) => (order.get(a.pointer) ?? Infinity) - (order.get(b.pointer) ?? Infinity));
}

/** A draft without attachment entries (`{ id, name, size, type }`), and whether any were there. */
function withoutAttachments(data: unknown): { data: unknown; dropped: boolean } {
  let dropped = false;
  const isAttachment = (v: unknown) => !!v && typeof v === 'object' && ['id', 'name', 'size', 'type'].every((k) => k in (v as object));
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const kept = value.filter((v) => !isAttachment(v) || !(dropped = true)).map(walk);
      return kept.length || !value.length ? kept : undefined;
    }
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const next = walk(child);
      if (next !== undefined) out[key] = next;
    }
    return out;
  };
  return { data: walk(data), dropped };
}

/** The files a submission carries: those still listed in the data. */
function collectFiles(data: unknown, files: Map<string, File>): { id: string; file: File }[] {
  const out: { id: string; file: File }[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string' && files.has(id)) out.push({ id, file: files.get(id)! });
      else Object.values(value).forEach(walk);
    }
  };
  walk(data);
  return out;
}
