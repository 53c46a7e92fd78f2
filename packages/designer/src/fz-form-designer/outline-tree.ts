import { getAt, join, type SchemaObject } from '@fazhi/core';
import { moveField, setRequired, type Edit, type Operation } from '@fazhi/core/edit';
import { html, nothing, type TemplateResult } from 'lit';
import { isRequired, lockedReason, originLabels, originOf, outlineOf, type OutlineItem } from './outline.js';

/** What the outline asks of the designer. */
export interface OutlineHost {
  doc: SchemaObject;
  /** The locked base, in overlay mode. */
  base?: SchemaObject;
  selected: string;
  collapsed: Set<string>;
  select(id: string): void;
  toggle(id: string, open: boolean): void;
  run(operation: Operation, select: string, control?: string): void;
  addField(near: OutlineItem | undefined): void;
}

/** The rows an editor can reach: none inside a collapsed row. */
function visibleRows(host: OutlineHost): OutlineItem[] {
  const rows = outlineOf(host.doc);
  const hidden = (row: OutlineItem): boolean => {
    for (let parent = rows.find((r) => r.id === row.parentId); parent; parent = rows.find((r) => r.id === parent!.parentId)) {
      if (host.collapsed.has(parent.id)) return true;
    }
    return false;
  };
  return rows.filter((row) => !hidden(row));
}

const focusRow = (tree: HTMLElement, id: string) =>
  requestAnimationFrame(() => [...tree.querySelectorAll<HTMLElement>('[role=treeitem]')].find((el) => el.dataset.id === id)?.focus());

/** Arrow keys per the tree pattern: up/down, right opens or goes in, left closes or goes out, Home/End. */
function onTreeKey(host: OutlineHost, e: KeyboardEvent): void {
  const rows = visibleRows(host);
  const at = rows.findIndex((r) => r.id === host.selected);
  const row = rows[at];
  if (!row) return;
  let target: OutlineItem | undefined;
  switch (e.key) {
    case 'ArrowDown': target = rows[at + 1]; break;
    case 'ArrowUp': target = rows[at - 1]; break;
    case 'Home': target = rows[0]; break;
    case 'End': target = rows[rows.length - 1]; break;
    case 'ArrowRight':
      if (row.hasChildren && host.collapsed.has(row.id)) host.toggle(row.id, true);
      else if (row.hasChildren) target = rows[at + 1];
      break;
    case 'ArrowLeft':
      if (row.hasChildren && !host.collapsed.has(row.id)) host.toggle(row.id, false);
      else target = rows.find((r) => r.id === row.parentId);
      break;
    default:
      return;
  }
  e.preventDefault();
  if (target) {
    host.select(target.id);
    focusRow(e.currentTarget as HTMLElement, target.id);
  }
}

/** A top-level field in a step moves within the step's list of fields, which sets its place on the page. */
function moveWithin(host: OutlineHost, item: OutlineItem, by: number): Operation {
  if (item.step !== undefined) {
    const list = `/x-fz-steps/${item.step}/fields`;
    const fields = getAt(host.doc, list) as string[];
    const from = fields.indexOf(item.name!);
    const edits: Edit[] = [{ kind: 'remove', pointer: join(list, from) }, { kind: 'insert', pointer: join(list, from + by), value: item.name }];
    return { label: `${by < 0 ? '上移' : '下移'}“${item.label}”`, edits };
  }
  const names = Object.keys((getAt(host.doc, join(item.parent!, 'properties')) as object) ?? {});
  return { ...moveField(host.doc, item.id, { parent: item.parent!, index: names.indexOf(item.name!) + by }), label: `${by < 0 ? '上移' : '下移'}“${item.label}”` };
}

/** Places a field can go: sections (object fields) and, for top-level fields, the steps. */
function destinations(host: OutlineHost, item: OutlineItem): { value: string; label: string }[] {
  return outlineOf(host.doc)
    .filter((r) => (r.kind === 'section' || r.kind === 'step') && r.id !== item.id && !r.id.startsWith(`${item.id}/`) && r.id !== item.parentId)
    .map((r) => ({ value: r.id, label: r.kind === 'step' ? `步骤：${r.label}` : `分组：${r.label}` }));
}

function moveTo(host: OutlineHost, item: OutlineItem, value: string): void {
  const target = outlineOf(host.doc).find((r) => r.id === value);
  if (!target) return;
  const to = target.kind === 'step' ? { parent: '', step: Number(value.slice(5)) } : { parent: target.id };
  try {
    const operation = moveField(host.doc, item.id, to);
    host.run({ ...operation, label: `把“${item.label}”移到“${target.label}”` }, join(join(to.parent, 'properties'), item.name!), 'move-go');
  } catch {
    host.run({ label: '', edits: [] }, item.id);
  }
}

/** 恢复原样: the base's field and its required state back, in overlay mode. */
function restore(host: OutlineHost, item: OutlineItem): void {
  const base = host.base!;
  const edits: Edit[] = [{ kind: 'set', pointer: item.id, value: getAt(base, item.id) }, ...setRequired(host.doc, item.id, isRequired(base, item)).edits];
  host.run({ label: `恢复“${item.label}”原样`, edits }, item.id, 'restore');
}

function row(host: OutlineHost, item: OutlineItem, index: number, rows: OutlineItem[]): TemplateResult {
  const siblings = rows.filter((r) => r.parentId === item.parentId);
  const origin = host.base && item.kind !== 'step' ? originOf(host.base, host.doc, item) : undefined;
  const locked = item.kind !== 'step' && !!lockedReason(host.doc, item.id);
  const open = !host.collapsed.has(item.id);
  return html`<li role="treeitem" data-id=${item.id} aria-level=${item.level} aria-setsize=${siblings.length} aria-posinset=${siblings.findIndex((s) => s.id === item.id) + 1}
    aria-selected=${String(item.id === host.selected)} aria-expanded=${item.hasChildren ? String(open) : nothing}
    tabindex=${item.id === host.selected ? '0' : '-1'} style="padding-left: ${item.level - 1}em" data-index=${index}
    @click=${() => host.select(item.id)}>
    <span class="toggle" aria-hidden="true">${item.hasChildren ? (open ? '▾' : '▸') : ''}</span>
    <span>${item.label}</span>
    ${locked ? html`<span class="lock">🔒<span class="visually-hidden">法律规定</span></span>` : nothing}
    ${origin ? html`<span class="origin ${origin}">${originLabels[origin]}</span>` : nothing}
  </li>`;
}

/** The outline (a tree with one tab stop) and the buttons that move, add or restore the selected field. */
export function outlineTree(host: OutlineHost, item: OutlineItem | undefined): TemplateResult {
  const rows = visibleRows(host);
  const all = outlineOf(host.doc);
  const isField = item && item.kind !== 'step';
  const siblings = isField ? all.filter((r) => r.parentId === item.parentId && r.kind !== 'step') : [];
  const at = isField ? siblings.findIndex((r) => r.id === item.id) : -1;
  const origin = isField && host.base ? originOf(host.base, host.doc, item) : undefined;
  return html`
    <ul role="tree" aria-labelledby="outline-heading" @keydown=${(e: KeyboardEvent) => onTreeKey(host, e)}>
      ${rows.map((r, i) => row(host, r, i, all))}
    </ul>
    <div class="move">
      <button type="button" id="move-up" ?disabled=${!isField || at <= 0} @click=${() => host.run(moveWithin(host, item!, -1), item!.id, 'move-up')}>上移</button>
      <button type="button" id="move-down" ?disabled=${!isField || at < 0 || at >= siblings.length - 1} @click=${() => host.run(moveWithin(host, item!, 1), item!.id, 'move-down')}>下移</button>
      <label for="move-to">移动到…</label>
      <select id="move-to" ?disabled=${!isField}>
        <option value="">（选择位置）</option>
        ${isField ? destinations(host, item).map((d) => html`<option value=${d.value}>${d.label}</option>`) : nothing}
      </select>
      <!-- A separate button: arrowing through a closed list fires change at each option. -->
      <button type="button" id="move-go" ?disabled=${!isField}
        @click=${(e: Event) => moveTo(host, item!, ((e.currentTarget as HTMLElement).previousElementSibling as HTMLSelectElement).value)}>移动</button>
      <button type="button" id="add-field" @click=${() => host.addField(item)}>添加字段</button>
      ${origin === 'changed' ? html`<button type="button" id="restore" @click=${() => restore(host, item!)}>恢复原样</button>` : nothing}
    </div>
  `;
}
