import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  clampPageSize,
  createListEngine,
  emptyListQuery,
  itemsToCsv,
  pageCount,
  type ListEngine,
  type ListQuery,
  type ListResult,
  type Locale,
  type SchemaObject,
  type SortKey,
} from '@fazhi/core';
import {
  csvButton,
  disclosureButton,
  downloadText,
  badQueryState,
  emptyState,
  errorState,
  filterChips,
  filterSelect,
  isBadQuery,
  listMessages,
  listQueryUrl,
  listStyles,
  listText,
  liveRegion,
  lightRoot,
  loadAllItems,
  loadingState,
  LocaleTexts,
  nextSort,
  pager,
  plainHeader,
  searchBox,
  ServerSource,
  sortHeader,
  sortSelect,
  StaleResponse,
  tokens,
  type FilterOption,
} from '@fazhi/form';
import { cellText, columnLabel, columnsFromSchema, defaultColumns, parseColumnsAttribute } from './columns.js';
import { deepLinkHref, deepLinkKey, readDeepLink } from './deep-link.js';
import { detailTemplate } from './detail.js';
import { powerListStyles } from './fz-power-list.styles.js';
import { loadParts, partsIfLoaded } from './lazy.js';
import { powerListMessages, powerListText, STANDARD_CATEGORIES, valueLabel } from './messages.js';
import type { PowerListColumn, PowerListItem, ValueLabels } from './types.js';

type Status = 'idle' | 'loading' | 'ready' | 'error' | 'bad-query';
// What a deep link may name in server mode: one item code, never a sentence (a link's words are not
// searched for, and so never shown back on the page).
const LINKABLE_CODE = /^[^\s]{1,64}$/u;
type Announce = 'count' | 'sort' | 'page';

/** Below this container width the table becomes cards (a phone, or a narrow CMS column). */
const NARROW_WIDTH = 640;
/** Client lists longer than this wait for a pause in typing before searching. */
const LARGE_LIST = 2000;

let instances = 0;

function usable(items: unknown): PowerListItem[] {
  if (!Array.isArray(items)) return [];
  return items.filter(
    (item): item is PowerListItem =>
      !!item && typeof item === 'object' && typeof (item as PowerListItem).code === 'string' && typeof (item as PowerListItem).name === 'string',
  );
}

/**
 * 权责清单: the public, searchable list of a government body's powers and responsibilities.
 *
 * @summary Power and responsibility list with category chips, search, sort, paging, detail and CSV export.
 *
 * @attr src - URL of the list: a JSON array or `{ items }` (client mode), or the list endpoint (server mode).
 * @attr mode - `client` (default): search, filter, sort and page in the browser; `server`: send the query protocol to `src`.
 * @attr page-size - rows per page, default 20, at most 100.
 * @attr locale - `zh-CN` (default) or `en`; English texts download on first use (`updateComplete` waits for them).
 * @attr care-mode - 关怀模式: larger text and targets, stronger contrast.
 * @attr no-deep-link - ignore `#fz-<id>=<code>` in the page address.
 * @attr columns - column keys in order, e.g. `code, name:事项名称, category, agency*` (`*` = sortable).
 * @attr caption - the table's caption, default 权责清单.
 * @attr {'light'} render-root - `light` renders into the element itself, not a shadow root, for read-aloud toolbars (指读); read when first connected.
 *
 * @csspart search - the search form
 * @csspart chips - the category chips
 * @csspart table - the table
 * @csspart row - a table row
 * @csspart cards - the card list used in narrow containers
 * @csspart detail - an item's detail
 * @csspart flow - the process chart
 * @csspart pager - the page navigation
 * @csspart empty - the no-results message
 * @csspart csv-button - the CSV download button
 */
export class FzPowerList extends LitElement {
  static override styles = [tokens, listStyles, powerListStyles];

  @property() src?: string;
  @property({ attribute: false }) items?: PowerListItem[];
  @property() mode: 'client' | 'server' = 'client';
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  @property() locale: Locale = 'zh-CN';
  @property({ type: Boolean, reflect: true, attribute: 'care-mode' }) careMode = false;
  @property({ type: Boolean, attribute: 'no-deep-link' }) noDeepLink = false;
  @property() caption?: string;
  @property({ converter: { fromAttribute: parseColumnsAttribute } }) columns?: PowerListColumn[];
  /** The item schema; its `x-fz-column` hints choose the columns when `columns` is not set. */
  @property({ attribute: false }) schema?: SchemaObject;
  /** Labels for a portal's own coded values, per field: `{ category: { service: '公共服务事项' } }`. */
  @property({ attribute: false }) labels?: ValueLabels;
  /** Extra fetch options (headers, `credentials`) for `src`. */
  @property({ attribute: false }) requestInit?: RequestInit;

  @state() private query: ListQuery = emptyListQuery(20);
  @state() private typed = '';
  @state() private status: Status = 'idle';
  @state() private result: ListResult<PowerListItem> = { items: [], total: 0, facets: {} };
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private narrow = false;
  @state() private announcement = '';
  @state() private loaded?: PowerListItem[];

  private readonly uid = `fz-pl-${++instances}`;
  private engine?: ListEngine<PowerListItem>;
  private engineKey?: string;
  private engineData?: readonly PowerListItem[];
  private computedFor?: ListQuery;
  private pendingAnnounce?: Announce;
  private pendingDeepLink?: string;
  /** A code a deep link asked the server for; when no item has it, the whole list is shown instead. */
  private linkedCode?: string;
  private scrollTarget?: string;
  private focusCount = false;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private loadController?: AbortController;
  private exportController?: AbortController;
  private readonly server = new ServerSource<PowerListItem>(() => this.requestInit);
  private partsWait?: Promise<unknown>;
  /** Until the texts of a new `locale` arrive the list speaks zh-CN; then it re-renders. */
  private readonly localeTexts = new LocaleTexts(this, undefined, () => [powerListMessages, listMessages]);
  private resizeObserver?: ResizeObserver;
  private readonly onHashChange = () => this.readHash();

  protected override createRenderRoot() {
    return lightRoot(this) ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.readHash();
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[entries.length - 1]?.contentRect.width ?? 0;
        // Changing layout inside the observer callback would re-trigger it within the same frame.
        requestAnimationFrame(() => {
          if (width > 0) this.narrow = width < NARROW_WIDTH;
        });
      });
      this.resizeObserver.observe(this);
    }
    // Moved in the page while loading: the old request was aborted on disconnect, so ask again.
    if (this.hasUpdated && this.status === 'loading') this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.resizeObserver?.disconnect();
    clearTimeout(this.searchTimer);
    this.loadController?.abort();
    this.exportController?.abort();
    this.server.cancel();
  }

  /** Also waits for the masking code and new texts while they load, so `await el.updateComplete` means "the rows are drawn". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.localeTexts.ready;
    done = (await super.getUpdateComplete()) && done;
    while (this.partsWait) {
      await this.partsWait;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * The current view (search, filters and sort applied) as CSV text with a BOM, from the masked
   * values. Client mode: every page. Server mode: only the page on screen (`exportCsv()` fetches them all).
   */
  toCsv(): string {
    return this.csvOf(this.mode === 'client' && this.engine ? this.engine.matching(this.query) : this.result.items);
  }

  /**
   * Every row of the current view as CSV. In server mode every page is fetched from `src`, 100 rows
   * a request, up to 10,000 rows; `total` is the server's count, larger when the export stopped there.
   */
  async exportCsv(): Promise<{ csv: string; count: number; total: number }> {
    let rows = this.mode === 'client' && this.engine ? this.engine.matching(this.query) : this.result.items;
    let total = rows.length;
    if (this.mode === 'server' && this.src) {
      this.exportController?.abort();
      const controller = (this.exportController = new AbortController());
      const parts = await loadParts();
      const all = await parts.loadAllPages<PowerListItem>(this.src, this.query, this.requestInit, controller.signal);
      rows = parts.publicItems(usable(all.items));
      total = Math.max(all.total, rows.length);
    }
    return { csv: this.csvOf(rows), count: rows.length, total };
  }

  /**
   * Saves the whole current view as a CSV file (what the download button does); resolves with the
   * Blob. Server mode fetches every page first, and the live region says what happens.
   */
  async downloadCsv(): Promise<Blob> {
    const t = powerListText(this.locale);
    const name = `${this.caption || t('csvFile')}.csv`;
    // Client mode saves at once, inside the click, as browsers like downloads to be.
    if (this.mode !== 'server') return downloadText(name, this.toCsv());
    await loadParts(); // with the export's texts
    this.announcement = t('exportPreparing');
    try {
      const { csv, count, total } = await this.exportCsv();
      this.announcement = t(count < total ? 'exportTruncated' : 'exportDone', { count, total });
      return downloadText(name, csv);
    } catch (error) {
      // A second press aborts the first export; only a real failure is reported.
      if ((error as Error)?.name !== 'AbortError') this.announcement = t('exportFailed');
      throw error;
    }
  }

  /** Loads `src` again (after an error, or when the data behind it changed). */
  reload(): void {
    if (this.mode === 'server') this.requestPage();
    else if (this.items) this.waitForParts();
    else this.loadSource();
  }

  private csvOf(rows: readonly PowerListItem[]): string {
    const columns = this.effectiveColumns();
    for (const key of ['basis', 'unit', 'supervisionPhone']) if (!columns.some((c) => c.key === key)) columns.push({ key, label: columnLabel({ key }, this.locale) });
    const csvColumns = columns.map((c) => ({ label: c.label!, value: (item: PowerListItem) => cellText(item, c.key, this.locale, this.labels) }));
    return itemsToCsv(rows, csvColumns);
  }

  // ── data ────────────────────────────────────────────────────────────

  private checkedItems?: { from: PowerListItem[]; usable: PowerListItem[] };

  /** The rows in use, masked: `.items` (checked once per array) or what `src` gave. */
  private get data(): PowerListItem[] | undefined {
    if (!this.items) return this.loaded;
    const parts = partsIfLoaded();
    if (!parts) return undefined;
    if (this.checkedItems?.from !== this.items) this.checkedItems = { from: this.items, usable: parts.publicItems(usable(this.items)) };
    return this.checkedItems.usable;
  }

  /** `.items` are shown once the masking code is here; until then the list says it is loading. */
  private waitForParts(): void {
    if (partsIfLoaded()) {
      this.status = 'ready';
      return;
    }
    this.status = 'loading';
    if (this.partsWait) return;
    this.partsWait = loadParts()
      .then(
        () => {
          if (this.items && this.mode === 'client') this.status = 'ready';
        },
        () => {
          if (this.items && this.mode === 'client') this.status = 'error';
        },
      )
      .finally(() => (this.partsWait = undefined));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('pageSize')) {
      // Never more than the server protocol's largest page (core's MAX_PAGE_SIZE).
      const size = clampPageSize(this.pageSize);
      if (size !== this.query.pageSize) this.query = { ...this.query, pageSize: size, page: 1 };
    }
    const sourceChanged = changed.has('src') || changed.has('mode') || changed.has('items');
    if (sourceChanged) {
      if (this.mode === 'server') {
        if (this.src) this.requestPage();
      } else if (!this.items && this.src && (changed.has('src') || changed.has('mode') || !this.loaded)) {
        this.loadSource();
      } else if (this.items) {
        this.waitForParts();
      }
    } else if (changed.has('query') && this.mode === 'server') {
      this.requestPage();
    }
    if (this.mode === 'client') this.computeClient();
    if (this.pendingAnnounce && this.status === 'ready') this.announce();
  }

  private computeClient(): void {
    const data = this.data;
    if (!data) return;
    const columns = this.effectiveColumns();
    const facetFields = this.facetFields(columns);
    const sortFields = [...new Set(['code', 'name', ...columns.filter((c) => c.sortable).map((c) => c.key)])];
    const key = `${facetFields.join()}|${sortFields.join()}`;
    if (data !== this.engineData || key !== this.engineKey) {
      this.engine = createListEngine(data, {
        searchFields: ['name', 'code', 'basis', 'subItems'],
        facetFields,
        sortFields,
        filterFields: [...facetFields, 'unit', 'level'],
      });
      this.engineData = data;
      this.engineKey = key;
      this.computedFor = undefined;
      if (data.length > LARGE_LIST) this.prepareInIdleTime(this.engine);
    }
    this.openDeepLinkInClient();
    if (this.computedFor !== this.query) {
      const result = this.engine!.apply(this.query);
      const pages = pageCount(result.total, this.query.pageSize);
      if (this.query.page > pages) {
        // The list shrank under the page we were on (new data, or a filter from a deep link).
        this.query = { ...this.query, page: pages };
        this.result = this.engine!.apply(this.query);
      } else {
        this.result = result;
      }
      this.computedFor = this.query;
    }
  }

  /** Normalises search text of a big list in small slices while the page is idle. */
  private prepareInIdleTime(engine: ListEngine<PowerListItem>): void {
    const idle: (run: () => void) => void =
      typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run, { timeout: 1000 }) : (run) => setTimeout(run, 50);
    const step = () => {
      if (engine === this.engine && this.isConnected && !engine.prepare(500)) idle(step);
    };
    idle(step);
  }

  private async loadSource(): Promise<void> {
    if (!this.src) return;
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.status = 'loading';
    try {
      const [items, parts] = await Promise.all([loadAllItems<PowerListItem>(this.src, this.requestInit, controller.signal), loadParts()]);
      if (controller !== this.loadController) return;
      this.loaded = parts.publicItems(usable(items));
      this.status = 'ready';
    } catch (error) {
      if (controller !== this.loadController || (error as Error)?.name === 'AbortError') return;
      this.status = 'error';
    }
  }

  private async requestPage(): Promise<void> {
    if (!this.src) return;
    this.status = 'loading';
    try {
      const [result, parts] = await Promise.all([this.server.load(listQueryUrl(this.src, this.query)), loadParts()]);
      const linked = this.linkedCode;
      this.linkedCode = undefined;
      if (linked !== undefined && !result.items.some((item) => (item as PowerListItem | undefined)?.code === linked)) return this.dropLink();
      this.result = { ...result, items: parts.publicItems(usable(result.items)) };
      this.status = 'ready';
      if (this.pendingAnnounce) this.announce();
    } catch (error) {
      if (error instanceof StaleResponse) return;
      if (this.linkedCode !== undefined) return this.dropLink();
      this.status = isBadQuery(error) ? 'bad-query' : 'error';
    }
  }

  /** A deep link that named no item: forget it and show the whole list, saying nothing about it. */
  private dropLink(): void {
    this.linkedCode = undefined;
    this.typed = '';
    this.expanded = new Set();
    this.scrollTarget = undefined;
    this.setQuery({ q: '', page: 1 });
  }

  // ── user actions ────────────────────────────────────────────────────

  private setQuery(patch: Partial<ListQuery>, announce?: Announce): void {
    this.query = { ...this.query, ...patch };
    this.pendingAnnounce = announce;
  }

  private searchDelay(): number {
    if (this.mode === 'server') return 300;
    return (this.data?.length ?? 0) > LARGE_LIST ? 100 : 0;
  }

  private onSearchInput(value: string): void {
    this.typed = value;
    clearTimeout(this.searchTimer);
    const delay = this.searchDelay();
    if (delay === 0) this.commitSearch();
    else this.searchTimer = setTimeout(() => this.commitSearch(), delay);
  }

  private commitSearch(): void {
    clearTimeout(this.searchTimer);
    if (this.typed.trim() === this.query.q.trim()) return;
    this.setQuery({ q: this.typed, page: 1 }, 'count');
  }

  private selectFilter(field: string, value: string): void {
    const filters = { ...this.query.filters };
    if (value) filters[field] = [value];
    else delete filters[field];
    this.setQuery({ filters, page: 1 }, 'count');
  }

  private sortBy(sort: SortKey[]): void {
    this.setQuery({ sort, page: 1 }, 'sort');
  }

  private goToPage(page: number): void {
    this.setQuery({ page }, 'page');
    this.focusCount = true;
  }

  private clearSearch(): void {
    this.typed = '';
    this.setQuery({ q: '', filters: {}, ranges: {}, page: 1 }, 'count');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus());
  }

  private toggle(code: string): void {
    const next = new Set(this.expanded);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    this.expanded = next;
  }

  private announce(): void {
    const t = listText(this.locale);
    const noun = powerListText(this.locale)('noun');
    const kind = this.pendingAnnounce;
    this.pendingAnnounce = undefined;
    if (kind === 'page') {
      this.announcement = t('pageOf', { page: this.query.page, pages: pageCount(this.result.total, this.query.pageSize) });
    } else if (kind === 'sort') {
      const key = this.query.sort[0];
      const column = key && this.effectiveColumns().find((c) => c.key === key.field);
      this.announcement = key
        ? t(key.direction === 'asc' ? 'sortedAsc' : 'sortedDesc', { column: column ? columnLabel(column, this.locale) : key.field })
        : t('sortedDefault');
    } else {
      this.announcement = this.countText(t, noun);
    }
  }

  private countText(t = listText(this.locale), noun = powerListText(this.locale)('noun')): string {
    const q = this.query.q.trim();
    const chosen = Object.entries(this.query.filters)
      .filter(([, values]) => values.length)
      .map(([field, values]) => values.map((v) => valueLabel(field, v, this.locale, this.labels)).join('、'));
    const text = q ? t('resultCountFor', { q, total: this.result.total, noun }) : t('resultCount', { total: this.result.total, noun });
    return chosen.length ? `${chosen.join('，')}：${text}` : text;
  }

  // ── deep links ──────────────────────────────────────────────────────

  private readHash(): void {
    if (this.noDeepLink) return;
    const code = readDeepLink(window.location.hash, deepLinkKey(this.id));
    if (!code) return;
    this.pendingDeepLink = code;
    if (this.mode === 'server') {
      // The item may be on any page of the server's list: ask for it by its code.
      this.pendingDeepLink = undefined;
      if (!LINKABLE_CODE.test(code)) return;
      this.linkedCode = code;
      this.typed = code;
      this.expanded = new Set([...this.expanded, code]);
      this.scrollTarget = code;
      this.setQuery({ q: code, filters: {}, ranges: {}, page: 1 });
    } else {
      this.requestUpdate();
    }
  }

  private openDeepLinkInClient(): void {
    const code = this.pendingDeepLink;
    if (!code || !this.engine || !this.data) return;
    this.pendingDeepLink = undefined;
    if (!this.data.some((item) => item.code === code)) return;
    let query = this.query;
    let position = this.engine.matching(query).findIndex((item) => item.code === code);
    if (position < 0) {
      // Hidden by the current search or category: show the whole list again.
      this.typed = '';
      query = { ...query, q: '', filters: {}, ranges: {} };
      position = this.engine.matching(query).findIndex((item) => item.code === code);
    }
    this.query = { ...query, page: Math.floor(position / query.pageSize) + 1 };
    this.expanded = new Set([...this.expanded, code]);
    this.scrollTarget = code;
  }

  protected override updated(): void {
    if (this.scrollTarget) {
      const row = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-code]')].find((el) => el.dataset.code === this.scrollTarget);
      if (row) {
        this.scrollTarget = undefined;
        row.scrollIntoView({ block: 'start' });
        row.querySelector<HTMLElement>('.fz-disclosure')?.focus({ preventScroll: true });
      }
    }
    if (this.focusCount) {
      this.focusCount = false;
      this.renderRoot.querySelector<HTMLElement>('.fz-list-count')?.focus();
    }
  }

  // ── rendering ───────────────────────────────────────────────────────

  private effectiveColumns(): PowerListColumn[] {
    const columns = this.columns?.length ? this.columns : (columnsFromSchema(this.schema, this.locale) ?? defaultColumns());
    return columns.map((c) => ({ ...c, label: columnLabel(c, this.locale) }));
  }

  /** The chips' field (category unless a column asks for tabs elsewhere), then the drop-down filters. */
  private facetFields(columns = this.effectiveColumns()): string[] {
    const tabs = columns.find((c) => c.filter === 'tabs')?.key ?? 'category';
    return [tabs, ...columns.filter((c) => c.filter === 'select' && c.key !== tabs).map((c) => c.key)];
  }

  /** Values of a filter with their counts: standard categories in their usual order, then the rest. */
  private filterOptions(field: string): FilterOption[] {
    const counts = this.result.facets[field] ?? {};
    const selected = this.query.filters[field]?.[0];
    const values = Object.keys(counts).filter((v) => counts[v] > 0 || v === selected);
    if (selected && !values.includes(selected)) values.push(selected);
    const order: string[] = field === 'category' ? STANDARD_CATEGORIES : [];
    const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
    const labelOf = (v: string) => valueLabel(field, v, this.locale, this.labels);
    values.sort((a, b) => rank(a) - rank(b) || (order.length ? 0 : labelOf(a).localeCompare(labelOf(b), 'zh-CN')));
    return values.map((value) => ({ value, label: labelOf(value), count: counts[value] ?? 0 }));
  }

  protected override render(): TemplateResult {
    const t = listText(this.locale);
    const pt = powerListText(this.locale);
    const noun = pt('noun');
    const columns = this.effectiveColumns();
    const [tabsField, ...selectFields] = this.facetFields(columns);
    const chips = this.filterOptions(tabsField);
    const selected = this.query.filters[tabsField]?.[0] ?? '';
    // The chips' counts ignore the chosen chip, so together they give the "全部" count.
    const total = selected ? chips.reduce((sum, o) => sum + (o.count ?? 0), 0) : this.result.total;
    const pages = pageCount(this.result.total, this.query.pageSize);
    const hasData = this.status === 'ready' || (this.status === 'loading' && this.result.items.length > 0);
    const chosen = Object.entries(this.query.filters)
      .filter(([, values]) => values.length)
      .map(([field, values]) => values.map((v) => valueLabel(field, v, this.locale, this.labels)).join('、'));
    const selects = selectFields
      .map((field) => ({ field, options: this.filterOptions(field), selected: this.query.filters[field]?.[0] ?? '' }))
      // A drop-down with one choice only adds a stop for the keyboard: a township list has one 实施主体.
      .filter((f) => f.options.length > 1 || f.selected);

    return html`<div class="fz-power-list" part="base">
      ${searchBox({
        id: `${this.uid}-q`,
        label: t('searchLabel', { noun }),
        hint: pt('searchHint'),
        value: this.typed,
        t,
        onInput: (v) => this.onSearchInput(v),
        onSearch: (v) => {
          this.typed = v;
          this.commitSearch();
        },
      })}
      ${chips.length ? filterChips({ label: t('filterLabel'), options: chips, selected, total, t, onSelect: (v) => this.selectFilter(tabsField, v) }) : nothing}
      ${selects.length || (this.narrow && hasData)
        ? html`<div class="fz-list-filters">
            ${selects.map((f) =>
              filterSelect({
                id: `${this.uid}-f-${f.field}`,
                label: columnLabel(columns.find((c) => c.key === f.field) ?? { key: f.field }, this.locale),
                options: f.options,
                selected: f.selected,
                t,
                onSelect: (v) => this.selectFilter(f.field, v),
              }),
            )}
            ${this.narrow && hasData
              ? sortSelect({
                  id: `${this.uid}-sort`,
                  columns: columns.filter((c) => c.sortable).map((c) => ({ field: c.key, label: c.label! })),
                  sort: this.query.sort,
                  t,
                  onSort: (sort) => this.sortBy(sort),
                })
              : nothing}
          </div>`
        : nothing}
      ${hasData && this.result.total > 0
        ? html`<div class="fz-list-toolbar">
            <p class="fz-list-count" id=${`${this.uid}-count`} tabindex="-1">${this.countText(t, noun)}</p>
            ${csvButton({ label: t('downloadCsv'), onClick: () => void this.downloadCsv().catch(() => undefined) })}
          </div>`
        : nothing}
      ${liveRegion(this.announcement)} ${this.status === 'loading' ? loadingState(t) : nothing}
      ${this.status === 'error'
        ? errorState({ t, onRetry: () => this.reload() })
        : this.status === 'bad-query'
          ? badQueryState({ t, onClear: () => this.clearSearch() })
        : hasData
          ? this.result.total === 0 && this.status === 'ready'
            ? emptyState({
                q: this.query.q,
                filterLabel: chosen.length ? chosen.join('，') : undefined,
                noun,
                t,
                onClear: () => this.clearSearch(),
              })
            : this.narrow
              ? this.renderCards(columns)
              : this.renderTable(columns, pages)
          : nothing}
      ${hasData ? pager({ page: this.query.page, pageCount: pages, t, onPage: (p) => this.goToPage(p) }) : nothing}
    </div>`;
  }

  private disclosureKey(columns: PowerListColumn[]): string {
    return columns.some((c) => c.key === 'name') ? 'name' : columns[0]?.key ?? 'name';
  }

  private detailFor(item: PowerListItem, id: string): TemplateResult {
    return detailTemplate({
      item,
      id,
      locale: this.locale,
      labels: this.labels,
      permalink: this.noDeepLink ? undefined : deepLinkHref(deepLinkKey(this.id), item.code),
    });
  }

  private disclosure(item: PowerListItem, key: string, detailId: string): TemplateResult {
    return disclosureButton({
      expanded: this.expanded.has(item.code),
      controls: detailId,
      label: cellText(item, key, this.locale, this.labels) || item.name,
      onToggle: () => this.toggle(item.code),
    });
  }

  private renderTable(columns: PowerListColumn[], pages: number): TemplateResult {
    const lt = listText(this.locale);
    const pt = powerListText(this.locale);
    const key = this.disclosureKey(columns);
    const hasSortable = columns.some((c) => c.sortable);
    return html`<div class="fz-table-wrap" part="table-wrap">
      <table class="fz-table" part="table" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
        <caption>
          ${this.caption || pt('caption')}<span class="fz-visually-hidden"
            >${hasSortable ? pt('captionHint') : ''}，${lt('pageOf', { page: this.query.page, pages })}</span
          >
        </caption>
        <thead>
          <tr>
            ${columns.map((c) =>
              c.sortable
                ? sortHeader({ field: c.key, label: c.label!, width: c.width, sort: this.query.sort, onSort: (f) => this.sortBy(nextSort(this.query.sort, f)) })
                : plainHeader(c.label!, c.width),
            )}
          </tr>
        </thead>
        <tbody>
          ${this.result.items.map((item, i) => {
            const detailId = `${this.uid}-d-${i}`;
            const open = this.expanded.has(item.code);
            return html`<tr class="fz-row" part="row" data-code=${item.code}>
                ${columns.map((c) =>
                  c.key === key
                    ? html`<th scope="row" class="fz-cell fz-cell--${c.key}">${this.disclosure(item, key, detailId)}</th>`
                    : html`<td class="fz-cell fz-cell--${c.key}">${cellText(item, c.key, this.locale, this.labels)}</td>`,
                )}
              </tr>
              ${open ? html`<tr class="fz-detail-row"><td colspan=${columns.length}>${this.detailFor(item, detailId)}</td></tr>` : nothing}`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderCards(columns: PowerListColumn[]): TemplateResult {
    const key = this.disclosureKey(columns);
    return html`<ul class="fz-cards" part="cards" aria-label=${this.caption || powerListText(this.locale)('caption')}>
      ${this.result.items.map((item, i) => {
        const detailId = `${this.uid}-d-${i}`;
        return html`<li class="fz-card" data-code=${item.code}>
          <p class="fz-card__title">${this.disclosure(item, key, detailId)}</p>
          <dl class="fz-card__fields">
            ${columns
              .filter((c) => c.key !== key)
              .map((c) => html`<div class="fz-card__field"><dt>${c.label}</dt><dd>${cellText(item, c.key, this.locale, this.labels)}</dd></div>`)}
          </dl>
          ${this.expanded.has(item.code) ? this.detailFor(item, detailId) : nothing}
        </li>`;
      })}
    </ul>`;
  }
}
