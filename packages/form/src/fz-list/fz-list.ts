import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { emptyListQuery, pageCount, type ListQuery, type RangeFilter, type SortKey } from '@fazhi/core';
import { deepLinkHref, deepLinkKey, readDeepLink, withDeepLink } from '../list/deep-link.js';
import { listStyles } from '../list/list.styles.js';
import { getJson, listQueryUrl, parseListResult } from '../list/server-source.js';
import { lightRoot } from '../render-root.js';
import { tokens } from '../styles/tokens.js';
import { listControls } from './controls.js';
import { detailView } from './detail.js';
import { fzListStyles } from './fz-list.styles.js';
import { FzListData, type ListRecord } from './list-data.js';
import { fzListText } from './messages.js';
import { fieldText } from './record-fields.js';
import { recordsCards, recordsTable } from './records.js';

export type { ListRecord } from './list-data.js';
type Announce = 'count' | 'sort' | 'page';

/** Below this container width the table becomes cards (a phone, or a narrow CMS column). */
const NARROW_WIDTH = 640;

/**
 * A public list of any record schema: columns, search, filters, sort and detail come from the
 * schema's `x-fz-column` annotations, and only its `x-fz-public` fields are shown, masked by
 * `x-fz-pii`/`x-fz-mask` whatever the data says. Domain lists subclass it and override the
 * `protected` hooks (`publicRecord`, `columnsOf`, `cellText`…), as domain forms subclass FzForm.
 *
 * @summary Public list driven by a record schema: search, filters with counts, sort, paging, detail, CSV, deep links.
 *
 * @attr schema-src - URL of the record schema (or set `.schema`).
 * @attr src - the list: a JSON array or `{ items }` (client mode), or the list endpoint (server mode).
 * @attr mode - `client` (default) or `server` (DESIGN.md's list protocol).
 * @attr page-size - rows per page, default 20, at most 100.
 * @attr locale - `zh-CN` (default) or `en`; English texts download on first use.
 * @attr caption - the table's caption; default the schema's title.
 * @attr care-mode - 关怀模式: larger text and targets, stronger contrast.
 * @attr no-deep-link - ignore `#fz-<id>=<record id>` in the page address.
 * @attr {'light'} render-root - `light` renders into the element itself, for read-aloud toolbars.
 *
 * @csspart table - the table
 * @csspart cards - the card list used in narrow containers
 * @csspart detail - one record's detail
 * @csspart pager - the page navigation
 * @csspart empty - the no-results message
 * @csspart csv-button - the CSV download button
 */
export class FzList extends FzListData {
  static override styles = [tokens, listStyles, fzListStyles];

  @state() private typed = '';
  @state() private narrow = false;
  @state() private openKey?: string;
  @state() private openRecord?: ListRecord;

  private pendingAnnounce?: Announce;
  private focusAfter?: string;
  /** The record id asked of the server by `f.id`, while the answer is awaited. */
  private lookingUp?: string;
  private resizeObserver?: ResizeObserver;
  private readonly onHashChange = () => this.readHash();

  protected override createRenderRoot() {
    return lightRoot(this) ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onHashChange);
    this.readHash();
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[entries.length - 1]?.contentRect.width ?? 0;
        requestAnimationFrame(() => {
          if (width > 0) this.narrow = width < NARROW_WIDTH;
        });
      });
      this.resizeObserver.observe(this);
    }
    if (this.hasUpdated && this.status === 'loading') this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.openKey !== undefined && (changed.has('openKey') || this.status === 'ready')) this.findOpenRecord();
    if (this.pendingAnnounce && this.status === 'ready') this.announce();
  }

  // ── detail and deep links ───────────────────────────────────────────

  private get linkKey(): string {
    return deepLinkKey(this.id, 'list');
  }

  private readHash(): void {
    if (this.noDeepLink) return;
    const key = readDeepLink(location.hash, this.linkKey);
    if (key === this.openKey) return;
    if (key === undefined) this.closeDetail(false);
    else this.openDetail(key, false);
  }

  protected openDetail(key: string, byUser = true): void {
    this.openKey = key;
    this.openRecord = undefined;
    this.focusAfter = 'detail';
    if (byUser && !this.noDeepLink) history.pushState({ fzList: this.linkKey }, '', withDeepLink(location.hash, this.linkKey, encodeURIComponent(key)) || '#');
  }

  protected closeDetail(byUser = true): void {
    const key = this.openKey;
    if (key === undefined) return;
    this.openKey = undefined;
    this.openRecord = undefined;
    this.focusAfter = `open:${key}`;
    if (!byUser || this.noDeepLink || readDeepLink(location.hash, this.linkKey) === undefined) return;
    if ((history.state as { fzList?: string } | null)?.fzList === this.linkKey) history.back();
    else history.replaceState(history.state, '', withDeepLink(location.hash, this.linkKey, undefined) || location.pathname + location.search);
  }

  /** The open record from the rows at hand, else (server mode) asked for by `f.id`; a missing one says so and shows the list. */
  private findOpenRecord(): void {
    const key = this.openKey!;
    const rows = this.mode === 'client' ? this.data : this.result.items;
    const found = rows?.find((r) => this.keyOf(r) === key);
    if (found) {
      this.openRecord = found;
      return;
    }
    if (this.mode === 'client') {
      if (rows) this.recordMissing();
      return;
    }
    const schema = this.recordSchema;
    if (!this.src || !schema || this.openRecord || this.lookingUp === key) return;
    this.lookingUp = key;
    const url = listQueryUrl(this.src, { ...emptyListQuery(1), filters: { id: [key] } });
    getJson(url, this.requestInit, new AbortController().signal)
      .then((body) => {
        if (this.openKey !== key) return;
        const record = parseListResult(body).items.map((r) => this.publicRecord(r, schema)).find((r) => r && this.keyOf(r) === key);
        if (record) this.openRecord = record;
        else this.recordMissing();
      })
      .catch(() => this.openKey === key && this.recordMissing())
      .finally(() => (this.lookingUp = undefined));
  }

  private recordMissing(): void {
    this.closeDetail();
    this.focusAfter = undefined;
    this.announcement = fzListText(this.locale)('notFound');
  }

  // ── user actions ────────────────────────────────────────────────────

  protected setQuery(patch: Partial<ListQuery>, announce?: Announce): void {
    this.query = { ...this.query, ...patch };
    this.pendingAnnounce = announce;
  }

  private clearSearch(): void {
    this.typed = '';
    this.setQuery({ q: '', filters: {}, ranges: {}, page: 1 }, 'count');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus());
  }

  private announce(): void {
    const t = this.listT();
    const kind = this.pendingAnnounce;
    this.pendingAnnounce = undefined;
    if (kind === 'page') this.announcement = t('pageOf', { page: this.query.page, pages: pageCount(this.result.total, this.query.pageSize) });
    else if (kind === 'sort') {
      const key = this.query.sort[0];
      const column = key && this.fields.find((f) => f.key === key.field);
      this.announcement = key ? t(key.direction === 'asc' ? 'sortedAsc' : 'sortedDesc', { column: column?.label ?? key.field }) : t('sortedDefault');
    } else this.announcement = this.countText();
  }

  protected countText(): string {
    const t = this.listT();
    const noun = fzListText(this.locale)('noun');
    const q = this.query.q.trim();
    return q ? t('resultCountFor', { q, total: this.result.total, noun }) : t('resultCount', { total: this.result.total, noun });
  }

  // ── rendering ───────────────────────────────────────────────────────

  protected override updated(): void {
    const target = this.focusAfter;
    if (!target) return;
    if (target === 'detail' || target === 'count') {
      const to = this.renderRoot.querySelector<HTMLElement>(target === 'detail' ? '.fz-list-detail__title' : '.fz-list-count');
      if (!to) return;
      to.focus();
    } else {
      [...this.renderRoot.querySelectorAll<HTMLElement>('.fz-list-open')].find((b) => b.dataset.key === target.slice(5))?.focus();
    }
    this.focusAfter = undefined;
  }

  protected override render(): TemplateResult {
    return html`<div class="fz-list" part="base">
      ${this.openKey !== undefined ? this.renderDetail() : this.renderList()} ${listControls.live(this.announcement)}
    </div>`;
  }

  private renderDetail(): TemplateResult {
    const ft = fzListText(this.locale);
    const record = this.openRecord;
    if (!record) return html`${listControls.loading(this.listT())}`;
    const [first] = this.columns;
    const title = (first && fieldText(first, record[first.key])) || this.openKey!;
    return detailView({
      record,
      fields: this.fields,
      title,
      headingId: `${this.uid}-detail`,
      backLabel: ft('back'),
      detailLabel: ft('detailOf', { title }),
      newWindow: ft('opensInNewWindow'),
      permalink: this.noDeepLink ? undefined : { href: deepLinkHref(this.linkKey, this.openKey!), label: ft('permalink') },
      onBack: () => this.closeDetail(),
    });
  }

  private renderList(): TemplateResult {
    const t = this.listT();
    const ft = fzListText(this.locale);
    const hasData = this.status === 'ready' || (this.status === 'loading' && this.result.items.length > 0);
    const pages = pageCount(this.result.total, this.query.pageSize);
    const records = {
      rows: this.result.items,
      columns: this.columns,
      caption: this.captionText(),
      captionHint: `${this.columns.some((c) => c.sortable) ? ft('captionHint') : ''}，${t('pageOf', { page: this.query.page, pages })}`,
      sort: this.query.sort,
      busy: this.status === 'loading',
      keyOf: (row: ListRecord) => this.keyOf(row),
      onSort: (sort: SortKey[]) => this.setQuery({ sort, page: 1 }, 'sort'),
      onOpen: (key: string) => this.openDetail(key),
    };
    const filtered = Object.values(this.query.filters).some((v) => v.length) || Object.keys(this.query.ranges).length > 0;
    return html`${listControls.filters({
      uid: this.uid,
      t,
      ft,
      fields: this.fields,
      query: this.query,
      facets: this.result.facets,
      total: this.result.total,
      typed: this.typed,
      caption: this.captionText(),
      narrow: this.narrow && hasData,
      onType: (value) => {
        this.typed = value;
        if (this.mode === 'client') this.setQuery({ q: value, page: 1 }, 'count');
      },
      onSearch: (value) => {
        this.typed = value;
        this.setQuery({ q: value, page: 1 }, 'count');
      },
      onFilter: (field, value) => {
        const filters = { ...this.query.filters };
        if (value) filters[field] = [value];
        else delete filters[field];
        this.setQuery({ filters, page: 1 }, 'count');
      },
      onRange: (field, range: RangeFilter) => {
        const ranges = { ...this.query.ranges };
        if (range.from || range.to) ranges[field] = range;
        else delete ranges[field];
        this.setQuery({ ranges, page: 1 }, 'count');
      },
      onSort: (sort) => this.setQuery({ sort, page: 1 }, 'sort'),
    })}
    ${hasData && this.result.total > 0 ? listControls.toolbar(t, this.uid, this.countText(), () => void this.downloadCsv().catch(() => undefined)) : nothing}
    ${this.status === 'loading' ? listControls.loading(t) : nothing}
    ${this.status === 'no-schema'
      ? listControls.error(t, ft('noSchema'), () => this.reload())
      : this.status === 'error'
        ? listControls.error(t, undefined, () => this.reload())
        : this.status === 'bad-query'
          ? listControls.badQuery(t, () => this.clearSearch())
          : hasData
            ? this.result.total === 0 && this.status === 'ready'
              ? listControls.empty(t, this.query.q, filtered, ft('noun'), () => this.clearSearch())
              : this.narrow
                ? recordsCards(records)
                : recordsTable(records)
            : nothing}
    ${hasData
      ? listControls.pager(t, this.query.page, pages, (page) => {
          this.setQuery({ page }, 'page');
          this.focusAfter = 'count';
        })
      : nothing}`;
  }
}
