import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  builtinShared,
  clampPageSize,
  createListEngine,
  createResolver,
  emptyListQuery,
  itemsToCsv,
  maskRecord,
  pageCount,
  publicRecordId,
  type ListEngine,
  type ListQuery,
  type ListResult,
  type Locale,
  type SchemaObject,
} from '@fazhi/core';
import { loadAllPages } from '../list/all-pages.js';
import { downloadText } from '../list/download.js';
import { listMessages, listText, type ListText } from '../list/messages.js';
import { getJson, isBadQuery, listQueryUrl, loadAllItems, ServerSource, StaleResponse } from '../list/server-source.js';
import { LocaleTexts } from '../locale-texts.js';
import { fzListMessages, fzListText } from './messages.js';
import { fieldText, recordFields, type RecordField } from './record-fields.js';

export type ListRecord = Record<string, unknown>;
export type ListStatus = 'idle' | 'loading' | 'ready' | 'error' | 'bad-query' | 'no-schema';

let instances = 0;

/**
 * The data side of `<fz-list>`: its attributes, the record schema, the rows (from `.items`, `src`
 * or the server, always passed through `publicRecord`), the query and its result, and CSV. The
 * protected hooks are where a domain list (a subclass) puts what its kind of record needs.
 */
export class FzListData extends LitElement {
  @property({ attribute: 'schema-src' }) schemaSrc?: string;
  @property({ attribute: false }) schema?: SchemaObject;
  @property() src?: string;
  @property({ attribute: false }) items?: unknown[];
  @property() mode: 'client' | 'server' = 'client';
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  @property() locale: Locale = 'zh-CN';
  @property() caption?: string;
  @property({ type: Boolean, reflect: true, attribute: 'care-mode' }) careMode = false;
  @property({ type: Boolean, attribute: 'no-deep-link' }) noDeepLink = false;
  /** Extra fetch options (headers, `credentials`) for `src` and `schema-src`. */
  @property({ attribute: false }) requestInit?: RequestInit;

  @state() protected query: ListQuery = emptyListQuery(20);
  @state() protected status: ListStatus = 'idle';
  @state() protected result: ListResult<ListRecord> = { items: [], total: 0, facets: {} };
  @state() protected announcement = '';
  @state() private loadedSchema?: SchemaObject;
  @state() private loadedItems?: unknown[];

  protected readonly uid = `fz-list-${++instances}`;
  private masked?: { from: unknown[]; schema: SchemaObject; rows: ListRecord[] };
  private engine?: { rows: ListRecord[]; fields: RecordField[]; engine: ListEngine<ListRecord> };
  private computedFor?: ListQuery;
  private schemaController?: AbortController;
  private loadController?: AbortController;
  private exportController?: AbortController;
  private readonly server = new ServerSource<unknown>(() => this.requestInit);
  private readonly localeTexts = new LocaleTexts(this, undefined, () => [fzListMessages, listMessages]);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const c of [this.schemaController, this.loadController, this.exportController]) c?.abort();
    this.server.cancel();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.localeTexts.ready;
    return (await super.getUpdateComplete()) && done;
  }

  // ── hooks for domain lists ──────────────────────────────────────────

  /** The schema in use: `.schema`, else what `schema-src` gave. */
  protected get recordSchema(): SchemaObject | undefined {
    return this.schema ?? this.loadedSchema;
  }

  /** The public fields, in column order; the table shows those marked `x-fz-column`. */
  protected fieldsOf(schema: SchemaObject | undefined): RecordField[] {
    return recordFields(schema);
  }

  /** What the public may see of one record: core's masking by the schema, plus a safe `id`. Null drops it. */
  protected publicRecord(record: unknown, schema: SchemaObject): ListRecord | null {
    if (!record || typeof record !== 'object') return null;
    const view = maskRecord(record, schema, undefined, { resolver: this.resolverFor(schema) });
    const id = publicRecordId(record);
    if (id !== undefined) view.id = id;
    return view;
  }

  /** A record's key in deep links and row buttons: its public `id`. */
  protected keyOf(record: ListRecord): string {
    return publicRecordId(record) ?? '';
  }

  private resolver?: { schema: SchemaObject; resolver: ReturnType<typeof createResolver> };
  private resolverFor(schema: SchemaObject) {
    if (this.resolver?.schema !== schema) this.resolver = { schema, resolver: createResolver(schema, builtinShared) };
    return this.resolver.resolver;
  }

  private fieldsCache?: { schema?: SchemaObject; fields: RecordField[] };
  protected get fields(): RecordField[] {
    const schema = this.recordSchema;
    if (this.fieldsCache?.schema !== schema || !this.fieldsCache) this.fieldsCache = { schema, fields: this.fieldsOf(schema) };
    return this.fieldsCache.fields;
  }

  protected get columns(): RecordField[] {
    const columns = this.fields.filter((f) => f.column);
    return columns.length ? columns : this.fields.slice(0, 5);
  }

  // ── public API ──────────────────────────────────────────────────────

  /** Loads the schema and `src` again (after an error, or when the data changed). */
  reload(): void {
    if (!this.recordSchema && this.schemaSrc) return void this.loadSchema();
    if (this.mode === 'server') void this.requestPage();
    else if (!this.items && this.src) void this.loadSource();
  }

  /** The current view as CSV (every public field, masked): client mode every page, server mode the page shown. */
  toCsv(rows: readonly ListRecord[] = this.mode === 'client' && this.engine ? this.engine.engine.matching(this.query) : this.result.items): string {
    return itemsToCsv(rows, this.fields.map((f) => ({ label: f.title, value: (row: ListRecord) => fieldText(f, row[f.key]) })));
  }

  /** Saves the whole current view as a CSV file; server mode fetches every page first. Resolves with the Blob. */
  async downloadCsv(): Promise<Blob> {
    const ft = fzListText(this.locale);
    const name = `${this.captionText()}.csv`;
    if (this.mode !== 'server' || !this.src || !this.recordSchema) return downloadText(name, this.toCsv());
    const schema = this.recordSchema;
    this.exportController?.abort();
    const controller = (this.exportController = new AbortController());
    this.announcement = ft('exportPreparing');
    try {
      const all = await loadAllPages<unknown>(this.src, this.query, this.requestInit, controller.signal);
      const rows = all.items.map((r) => this.publicRecord(r, schema)).filter((r): r is ListRecord => r !== null);
      this.announcement = ft(rows.length < all.total ? 'exportTruncated' : 'exportDone', { count: rows.length, total: all.total });
      return downloadText(name, this.toCsv(rows));
    } catch (error) {
      if ((error as Error)?.name !== 'AbortError') this.announcement = ft('exportFailed');
      throw error;
    }
  }

  // ── data ────────────────────────────────────────────────────────────

  protected get data(): ListRecord[] | undefined {
    const from = this.items ?? this.loadedItems;
    const schema = this.recordSchema;
    if (!from || !schema) return undefined;
    if (this.masked?.from !== from || this.masked.schema !== schema) {
      this.masked = { from, schema, rows: from.map((r) => this.publicRecord(r, schema)).filter((r): r is ListRecord => r !== null) };
    }
    return this.masked.rows;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('pageSize')) {
      const size = clampPageSize(this.pageSize);
      if (size !== this.query.pageSize) this.query = { ...this.query, pageSize: size, page: 1 };
    }
    if (changed.has('schemaSrc') && !this.schema && this.schemaSrc) void this.loadSchema();
    const schemaChanged = changed.has('schema') || changed.has('loadedSchema');
    const sourceChanged = changed.has('src') || changed.has('mode') || changed.has('items');
    if (this.mode === 'server') {
      if ((sourceChanged || schemaChanged || changed.has('query')) && this.src && this.recordSchema) void this.requestPage();
    } else if ((changed.has('src') || changed.has('mode')) && !this.items && this.src) {
      void this.loadSource();
    }
    if (this.mode === 'client') this.computeClient();
  }

  private computeClient(): void {
    const rows = this.data;
    if (!rows) {
      if (this.status === 'ready') this.status = 'idle';
      return;
    }
    if (this.status !== 'loading' && this.status !== 'no-schema') this.status = 'ready';
    const fields = this.fields;
    if (this.engine?.rows !== rows || this.engine.fields !== fields) {
      const searchable = fields.filter((f) => f.searchable).map((f) => f.key);
      const facetFields = fields.filter((f) => f.filter === 'tabs' || f.filter === 'select').map((f) => f.key);
      const engine = createListEngine(rows, {
        searchFields: searchable.length ? searchable : this.columns.map((f) => f.key),
        facetFields,
        sortFields: fields.filter((f) => f.sortable).map((f) => f.key),
        filterFields: [...facetFields, ...fields.filter((f) => f.filter === 'date-range').map((f) => f.key)],
      });
      this.engine = { rows, fields, engine };
      this.computedFor = undefined;
    }
    if (this.computedFor !== this.query) {
      const result = this.engine.engine.apply(this.query);
      const pages = pageCount(result.total, this.query.pageSize);
      if (this.query.page > pages) {
        this.query = { ...this.query, page: pages };
        this.result = this.engine.engine.apply(this.query);
      } else {
        this.result = result;
      }
      this.computedFor = this.query;
    }
  }

  private async loadSchema(): Promise<void> {
    if (!this.schemaSrc) return;
    this.schemaController?.abort();
    const controller = (this.schemaController = new AbortController());
    this.status = 'loading';
    try {
      const body = await getJson(new URL(this.schemaSrc, location.href).href, this.requestInit, controller.signal);
      if (controller !== this.schemaController) return;
      if (!body || typeof body !== 'object' || typeof (body as SchemaObject).properties !== 'object') throw new TypeError('not a record schema');
      this.loadedSchema = body as SchemaObject;
      if (this.mode === 'client' && (this.items || this.loadedItems)) this.status = 'ready';
    } catch (error) {
      if (controller !== this.schemaController || (error as Error)?.name === 'AbortError') return;
      console.error(`<fz-list>: the record schema ${this.schemaSrc} could not be used:`, error);
      this.status = 'no-schema';
    }
  }

  private async loadSource(): Promise<void> {
    if (!this.src) return;
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    this.status = 'loading';
    try {
      const items = await loadAllItems<unknown>(this.src, this.requestInit, controller.signal);
      if (controller !== this.loadController) return;
      this.loadedItems = items;
      if (this.recordSchema) this.status = 'ready';
    } catch (error) {
      if (controller !== this.loadController || (error as Error)?.name === 'AbortError') return;
      this.status = 'error';
    }
  }

  private async requestPage(): Promise<void> {
    const schema = this.recordSchema;
    if (!this.src || !schema) return;
    this.status = 'loading';
    try {
      const result = await this.server.load(listQueryUrl(this.src, this.query));
      this.result = { ...result, items: result.items.map((r) => this.publicRecord(r, schema)).filter((r): r is ListRecord => r !== null) };
      this.status = 'ready';
    } catch (error) {
      if (error instanceof StaleResponse) return;
      this.status = isBadQuery(error) ? 'bad-query' : 'error';
    }
  }

  /** The shared list texts, counted in 条 rather than 项. */
  protected listT(): ListText {
    return listText(this.locale, { 'zh-CN': { resultCount: '共 {total} 条{noun}', resultCountFor: '“{q}”共找到 {total} 条{noun}', countSuffix: '条' } });
  }

  protected captionText(): string {
    return this.caption || (typeof this.recordSchema?.title === 'string' ? this.recordSchema.title : '') || fzListText(this.locale)('caption');
  }

}
