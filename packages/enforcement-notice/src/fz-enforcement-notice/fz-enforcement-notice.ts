import {
  clampPageSize,
  emptyListQuery,
  findRegionPath,
  pageCount,
  publicationDay,
  resolveMaskRules,
  translate,
  type Facets,
  type ListEngine,
  type ListQuery,
  type Locale,
  type MaskRules,
  type RegionNode,
} from '@fazhi/core';
import {
  badQueryState,
  csvButton,
  deepLinkKey,
  emptyState,
  errorState,
  isBadQuery,
  lightRoot,
  listMessages,
  liveRegion,
  listStyles,
  listText,
  loadAllItems,
  LocaleTexts,
  readDeepLink,
  withDeepLink,
  loadingState,
  nextSort,
  pager,
  searchBox,
  ServerSource,
  StaleResponse,
  tokens,
  type FilterOption,
  type ListText,
} from '@fazhi/form';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { NoticeEventDetails } from './events.js';
import { endpointUrl, queryUrl } from './data-source.js';
import { decisionLinkId, isLinked, parseNoticeLink } from './deep-link.js';
import { BODY_FIELD, engineFor } from './engines.js';
import type { ExportHost } from './csv.js';
import { codeLabel } from './labels.js';
import { filters } from './filters.js';
import { extrasIfLoaded, loadExtras } from './lazy.js';
import { noticeMessages, type NoticeMessageKey } from './messages.js';
import { publicRecords, type RecordMasker } from './public-view.js';
import { noticeStyles } from './styles.js';
import { panelId, tabId, tabList } from './tabs.js';
import type { EnforcementBody, EnforcementData, EnforcementDecision, EnforcementMatter, EnforcementOfficer, ViewName } from './types.js';
import { VIEWS } from './types.js';
import { decisionsTable, type TableContext } from './views.js';

type PublicRecord = Record<string, unknown>;
// What a deep link may name: one record id or 文号, never a sentence.
const LINKABLE_ID = /^[^\s]{1,64}$/u;

interface ViewState {
  status: 'idle' | 'loading' | 'ready' | 'error' | 'bad-query';
  /** The current page, masked. */
  items: PublicRecord[];
  total: number;
  facets: Facets;
}

const DEFAULT_SORT: Record<ViewName, ListQuery['sort']> = {
  decisions: [{ field: 'decidedAt', direction: 'desc' }],
  bodies: [],
  officers: [],
  matters: [],
};

/** Column names said when a list is re-sorted. */
const SORT_LABELS: Record<ViewName, Record<string, NoticeMessageKey>> = {
  decisions: { decidedAt: 'decidedAt', fineAmount: 'fineAmount', docNo: 'docNo' },
  bodies: { name: 'bodyName' },
  officers: { validUntil: 'validity' },
  matters: { code: 'matterCode', name: 'matterName' },
};

let instances = 0;

/**
 * `<fz-enforcement-notice>`: 行政执法公示 — enforcement bodies, officers and their certificates,
 * enforcement matters, and published decisions, with search, filters, paging, a decision's detail
 * and print view, and a chart of decisions by month and penalty kind. Personal data is masked in
 * the element whatever the backend sends, and decisions that may no longer be public (expired,
 * revoked, a minor's) are never rendered.
 *
 * @summary 行政执法公示: bodies, officers, matters and decisions, masked by default.
 * @attr src - API base with `/bodies`, `/officers`, `/matters`, `/decisions`; or, in client mode, a folder (ending in `/`) holding `bodies.json`…
 * @attr mode - `client` (default: load each list whole) or `server` (search, filter, sort and paging by the server).
 * @attr view - `decisions`, `bodies`, `officers` or `matters` to show one list without tabs.
 * @attr page-size - rows per page (default 20, at most 100).
 * @attr locale - `zh-CN` (default) or `en`; English texts download on first use (`updateComplete` waits for them).
 * @attr care-mode - large text, high contrast and large targets (关怀模式).
 * @attr no-deep-link - ignore `#fz-<id>=<view>/<id>` in the page address and never change it.
 * @attr {'light'} render-root - `light` renders into the element itself, not a shadow root, for read-aloud toolbars (指读); read when first connected.
 * @fires {CustomEvent<FzViewChangeDetail>} fz-view-change - the visible list changed; `detail: { view }`.
 * @fires {CustomEvent<FzDetailOpenDetail>} fz-detail-open - a decision's detail opened; `detail: { docNo }`.
 * @fires {CustomEvent<FzLoadErrorDetail>} fz-load-error - a list failed to load; `detail: { view }`.
 * @csspart tabs - the tab list. @csspart tab - one tab. @csspart filters - the filter fieldset.
 * @csspart csv-button - a list's CSV download button.
 * @csspart table - a list table. @csspart row - a table row. @csspart detail - a decision's detail.
 * @csspart chart-figure - one chart. @csspart chart - a chart's picture. @csspart chart-table - a chart's figures.
 * @cssprop --fz-color-primary - tabs, links, bars. @cssprop --fz-font-size - body text size (never below 16px).
 */
export class FzEnforcementNotice extends LitElement {
  static override styles = [tokens, listStyles, noticeStyles];

  @property() src?: string;
  @property() mode: 'client' | 'server' = 'client';
  @property() view?: ViewName;
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  @property({ reflect: true }) locale: Locale = 'zh-CN';
  @property({ type: Boolean, reflect: true, attribute: 'care-mode' }) careMode = false;
  @property({ type: Boolean, attribute: 'no-deep-link' }) noDeepLink = false;
  /** The four lists given directly (client mode); takes the place of `src`. */
  @property({ attribute: false }) data?: Partial<EnforcementData>;
  /** A portal's masking settings; they can only make masking stricter than the defaults. */
  @property({ attribute: false }) maskRules?: Partial<MaskRules>;
  /** Extra fetch options (headers, `credentials`). */
  @property({ attribute: false }) requestInit?: RequestInit;
  /** The date that decides publication periods and certificate validity (default: now, Asia/Shanghai). */
  @property({ attribute: false }) today?: Date | string;
  /** 行政区划 tree, to show region codes (执法区域) by name. */
  @property({ attribute: false }) regions?: RegionNode[];

  @state() private active: ViewName = 'decisions';
  @state() private views: Record<ViewName, ViewState> = {
    decisions: this.emptyView(),
    bodies: this.emptyView(),
    officers: this.emptyView(),
    matters: this.emptyView(),
  };
  @state() private queries: Record<ViewName, ListQuery> = this.freshQueries();
  @state() private detail?: EnforcementDecision;
  @state() private showChartTable = false;
  @state() private announcement = '';

  private readonly idPrefix = `fz-en-${++instances}`;
  private engines: Partial<Record<ViewName, ListEngine<PublicRecord>>> = {};
  private readonly servers = new Map<ViewName, ServerSource>();
  private clientLoads = new Map<ViewName, AbortController>();
  private searchTimer?: ReturnType<typeof setTimeout>;
  private returnFocusTo?: string;
  private focusDetail = false;
  private focusTab = false;
  private generation = 0;
  /** A decision a deep link asks for, opened when its list arrives. */
  private pendingLink?: string;
  /** The decisions query is the one a deep link set (server mode): dropped when it finds nothing. */
  private linkedQuery = false;
  private exportSource?: ServerSource;
  private readonly onHashChange = () => this.readHash();

  protected override createRenderRoot() {
    return lightRoot(this) ?? super.createRenderRoot();
  }

  private get rules(): MaskRules {
    return resolveMaskRules(this.maskRules);
  }

  private get todayText(): string {
    return publicationDay(this.today ?? new Date());
  }

  private get shownViews(): readonly ViewName[] {
    return this.view && VIEWS.includes(this.view) ? [this.view] : VIEWS;
  }

  private t = (key: NoticeMessageKey, params?: Record<string, unknown>) => translate(noticeMessages, this.locale, key, params);

  private regionName = (code: string | undefined): string | undefined => {
    if (!code || !this.regions || !/^\d{6}$/.test(code)) return code;
    const path = findRegionPath(this.regions, code);
    return path ? path.map((n) => n.name).join('') : code;
  };

  private get lt(): ListText {
    return listText(this.locale);
  }

  private emptyView(): ViewState {
    return { status: 'idle', items: [], total: 0, facets: {} };
  }

  private freshQueries(): Record<ViewName, ListQuery> {
    const q = {} as Record<ViewName, ListQuery>;
    for (const v of VIEWS) q[v] = { ...emptyListQuery(clampPageSize(this.pageSize)), sort: DEFAULT_SORT[v] };
    return q;
  }

  private readonly partLoads = new Set<Promise<unknown>>();
  /** Until the texts of a new `locale` arrive the element speaks zh-CN; then it re-renders. */
  private readonly localeTexts = new LocaleTexts(this, undefined, () => [noticeMessages, listMessages]);

  /** The on-demand parts, or undefined while they load (the element re-renders when they arrive). */
  private extras(): ReturnType<typeof extrasIfLoaded> {
    const extras = extrasIfLoaded();
    if (!extras) void this.whenExtras().then(() => this.requestUpdate(), () => this.requestUpdate());
    return extras;
  }

  /** The on-demand parts, loading them if needed; `updateComplete` waits for them too. */
  private whenExtras(): ReturnType<typeof loadExtras> {
    const pending = loadExtras();
    const tracked = pending.then(
      () => undefined,
      () => undefined,
    );
    this.partLoads.add(tracked);
    void tracked.finally(() => this.partLoads.delete(tracked));
    return pending;
  }

  /** Also waits for parts and texts being loaded, so `await el.updateComplete` means "everything is drawn". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.localeTexts.ready;
    done = (await super.getUpdateComplete()) && done;
    while (this.partLoads.size) {
      await Promise.all([...this.partLoads]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * A view's rows (search, filters and sort applied, every page; default the view shown) as CSV
   * with a BOM, built from the masked values the tables show. Server mode fetches every page from
   * `src`, 100 rows a request, up to 10,000; `total` is the server's count, larger when the export
   * stopped there.
   */
  async exportCsv(view: ViewName = this.active): Promise<{ csv: string; count: number; total: number }> {
    return (await this.whenExtras()).exportView(this as unknown as ExportHost, view);
  }

  /** Saves a view (default the one shown) as a CSV file, as its download button does; resolves with the Blob. */
  async downloadCsv(view: ViewName = this.active): Promise<Blob> {
    return (await this.whenExtras()).downloadView(this as unknown as ExportHost, view);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.exportSource?.cancel();
    clearTimeout(this.searchTimer);
    for (const s of this.servers.values()) s.cancel();
    for (const c of this.clientLoads.values()) c.abort();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.view && VIEWS.includes(this.view) && this.view !== this.active) {
      this.active = this.view;
      this.detail = undefined;
      if (this.hasUpdated) void this.ensure(this.active);
    }
    if (changed.has('pageSize')) {
      const pageSize = clampPageSize(this.pageSize);
      const queries = { ...this.queries };
      for (const v of VIEWS) queries[v] = { ...queries[v], pageSize, page: 1 };
      this.queries = queries;
    }
    const reload = ['src', 'mode', 'data', 'maskRules', 'today', 'pageSize', 'requestInit'] as const;
    if (!this.hasUpdated || reload.some((k) => changed.has(k))) this.reloadAll();
  }

  override updated(): void {
    if (this.focusTab) {
      this.focusTab = false;
      this.renderRoot.querySelector<HTMLElement>(`#${tabId(this.idPrefix, this.active)}`)?.focus();
    }
    const title = this.focusDetail ? this.renderRoot.querySelector<HTMLElement>('.fz-detail__title') : null;
    if (title) {
      this.focusDetail = false;
      title.focus();
    }
    if (this.returnFocusTo !== undefined && !this.detail) {
      const docNo = this.returnFocusTo;
      this.returnFocusTo = undefined;
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-doc-no]');
      const target = [...buttons].find((b) => b.dataset.docNo === docNo);
      (target ?? this.renderRoot.querySelector<HTMLElement>(`#${tabId(this.idPrefix, this.active)}`))?.focus();
    }
  }

  /** Reload every list shown (data, source or rules changed). */
  private reloadAll(): void {
    this.generation++;
    this.engines = {};
    for (const c of this.clientLoads.values()) c.abort();
    this.clientLoads.clear();
    for (const s of this.servers.values()) s.cancel();
    this.detail = undefined;
    const views = { ...this.views };
    for (const v of VIEWS) views[v] = this.emptyView();
    this.views = views;
    void this.ensure(this.active);
  }

  private setView(view: ViewName, patch: Partial<ViewState>): void {
    this.views = { ...this.views, [view]: { ...this.views[view], ...patch } };
  }

  /** Makes sure a view has data for its current query. */
  private async ensure(view: ViewName): Promise<void> {
    if (this.mode === 'server' && !this.data) return this.loadServer(view);
    if (this.engines[view]) return this.applyClient(view);
    const generation = this.generation;
    const given = this.data?.[view];
    const raw = Array.isArray(given) ? given : this.data || !this.src ? [] : undefined;
    // Decisions given as data are ready at once: the first screen never waits for a download.
    if (raw && view === 'decisions') {
      this.engines[view] = engineFor(view, publicRecords(view, raw, this.rules, this.today ?? new Date()));
      return this.applyClient(view);
    }
    if (this.clientLoads.has(view)) return;
    const controller = new AbortController();
    this.clientLoads.set(view, controller);
    this.setView(view, { status: 'loading' });
    try {
      const items = raw ?? (await loadAllItems(endpointUrl(this.src!, view).href, this.requestInit, controller.signal));
      const records = await this.publicOf(view, items);
      if (generation !== this.generation) return;
      this.engines[view] = engineFor(view, records);
      this.applyClient(view);
    } catch {
      if (generation !== this.generation || controller.signal.aborted) return;
      this.setView(view, { status: 'error', items: [], total: 0 });
      this.emit('fz-load-error', { view });
    } finally {
      if (this.clientLoads.get(view) === controller) this.clientLoads.delete(view);
    }
  }

  /** Masks a list; the 事前公开 lists' maskers arrive with the on-demand parts. */
  private async publicOf(view: ViewName, items: readonly unknown[]): Promise<PublicRecord[]> {
    const mask = view === 'decisions' ? undefined : (await this.whenExtras()).maskers[view];
    return publicRecords(view, items, this.rules, this.today ?? new Date(), mask as RecordMasker | undefined) as PublicRecord[];
  }

  private applyClient(view: ViewName): void {
    const engine = this.engines[view];
    if (!engine) return;
    let query = this.queries[view];
    let result = engine.apply(query);
    const pages = pageCount(result.total, query.pageSize);
    if (query.page > pages) {
      query = { ...query, page: pages };
      this.queries = { ...this.queries, [view]: query };
      result = engine.apply(query);
    }
    this.setView(view, { status: 'ready', items: result.items, total: result.total, facets: result.facets });
    this.announceCount(view);
    if (view === 'decisions') this.openLinked(engine.matching(emptyListQuery()) as EnforcementDecision[]);
  }

  private async loadServer(view: ViewName): Promise<void> {
    if (!this.src) return;
    let source = this.servers.get(view);
    if (!source) this.servers.set(view, (source = new ServerSource(() => this.requestInit)));
    this.setView(view, { status: 'loading' });
    try {
      const result = await source.load(queryUrl(this.src, view, this.queries[view]));
      const items = await this.publicOf(view, result.items);
      if (view === 'decisions' && this.linkedQuery) {
        this.linkedQuery = false;
        const id = this.pendingLink;
        if (!id || !items.some((d) => isLinked(d as EnforcementDecision, id))) return this.dropLink();
      }
      this.setView(view, { status: 'ready', items, total: result.total, facets: result.facets });
      this.announceCount(view);
      if (view === 'decisions') this.openLinked(items as EnforcementDecision[]);
    } catch (error) {
      if (error instanceof StaleResponse) return;
      if (view === 'decisions' && this.linkedQuery) return this.dropLink();
      if (isBadQuery(error)) return this.setView(view, { status: 'bad-query', items: [], total: 0 });
      this.setView(view, { status: 'error', items: [], total: 0 });
      this.emit('fz-load-error', { view });
    }
  }

  /** A deep link that named no decision: forget it and show the whole list, saying nothing about it. */
  private dropLink(): void {
    this.linkedQuery = false;
    this.pendingLink = undefined;
    this.updateQuery('decisions', { q: '' }, false);
  }

  private countText(view: ViewName): string {
    const noun = this.t(`noun.${view}` as NoticeMessageKey);
    const q = this.queries[view].q.trim();
    const total = this.views[view].total;
    return q ? this.lt('resultCountFor', { q, total, noun }) : this.lt('resultCount', { total, noun });
  }

  /** After a search or filter, the live region says how many were found. */
  private announceCount(view: ViewName): void {
    if (!this.pendingAnnounce) return;
    this.pendingAnnounce = false;
    this.announcement = this.countText(view);
  }

  private emit<K extends keyof NoticeEventDetails>(name: K, detail: NoticeEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Changes a view's query and fetches or recomputes; most changes go back to page 1. */
  private updateQuery(view: ViewName, patch: Partial<ListQuery>, announce = true): void {
    const query = { ...this.queries[view], page: 1, ...patch };
    this.queries = { ...this.queries, [view]: query };
    this.pendingAnnounce = announce;
    void this.ensure(view);
  }

  private pendingAnnounce = false;

  private selectTab(view: ViewName, focus: boolean): void {
    if (view === this.active && !this.detail) return;
    if (this.detail) this.writeHash();
    this.active = view;
    this.detail = undefined;
    this.focusTab = focus;
    void this.ensure(view);
    this.emit('fz-view-change', { view });
  }

  private openDetail(decision: EnforcementDecision): void {
    this.detail = decision;
    this.focusDetail = true;
    this.writeHash(decisionLinkId(decision));
    this.emit('fz-detail-open', { docNo: decision.docNo });
  }

  private closeDetail(): void {
    this.returnFocusTo = this.detail?.docNo;
    this.detail = undefined;
    this.writeHash();
  }

  // ── deep links ──────────────────────────────────────────────────────

  private get linkKey(): string {
    return deepLinkKey(this.id, 'enforcement-notice');
  }

  /** Opens the view (and decision) the page address names, if it names one of this element's. */
  private readHash(): void {
    if (this.noDeepLink) return;
    const link = parseNoticeLink(readDeepLink(location.hash, this.linkKey));
    if (!link || !this.shownViews.includes(link.view)) return;
    // A link names a decision (its id or 文号) or nothing: a sentence is not an id.
    const id = link.view === 'decisions' && link.id && LINKABLE_ID.test(link.id) ? link.id : undefined;
    this.active = link.view;
    this.detail = undefined;
    this.pendingLink = id;
    if (id && this.mode === 'server' && !this.data) {
      this.linkedQuery = true;
      // The decision may be on any page of the server's list: ask for it by its id or 文号.
      this.queries = { ...this.queries, decisions: { ...this.queries.decisions, q: id, filters: {}, ranges: {}, page: 1 } };
    }
    // Before the first render, reloadAll() loads the view.
    if (this.hasUpdated) void this.ensure(link.view);
  }

  private openLinked(decisions: readonly EnforcementDecision[]): void {
    const id = this.pendingLink;
    if (!id || this.active !== 'decisions') return;
    this.pendingLink = undefined;
    const found = decisions.find((d) => isLinked(d, id));
    if (found) this.openDetail(found);
  }

  /** Puts the open decision in the page address (or takes it out), keeping the rest of the hash. */
  private writeHash(id?: string): void {
    if (this.noDeepLink) return;
    const hash = withDeepLink(location.hash, this.linkKey, id && `decisions/${encodeURIComponent(id)}`);
    // replaceState does not fire hashchange, so the element does not answer its own change.
    if (hash !== location.hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  private onSearchInput(view: ViewName, value: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.updateQuery(view, { q: value }), 300);
  }

  private onSearchNow(view: ViewName, value: string): void {
    clearTimeout(this.searchTimer);
    this.updateQuery(view, { q: value });
  }

  private setFilter(view: ViewName, field: string, value: string): void {
    const filters = { ...this.queries[view].filters };
    if (value) filters[field] = [value];
    else delete filters[field];
    this.updateQuery(view, { filters });
  }

  private setRange(view: ViewName, from: string, to: string): void {
    const ranges = { ...this.queries[view].ranges };
    // A reversed range is read the way people mean it.
    if (from && to && from > to) [from, to] = [to, from];
    if (from || to) ranges.decidedAt = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    else delete ranges.decidedAt;
    this.updateQuery(view, { ranges });
  }

  private clearAll(view: ViewName): void {
    clearTimeout(this.searchTimer);
    this.updateQuery(view, { q: '', filters: {}, ranges: {} });
  }

  protected override render(): TemplateResult {
    const views = this.shownViews;
    const single = views.length === 1;
    return html`${single
        ? nothing
        : tabList({
            idPrefix: this.idPrefix,
            label: this.t('tabsLabel'),
            views,
            selected: this.active,
            labelOf: (v) => this.t(`tab.${v}` as NoticeMessageKey),
            onSelect: (v, focus) => this.selectTab(v, focus),
          })}
      ${views.map((v) =>
        single
          ? html`<div class="fz-panel" part="panel">${this.renderPanel(v)}</div>`
          : html`<div
              class="fz-panel"
              part="panel"
              role="tabpanel"
              id=${panelId(this.idPrefix, v)}
              aria-labelledby=${tabId(this.idPrefix, v)}
              ?hidden=${v !== this.active}
            >
              ${v === this.active ? this.renderPanel(v) : nothing}
            </div>`,
      )}
      ${liveRegion(this.announcement)}`;
  }

  private renderPanel(view: ViewName): TemplateResult {
    if (view === 'decisions' && this.detail) {
      const part = this.extras();
      if (!part) return loadingState(this.lt);
      return part.decisionDetail({
        id: `${this.idPrefix}-detail`,
        decision: this.detail,
        c: { t: this.t, locale: this.locale },
        onBack: () => this.closeDetail(),
        onPrint: () => window.print(),
      });
    }
    const state = this.views[view];
    const query = this.queries[view];
    const noun = this.t(`noun.${view}` as NoticeMessageKey);
    return html`${searchBox({
        id: `${this.idPrefix}-q-${view}`,
        label: this.lt('searchLabel', { noun }),
        hint: this.t(`hint.${view}` as NoticeMessageKey),
        value: query.q,
        t: this.lt,
        onInput: (v) => this.onSearchInput(view, v),
        onSearch: (v) => this.onSearchNow(view, v),
      })}
      ${this.renderFilters(view)} ${this.renderResults(view, state, query, noun)}
      ${view === 'decisions' && (state.status === 'ready' || (state.status === 'loading' && state.items.length)) ? this.renderCharts(state.facets) : nothing}`;
  }

  private options(facet: Record<string, number> | undefined, selected: string, label: (v: string) => string = (v) => v): FilterOption[] {
    const values = Object.keys(facet ?? {});
    // The chosen value stays offered even when nothing matches it any more, so it can be seen and changed.
    if (selected && !values.includes(selected)) values.push(selected);
    return values
      .map((value) => ({ value, label: label(value), count: facet?.[value] ?? 0 }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  }

  private renderFilters(view: ViewName): TemplateResult | typeof nothing {
    const field = BODY_FIELD[view];
    if (!field) return nothing;
    const query = this.queries[view];
    const facets = this.views[view].facets;
    const body = query.filters[field]?.[0] ?? '';
    const base = {
      idPrefix: `${this.idPrefix}-${view}`,
      t: this.t,
      lt: this.lt,
      bodies: this.options(facets[field], body),
      body,
      onBody: (v: string) => this.setFilter(view, field, v),
      onClear: () => this.updateQuery(view, { filters: {}, ranges: {} }),
    };
    if (view !== 'decisions') return filters(base);
    const kind = query.filters.penaltyTypes?.[0] ?? '';
    const range = query.ranges.decidedAt ?? {};
    return filters({
      ...base,
      kinds: this.options(facets.penaltyTypes, kind, (v) => codeLabel(this.locale, 'penalty', v)),
      kind,
      onKind: (v) => this.setFilter(view, 'penaltyTypes', v),
      range: { from: range.from ?? '', to: range.to ?? '' },
      onRange: (from, to) => this.setRange(view, from, to),
    });
  }

  private renderResults(view: ViewName, state: ViewState, query: ListQuery, noun: string): TemplateResult {
    const loading = state.status === 'loading' || state.status === 'idle';
    // The last answer's rows stay while the next loads (one template either way), so the sort or
    // page button just pressed stays in the page and keeps focus.
    if (loading && !state.items.length) return loadingState(this.lt);
    if (state.status === 'error') {
      return errorState({ t: this.lt, message: this.t('loadErrorServer'), onRetry: () => void this.retry(view) });
    }
    if (state.status === 'bad-query') return badQueryState({ t: this.lt, onClear: () => this.clearAll(view) });
    const q = query.q.trim();
    const filtered = Object.keys(query.filters).length > 0 || Object.keys(query.ranges).length > 0;
    const countText = this.countText(view);
    if (!state.items.length) {
      return emptyState({
        q,
        noun,
        t: this.lt,
        filterLabel: filtered ? this.t('filters') : undefined,
        onClear: q || filtered ? () => this.clearAll(view) : undefined,
      });
    }
    const c: TableContext = {
      idPrefix: this.idPrefix,
      t: this.t,
      locale: this.locale,
      sort: query.sort,
      today: this.todayText,
      regionName: this.regionName,
      onSort: (field) => {
        const sort = nextSort(query.sort, field);
        this.updateQuery(view, { sort, page: query.page }, false);
        const column = this.t(SORT_LABELS[view][field] ?? 'sortBy');
        this.announcement = this.lt(sort[0]!.direction === 'asc' ? 'sortedAsc' : 'sortedDesc', { column });
      },
      onOpen: (d) => this.openDetail(d),
    };
    const more = view === 'decisions' ? undefined : this.extras();
    const table =
      view === 'decisions' ? decisionsTable(state.items as EnforcementDecision[], c)
      : !more ? loadingState(this.lt)
      : view === 'bodies' ? more.bodiesTable(state.items as EnforcementBody[], c)
      : view === 'officers' ? more.officersTable(state.items as EnforcementOfficer[], c)
      : more.mattersTable(state.items as EnforcementMatter[], c);
    return html`<div class="fz-list-toolbar">
        <p class="fz-list-count" part="count">${countText}</p>
        ${loading ? loadingState(this.lt) : nothing}
        ${csvButton({ label: this.lt('downloadCsv'), onClick: () => void this.downloadCsv(view).catch(() => undefined) })}
      </div>
      <div class="fz-results" aria-busy=${loading ? 'true' : 'false'}>${table}</div>
      ${pager({
        page: query.page,
        pageCount: pageCount(state.total, query.pageSize),
        t: this.lt,
        onPage: (page) => this.updateQuery(view, { page }),
      })}`;
  }

  private async retry(view: ViewName): Promise<void> {
    delete this.engines[view];
    await this.ensure(view);
  }

  private renderCharts(facets: Facets): TemplateResult | typeof nothing {
    const part = this.extras();
    if (!part) return nothing;
    return part.chartSection({
      id: `${this.idPrefix}-charts`,
      t: this.t,
      locale: this.locale,
      facets,
      showTable: this.showChartTable,
      onToggleTable: () => (this.showChartTable = !this.showChartTable),
    });
  }
}
