import { schemasById, type SchemaObject } from '@fazhi/core';
import { formatIssue, type CountyIssue } from '@fazhi/core/county';
import { addField, addOption, moveOption, relabel, relabelOption, removeField, removeOption, setKeyword, setRequired, type Operation } from '@fazhi/core/edit';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkFile, checkWork, fetchJson, fileNameOf, readOverlay, saveToDisk } from './files.js';
import { designerStyles } from './fz-form-designer.styles.js';
import { outlineTree, type OutlineHost } from './outline-tree.js';
import { outlineOf, type OutlineItem } from './outline.js';
import { propertyPanel, type PanelHost } from './properties.js';
import { DesignSession } from './session.js';

export interface FzDownloadDetail {
  fileName: string;
  text: string;
}

const STORE_PREFIX = 'fz-form-designer:';

/**
 * `<fz-form-designer>`: content editors change a built-in form through the county's overlay, or
 * build a form of their own, without touching JSON. Every change is an undoable operation of the
 * core editing model; the preview is the real form element.
 *
 * @summary Form designer: outline, property panel, live preview, county checks.
 * @attr base - a built-in form to change with an overlay (`legal-aid-application`).
 * @attr overlay-src - URL of the county's overlay on `base` to start from.
 * @attr schema-src - URL of a whole form of the county's own (instead of `base`).
 * @attr preview - tag of the element that previews the form (`fz-legal-aid-form`) when it is defined; `fz-form` otherwise.
 * @fires {CustomEvent<FzDownloadDetail>} fz-download - cancelable, before a file is downloaded; `detail: { fileName, text }`.
 */
export class FzFormDesigner extends LitElement {
  static override styles = designerStyles;

  @property() base?: string;
  @property({ attribute: 'overlay-src' }) overlaySrc?: string;
  @property({ attribute: 'schema-src' }) schemaSrc?: string;
  @property() preview?: string;
  /** The county's overlay on `base` (instead of `overlay-src`). */
  @property({ attribute: false }) overlay?: unknown;
  /** A whole form of the county's own (instead of `schema-src`). */
  @property({ attribute: false }) schema?: SchemaObject;

  @state() private session?: DesignSession;
  @state() private selected = '';
  @state() private collapsed = new Set<string>();
  @state() private announcement = '';
  @state() private refused: CountyIssue[] = [];
  @state() private phone = false;
  @state() private careMode = false;
  @state() private loadError = '';

  /** The file the editor would download now: the overlay, or the whole form. */
  get fileText(): string | undefined {
    return this.session?.fileText;
  }

  /** The edited form as the preview shows it. */
  get document(): SchemaObject | undefined {
    return this.session?.doc;
  }

  private get storeKey(): string {
    return STORE_PREFIX + (this.base ?? this.schemaSrc ?? 'new');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.warnUnsaved);
  }

  override disconnectedCallback(): void {
    removeEventListener('beforeunload', this.warnUnsaved);
    super.disconnectedCallback();
  }

  private warnUnsaved = (e: BeforeUnloadEvent) => {
    if (!this.session?.unsaved) return;
    e.preventDefault();
    e.returnValue = '';
  };

  override willUpdate(changed: PropertyValues): void {
    if (['base', 'overlay', 'overlaySrc', 'schema', 'schemaSrc'].some((k) => changed.has(k))) void this.open();
  }

  private async open(): Promise<void> {
    try {
      const saved = localStorage.getItem(this.storeKey);
      const base = this.base ? schemasById[`https://schemas.fazhi.dev/v1/${this.base}.schema.json`] : undefined;
      if (this.base && !base) throw new Error(`没有名为“${this.base}”的内置表单`);
      if (base) {
        const read = this.overlay === undefined && this.overlaySrc ? await readOverlay(base, this.overlaySrc) : { patch: this.overlay ?? {}, errors: [] };
        if (read.errors.length) {
          this.loadError = '覆盖文件有错误，请改正后再打开：';
          this.refused = read.errors;
          return;
        }
        const overlay = read.patch;
        this.session = DesignSession.withOverlay(base, saved ? JSON.parse(saved) : overlay);
      } else {
        const schema = this.schema ?? (this.schemaSrc ? ((await fetchJson(this.schemaSrc)) as SchemaObject) : undefined);
        if (!schema && !saved) return;
        this.session = new DesignSession(undefined, saved ? JSON.parse(saved) : schema!);
      }
      if (saved) {
        this.session.unsaved = true;
        this.announce('已恢复上次没有下载的修改');
      }
      this.selected = outlineOf(this.session.doc)[0]?.id ?? '';
    } catch (error) {
      this.loadError = `表单打不开：${(error as Error).message}`;
    }
  }

  private announce(text: string): void {
    // A repeated text must be read again: clear first, then set after the live region noticed.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private item(id = this.selected): OutlineItem | undefined {
    return this.session ? outlineOf(this.session.doc).find((i) => i.id === id) : undefined;
  }

  /** Runs one operation, records it for undo, saves the work and keeps focus where the editor is. */
  private run(operation: Operation, select = this.selected, control?: string, typing?: string): void {
    const session = this.session!;
    // Undo goes back to the row the editor was on (a removed field comes back selected).
    if (!session.apply(operation, select, control, typing, this.selected)) return;
    if (!typing) this.announce(operation.label);
    this.afterChange(select, control);
  }

  private afterChange(select: string, control?: string): void {
    const session = this.session!;
    localStorage.setItem(this.storeKey, session.base ? session.fileText : JSON.stringify(session.doc));
    this.selected = this.item(select) ? select : (outlineOf(session.doc)[0]?.id ?? '');
    this.requestUpdate();
    void this.updateComplete.then(() => this.focusOn(control));
  }

  private focusOn(control?: string): void {
    const target = (control && this.renderRoot.querySelector<HTMLElement>(`#${control}:not([disabled])`)) || this.renderRoot.querySelector<HTMLElement>('[role=treeitem][tabindex="0"]');
    if (target && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== target) target.focus();
  }

  undo(): void {
    this.session?.settle();
    const step = this.session?.undo();
    if (step) this.afterHistory(step);
  }

  redo(): void {
    this.session?.settle();
    const step = this.session?.redo();
    if (step) this.afterHistory(step);
  }

  private afterHistory(step: { label: string; select: string; control?: string }): void {
    this.announce(step.label);
    this.afterChange(step.select, step.control);
  }

  private onKeydown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.composedPath().some((n) => n instanceof HTMLElement && n.classList.contains('preview-frame'))) return;
    const key = e.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) this.redo();
      else this.undo();
    }
  };

  private panelHost(item: OutlineItem): PanelHost {
    const session = this.session!;
    const id = item.id;
    const typed = (keyword: string) => `${id}|${keyword}`;
    return {
      doc: session.doc,
      setKeyword: (keyword, value, typing) => {
        const key = typing ? typed(keyword) : undefined;
        const from = key ? session.labelBase(key) : session.doc;
        const make = keyword === 'title' ? (d: unknown) => relabel(d, id, String(value ?? '')) : (d: unknown) => setKeyword(d, id, keyword, value);
        const operation = keyword === 'title' && value === undefined ? setKeyword(session.doc, id, 'title', undefined) : make(session.doc);
        this.run({ ...operation, label: make(from).label }, id, `prop-${keyword}`, key);
      },
      setRequired: (required) => this.run(setRequired(session.doc, id, required), id, 'prop-required'),
      addOption: (title) => {
        try {
          this.run(addOption(session.doc, id, { const: title, title }), id, 'opt-add-title');
        } catch {
          this.announce(`已经有“${title}”这个选项了`);
        }
      },
      removeOption: (index) => this.run(removeOption(session.doc, id, index), id, `opt-${index}-title`),
      moveOption: (from, to) => this.run(moveOption(session.doc, id, from, to), id, `opt-${to}-${to < from ? 'up' : 'down'}`),
      relabelOption: (index, title, typing) => {
        const key = typing ? typed(`option-${index}`) : undefined;
        const operation = relabelOption(session.doc, id, index, title);
        this.run({ ...operation, label: relabelOption(key ? session.labelBase(key) : session.doc, id, index, title).label }, id, `opt-${index}-title`, key);
      },
      showInPreview: () => {
        const preview = this.renderRoot.querySelector('.preview-frame')?.firstElementChild as { focusField?(pointer: string): Promise<void> } | null;
        // The preview's answers are addressed by data pointers: the schema's without `properties`.
        void preview?.focusField?.(id.replace(/\/properties\//g, '/'));
      },
      removeField: () => {
        const rows = outlineOf(session.doc);
        const at = rows.findIndex((r) => r.id === id);
        const next = rows.slice(at + 1).find((r) => !r.id.startsWith(`${id}/`)) ?? rows[at - 1];
        this.run(removeField(session.doc, id), next?.id ?? '', undefined);
      },
    };
  }

  private outlineHost(): OutlineHost {
    const session = this.session!;
    return {
      doc: session.doc,
      base: session.base,
      selected: this.selected,
      collapsed: this.collapsed,
      select: (id) => (this.selected = id),
      toggle: (id, open) => {
        const next = new Set(this.collapsed);
        if (open) next.delete(id);
        else next.add(id);
        this.collapsed = next;
      },
      run: (operation, select, control) => this.run(operation, select, control),
      addField: (item) => this.addFieldNear(item),
    };
  }

  /** A new optional text field in the selected section (or step), selected with its title ready to type. */
  private addFieldNear(item: OutlineItem | undefined): void {
    const doc = this.session!.doc;
    const parent = item?.kind === 'section' ? item.id : (item?.parent ?? '');
    const step = item?.kind === 'step' ? Number(item.id.slice(5)) : item?.kind === 'section' ? undefined : item?.step;
    const taken = new Set(outlineOf(doc).map((r) => r.name));
    let n = 1;
    while (taken.has(`field${n}`)) n++;
    const name = `field${n}`;
    const operation = addField(doc, name, { type: 'string', title: '新字段', maxLength: 100, 'x-fz-pii': 'none' }, { parent, step });
    this.run(operation, `${parent}/properties/${name}`, 'prop-title');
  }

  private download(): void {
    const session = this.session!;
    const detail: FzDownloadDetail = { fileName: fileNameOf(session, this.base), text: session.fileText };
    if (this.dispatchEvent(new CustomEvent('fz-download', { detail, bubbles: true, composed: true, cancelable: true }))) saveToDisk(detail.fileName, detail.text);
    this.markSaved();
  }

  private markSaved(): void {
    this.session!.unsaved = false;
    localStorage.removeItem(this.storeKey);
    this.announce('文件已下载');
  }

  /** Opens an overlay (or a whole form) from disk; a bad file is refused and the work kept. */
  async importText(text: string, file: string): Promise<boolean> {
    const current = this.session!;
    const errors = checkFile(current.base, text, file).filter((i) => i.severity === 'error');
    if (errors.length) {
      this.refused = errors;
      this.announce(`没有打开 ${file}：文件有 ${errors.length} 处错误，正在编辑的内容没有改变`);
      return false;
    }
    this.refused = [];
    const value = JSON.parse(text);
    this.session = current.base ? DesignSession.withOverlay(current.base, value) : new DesignSession(undefined, value);
    localStorage.removeItem(this.storeKey);
    this.selected = outlineOf(this.session.doc)[0]?.id ?? '';
    this.announce(`已打开 ${file}`);
    return true;
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.importText(await file.text(), file.name);
    input.value = '';
  }

  /** The field an issue's place belongs to: the longest outline row its pointer starts with. */
  private goToIssue(pointer: string): void {
    const rows = outlineOf(this.session!.doc).filter((r) => pointer === r.id || pointer.startsWith(`${r.id}/`));
    const row = rows.sort((a, b) => b.id.length - a.id.length)[0];
    if (!row) return;
    this.selected = row.id;
    void this.updateComplete.then(() => this.focusOn());
  }

  override updated(): void {
    this.syncPreview();
  }

  /** The preview is the real element; `preview` names a domain element when the page defines it. */
  private syncPreview(): void {
    const frame = this.renderRoot.querySelector('.preview-frame');
    if (!frame || !this.session) return;
    const tag = this.preview && customElements.get(this.preview) ? this.preview : 'fz-form';
    let element = frame.firstElementChild as (HTMLElement & { schema?: SchemaObject; autosave?: string }) | null;
    if (element?.localName !== tag) {
      element = document.createElement(tag) as HTMLElement & { schema?: SchemaObject; autosave?: string };
      element.setAttribute('autosave', 'off');
      frame.replaceChildren(element);
    }
    element.toggleAttribute('care-mode', this.careMode);
    if (element.schema !== this.session.doc) element.schema = this.session.doc;
  }

  override render() {
    if (this.loadError) {
      return html`<div role="alert"><p>${this.loadError}</p>${this.refused.length ? html`<ul>${this.refused.map((issue) => html`<li>${formatIssue(issue)}</li>`)}</ul>` : nothing}</div>`;
    }
    const session = this.session;
    if (!session) return html`<p>正在打开表单……</p>`;
    const item = this.item();
    const issues = checkWork(session);
    return html`
      <div class="toolbar" role="toolbar" aria-label="表单设计器" @keydown=${this.onKeydown}>
        <button type="button" id="undo" ?disabled=${!session.canUndo} @click=${() => this.undo()}>撤销${session.undoLabel ? html`<span class="visually-hidden">：${session.undoLabel}</span>` : nothing}</button>
        <button type="button" id="redo" ?disabled=${!session.canRedo} @click=${() => this.redo()}>重做${session.redoLabel ? html`<span class="visually-hidden">：${session.redoLabel}</span>` : nothing}</button>
        <label for="open-file">打开文件</label>
        <input id="open-file" type="file" accept=".json,application/json" @change=${this.onFile} />
        <button type="button" id="download" @click=${() => this.download()}>${session.base ? '下载覆盖文件' : '下载表单'}</button>
      </div>
      <div role="status" aria-live="polite" class="visually-hidden">${this.announcement}</div>
      ${this.refused.length
        ? html`<div class="refused" role="alert"><p>文件没有打开，正在编辑的内容没有改变。请改正以下问题后再打开：</p>
            <ul>${this.refused.map((issue) => html`<li>${formatIssue(issue)}</li>`)}</ul></div>`
        : nothing}
      <div class="regions" @keydown=${this.onKeydown} @focusout=${() => session.settle()}>
        <section aria-labelledby="outline-heading">
          <h2 id="outline-heading">表单结构</h2>
          ${outlineTree(this.outlineHost(), item)}
        </section>
        <section aria-labelledby="panel-heading">
          <h2 id="panel-heading">${item ? `“${item.label}”的设置` : '设置'}</h2>
          ${item && item.kind !== 'step' ? propertyPanel(this.panelHost(item), item) : html`<p>在左边选一个字段，在这里修改它。</p>`}
          <h2 id="issues-heading">检查结果</h2>
          ${issues.length
            ? html`<ul class="issues" aria-labelledby="issues-heading">${issues.map((issue) => html`<li class=${issue.severity}>${formatIssue(issue)}
                <button type="button" @click=${() => this.goToIssue(issue.pointer)}>转到字段</button></li>`)}</ul>`
            : html`<p>没有发现问题。</p>`}
        </section>
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">预览</h2>
          <div class="toolbar">
            <button type="button" aria-pressed=${String(this.phone)} @click=${() => (this.phone = true)}>手机</button>
            <button type="button" aria-pressed=${String(!this.phone)} @click=${() => (this.phone = false)}>电脑</button>
            <input id="care-mode" type="checkbox" .checked=${this.careMode} @change=${(e: Event) => (this.careMode = (e.target as HTMLInputElement).checked)} />
            <label for="care-mode">关怀模式</label>
          </div>
          <div class="preview-frame ${this.phone ? 'phone' : ''}"></div>
        </section>
      </div>
    `;
  }
}
